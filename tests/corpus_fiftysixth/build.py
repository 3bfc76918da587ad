#!/usr/bin/env python3
"""Build the fifty-sixth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_fiftysixth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. The shared corpus's mix of rules and message kinds in the
smaller marketplaces' languages: Dutch (amazon.nl, amazon.com.be), Swedish (amazon.se), Polish (amazon.pl),
Turkish (amazon.com.tr) and Arabic (amazon.ae, amazon.sa, amazon.eg), written the way small sellers there write
(colloquial, typos, missing diacritics, the violating clause in the middle of a sentence). About 40 % are
compliant near-misses that share vocabulary with a violation.
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

_rnd = random.Random(56_2026_0615)
_PREFIX = {"nl": "27", "com.be": "27", "se": "26", "pl": "29", "com.tr": "28", "ae": "17", "sa": "16",
           "eg": "15"}
_TLD = {"nl": "nl", "sv": "se", "pl": "pl", "tr": "com.tr", "ar": "ae", "en": "nl"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-05-31T08:15:00Z", shipped="2026-06-01T14:30:00Z",
                 delivered="2026-06-04T10:45:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T18:20:00Z"}
FRESH = {"shipped": "2026-06-14T16:00:00Z", "delivered": "", "purchased": "2026-06-13T09:00:00Z"}
B64 = {"cte": "base64"}
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
W1250 = {"charset": "windows-1250", "cte": "quoted-printable"}
L2 = {"charset": "iso-8859-2", "cte": "base64"}
L9 = {"charset": "iso-8859-9", "cte": "quoted-printable"}
W1256 = {"charset": "windows-1256", "cte": "base64"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "style.emoji", "style.line-breaks",
         "link.insecure"]

# One case (tests/corpus_build.shaped_case): plain, HTML or both; every target rule not named stays silent.
case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019c.f56", tag="t56", time="14:07:33")


# --------------------------------------------------------------------------------------------
# Dutch (amazon.nl, amazon.com.be)
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:
    o, b = order("nl-review", "nl", "Bamboe snijplankenset 3-delig met sapgoot")
    case("nl-review-eerlijk", "relay", [],
         "Onderhoudstip plus een neutraal verzoek om een eerlijke review, 'positief of kritisch': geen beloning, "
         "geen voorwaarde.",
         to=b, frm="Houtwerk Dijkstra <info@houtwerkdijkstra.nl>", enc=L1, day=9,
         subject=f"Tip voor je snijplanken (bestelling {o})", text=f"""Hoi,

Je snijplanken van bestelling {o} zijn inmiddels binnen als het goed is.
Klein tipje: smeer ze af en toe in met een beetje spijsolie, dan trekt het
bamboe niet krom en blijft het mooi van kleur. Niet in de vaatwasser aub!

Als je ze een tijdje gebruikt hebt, horen we graag hoe je ze vindt. Een
eerlijke review op Amazon helpt andere kopers echt, of die nou positief of
kritisch is.

Groetjes,
Marloes
Houtwerk Dijkstra
KvK 81402276 - BTW NL004417520B01""")

    o, b = order("nl-retour-info", "nl", "Draadloze deurbel met camera, zwart")
    case("nl-retour-foto-serienummer", "relay", [],
         "Retourverzoek: de verkoper vraagt een foto van het defect en het serienummer om de retour af te handelen, "
         "dus nodige informatie.",
         to=b, frm="SlimThuis Webshop <service@slimthuis-webshop.nl>", fmt="alt", lang="nl", enc=B64,
         subject=f"Je retourverzoek voor bestelling {o}", text=f"""Beste klant,

We zagen je retouraanvraag voor de deurbel uit bestelling {o} binnenkomen,
reden "maakt geen verbinding met wifi".

Om de retour goed te kunnen verwerken hebben we nog even twee dingen van je
nodig: het serienummer (staat op de sticker achter het batterijklepje, begint
met DB-) en een foto of screenshot van de foutmelding in de app. Kun je die als
antwoord op dit bericht sturen?

Alvast bedankt!
Team SlimThuis""")

    o, b = order("be-bpost", "nl", "Kinderfietsje 14 inch, mintgroen", tld="com.be", **FRESH)
    case("be-antwoord-bpost-nummer", "relay", [],
         "Antwoord op 'waar blijft mijn pakje?': track-and-trace en het nummer van de bpost-klantendienst op "
         "dezelfde regel als 'bpost' (een vervoerder), naar een Nederlandstalige koper op amazon.com.be.",
         to=b, frm="Fietsekes.be <hallo@fietsekes.be>", enc=L1,
         reply="Goeiedag, ik heb nog niks ontvangen van mijn fietsje, wanneer komt dat?",
         subject=f"Re: levering bestelling {o}", text=f"""Goeiedag,

Uw fietsje is zondag vertrokken bij ons (bestelling {o}) en zit bij bpost,
de zending staat op "in verwerking" in het sorteercentrum.

Trackingnummer: 323212345670001234567
Als het tegen woensdag nog niet geleverd is kan je ook rechtstreeks de
klantendienst van bpost bellen op 02 201 23 45, zij kunnen het pakje lokaliseren.

Vriendelijke groeten,
Stijn - Fietsekes.be""")

    o, b = order("be-tweetalig", "nl", "Stoelkussens buiten 4 stuks, antraciet", tld="com.be", **OOS)
    case("be-tweetalig-vertraging", "relay", [],
         "Vertragingsbericht in het Frans én het Nederlands naar een koper met taal nl op amazon.com.be: een "
         "tweetalig bericht dat de taal van de koper bevat, geen stockbreuk.",
         to=b, frm="Terras & Tuin <commandes@terrasentuin.be>", enc=L1,
         subject=f"Commande / Bestelling {o}", text=f"""Bonjour,

Votre commande {o} (coussins de chaise) partira avec trois jours de
retard : notre transporteur n'a pas pu charger la palette vendredi. Nouvelle
date d'expédition : jeudi 18 juin.

---

Goeiedag,

Uw bestelling {o} (stoelkussens) vertrekt drie dagen later dan gepland:
onze transporteur kon de pallet vrijdag niet ophalen. Nieuwe verzenddatum:
donderdag 18 juni. U hoeft niets te doen.

Terras & Tuin""")

    o, b = order("nl-incentive", "nl", "Siliconen bakmatten set van 2")
    case("nl-review-vijf-euro-terug", "reject", ["review.incentive"],
         "'Zet je een review op Amazon, dan maken we als bedankje 5 euro naar je over': geld in ruil voor een review, "
         "midden in een gebruikstip.",
         to=b, frm="Bakplezier <bakplezier.shop@outlook.com>", enc=L1,
         subject=f"Bakmatten bestelling {o}", text=f"""Hallo!

Leuk dat je onze bakmatten hebt besteld ({o}). Eerste keer even
afwassen met warm sop, en daarna kan je ze tot 230 graden gebruiken, als je
een review achterlaat op Amazon maken we als bedankje 5 euro naar je over, stuur
dan even je rekeningnummer mee. Je kunt ze ook gewoon oprollen in de la.

Veel bakplezier!
Ilse""")

    o, b = order("nl-phone", "nl", "Elektrische melkopschuimer RVS")
    case("nl-bel-of-app-ons", "reject", ["content.phone-number"],
         "'Lukt het niet, bel of app ons even op 06-41 83 27 90': het eigen mobiele nummer van de verkoper, geen "
         "garantie-, vervoerders- of fabrikantnummer.",
         to=b, frm="Koffiehoek <koffiehoek@ziggo.nl>", enc=L1,
         subject=f"Gebruik melkopschuimer - bestelling {o}", text=f"""Hoi,

Even een tip bij je melkopschuimer (bestelling {o}): gebruik volle melk
uit de koelkast en vul niet boven het MAX-streepje, dan krijg je het mooiste
schuim. Lukt het niet, bel of app ons even op 06-41 83 27 90 dan kijken we
samen wat er mis gaat.

Groet, Ruud
Koffiehoek""")

    o, b = order("nl-verzonden", "nl", "Fotolijst hout 30x40, eiken", **FRESH)
    case("nl-pakketje-verzonden", "quarantine", ["type.order-confirmation"],
         "'Je pakketje is vandaag met PostNL verzonden' met de track & trace-code en verder niets: een "
         "verzendbevestiging.",
         to=b, frm="Lijstenmakerij Bos <bestellingen@lijstenmakerijbos.nl>", fmt="html", lang="nl", enc=B64,
         subject=f"Verzonden: bestelling {o}", text=f"""Hallo,

Goed nieuws! Je fotolijst (bestelling {o}) is vandaag ingepakt en met
PostNL verzonden. Je kunt je pakketje volgen met deze track & trace code:
3SLBOS4471925

Verwachte bezorging: morgen tussen 13:00 en 17:00.

Met vriendelijke groet,
Lijstenmakerij Bos""")

    o, b = order("nl-engels", "nl", "Yogamat kurk 183x61 cm")
    case("nl-engels-aan-nederlandse-koper", "quarantine", ["language.mismatch"],
         "Een Engelse gebruikstip aan een koper op amazon.nl met taal nl, zonder Nederlandse tekst.",
         to=b, frm="CorkFlow <support@corkflow.eu>", enc=B64,
         subject=f"Your cork yoga mat - order {o}", text=f"""Hi there,

Thanks for choosing our cork mat (order {o}). The first few sessions
the surface may feel a bit dry, that is normal: wipe it with a damp cloth and
a drop of water before practice and the grip gets better after a week.

Please keep it out of direct sunlight when storing, cork can fade.

Namaste,
The CorkFlow team""")

    o, b = order("nl-annuleer", "nl", "Plantenstandaard metaal 3 etages, zwart", **OOS)
    case("nl-uitverkocht-zelf-annuleren", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Uitverkocht en 'zou je de bestelling zelf willen annuleren via je account', zonder bevestiging dat het "
         "bedrag is terugbetaald.",
         to=b, frm="Groen Interieur <info@groeninterieur.nl>", enc=L1,
         subject=f"Bestelling {o} plantenstandaard", text=f"""Beste,

Helaas is de zwarte plantenstandaard van je bestelling {o} op dit moment
uitverkocht, de leverancier heeft pas eind juli weer voorraad, zou je de
bestelling zelf willen annuleren via je Amazon account zodat het geld sneller
terug is.

Sorry voor het ongemak!
Groen Interieur""")

    o, b = order("be-emoji", "nl", "Fleece plaid 150x200, oker", tld="com.be")
    case("be-vertraging-smiley", "reject", ["style.emoji"],
         "Een gewone vertragingsmelding met een smiley-emoji en ';-)' erin: emoji en emoticons zijn niet toegestaan.",
         to=b, frm="Knusse Dekens <info@knussedekens.be>", fmt="alt", lang="nl",
         subject=f"Uw plaid (bestelling {o})", text=f"""Dag,

Uw plaid van bestelling {o} is iets later dan voorzien omdat de
nieuwe kleur oker pas gisteren binnen kwam \U0001F60A Hij vertrekt morgen,
dus dit weekend kan u er al onder kruipen ;-)

Groetjes,
Knusse Dekens""")


# --------------------------------------------------------------------------------------------
# Swedish (amazon.se)
# --------------------------------------------------------------------------------------------

def cases_sv() -> None:
    o, b = order("sv-spar", "sv", "Vattenkokare 1,7 l, matt svart", **FRESH)
    case("sv-svar-sparnummer", "relay", [],
         "Svar på köparens fråga om var paketet är: spårningsnumret i ett svar är ingen proaktiv "
         "leveransbekräftelse.",
         to=b, frm="Köksdirekt <order@koksdirekt.se>", enc=L1,
         reply="Hej! När skickas min vattenkokare? Har inte fått något besked.",
         subject=f"Sv: Vattenkokare order {o}", text=f"""Hej!

Din vattenkokare (order {o}) skickades i går med PostNord. Här är
sändningsnumret om du vill följa paketet: 00370712345678901238

Den ska vara hos ditt utlämningsställe på onsdag.

Mvh
Jonas, Köksdirekt""")

    o, b = order("sv-slut", "sv", "Ryamatta 140x200, ullblandning", **OOS)
    case("sv-slut-i-lager-aterbetalt", "relay", [],
         "Slut i lager: hela beloppet är återbetalat med orsaken 'slut i lager' och köparen behöver inte avbryta "
         "något.",
         to=b, frm="Mattverket <kundtjanst@mattverket.se>", enc=L1,
         subject=f"Din order {o} - mattan är tyvärr slut", text=f"""Hej,

Tyvärr måste vi meddela att ryamattan i din order {o} är slut i
lager, den sista rullen hade ett vävfel och vi kunde inte skicka den.

Vi har därför återbetalat hela beloppet, 1 249 kr, med orsaken "slut i
lager". Du behöver inte avbryta eller göra något själv, pengarna syns på ditt
konto inom några bankdagar.

Ber om ursäkt för besväret.
Mattverket""")

    o, b = order("sv-delretur", "sv", "Kontorsstol ergonomisk, grå")
    case("sv-delaterbetalning-repa", "relay", [],
         "Returärende: erbjudande om en delåterbetalning på 300 kr om köparen behåller stolen med repan, annars "
         "vanlig retur. Tillåtet.",
         to=b, frm="Sitta Bra AB <retur@sittabra.se>", enc=B64, fmt="alt", lang="sv",
         subject=f"Angående din retur, order {o}", text=f"""Hej,

Vi har sett din returförfrågan för kontorsstolen (order {o}) på grund
av repan på armstödet. Vill du hellre behålla stolen kan vi erbjuda en
delåterbetalning på 300 kr direkt via Amazon. Svara bara "ja" så ordnar vi det.

Vill du hellre returnera den går det förstås också bra, då gäller returen som
vanligt.

Vänliga hälsningar
Sitta Bra AB""")

    o, b = order("sv-garanti", "sv", "Robotdammsugare RX-40 med laddstation")
    case("sv-tillverkarens-garanti", "relay", [],
         "Svar på ett fel: tillverkarens garantiservice med telefonnummer på samma rad som 'garantiservice'. "
         "Tillåtet nummer.",
         to=b, frm="Hemelektronik Norr <info@hemelektroniknorr.se>", enc=L1,
         reply="Dammsugaren hittar inte tillbaka till laddstationen längre.",
         subject=f"Sv: robotdammsugare order {o}", text=f"""Hej,

Tråkigt att höra om dammsugaren från order {o}. Det låter som att
sensorn fram behöver kalibreras, och det sköts av tillverkaren under garantin.

Tillverkarens garantiservice nås på 08-520 233 40 (vardagar 9-16), ha
serienumret från undersidan till hands.

Hälsningar
Hemelektronik Norr""")

    o, b = order("sv-villkor", "sv", "Linneförkläde med fickor, sand")
    case("sv-nojd-da-omdome", "reject", ["review.conditional"],
         "'Om du är nöjd blir vi jätteglada för ett omdöme, annars skriv till oss innan': recension "
         "bara vid en bra upplevelse.",
         to=b, frm="Linnebod <hej@linnebod.se>", enc=L1,
         subject=f"Ditt förkläde (order {o})", text=f"""Hej!

Hoppas förklädet från order {o} har kommit fram och passar bra, tvätta
det gärna i 40 grader första gången så mjuknar linnet. Om du är nöjd blir
vi jätteglada för ett omdöme på Amazon, annars skriv till oss innan du
skriver nåt där så fixar vi det.

Kram, Linnebod""")

    o, b = order("sv-mejl", "sv", "Bokstavsplatta i trä, personlig gravyr")
    case("sv-mejla-texten", "reject", ["content.email-address"],
         "Gravyrtexten behövs, men köparen ombeds mejla den till säljarens egen adress mitt i meningen.",
         to=b, frm="Graverat.se <info@graverat.se>", enc=L1,
         subject=f"Text till din gravyr - order {o}", text=f"""Hej,

För att kunna gravera din träplatta (order {o}) behöver vi texten du vill
ha, max 20 tecken, du kan mejla den till gravyr.graverat@gmail.com eller svara
här, så skickar vi en provbild innan vi graverar.

Mvh Elin""")

    o, b = order("sv-tack", "sv", "Doftljus i glas, fikon & ceder")
    case("sv-bara-tack", "quarantine", ["type.thank-you-only"],
         "Bara tack för köpet och 'hör av dig om det är nåt': inget ärende.",
         to=b, frm="Ljusstöparna <hej@ljusstoparna.se>", enc=L1,
         subject=f"Tack for ditt kop! Order {o}", text=f"""Hej!

Stort tack for att du handlade hos oss, order {o}. Vi hoppas att du
blir riktigt nöjd!

Undrar du nåt eller om det är nåt så är det bara att höra av dig, vi finns här
för dig.

Ha en fin sommar!
Ljusstöparna""")

    o, b = order("sv-retur", "sv", "Vandringskängor dam, strl 39")
    case("sv-retur-utan-fraga", "quarantine", ["return.unnecessary"],
         "Proaktivt returmeddelande som bara berättar att returen är registrerad och ber köparen packa väl: ingen "
         "fråga och ingen delåterbetalning.",
         to=b, frm="Fjällsteg <kundservice@fjallsteg.se>", enc=B64,
         subject=f"Din retur - order {o}", text=f"""Hej,

Vi har sett att du har begärt retur av vandringskängorna från order {o},
tråkigt att de inte passade! Packa dem gärna i originalkartongen, returen
hanteras sedan som vanligt när de kommit tillbaka till vårt lager.

Vänliga hälsningar
Fjällsteg""")

    o, b = order("sv-svordom", "sv", "Cykelhjälm vuxen, MIPS, M")
    case("sv-jvla-budfirma", "quarantine", ["content.sensitive"],
         "Svar om ett försenat paket där säljaren svär över budfirman ('det jävla budet', 'skitfirma'): "
         "stötande språk.",
         to=b, frm="Cykelmagasinet <info@cykelmagasinet.se>", enc=L1,
         reply="Hjälmen har inte kommit fast det står levererad??",
         subject=f"Sv: hjälm order {o}", text=f"""Hej,

Jag har kollat order {o}, det jävla budet har tydligen lämnat paketet
hos fel granne igen, vilken skitfirma alltså. Jag har gjort en efterlysning
hos dem och hör av mig så fort jag vet mer.

Hälsningar
Anders""")

    o, b = order("sv-rea", "sv", "Badlakan frotté 2-pack, havsblå")
    case("sv-sommarrea-kod", "quarantine", ["type.marketing"],
         "Tvättråd med en rabattkod på hela sortimentet och 'följ oss på Instagram' mitt i: marknadsföring.",
         to=b, frm="Frottéfabriken <hej@frottefabriken.se>", enc=L1,
         subject=f"Tvättråd för dina badlakan (order {o})", text=f"""Hej!

Några råd för dina badlakan (order {o}): tvätta i 60 grader utan
sköljmedel, så suger de bäst. Passa på nu, med koden JUNI25 får du 25 %
rabatt på hela vår sortiment i juni, och följ oss gärna på Instagram
@frottefabriken för fler nyheter. Torktumla gärna på låg värme.

Hälsningar
Frottéfabriken""")


# --------------------------------------------------------------------------------------------
# Polish (amazon.pl)
# --------------------------------------------------------------------------------------------

def cases_pl() -> None:
    o, b = order("pl-opoznienie", "pl", "Lampa podlogowa LED, czarna", **OOS)
    case("pl-opoznienie-nic-nie-robic", "relay", [],
         "Opóźnienie wysyłki o trzy dni z nową datą i 'nie musi Pan nic robic': zamówienie zostanie wysłane, więc "
         "to nie jest brak towaru ani prośba o anulowanie.",
         to=b, frm="Swiatlo i Dom <sklep@swiatloidom.pl>", enc=W1250,
         subject=f"Zamowienie {o} - opoznienie wysylki", text=f"""Dzien dobry,

informujemy ze Pana zamowienie {o} (lampa podlogowa) wyjdzie od nas
z 3 dniowym opoznieniem, bo dostawa kloszy z fabryki przyszla dopiero dzisiaj.
Nowy termin wysylki to piatek 19.06. Nie musi Pan nic robic, wszystko
jest po naszej stronie.

Przepraszamy za zwloke,
Swiatlo i Dom""")

    o, b = order("pl-opinia", "pl", "Termos obiadowy 750 ml, stal nierdzewna")
    case("pl-opinia-niezaleznie", "relay", [],
         "Neutralna prośba o opinię 'niezależnie od tego, czy jest Pani zadowolona czy nie': bez nagrody i bez "
         "warunku.",
         to=b, frm="TermoMarket <kontakt@termomarket.pl>", enc=L2,
         subject=f"Pani termos - zamówienie {o}", text=f"""Dzień dobry,

mamy nadzieję, że termos z zamówienia {o} dobrze się sprawdza. Zupa
trzyma temperaturę najdłużej, gdy przed nalaniem przepłucze go Pani wrzątkiem.

Będziemy wdzięczni za opinię na Amazonie, niezależnie od tego, czy jest
Pani zadowolona czy nie, każda szczera opinia pomaga innym kupującym.

Pozdrawiamy
TermoMarket""")

    o, b = order("pl-zwrot-info", "pl", "Fotelik rowerowy dla dziecka, tylny")
    case("pl-zwrot-zdjecie-etykiety", "relay", [],
         "Zwrot: sprzedawca prosi o zdjęcie pękniętego zaczepu i numer partii z etykiety, bez których nie zrobi "
         "reklamacji u producenta. Potrzebna informacja.",
         to=b, frm="Rowerowo.pl <zwroty@rowerowo.pl>", enc=W1250, fmt="alt", lang="pl",
         subject=f"Zwrot fotelika - zamowienie {o}", text=f"""Dzień dobry,

dostaliśmy zgłoszenie zwrotu fotelika z zamówienia {o} (pęknięty zaczep).
Zeby przyjąć zwrot i zgłosić wadę producentowi potrzebujemy jeszcze zdjęcia
tego zaczepu oraz numeru partii z białej etykiety pod siedziskiem.
Prosimy odesłać je w odpowiedzi na tę wiadomość.

Dziękujemy,
Rowerowo.pl""")

    o, b = order("pl-kurier", "pl", "Zestaw garnków 8 el., indukcja", **FRESH)
    case("pl-odp-infolinia-dpd", "relay", [],
         "Odpowiedź na pytanie o przesyłkę: numer przesyłki i infolinia kuriera DPD w tym samym zdaniu co 'kurier "
         "DPD'. Dozwolony numer przewoźnika.",
         to=b, frm="GarnkiPlus <biuro@garnkiplus.pl>", enc=W1250,
         reply="Kurier mial byc wczoraj i nie przyjechal, co z paczka?",
         subject=f"Odp: paczka {o}", text=f"""Dzien dobry,

paczka z zamowienia {o} jest w oddziale DPD w Strykowie, nr przesylki
0000123456789U. Kurier DPD ma infolinie 22 577 55 55, tam mozna tez
przestawic termin doreczenia.

Pozdrawiamy
GarnkiPlus""")

    o, b = order("pl-usun", "pl", "Organizer do szafy 6 przegródek")
    case("pl-prosba-zmiana-opinii", "reject", ["review.removal-request"],
         "Po wysłaniu nowego organizera: 'będziemy wdzięczni, jeśli zmieni Pani swoją opinię lub ją usunie'. Prośba "
         "o zmianę / usunięcie istniejącej opinii.",
         to=b, frm="Porzadek w Szafie <sklep@porzadekwszafie.pl>", enc=L2,
         reply="Organizer rozpadl sie po tygodniu, wystawilam 1 gwiazdke.",
         subject=f"Odp: organizer - zamówienie {o}", text=f"""Dzień dobry,

bardzo przepraszamy, dzisiaj wysłaliśmy nowy organizer do zamówienia {o}
na nasz koszt, starego nie trzeba odsyłać. Skoro sprawa jest załatwiona,
będziemy wdzięczni jeśli zmieni Pani swoją opinię lub ją usunie, bo bardzo
nam zaniża ocene.

Pozdrawiamy serdecznie
Porządek w Szafie""")

    o, b = order("pl-incent", "pl", "Poduszka ortopedyczna z pianki memory")
    case("pl-5-gwiazdek-zwrot-10zl", "reject", ["review.incentive"],
         "'Za opinię 5 gwiazdek oddamy Panu 10 zł na konto': pieniądze w zamian za pozytywną opinię, w środku "
         "instrukcji.",
         to=b, frm="SenMed <senmed.sklep@wp.pl>", enc=W1250,
         subject=f"Poduszka zamowienie {o}", text=f"""Witam,

poduszka z zamowienia {o} potrzebuje 2-3 nocy zeby sie przyzwyczaic,
prosze spac na wyzszej stronie jesli spi Pan na boku a za opinie 5 gwiazdek na
Amazonie oddamy Panu 10 zl na konto, wystarczy odpisac z nr konta. Poszewke
mozna prac w 40 stopniach.

Pozdrawiam
Krzysztof, SenMed""")

    o, b = order("pl-telefon", "pl", "Zestaw wkrętaków precyzyjnych 32 w 1")
    case("pl-prosze-dzwonic", "reject", ["content.phone-number"],
         "'W razie pytan prosze dzwonic pod nr 512-384-907': własny numer komórkowy sprzedawcy, bez gwarancji, "
         "przewoźnika czy producenta.",
         to=b, frm="Narzedziownia <narzedziownia24@onet.pl>", enc=W1250,
         subject=f"Wkretaki - zamowienie {o}", text=f"""Dzien dobry,

w zestawie z zamowienia {o} bity torx sa w drugim rzedzie od gory, przy
malych srubkach w telefonach polecam magnetyzer z zestawu, w razie pytan
prosze dzwonic pod nr 512-384-907 od 8 do 16, chetnie pomozemy.

Pozdrawiam
Narzedziownia""")

    o, b = order("pl-brak", "pl", "Krzesło barowe tapicerowane, zielone", **OOS)
    case("pl-brak-towaru-bez-zwrotu", "quarantine", ["order-problem.no-adjustment"],
         "'Nie jesteśmy w stanie wysłać zamówienia, hurtownia nie ma już tego koloru' bez potwierdzenia zwrotu "
         "pieniędzy ani korekty kwoty.",
         to=b, frm="Meble Kowalczyk <zamowienia@meblekowalczyk.pl>", enc=L2,
         subject=f"Zamówienie {o} - krzesło barowe", text=f"""Dzień dobry,

niestety nie jesteśmy w stanie wysłać zamówienia {o}, hurtownia
poinformowała nas dzisiaj, że zielony kolor został wycofany i nie będzie już
produkowany. Bardzo przepraszamy za kłopot.

Z poważaniem
Meble Kowalczyk""")

    o, b = order("pl-potwierdzenie", "pl", "Mata edukacyjna dla niemowląt", **FRESH)
    case("pl-potwierdzamy-przyjecie", "quarantine", ["type.order-confirmation"],
         "'Potwierdzamy przyjęcie zamówienia, wysyłka w ciągu 24h, dostaniesz numer śledzenia': potwierdzenie "
         "zamówienia i wysyłki.",
         to=b, frm="Maluszkowo <sklep@maluszkowo.pl>", fmt="html", lang="pl", enc=B64,
         subject=f"Potwierdzenie zamowienia {o}", text=f"""Dzień dobry,

dziękujemy za zakupy w Maluszkowo! Potwierdzamy przyjęcie zamówienia {o}
(mata edukacyjna). Paczka została nadana InPostem, numer do śledzenia:
620123456789012345678901.

Pozdrawiamy,
zespół Maluszkowo""")

    o, b = order("pl-angielski", "pl", "Sluchawki bezprzewodowe ANC, biale")
    case("pl-po-angielsku", "quarantine", ["language.mismatch"],
         "Angielska wiadomość o parowaniu słuchawek do kupującego na amazon.pl z językiem pl.",
         to=b, frm="SoundPeak Store <care@soundpeak-store.com>", enc=B64,
         subject=f"Pairing tip for your earbuds - order {o}", text=f"""Hello,

Some buyers have trouble pairing the earbuds from order {o} with a second
phone. Put both buds back into the case, hold the button on the case for
8 seconds until the light flashes white, then choose them in Bluetooth settings.

Best regards,
SoundPeak support""")

    o, b = order("pl-wulgarny", "pl", "Stojak na rowery do garażu")
    case("pl-kurier-wulgaryzm", "quarantine", ["content.sensitive"],
         "Odpowiedź o uszkodzonej paczce, w której sprzedawca przeklina kuriera ('kurwa', 'debile'): "
         "obraźliwy język.",
         to=b, frm="Garaz Pro <garazpro@interia.pl>", enc=W1250,
         reply="Stojak przyszedl pogiety, karton rozwalony.",
         subject=f"Odp: stojak zamowienie {o}", text=f"""Dzien dobry,

kurwa, znowu to samo, ci debile z sortowni rzucaja paczkami jak workami z
ziemniakami. Prosze o zdjecie pogietej czesci, wyslemy nowa do zamowienia
{o} jeszcze dzis.

Tomek, Garaz Pro""")


# --------------------------------------------------------------------------------------------
# Turkish (amazon.com.tr)
# --------------------------------------------------------------------------------------------

def cases_tr() -> None:
    o, b = order("tr-yorum", "tr", "Çelik demlik takımı 4 parça")
    case("tr-tarafsiz-degerlendirme", "relay", [],
         "Kullanım önerisi ve 'olumlu ya da olumsuz' dürüst bir değerlendirme ricası: ödül yok, koşul yok.",
         to=b, frm="Demlikçi <destek@demlikci.com.tr>", enc=L9,
         subject=f"Demlik takımınız hakkında ({o} nolu sipariş)", text=f"""Merhaba,

{o} numaralı siparişinizdeki demlik takımını ilk kullanımdan önce
sirkeli suyla bir kez kaynatmanızı öneririz, böylece çelik kokusu tamamen gider.

Birkaç hafta kullandıktan sonra Amazon'da bir değerlendirme yazarsanız çok
seviniriz, olumlu ya da olumsuz fark etmez, dürüst yorumlar diğer alıcılara
yol gösteriyor.

Saygılarımızla,
Demlikçi""")

    o, b = order("tr-kargo", "tr", "Ortopedik yastık, visko", **FRESH)
    case("tr-cevap-yurtici-cagri", "relay", [],
         "Alıcının 'kargom nerede' sorusuna cevap: takip numarası ve kargo firmasının çağrı merkezi numarası aynı "
         "satırda 'Yurtiçi Kargo' ile. İzin verilen taşıyıcı numarası.",
         to=b, frm="Uyku Evi <siparis@uykuevi.com.tr>", enc=L9,
         reply="Merhaba kargom hala gelmedi, nerede acaba?",
         subject=f"Ynt: {o} siparis", text=f"""Merhaba,

{o} nolu siparisiniz dun Yurtici Kargo'ya teslim edildi, takip no:
704512389901. Yurtici Kargo cagri merkezi 444 99 99 uzerinden de
gonderinizi sorgulayabilirsiniz.

Iyi gunler dileriz
Uyku Evi""")

    o, b = order("tr-kismi", "tr", "Bambu çamaşır sepeti, kapaklı")
    case("tr-kismi-iade-teklifi", "relay", [],
         "İade talebine cevap: ürünü tutarsa 80 TL kısmi iade teklifi. Kısmi iade teklifi izinli.",
         to=b, frm="Ev Düzeni <iade@evduzeni.com.tr>", enc=B64, fmt="alt", lang="tr",
         subject=f"İade talebiniz - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişteki çamaşır sepeti için iade talebinizi gördük,
kapağın menteşesinin çatlak geldiğini yazmışsınız. İsterseniz sepeti
iade etmek yerine elinizde tutun, size 80 TL kısmi iade yapalım; isterseniz de
normal iade süreci aynen devam eder. Hangisini tercih ettiğinizi yazmanız
yeterli.

Saygılarımızla,
Ev Düzeni""")

    o, b = order("tr-stok", "tr", "Çocuk bisikleti 16 jant, kırmızı", **OOS)
    case("tr-stok-yok-tam-iade", "relay", [],
         "Stok kalmadı: tutarın tamamı 'stok yok' gerekçesiyle iade edildi, alıcıdan iptal istenmiyor.",
         to=b, frm="Pedal Dükkanı <satis@pedaldukkani.com.tr>", enc=L9,
         subject=f"Sipariş {o} hakkında", text=f"""Merhaba,

Maalesef {o} numaralı siparişinizdeki kırmızı bisikletin son adedi
depoda hasarlı çıktı ve gönderemiyoruz.

Ödediğiniz tutarın tamamını "stok yok" gerekçesiyle bugün iade ettik,
sizin bir şey yapmanıza ya da iptal talebi açmanıza gerek yok. Para birkaç
iş günü içinde kartınıza yansır.

Anlayışınız için teşekkürler,
Pedal Dükkanı""")

    o, b = order("tr-whatsapp", "tr", "Duvar saati metal, 50 cm")
    case("tr-whatsapp-hatti", "reject", ["content.phone-number"],
         "'Siparisiniz hakkinda bir sorun olursa bize 0532 418 27 63 'ten whatsapptan yazin': satıcının kendi numarası.",
         to=b, frm="Saat Atölyesi <saatatolyesi@gmail.com>", enc=L9,
         subject=f"Duvar saatiniz - {o}", text=f"""Merhaba,

{o} nolu siparisinizdeki duvar saatinin pili kutunun icinde ayri
pakette, takarken akrep ve yelkovani elle cevirmeyin lutfen. Siparisiniz
hakkinda bir sorun olursa bize 0532 418 27 63 'ten whatsapptan yazin.

Iyi gunler,
Saat Atolyesi""")

    o, b = order("tr-kosul", "tr", "Saten yastık kılıfı 2'li, pudra")
    case("tr-memnunsaniz-yorum", "reject", ["review.conditional"],
         "'Memnun kaldıysanız bir yorum bırakın, kalmadıysanız önce bize yazın': yalnızca olumlu deneyimde yorum "
         "isteği.",
         to=b, frm="İpeksi Ev <merhaba@ipeksiev.com.tr>", enc=L9,
         subject=f"Yastık kılıflarınız ({o})", text=f"""Merhaba,

{o} nolu siparişinizdeki saten kılıfları 30 derecede ters çevirip
yıkarsanız parlaklığı uzun süre kalır. Ürünlerden memnun kaldıysanız
Amazon'a küçük bir yorum bırakırsanız çok seviniriz, memnun kalmadıysanız
lütfen yorum yazmadan önce bize yazın, hemen çözelim.

Sevgiler,
İpeksi Ev""")

    o, b = order("tr-indirim", "tr", "Kamp sandalyesi katlanır, haki")
    case("tr-yeni-sezon-indirim-kodu", "quarantine", ["type.marketing"],
         "Kurulum bilgisinin ortasında yeni sezon ürünlerinde %20 indirim kodu: promosyon.",
         to=b, frm="Kampçı Market <info@kampcimarket.com.tr>", enc=L9,
         subject=f"Kamp sandalyeniz - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki sandalyeyi açarken önce arka bacakları
kilitleyin, sonra oturağı aşağı bastırın. Yeni sezon çadır ve uyku
tulumlarımızda YAZ20 koduyla %20 indirim var, mağazamıza mutlaka göz atın.
Taşıma çantası sandalyenin altındaki cepte.

Keyifli kamplar,
Kampçı Market""")

    o, b = order("tr-emoticon", "tr", "Ahşap oyuncak mutfak seti")
    case("tr-gecikme-gulucuk", "reject", ["style.emoji"],
         "Gecikme bildirimi ':)' ve ':D' ifadeleriyle: ifadeler (emoticon) yasak.",
         to=b, frm="Minik Eller <minikeller@hotmail.com>", enc=L9,
         subject=f"{o} siparisiniz hk.", text=f"""Merhabalar,

{o} nolu siparisiniz boyasi tam kurumadigi icin 2 gun gec cikacak,
kusura bakmayin :) Cuma gunu kargoda olur, minik sef cok sevecek :D

Minik Eller""")

    o, b = order("tr-eposta", "tr", "Kişiye özel isimli kupa")
    case("tr-fatura-eposta", "reject", ["content.email-address"],
         "'Kurumsal fatura isterseniz vergi bilgilerinizi muhasebe@... adresine gönderin': e-posta adresi.",
         to=b, frm="Baskı Evi <siparis@baskievi.com.tr>", enc=L9,
         subject=f"Kupanız üretimde - {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki isimli kupa baskıda. Kurumsal fatura
isterseniz vergi no ve unvan bilgilerinizi muhasebe@baskievi.com.tr adresine
gönderin, faturayı ona göre keselim.

Saygılarımızla,
Baskı Evi""")

    o, b = order("tr-iptal", "tr", "Bluetooth hoparlör su geçirmez, mavi", **OOS)
    case("tr-stok-bitti-iptal-edin", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Stok bitti ve 'siparişi sizin iptal etmeniz gerekiyor': alıcıdan iptal isteniyor, iade onayı yok.",
         to=b, frm="Ses Dünyası <sesdunyasi@yandex.com>", enc=L9,
         subject=f"Siparis {o}", text=f"""Merhaba,

mavi hoparlorun stogu bitti, tedarikci de yenisini getirmiyor. Bu yuzden
{o} nolu siparisi sizin iptal etmeniz gerekiyor, hesabim > siparislerim
kismindan iptal edebilirsiniz.

Kusura bakmayin,
Ses Dunyasi""")


# --------------------------------------------------------------------------------------------
# Arabic (amazon.ae, amazon.sa, amazon.eg)
# --------------------------------------------------------------------------------------------

def cases_ar() -> None:
    o, b = order("ae-bilingual", "ar", "خزانة ملابس خشبية ٣ أبواب", tld="ae", **FRESH)
    case("ae-bilingual-delivery-slot", "relay", [],
         "Scheduling the delivery of a bulky wardrobe in English and Arabic to a buyer with language ar on "
         "amazon.ae: a bilingual message that includes the buyer's language.",
         to=b, frm="Home Box Furniture <delivery@homeboxfurniture.ae>", enc=B64,
         subject=f"Delivery appointment / موعد التوصيل - Order {o}", text=f"""Dear customer,

Your wardrobe (order {o}) is heavy and comes in 3 boxes, so our
team needs to book a delivery slot with you. Please reply with a suitable day
(Sunday to Thursday) and whether the building has a service lift.

عميلنا العزيز،

خزانة الملابس في طلبك رقم {o} ثقيلة وتصل في ٣ كراتين، لذلك يحتاج
فريق التوصيل إلى تحديد موعد معك. يرجى الرد باليوم المناسب (من الأحد إلى
الخميس) وهل يوجد مصعد للخدمة في المبنى.

Home Box Furniture""")

    o, b = order("sa-return-info", "ar", "مكنسة لاسلكية ٢٥٠ واط", tld="sa")
    case("sa-return-photo-serial", "relay", [],
         "Return request: the seller asks for a photo of the fault and the serial number to process the return; "
         "needed information.",
         to=b, frm="متجر بيتك الذكي <support@baytak-smart.sa>", enc=W1256,
         subject=f"طلب الإرجاع للطلب رقم {o}", text=f"""السلام عليكم،

وصلنا طلب إرجاع المكنسة في الطلب رقم {o} بسبب ان البطارية ما تشحن.
عشان نقدر نكمل الإرجاع نحتاج منك صورة لشاشة الشاحن وهي موصولة، ورقم
السيريال المكتوب تحت خزان الغبار. ممكن ترسلها بالرد على هذي الرسالة؟

شكرا لك،
متجر بيتك الذكي""")

    o, b = order("eg-aramex", "ar", "خلاط كهربائي ١٠٠٠ وات", tld="eg", **FRESH)
    case("eg-reply-aramex-line", "relay", [],
         "Reply to 'where is my order?': the tracking number and the Aramex customer line in the same sentence "
         "as the carrier's name. A carrier number is allowed.",
         to=b, frm="كيتشن ستور <orders@kitchenstore-eg.com>", enc=B64,
         reply="السلام عليكم الاوردر اتأخر ليه؟",
         subject=f"رد: الطلب {o}", text=f"""وعليكم السلام،

الطلب رقم {o} اتشحن امبارح مع أرامكس، ورقم الشحنة 47123456780.
لو حابب تتابع مع شركة الشحن أرامكس مباشرة رقم خدمة العملاء بتاعهم 19957.

مع تحياتنا
كيتشن ستور""")

    o, b = order("ae-oos", "ar", "نظارة شمسية مستقطبة، إطار ذهبي", tld="ae", **OOS)
    case("ae-oos-full-refund", "relay", [],
         "Out of stock: the full amount was refunded with the reason 'out of stock' and the buyer is told nothing "
         "needs cancelling.",
         to=b, frm="Sun Optics <care@sunoptics.ae>", enc=W1256,
         subject=f"بخصوص طلبك رقم {o}", text=f"""مرحبا،

نعتذر منك، النظارة باللون الذهبي في طلبك رقم {o} نفدت من المخزون
ولا نستطيع شحنها. قمنا اليوم باسترداد كامل المبلغ بسبب نفاد المخزون، ولا
تحتاج إلى إلغاء أي شيء بنفسك. يظهر المبلغ في حسابك خلال أيام عمل قليلة.

مع التحية،
Sun Optics""")

    o, b = order("sa-incentive", "ar", "عطر عود ١٠٠ مل", tld="sa")
    case("sa-5-stars-20-riyal", "reject", ["review.incentive"],
         "'If you write a 5-star review we refund you 20 riyals' in the middle of a usage tip: money for a "
         "positive review.",
         to=b, frm="دار العود <daraloud.store@gmail.com>", enc=B64,
         subject=f"عطرك من طلب {o}", text=f"""هلا والله،

نتمنى العطر في طلب رقم {o} عجبك، رشه على النبض بعد الاستحمام
يثبت اكثر، واذا كتبت تقييم ٥ نجوم في امازون نرجع لك ٢٠ ريال على حسابك،
بس ارسل لنا صورة التقييم. ولا تحفظه في الشمس.

دار العود""")

    o, b = order("ae-removal", "ar", "سماعة رأس للألعاب RGB", tld="ae")
    case("ae-delete-rating", "reject", ["review.removal-request"],
         "After sending a replacement: 'we hope that once it arrives you take down the rating you wrote or edit it': a request "
         "to remove an existing review.",
         to=b, frm="GameZone UAE <help@gamezone-uae.ae>", enc=W1256,
         reply="السماعة وصلت والميكروفون ما يشتغل، كتبت تقييم بنجمة وحدة.",
         subject=f"رد: السماعة - الطلب {o}", text=f"""مرحبا،

آسفين جدا على المشكلة، أرسلنا لك اليوم سماعة جديدة بدل القديمة للطلب
{o} وما تحتاج ترجع القديمة. نتمنى منك بعد ما توصلك تشيل التقييم
اللي كتبته او تعدله، لأنه مأثر علينا كثير.

مع الشكر،
GameZone UAE""")

    o, b = order("eg-thanks", "ar", "طقم ملايات قطن مصري ١٨٠ سم", tld="eg")
    case("eg-thanks-only", "quarantine", ["type.thank-you-only"],
         "Only thanks for the purchase and 'we are here if you need anything': no purpose.",
         to=b, frm="بيت القطن <info@beitelqoton.com>", enc=B64,
         subject=f"شكرا لطلبك رقم {o}", text=f"""أهلا بحضرتك،

شكرا جزيلا إنك اشتريت من بيت القطن، طلبك رقم {o}. يارب يعجبك.
لو احتجت أي حاجة إحنا موجودين في أي وقت.

بيت القطن""")

    o, b = order("eg-phone", "ar", "شاحن سيارة سريع ٣٠ وات", tld="eg")
    case("eg-call-whatsapp", "reject", ["content.phone-number"],
         "'Call or WhatsApp us on 0101 234 5678' in the middle of a usage note: the seller's own number.",
         to=b, frm="موبايل زون <mobilezone.eg@yahoo.com>", enc=B64,
         subject=f"الشاحن بتاعك - طلب {o}", text=f"""أهلا،

الشاحن في طلب {o} بيدعم الشحن السريع بس مع كابل Type-C الأصلي،
لو اللمبة فضلت حمرا كلمنا او ابعتلنا واتس على 0101 234 5678 واحنا
نساعدك، ومتسيبوش في العربية في الحر.

موبايل زون""")

    o, b = order("sa-return", "ar", "حقيبة ظهر مدرسية، كحلي", tld="sa")
    case("sa-return-no-question", "quarantine", ["return.unnecessary"],
         "Proactive note that the return request 'has been received and will be reviewed': no question and no "
         "partial refund.",
         to=b, frm="شنطتي <orders@shantaty.sa>", enc=W1256,
         subject=f"طلب الإرجاع - {o}", text=f"""مرحبا،

وصلنا طلب إرجاع الحقيبة في الطلب رقم {o}، وسيتم مراجعته من فريقنا
خلال الأيام القادمة. نتمنى نخدمك بشكل أفضل المرة الجاية.

شنطتي""")

    o, b = order("ae-english", "ar", "مرطب بشرة بفيتامين سي ٥٠ مل", tld="ae")
    case("ae-english-only", "quarantine", ["language.mismatch"],
         "An English-only usage tip to a buyer on amazon.ae whose language is ar.",
         to=b, frm="Glow Lab <hello@glowlab.ae>", enc=B64,
         subject=f"How to use your vitamin C cream - order {o}", text=f"""Hi,

A quick tip for the cream from order {o}: apply it in the evening on
clean skin, and use sunscreen the next morning. Keep the jar closed and away
from the bathroom heat so the vitamin C stays active.

Warm regards,
Glow Lab""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_nl, cases_sv, cases_pl, cases_tr, cases_ar))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fiftysixth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
