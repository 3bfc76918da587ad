#!/usr/bin/env python3
"""Build the Dutch (amazon.nl, Flemish buyers on amazon.com.be) labelled corpus: orders.csv, cases/*.eml, labels.json.

    . .venv/bin/activate && python tests/corpus_nl/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, before any Dutch phrase data existed. Nearly all cases in Dutch, u-form and je-form,
Netherlands and Flemish wording; about 40 % compliant near-misses with the same vocabulary.
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

_rnd = random.Random(31_2026_0615)
_PREFIX = {"nl": "40", "com.be": "40", "com": "11"}
_TLD = {"nl": "nl", "en": "nl", "fr": "com.be", "": "nl"}
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
             "review.removal-request", "review.conditional", "review.repeat", "order-problem.cancellation-request",
             "order-problem.no-adjustment", "return.unnecessary", "content.sensitive", "link.opt-out"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "language.mismatch", "content.email-address",
         "content.phone-number", "link.external", "link.insecure", "style.emoji", "style.line-breaks",
         "style.link-text", "attachment.not-allowed"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         lang: str = "", day: int = 12, reply: str = "", tolerated: tuple[str, ...] = (), html: bool = False,
         html_body: str | None = None, attach=(), after: tuple[str, ...] = ()) -> None:
    """Plain-text case (or text + HTML alternative). Every rule in HEURISTIC/OTHER not named in `rules` (or
    tolerated) must stay silent. `reply` is the buyer's quoted question: the message then answers a buyer."""
    hdrs = reply_headers(f"0100019b.nl.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*HEURISTIC, *OTHER) if r not in rules and r not in tol]
    h = None
    if html or html_body:
        h = page(html_body or text2html(body), lang="nl")
    msg = mk(frm, to, subject, _d(day), f"<nl.{slug}@{dom}>", headers=hdrs, text=body, html=h, attach=attach)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, lang=lang)


# --------------------------------------------------------------------------------------------
# Dutch: compliant near-misses
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:  # noqa: PLR0915 - one long list of cases
    o, b = order("koffiemolen", "nl", "Elektrische koffiemolen met kegelmaalwerk, 18 standen")
    case("tips-dan-neutrale-recensie", "relay", [],
         "Gebruikstips en aan het eind een neutraal verzoek om een productrecensie ('uw eerlijke mening'): toegestaan.",
         to=b, frm="Koffiehoek Utrecht <service@koffiehoek-utrecht.nl>",
         subject=f"Tips voor het eerste gebruik van uw koffiemolen (bestelling {o})", text=f"""Beste klant,

Uw koffiemolen uit bestelling {o} is inmiddels bij u bezorgd. Een paar tips
voor het eerste gebruik:

- Maal eerst ongeveer 20 gram bonen en gooi dat poeder weg; zo verdwijnen de
  resten van de test in de fabriek.
- Stand 1 tot 5 is geschikt voor espresso, stand 12 tot 18 voor filterkoffie.
- Reinig het maalwerk eens per maand met het meegeleverde borsteltje, nooit
  met water.

Heeft u de molen een paar weken gebruikt, dan stellen we het op prijs als u
uw ervaring deelt in een productrecensie op Amazon. Uw eerlijke mening helpt
andere klanten bij hun keuze.

Met vriendelijke groet,
Koffiehoek Utrecht""")

    o, b = order("tent", "", "Koepeltent 3 persoons, waterkolom 3000 mm", tld="nl")
    case("je-vorm-review-positief-of-kritisch", "relay", [],
         "Informele je-vorm, geen buyer_language (marktplaatsstandaard nl); neutraal reviewverzoek 'positief of "
         "kritisch': toegestaan.",
         to=b, frm="Buitenkamp <hallo@buitenkamp.nl>",
         subject=f"Je tent voor het eerst opzetten - bestelling {o}", text=f"""Hoi,

Je koepeltent (bestelling {o}) is bezorgd, dus de camping kan eraan komen!
Zet de tent voor je vertrek een keer in de tuin op. Dan weet je hoe de
stokken in de hoezen gaan en zie je meteen of alle haringen erbij zitten.

Laat de tent na een regenachtige nacht altijd goed drogen voordat je hem
inpakt, anders krijg je schimmelplekken in het doek.

Heb je de tent eenmaal op pad gehad? Dan horen we graag hoe hij bevallen is.
Een review op Amazon, of die nou positief of kritisch is, helpt andere
kampeerders om een goede keuze te maken.

Groetjes,
Sanne van Buitenkamp""")

    o, b = order("glasplaat", "nl", "Inductiekookplaat 4 zones, zwart glas")
    case("fotos-beoordeeld-kosteloos-vervangen", "relay", [],
         "'Foto's bekeken en beoordeeld', 'bedankt voor uw feedback' en een kosteloze vervanging van een defect "
         "onderdeel: klachtafhandeling, geen reviewverzoek en geen reclame.",
         to=b, frm="Keukenkoning <klantenservice@keukenkoning.nl>",
         reply="De glasplaat van mijn kookplaat heeft een barst in de hoek. Foto's zitten in de bijlage.",
         subject=f"Re: Barst in glasplaat - bestelling {o}", text=f"""Geachte heer, mevrouw,

Bedankt voor uw feedback en voor de duidelijke foto's. Wij hebben ze samen met
de technische dienst bekeken en beoordeeld: de barst is tijdens het transport
ontstaan, de hoekbescherming van de doos was ingedeukt.

Wij sturen u kosteloos een nieuwe kookplaat uit bestelling {o}. De bezorger
neemt de beschadigde plaat bij aflevering mee; u hoeft die dus niet zelf in te
pakken. Gebruik de kapotte plaat tot die tijd niet meer.

Met vriendelijke groet,
Ilse de Wit
Keukenkoning""")

    o, b = order("schroeven", "nl", "Wandrek metaal 5 planken, 180 x 90 cm")
    case("terugbetaling-uitgelegd", "relay", [],
         "Antwoord op een vraag over een terugbetaling: legt uit waarom een deel van het bedrag is teruggestort.",
         to=b, frm="Opbergwereld <info@opbergwereld.nl>",
         reply="Ik kreeg 12,50 euro terug maar ik had toch 14,95 betaald voor het zakje schroeven?",
         subject=f"Re: Terugbetaling bestelling {o}", text=f"""Beste mevrouw Jansen,

U heeft gelijk dat het zakje bevestigingsmateriaal in bestelling {o}
ontbrak. De 12,50 euro die u terugkreeg is de prijs van dat zakje; de
14,95 euro die u noemt is de prijs inclusief verzendkosten van een los
bestelde set, en die verzendkosten heeft u bij dit rek niet betaald.

Het nieuwe zakje schroeven hebben we gisteren als brievenbuspakje verstuurd.

Met vriendelijke groet,
Opbergwereld""")

    o, b = order("boxspring-vertraging", "nl", "Boxspring 160x200 antraciet", **PENDING)
    case("vertraging-gemeld", "relay", [],
         "Proactieve melding dat de verzending later is dan aangegeven, met reden en nieuwe datum: verplicht "
         "bericht, geen verzendbevestiging.",
         to=b, frm="Slaapwel Wonen <service@slaapwel-wonen.nl>",
         subject=f"Uw boxspring wordt later geleverd (bestelling {o})", text=f"""Beste klant,

Helaas moeten we u laten weten dat uw boxspring (bestelling {o}) later
wordt verzonden dan op de productpagina stond. De fabriek heeft de
antraciet stof een week later ontvangen dan gepland.

De boxspring wordt nu op donderdag 18 juni bij ons afgeleverd en kan dan
vanaf maandag 22 juni bij u worden bezorgd. Komt die datum u niet uit of wilt
u liever niet wachten, laat het ons dan weten.

Onze excuses voor het ongemak.

Met vriendelijke groet,
Slaapwel Wonen""")

    o, b = order("hoes-kleur", "nl", "Loungeset tuin 4-delig met hoes", **PENDING)
    case("vraag-over-kleur-hoes", "relay", [],
         "Vraagt om informatie die nodig is om de bestelling af te ronden (kleur van de hoes).",
         to=b, frm="Tuinhuis Van Dijk <verkoop@tuinhuisvandijk.nl>",
         subject=f"Welke kleur hoes wilt u? - bestelling {o}", text=f"""Goedemiddag,

Bij uw bestelling {o} hoort een beschermhoes. Die leveren we in twee kleuren,
antraciet en zand, maar bij het bestellen is er geen kleur doorgekomen.

Wilt u ons laten weten welke kleur u wilt? Zodra we uw antwoord hebben, gaat
de set dezelfde dag nog de deur uit.

Met vriendelijke groet,
Tuinhuis Van Dijk""")

    o, b = order("bank-bezorgen", "nl", "Hoekbank 5-zits velours groen", **PENDING)
    case("bezorgafspraak-vervoerder-telefoon", "relay", [],
         "Bezorgafspraak voor een groot artikel; het telefoonnummer is dat van de vervoerder, in dezelfde zin.",
         to=b, frm="Bankenhuis Zwolle <planning@bankenhuis-zwolle.nl>",
         subject=f"Bezorgafspraak voor uw hoekbank - bestelling {o}", text=f"""Beste klant,

Uw hoekbank uit bestelling {o} is klaar voor bezorging. Omdat de bank met
twee personen naar binnen wordt gedragen, plannen we de levering samen met u.

Welke dag past u het best: dinsdag 16, woensdag 17 of vrijdag 19 juni? De
bezorgers komen tussen 8.00 en 17.00 uur en bellen een half uur van tevoren.

Wilt u de bezorging zelf verzetten, dan kunt u de vervoerder Van Wijk
Transport bellen op 0341-45 67 89 onder vermelding van uw ordernummer.

Met vriendelijke groet,
Bankenhuis Zwolle""")

    o, b = order("garantie-fabrikant", "nl", "Robotstofzuiger met dweilfunctie")
    case("garantie-fabrikant-telefoon", "relay", [],
         "Antwoord op een garantievraag: het nummer is de garantielijn van de fabrikant, dat mag.",
         to=b, frm="Huis & Techniek <support@huisentechniek.nl>",
         reply="Mijn robotstofzuiger laadt niet meer op. Valt dat onder de garantie?",
         subject=f"Re: Robotstofzuiger laadt niet op - bestelling {o}", text=f"""Beste klant,

Ja, uw robotstofzuiger (bestelling {o}) valt nog twee jaar onder de
garantie van de fabrikant.

Controleer eerst of de twee laadcontacten onder de robot schoon zijn; een
beetje stof is genoeg om het laden te blokkeren. Veeg ze af met een droge doek.

Laadt hij daarna nog steeds niet, dan regelt de fabrikant de reparatie.
Voor garantieclaims kunt u de fabrikant bellen op 020-123 4567 (werkdagen
van 9 tot 17 uur).

Met vriendelijke groet,
Huis & Techniek""")

    o, b = order("retour-serienummer", "nl", "Draadloze koptelefoon noise cancelling")
    case("retour-serienummer-gevraagd", "relay", [],
         "Proactief retourbericht dat om informatie vraagt die nodig is om de retour af te ronden (serienummer).",
         to=b, frm="Geluidshuis <retouren@geluidshuis.nl>",
         subject=f"Uw retour van bestelling {o}: één vraag", text=f"""Beste klant,

We hebben uw retouraanvraag voor de koptelefoon uit bestelling {o}
ontvangen. Om de retour af te ronden hebben we nog één gegeven nodig: het
serienummer. U vindt het op de binnenkant van de linker hoofdband, achter het
kussentje (begint met HX).

Wilt u het ons laten weten door op dit bericht te antwoorden?

Met vriendelijke groet,
Geluidshuis""")

    o, b = order("lamp-gedeeltelijk", "nl", "Hanglamp rotan 45 cm")
    case("gedeeltelijke-terugbetaling-aangeboden", "relay", [],
         "Retourbericht met een aanbod voor een gedeeltelijke terugbetaling als de koper de lamp houdt: toegestaan.",
         to=b, frm="De Lampenzaak <service@delampenzaak.nl>",
         subject=f"Uw retouraanvraag voor de hanglamp - bestelling {o}", text=f"""Beste klant,

U heeft de hanglamp uit bestelling {o} aangemeld voor retour omdat er
een stukje rotan aan de onderrand los zit.

Wilt u de lamp toch houden, dan bieden we u een gedeeltelijke terugbetaling
van 15 euro aan. Het losse stukje kunt u eenvoudig vastzetten met een druppel
houtlijm. Liever terugsturen? Dan verwerken we de retour zoals u heeft
aangevraagd. Laat u ons weten wat u kiest?

Met vriendelijke groet,
De Lampenzaak""")

    o, b = order("uitverkocht-terugbetaald", "nl", "Kinderfiets 16 inch blauw", **OOS)
    case("uitverkocht-bedrag-aangepast", "relay", [],
         "Artikel niet leverbaar: het bericht bevestigt dat het volledige bedrag is terugbetaald, met de reden; "
         "het vraagt de koper niet om te annuleren.",
         to=b, frm="Fietsplaats <info@fietsplaats.nl>",
         subject=f"Uw bestelling {o} kan helaas niet worden geleverd", text=f"""Beste klant,

Het spijt ons u te moeten melden dat de blauwe kinderfiets uit bestelling
{o} niet meer leverbaar is: het laatste exemplaar bleek bij de
controle in ons magazijn een beschadigd frame te hebben.

We hebben het volledige bedrag van 189,00 euro aan u terugbetaald met als
reden 'niet op voorraad'. U ziet de terugbetaling binnen enkele werkdagen
op uw rekening.

Onze excuses dat we uw bestelling niet konden leveren.

Met vriendelijke groet,
Fietsplaats""")

    o, b = order("pan-bedankt-tip", "nl", "Gietijzeren braadpan 28 cm")
    case("bedankt-met-echte-informatie", "relay", [],
         "Een bedankje met echte gebruiksinformatie (inbranden van gietijzer): niet alleen bedankt.",
         to=b, frm="Pannenwinkel Haarlem <service@pannenwinkel-haarlem.nl>",
         subject=f"Voor het eerste gebruik van uw braadpan (bestelling {o})", text=f"""Beste klant,

Bedankt voor uw bestelling {o}. Voordat u de gietijzeren braadpan voor
het eerst gebruikt, is het belangrijk de pan in te branden:

1. Was de pan met warm water zonder afwasmiddel en droog hem goed af.
2. Wrijf binnen- en buitenkant in met een dun laagje zonnebloemolie.
3. Zet de pan omgekeerd een uur in de oven op 220 graden.

Laat de pan daarna in de oven afkoelen. Gebruik nooit de vaatwasser: dan gaat
de beschermlaag verloren en gaat de pan roesten.

Met vriendelijke groet,
Pannenwinkel Haarlem""")

    o, b = order("vlaams-kast", "nl", "Kledingkast 3 deuren eiken", tld="com.be")
    case("vlaamse-koper-montagehulp", "relay", [],
         "Vlaamse koper (amazon.com.be, buyer_language nl): Nederlands antwoord met montagehulp, "
         "Vlaamse formulering ('gelieve', 'bij voorbaat dank').",
         to=b, frm="Meubelatelier Peeters <info@meubelatelier-peeters.be>",
         reply="De deuren van de kast hangen scheef, wat moet ik doen?",
         subject=f"Re: Scheve deuren kledingkast - bestelling {o}", text=f"""Beste klant,

Bedankt voor uw bericht over de kledingkast van bestelling {o}.

Scheve deuren zijn gelukkig snel recht te zetten. Elk scharnier heeft drie
schroefjes: met het middelste schroefje stelt u de deur zijwaarts bij, met
het achterste de diepte. Draai telkens een halve slag en sluit de deur om te
controleren.

Gelieve eerst te controleren of de kast waterpas staat; op een schuine vloer
gaan de deuren altijd scheef hangen. Onder de kast zitten stelpootjes.

Lukt het niet, stuur ons dan een foto van de scharnieren. Bij voorbaat dank.

Met vriendelijke groeten,
Meubelatelier Peeters""")

    o, b = order("garantieclaim-beoordeling", "nl", "Espressomachine met melkopschuimer")
    case("beoordeling-van-garantieclaim", "relay", [],
         "'Beoordeling' als keuring van een garantieclaim, geen review; het bericht meldt de uitkomst.",
         to=b, frm="Koffiehoek Utrecht <service@koffiehoek-utrecht.nl>",
         reply="Is er al nieuws over mijn espressomachine die naar de reparateur is?",
         subject=f"Re: Uitkomst garantieclaim - bestelling {o}", text=f"""Beste klant,

De beoordeling van uw garantieclaim voor de espressomachine uit bestelling
{o} is afgerond. De technicus heeft vastgesteld dat de pomp defect was;
dat valt onder de garantie.

De pomp is vervangen en de machine is getest. Hij gaat morgen retour naar u
en wordt in de loop van donderdag bezorgd. Aan de reparatie zijn voor u geen
kosten verbonden.

Met vriendelijke groet,
Koffiehoek Utrecht""")

    o, b = order("factuur", "nl", "Bureaustoel ergonomisch met hoofdsteun")
    case("factuur-met-kvk-btw-iban", "relay", [],
         "Een factuur als pdf-bijlage; KvK-nummer, btw-nummer en IBAN in de ondertekening zijn geen "
         "telefoonnummers.",
         to=b, frm="Kantoorplein BV <facturen@kantoorplein.nl>",
         subject=f"Factuur voor uw bestelling {o}",
         attach=[(make_pdf("Factuur 2026-0612", ["Factuur 2026-0612", f"Bestelling {o}",
                                                  "Bureaustoel ergonomisch met hoofdsteun  1 x 249,00 EUR",
                                                  "Btw 21 %: 43,21 EUR", "Totaal: 249,00 EUR"],
                           producer="Kantoorplein facturatie"),
                  "application", "pdf", "factuur-2026-0612.pdf")],
         text=f"""Beste klant,

Zoals gevraagd bij het bestellen sturen wij u hierbij de factuur voor
bestelling {o}, met de btw apart vermeld. U vindt de factuur als
pdf-bestand in de bijlage.

Met vriendelijke groet,
Kantoorplein BV

KvK-nummer 81234567
Btw-nummer NL862345678B01
IBAN NL91 ABNA 0417 1643 00""")

    o, b = order("kortingscode-uitgelegd", "nl", "Yogamat kurk 6 mm")
    case("gebruikte-kortingscode-uitgelegd", "relay", [],
         "Antwoord op een vraag over de prijs: de kortingscode die de koper zelf gebruikte is correct verwerkt. "
         "Geen nieuwe code, geen reclame.",
         to=b, frm="Yogaplek <hallo@yogaplek.nl>",
         reply="Ik heb een kortingscode ingevuld, maar zie ik die korting wel terug?",
         subject=f"Re: Korting op bestelling {o}", text=f"""Hoi,

Goed dat je het even checkt. De kortingscode die je bij het afrekenen hebt
ingevuld, is correct verwerkt: in het overzicht van bestelling {o}
staat de korting van 5 euro op de regel 'Promotie toegepast'. Je hebt dus
29,95 euro betaald in plaats van 34,95 euro.

Groetjes,
Yogaplek""")

    o, b = order("stop-lekken", "nl", "Thermostatische douchekraan chroom")
    case("lekken-stopt-stuur-foto", "relay", [],
         "'Het lekken stopt' en 'stuur ons een foto' zijn geen afmeldregel.",
         to=b, frm="Sanitairshop <service@sanitairshop.nl>",
         reply="De douchekraan druppelt na het dichtdraaien.",
         subject=f"Re: Druppelende douchekraan - bestelling {o}", text=f"""Beste klant,

Het druppelen van de douchekraan uit bestelling {o} komt bijna altijd
door een rubberen ringetje dat bij de montage een stukje is verschoven.

Draai de greep los, druk het ringetje terug in de groef en monteer de greep
opnieuw. Het lekken stopt dan meestal meteen.

Stopt het druppelen daarna niet, stuur ons dan een foto van de binnenkant van
de kraan, dan sturen we u een nieuwe cartouche.

Met vriendelijke groet,
Sanitairshop""")

    o, b = order("track-reply", "nl", "Luchtbevochtiger 4 liter")
    case("antwoord-met-track-and-trace", "relay", [],
         "De koper vraagt waar het pakket is; het antwoord met track & trace is een antwoord, geen "
         "proactieve verzendbevestiging.",
         to=b, frm="Klimaatwinkel <service@klimaatwinkel.nl>",
         reply="Waar blijft mijn luchtbevochtiger? Ik heb nog niets ontvangen.",
         subject=f"Re: Waar is mijn pakket? - bestelling {o}", text=f"""Beste klant,

Uw luchtbevochtiger uit bestelling {o} is op 2 juni met PostNL
verzonden. Volgens de track & trace (3SKLIM4471209) ligt het pakket sinds
gisteren bij het PostNL-punt in uw straat, omdat er niemand thuis was.

U kunt het daar met uw legitimatie ophalen.

Met vriendelijke groet,
Klimaatwinkel""")

    # ----------------------------------------------------------------------------------------
    # Violations: reviews
    # ----------------------------------------------------------------------------------------

    o, b = order("cadeaubon", "nl", "Set van 4 bamboe snijplanken")
    case("cadeaubon-voor-recensie", "reject", ["review.incentive"],
         "Een cadeaubon als dank voor een recensie: beloning voor een review.",
         to=b, frm="Keukenkoning <klantenservice@keukenkoning.nl>", tolerated=("type.marketing",),
         subject=f"Uw snijplanken - bestelling {o}", text=f"""Beste klant,

Wij hopen dat u blij bent met de bamboe snijplanken uit bestelling {o}.
Olie de planken eens per maand in met een beetje spijsolie, dan blijven ze
mooi en splijten ze niet.

Als dank voor uw recensie op Amazon ontvangt u van ons een cadeaubon
van 10 euro.

Met vriendelijke groet,
Keukenkoning""")

    o, b = order("vijf-sterren", "nl", "Led-bureaulamp dimbaar")
    case("vijf-sterren-gevraagd", "reject", ["review.incentive"],
         "Stuurt aan op een positieve beoordeling ('5 sterren').",
         to=b, frm="De Lampenzaak <service@delampenzaak.nl>",
         subject=f"Uw bureaulamp - bestelling {o}", text=f"""Beste klant,

De bureaulamp uit bestelling {o} heeft vijf lichtstanden; houd de
knop twee seconden ingedrukt om de kleurtemperatuur te wisselen.

We zouden het enorm waarderen als u ons een beoordeling van vijf sterren
geeft. Als klein bedrijf hebben we elke ster hard nodig!

Met vriendelijke groet,
De Lampenzaak""")

    o, b = order("je-korting-review", "nl", "Hardloopshirt dry-fit heren")
    case("je-korting-na-review", "reject", ["review.incentive", "type.marketing"],
         "Je-vorm: korting op de volgende bestelling met een kortingscode voor wie een review schrijft "
         "(beloning en kortingscode).",
         to=b, frm="RunFit <team@runfit.nl>",
         subject=f"Hoe loopt je nieuwe shirt? (bestelling {o})", text=f"""Hey!

Je shirt uit bestelling {o} kun je gewoon op 30 graden wassen, maar
gebruik geen wasverzachter: dan ademt de stof minder goed.

Schrijf je een review over het shirt? Dan krijg je van ons 20% korting
op je volgende bestelling met de code REVIEW20.

Sportieve groet,
Team RunFit""")

    o, b = order("verzendkosten-terug", "nl", "Plantenbak cortenstaal 80 cm")
    case("verzendkosten-terug-na-positieve-beoordeling", "reject", ["review.incentive"],
         "Terugbetaling van verzendkosten na een positieve beoordeling: beloning en sturing.",
         to=b, frm="Tuinhuis Van Dijk <verkoop@tuinhuisvandijk.nl>",
         subject=f"Uw plantenbak - bestelling {o}", text=f"""Goedemiddag,

De cortenstalen plantenbak uit bestelling {o} krijgt in een paar weken
vanzelf zijn roestkleur. Zet hem niet direct op een lichte tegel, want de
eerste maanden kan er wat roestwater vrijkomen.

Zodra uw positieve beoordeling op Amazon staat, betalen wij u de
verzendkosten terug.

Met vriendelijke groet,
Tuinhuis Van Dijk""")

    o, b = order("screenshot-gratis", "nl", "Kattenkrabpaal 150 cm beige")
    case("screenshot-recensie-gratis-speeltje", "reject", ["review.incentive"],
         "Een gratis product voor wie een screenshot van de geplaatste recensie stuurt.",
         to=b, frm="Dierenparadijs <info@dierenparadijs.nl>", tolerated=("type.marketing",),
         subject=f"Bevalt de krabpaal? - bestelling {o}", text=f"""Beste klant,

Wij hopen dat uw kat al volop gebruikmaakt van de krabpaal uit bestelling
{o}. Zet hem bij een raam: katten liggen graag hoog met uitzicht.

Heeft u een recensie geplaatst? Stuur ons dan een screenshot en wij sturen u
gratis een kattenspeeltje met catnip toe.

Met vriendelijke groet,
Dierenparadijs""")

    o, b = order("winactie", "nl", "Babyfoon met camera")
    case("winactie-voor-reviewers", "reject", ["review.incentive"],
         "Wie een recensie schrijft maakt kans op een prijs: toekomstig voordeel voor een review.",
         to=b, frm="Kinderkamer Dromenland <service@dromenland.nl>", tolerated=("type.marketing",),
         subject=f"Uw babyfoon (bestelling {o})", text=f"""Beste ouders,

De babyfoon uit bestelling {o} werkt het best als de camera minstens
een meter van het bedje staat en de ouderunit niet naast de wifi-router.

Iedereen die deze maand een recensie over de babyfoon schrijft, maakt
kans op een waardebon van 50 euro. De winnaar maken we op 1 juli bekend.

Hartelijke groet,
Kinderkamer Dromenland""")

    o, b = order("gating-u", "nl", "Matrastopper traagschuim 140x200")
    case("alleen-tevreden-beoordeling", "reject", ["review.conditional"],
         "Reviewselectie: alleen tevreden kopers om een beoordeling vragen, ontevreden kopers eerst laten "
         "contact opnemen.", tolerated=("review.incentive",),
         to=b, frm="Slaapwel Wonen <service@slaapwel-wonen.nl>",
         subject=f"Uw matrastopper - bestelling {o}", text=f"""Beste klant,

Laat de matrastopper uit bestelling {o} na het uitpakken 48 uur
uitzetten voordat u erop slaapt. De lichte geur verdwijnt in die tijd vanzelf.

Bent u tevreden over de topper? Laat dan een beoordeling achter op Amazon.
Bent u niet tevreden, neem dan eerst contact met ons op, dan lossen we het
samen op.

Met vriendelijke groet,
Slaapwel Wonen""")

    o, b = order("gating-je", "nl", "Wandklok industrieel 60 cm")
    case("je-alleen-als-je-blij-bent", "reject", ["review.conditional"],
         "Je-vorm: 'alleen als je er blij mee bent' een review, anders eerst een berichtje: reviewselectie.",
         to=b, frm="Huis & Sfeer <hallo@huisensfeer.nl>", tolerated=("review.incentive",),
         subject=f"Je wandklok ophangen - bestelling {o}", text=f"""Hoi,

Hang de klok uit bestelling {o} op aan een schroef met plug; een spijker
houdt de 3 kilo niet lang. Het uurwerk werkt op één AA-batterij.

Een review zouden we heel fijn vinden, maar alleen als je echt blij bent
met de klok. Valt hij tegen? Stuur ons dan eerst even een berichtje.

Groetjes,
Huis & Sfeer""")

    o, b = order("verwijderen", "nl", "Elektrische tandenborstel met 3 opzetborstels")
    case("negatieve-beoordeling-verwijderen", "reject", ["review.removal-request"],
         "Vraagt de koper een negatieve beoordeling te verwijderen nu het probleem is opgelost.",
         to=b, frm="Huis & Techniek <support@huisentechniek.nl>",
         reply="De nieuwe opzetborstels passen nu wel, bedankt.",
         subject=f"Re: Opzetborstels - bestelling {o}", text=f"""Beste klant,

Fijn om te horen dat de nieuwe opzetborstels goed passen op de tandenborstel
uit bestelling {o}.

Nu het probleem is opgelost, zou u dan zo vriendelijk willen zijn om uw
negatieve beoordeling te verwijderen?

Met vriendelijke groet,
Huis & Techniek""")

    o, b = order("aanpassen", "nl", "Rugzak 30 liter waterdicht")
    case("je-review-aanpassen", "reject", ["review.removal-request"],
         "Je-vorm: vraagt een review van één ster aan te passen.",
         to=b, frm="Buitenkamp <hallo@buitenkamp.nl>",
         subject=f"Nieuwe rits voor je rugzak - bestelling {o}", text=f"""Hoi,

Sorry dat de rits van je rugzak uit bestelling {o} het na een week al
begaf. De nieuwe rugzak die we je hebben gestuurd, heeft een versterkte
YKK-rits.

We zagen dat je ons 1 ster hebt gegeven. Zou je je review willen aanpassen nu
je de nieuwe rugzak hebt?

Groetjes,
Sanne van Buitenkamp""")

    o, b = order("repeat", "nl", "Dekbedovertrek katoen satijn 240x220")
    case("eerste-reviewverzoek", "relay", [],
         "Eerste, neutrale vraag om een beoordeling voor deze bestelling: toegestaan.",
         to=b, frm="Slaapwel Textiel <service@slaapweltextiel.nl>", day=9,
         subject=f"Uw dekbedovertrek - bestelling {o}", text=f"""Beste klant,

Was het dekbedovertrek uit bestelling {o} de eerste keer binnenstebuiten
op 40 graden; zo blijft de glans van het satijn het langst mooi.

Wij zouden het waarderen als u een beoordeling schrijft over het overtrek.

Met vriendelijke groet,
Slaapwel Textiel""")
    case("tweede-reviewverzoek", "reject", ["review.repeat"],
         "Een tweede verzoek om een beoordeling voor dezelfde bestelling, na het eerste.",
         to=b, frm="Slaapwel Textiel <service@slaapweltextiel.nl>", day=13, after=("eerste-reviewverzoek",),
         subject=f"Herinnering: uw mening over bestelling {o}", text=f"""Beste klant,

Een paar dagen geleden vroegen we u naar uw ervaring met het dekbedovertrek
uit bestelling {o}. Mocht u er nog niet aan toegekomen zijn: we horen
nog steeds graag uw mening in een recensie op Amazon.

Met vriendelijke groet,
Slaapwel Textiel""")

    # ----------------------------------------------------------------------------------------
    # Violations: marketing, opt-out
    # ----------------------------------------------------------------------------------------

    o, b = order("nieuwsbrief", "nl", "Theepot gietijzer 1,2 liter")
    case("nieuwsbrief-inschrijven", "quarantine", ["type.marketing"],
         "Nodigt uit om zich in te schrijven voor de nieuwsbrief: reclame.",
         to=b, frm="Theehuis Leiden <info@theehuisleiden.nl>",
         subject=f"Uw theepot - bestelling {o}", text=f"""Beste klant,

Spoel de gietijzeren theepot uit bestelling {o} na gebruik alleen om
met heet water en laat hem open drogen; zo voorkomt u roest.

Wilt u op de hoogte blijven van nieuwe theesoorten en seizoensaanbiedingen?
Schrijf u dan in voor onze nieuwsbrief.

Met vriendelijke groet,
Theehuis Leiden""")

    o, b = order("volg-ons", "", "Kinderboek Dieren van de boerderij", tld="nl")
    case("volg-ons-op-instagram", "quarantine", ["type.marketing"],
         "Vraagt de koper de verkoper te volgen op Instagram en Facebook (geen buyer_language: standaard nl).",
         to=b, frm="Boekje & Co <info@boekjeenco.nl>",
         subject=f"Uw kinderboek - bestelling {o}", text=f"""Beste klant,

Het kinderboek uit bestelling {o} heeft stevige kartonnen bladzijden,
dus kleine handjes kunnen er zelf in bladeren. Met een vochtig doekje maakt u
de pagina's weer schoon.

Volg ons op Instagram en Facebook voor voorleestips en nieuwe boeken!

Met vriendelijke groet,
Boekje & Co""")

    o, b = order("cross-sell", "nl", "Hoeslaken jersey 160x200 grijs")
    case("bijpassende-kussenslopen", "quarantine", ["type.marketing"],
         "Cross-selling: wijst op bijpassende producten uit het eigen assortiment.",
         to=b, frm="Slaapwel Textiel <service@slaapweltextiel.nl>",
         subject=f"Uw hoeslaken - bestelling {o}", text=f"""Beste klant,

Het jersey hoeslaken uit bestelling {o} past op matrassen tot 30 cm
dik. Was het op maximaal 60 graden en droog het op een lage stand.

Tip: bekijk ook eens onze bijpassende kussenslopen en het dekbedovertrek in
dezelfde grijze tint; samen maken ze uw slaapkamer compleet.

Met vriendelijke groet,
Slaapwel Textiel""")

    o, b = order("kortingscode", "nl", "Vogelvoederhuis hout")
    case("kortingscode-volgende-aankoop", "quarantine", ["type.marketing"],
         "Een kortingscode voor een volgende aankoop: promotie.",
         to=b, frm="Tuinhuis Van Dijk <verkoop@tuinhuisvandijk.nl>",
         subject=f"Uw vogelhuis - bestelling {o}", text=f"""Goedemiddag,

Hang het voederhuis uit bestelling {o} op minstens anderhalve meter
hoogte, uit de buurt van struiken waar katten zich kunnen verstoppen.

Met de kortingscode ZOMER15 krijgt u 15% korting op uw volgende aankoop in
onze Amazon-winkel. De code is geldig tot 31 juli.

Met vriendelijke groet,
Tuinhuis Van Dijk""")

    o, b = order("stop", "nl", "Waterfilterkan 2,4 liter")
    case("stuur-stop-afmelden", "reject", ["link.opt-out"],
         "Een nuttig bericht met als laatste regel een afmeldmogelijkheid ('antwoord met STOP').",
         to=b, frm="Waterwinkel <service@waterwinkel.nl>",
         subject=f"Filter vervangen - bestelling {o}", text=f"""Beste klant,

Het filter van uw waterfilterkan uit bestelling {o} gaat ongeveer vier
weken mee. Spoel een nieuw filter eerst 15 minuten in koud water voordat u
het plaatst.

Wilt u geen berichten meer van ons ontvangen? Antwoord dan met STOP.

Met vriendelijke groet,
Waterwinkel""")

    o, b = order("afmelden", "nl", "Fietsslot ART 3 sterren")
    case("je-afmelden-voor-mails", "reject", ["link.opt-out"],
         "Je-vorm: biedt aan je af te melden voor verdere e-mails. ('ART 3 sterren' is een keurmerk, geen review.)",
         to=b, frm="Fietsplaats <info@fietsplaats.nl>",
         subject=f"Je nieuwe fietsslot - bestelling {o}", text=f"""Hoi,

Je kettingslot uit bestelling {o} heeft het ART-keurmerk met 3 sterren;
de verzekeraar vraagt daar vaak om. Bewaar de sleutelkaart goed: daarmee kun
je een extra sleutel laten maken.

Liever geen mails meer van ons? Je kunt je op elk moment afmelden door even
te reageren op deze mail.

Groetjes,
Fietsplaats""")

    # ----------------------------------------------------------------------------------------
    # Violations: contact details, links
    # ----------------------------------------------------------------------------------------

    o, b = order("bel-ons", "nl", "Wasmachine 8 kg 1400 toeren")
    case("bel-ons-vast-nummer", "reject", ["content.phone-number"],
         "Het eigen klantenservicenummer van de verkoper, zonder garantie-, vervoerder- of fabrikantcontext.",
         to=b, frm="Witgoedcentrum <service@witgoedcentrum.nl>",
         subject=f"Uw wasmachine - bestelling {o}", text=f"""Beste klant,

Verwijder vóór het eerste gebruik de drie transportbouten aan de achterkant
van de wasmachine uit bestelling {o}. Bewaar ze voor als u verhuist.

Heeft u vragen over de installatie? Bel onze klantenservice gerust op
030-234 5678, we helpen u graag.

Met vriendelijke groet,
Witgoedcentrum""")

    o, b = order("whatsapp", "nl", "Airfryer XL 5,5 liter")
    case("je-app-ons-mobiel", "reject", ["content.phone-number"],
         "Je-vorm: een mobiel nummer om te appen.",
         to=b, frm="Keukenkoning <klantenservice@keukenkoning.nl>",
         subject=f"Tips voor je airfryer - bestelling {o}", text=f"""Hoi,

Laat je airfryer uit bestelling {o} de eerste keer tien minuten leeg
draaien op 200 graden; de nieuwe-apparatengeur is dan weg.

Vragen? App ons gerust via 06-12345678, ook in het weekend.

Groetjes,
Keukenkoning""")

    o, b = order("belgisch", "nl", "Stofzuigerzakken 10 stuks", tld="com.be")
    case("vlaams-bel-klantendienst-plus32", "reject", ["content.phone-number"],
         "Vlaamse koper: het nummer van de eigen klantendienst in Belgisch internationaal formaat.",
         to=b, frm="Huishoudcentrale Gent <info@huishoudcentrale.be>",
         subject=f"Uw stofzuigerzakken - bestelling {o}", text=f"""Beste klant,

De zakken uit bestelling {o} passen op alle stofzuigers van de reeks
die op de verpakking staat. Gelieve de zak te vervangen zodra het lampje op
de stofzuiger rood wordt.

Voor verdere vragen kan u onze klantendienst telefonisch bereiken op
+32 9 223 45 67.

Met vriendelijke groeten,
Huishoudcentrale Gent""")

    o, b = order("apenstaartje", "nl", "Laptoptas 15,6 inch")
    case("emailadres-apenstaartje-punt", "reject", ["content.email-address"],
         "Een e-mailadres uitgeschreven met 'apenstaartje' en 'punt'.",
         to=b, frm="Tassenwinkel <service@tassenwinkel.nl>",
         subject=f"Uw laptoptas - bestelling {o}", text=f"""Beste klant,

De laptoptas uit bestelling {o} heeft een apart vak met klittenband
voor een laptop tot 15,6 inch; het vak aan de voorkant is voor de oplader.

Voor vragen kunt u ons mailen op info apenstaartje tassenwinkel punt nl.

Met vriendelijke groet,
Tassenwinkel""")

    o, b = order("emailadres", "nl", "Puzzel 1000 stukjes Amsterdam")
    case("je-mail-ons-op-adres", "reject", ["content.email-address"],
         "Je-vorm: een gewoon e-mailadres in de tekst.",
         to=b, frm="Puzzelparadijs <hallo@puzzelparadijs.nl>",
         subject=f"Je puzzel - bestelling {o}", text=f"""Hoi,

Mis je een stukje van de puzzel uit bestelling {o}? Dat kan gebeuren,
en dan sturen we het je na.

Mail even een foto van de lege plek naar puzzelhulp@puzzelparadijs.nl, dan
zoeken wij het juiste stukje op.

Groetjes,
Puzzelparadijs""")

    o, b = order("http-link", "nl", "Zonnescherm knikarm 300 cm")
    case("handleiding-via-http", "reject", ["link.insecure"],
         "Een link naar de handleiding op de eigen site via http://.",
         to=b, frm="Zonwering Direct <info@zonweringdirect.nl>",
         subject=f"Montage zonnescherm - bestelling {o}", text=f"""Beste klant,

Voor de montage van het zonnescherm uit bestelling {o} heeft u twee
personen en een waterpas nodig. De volledige montagehandleiding met foto's
staat op http://www.zonweringdirect.nl/handleidingen/knikarm-300.

Met vriendelijke groet,
Zonwering Direct""")

    o, b = order("extern", "nl", "Slimme thermostaat wifi")
    case("externe-link-eigen-site", "reject", ["link.external"],
         "Een https-link naar de eigen website, niet nodig voor de bestelling.",
         to=b, frm="Klimaatwinkel <service@klimaatwinkel.nl>",
         subject=f"Uw thermostaat - bestelling {o}", text=f"""Beste klant,

De slimme thermostaat uit bestelling {o} werkt met de meeste cv-ketels.
Lees op onze website meer over alle andere slimme producten uit ons
assortiment: https://www.klimaatwinkel.nl/slim-wonen.

Met vriendelijke groet,
Klimaatwinkel""")

    o, b = order("klik-hier", "nl", "Kinderzitje auto groep 2/3")
    body = f"""Beste klant,

Het autozitje uit bestelling {o} is geschikt voor kinderen van 15 tot
36 kg. De gordel moet altijd over het schouderdeel lopen, nooit onder de arm
door.

Voor de gebruiksaanwijzing op Amazon klik hier.

Met vriendelijke groet,
Kinderkamer Dromenland
"""
    url = "https://www.amazon.nl/gp/help/customer/display.html?nodeId=508510"
    hb = text2html(body).replace("klik hier.", f'<a href="{url}">klik hier</a>.')
    case("html-link-klik-hier", "reject", ["style.link-text"],
         "HTML-link naar Amazon met als enige linktekst 'klik hier'.",
         to=b, frm="Kinderkamer Dromenland <service@dromenland.nl>", html_body=hb,
         subject=f"Gebruik van het autozitje - bestelling {o}",
         text=body.replace("klik hier.", f"klik hier: {url}"))

    # ----------------------------------------------------------------------------------------
    # Violations: content, message types, order problems, language
    # ----------------------------------------------------------------------------------------

    o, b = order("scheldwoord", "nl", "Spiegel met lijst 60x180")
    case("scheldwoord-over-bezorger", "quarantine", ["content.sensitive"],
         "Grof taalgebruik over de bezorger in een verder normaal antwoord.",
         to=b, frm="Spiegelshop <service@spiegelshop.nl>",
         reply="De spiegel kwam gebroken aan, de doos was helemaal kapot.",
         subject=f"Re: Gebroken spiegel - bestelling {o}", text=f"""Beste klant,

Wat vervelend dat de spiegel uit bestelling {o} gebroken is aangekomen.
Die klote bezorgers gooien de dozen gewoon over de schutting, echt kut.

We sturen u vandaag een nieuwe spiegel, nu in een houten krat.

Met vriendelijke groet,
Spiegelshop""")

    o, b = order("alleen-bedankt", "nl", "Geurkaars vanille 3 stuks")
    case("alleen-bedankt-en-klaarstaan", "quarantine", ["type.thank-you-only"],
         "Proactief bericht dat alleen bedankt en zegt dat de verkoper klaarstaat voor vragen.",
         to=b, frm="Kaarsenmakerij <info@kaarsenmakerij.nl>",
         subject=f"Bedankt voor uw bestelling {o}", text=f"""Beste klant,

Hartelijk dank voor uw bestelling {o}! Wij zijn er erg blij mee en
wensen u veel plezier met uw aankoop.

Heeft u vragen, dan staan wij altijd voor u klaar.

Met vriendelijke groet,
Kaarsenmakerij""")

    o, b = order("verzonden", "nl", "Spelcomputer controller draadloos", delivered="")
    case("verzendbevestiging-track-trace", "quarantine", ["type.order-confirmation"],
         "Proactieve verzendbevestiging met track & trace-code: dat doet Amazon al.",
         to=b, frm="Gamehoek <service@gamehoek.nl>",
         subject=f"Uw bestelling {o} is verzonden", text=f"""Beste klant,

Goed nieuws: uw bestelling {o} is vandaag verzonden met DHL.
Uw track & trace-code is JVGL0612345678. Het pakket wordt naar verwachting
morgen bezorgd.

Met vriendelijke groet,
Gamehoek""")

    o, b = order("annuleren-vragen", "nl", "Tuinset aluminium 6 stoelen", **OOS)
    case("uitverkocht-vraag-om-te-annuleren", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Niet op voorraad en de koper wordt gevraagd zelf te annuleren; geen bevestiging van terugbetaling.",
         to=b, frm="Tuinhuis Van Dijk <verkoop@tuinhuisvandijk.nl>",
         subject=f"Tuinset niet op voorraad - bestelling {o}", text=f"""Goedemiddag,

Helaas is de tuinset uit bestelling {o} uitverkocht; de leverancier
kan pas in september nieuwe sets leveren.

Wilt u de bestelling via uw Amazon-account annuleren? Dan krijgt u uw geld
terug.

Met vriendelijke groet,
Tuinhuis Van Dijk""")

    o, b = order("geen-aanpassing", "nl", "Stoomstrijkijzer 2600 W", **OOS)
    case("niet-leverbaar-zonder-terugbetaling", "quarantine", ["order-problem.no-adjustment"],
         "Het artikel kan niet worden geleverd, maar het bericht bevestigt geen aanpassing of terugbetaling.",
         to=b, frm="Witgoedcentrum <service@witgoedcentrum.nl>",
         subject=f"Uw strijkijzer - bestelling {o}", text=f"""Beste klant,

Tot onze spijt kunnen wij het strijkijzer uit bestelling {o} niet
leveren: het artikel is niet meer op voorraad en de fabrikant maakt dit
model niet meer.

Onze excuses voor het ongemak.

Met vriendelijke groet,
Witgoedcentrum""")

    o, b = order("retour-onnodig", "nl", "Zomerjurk bloemenprint maat M")
    case("retour-zonder-vraag-of-aanbod", "quarantine", ["return.unnecessary"],
         "Proactief retourbericht dat om niets vraagt en geen gedeeltelijke terugbetaling biedt.",
         to=b, frm="Modehuis Lotte <service@modehuislotte.nl>",
         subject=f"Uw retour - bestelling {o}", text=f"""Beste klant,

We zagen dat u de jurk uit bestelling {o} retour heeft gestuurd. Jammer
dat hij u niet bevallen is!

Zodra het pakket bij ons binnen is, verwerken we de retourzending.

Met vriendelijke groet,
Modehuis Lotte""")

    o, b = order("engels-naar-nl", "nl", "Stijltang keramisch")
    case("engels-bericht-aan-nederlandse-koper", "quarantine", ["language.mismatch"],
         "Een Engels bericht aan een koper met buyer_language nl.",
         to=b, frm="HairPro Europe <support@hairpro-europe.com>", lang="en",
         subject=f"Your hair straightener - order {o}", text=f"""Dear customer,

Your ceramic hair straightener from order {o} heats up to 230 degrees.
For fine or coloured hair, please start at 180 degrees and always use a heat
protection spray.

Kind regards,
HairPro Europe""")

    o, b = order("nl-naar-engels", "en", "Bluetooth speaker waterproof")
    case("nederlands-bericht-aan-engelstalige-koper", "quarantine", ["language.mismatch"],
         "Een Nederlands bericht aan een koper op amazon.nl met buyer_language en.",
         to=b, frm="Geluidshuis <service@geluidshuis.nl>",
         subject=f"Uw speaker - bestelling {o}", text=f"""Beste klant,

De bluetooth-speaker uit bestelling {o} is waterdicht, maar alleen als
het rubberen klepje over de laadpoort goed dicht zit. Laad de speaker nooit
op als de poort nog nat is.

Met vriendelijke groet,
Geluidshuis""")

    o, b = order("nl-naar-be-fr", "", "Koffiecapsules 100 stuks", tld="com.be")
    case("nederlands-aan-belgische-koper-zonder-taal", "quarantine", ["language.mismatch"],
         "amazon.com.be zonder buyer_language: standaard Frans; een alleen-Nederlands bericht past niet.",
         to=b, frm="Koffiehoek Utrecht <service@koffiehoek-utrecht.nl>",
         subject=f"Uw koffiecapsules - bestelling {o}", text=f"""Beste klant,

De capsules uit bestelling {o} passen in alle machines van het
Nespresso Original-systeem. Bewaar ze droog en koel; dan blijft de koffie
minstens een jaar vers.

Met vriendelijke groet,
Koffiehoek Utrecht""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_nl,))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="corpus_nl"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
