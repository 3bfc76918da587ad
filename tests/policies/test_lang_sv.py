"""Swedish (amazon.se) phrase data, policies/data/sv: made-up wordings, not the sentences of tests/corpus_sv.

Each rule that reads language gets Swedish violations that must fire (the rule ID asserted) and compliant
near-misses with the same vocabulary that must stay clean: "fem stjärnor" of a hotel, a free replacement for a
defect next to thanks for the buyer's feedback, "oavsett om du är nöjd eller inte", "du kan själv ändra den",
"STOPP-knappen", "avregistrerat det gamla serienumret", "slut i lager fram till den 20 juni", "farten", "kocken",
organisationsnummer / momsnummer / bankgiro, a manufacturer's or carrier's phone line, "du behöver inte returnera
den felaktiga" (no return), a refund for stains, "slut i lager" in a bilingual message (English "slut"). Also the
polite "Ni" and
the possessive "sin", which Spanish and French negation data ("ni", "sin") would otherwise read as negators, and
a company name with å/ä/ö written as a domain ("Köksmaskiner.se").
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, hits, make_ctx


def _fires(rule_id: str, body: str, *, reply: bool = False) -> bool:
    return bool(hits(rule_id, make_ctx(body, reply=reply)))


# Language-dependent rules a Swedish near-miss must not set off.
CHECKED = [
    "review.incentive", "review.conditional", "review.removal-request", "type.marketing", "type.thank-you-only",
    "type.order-confirmation", "link.opt-out", "link.external", "content.phone-number", "content.email-address",
    "content.sensitive", "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
    "link.insecure",
]

VIOLATIONS = [
    ('review.incentive', False, (
        'Hej,\n'
        '\n'
        f'Tack för din beställning {OID}. Den som skriver en recension på Amazon får ett presentkort värt 200 kr.\n'
        '\n'
        'Hälsningar\n'
        'Butiken'
    )),
    ('review.incentive', False, (
        'Hej!\n'
        '\n'
        f'Order {OID}: när ditt omdöme ligger ute på Amazon skickar vi en liten överraskning som tack.\n'
        '\n'
        '/Butiken'
    )),
    ('review.incentive', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Vi skulle verkligen uppskatta ett femstjärnigt betyg på Amazon!\n'
        '\n'
        'Mvh Butiken'
    )),
    ('review.incentive', False, (
        'Hejsan,\n'
        '\n'
        f'Gällande order {OID}: lämna en recension så bjuder vi på frakten vid ditt nästa köp.\n'
        '\n'
        'Hälsningar'
    )),
    ('review.incentive', False, (
        'Bästa kund,\n'
        '\n'
        f'Angående order {OID} vill vi gärna att Ni ger oss högsta betyg på Amazon.\n'
        '\n'
        'Med vänlig hälsning\n'
        'Firman'
    )),
    ('review.conditional', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Har du gillat produkten? Då blir vi glada för en recension på Amazon. Är något fel, kontakta oss först.\n'
        '\n'
        'Hälsningar'
    )),
    ('review.conditional', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Vi hoppas att du är nöjd med lampan. I så fall får du gärna skriva ett omdöme på Amazon.\n'
        '\n'
        'Hälsningar'
    )),
    ('review.conditional', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Lämna gärna ett omdöme om allt har fungerat som det ska.\n'
        '\n'
        'Hälsningar'
    )),
    ('review.removal-request', True, (
        'Hej,\n'
        '\n'
        'Nu när vi har skickat en ny kabel undrar vi om du kanske vill uppdatera din recension?\n'
        '\n'
        'Hälsningar'
    )),
    ('review.removal-request', True, (
        'Hej,\n'
        '\n'
        'Vi har löst problemet. Kanske kan dina två stjärnor bli fem?\n'
        '\n'
        'Hälsningar'
    )),
    ('review.removal-request', True, (
        'Hej,\n'
        '\n'
        'Skulle Ni kunna överväga att radera Ert omdöme nu när pengarna är återbetalade?\n'
        '\n'
        'Med vänlig hälsning'
    )),
    ('type.marketing', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Som stamkund får du 10 % rabatt på hela sortimentet med koden TACK10.\n'
        '\n'
        'Hälsningar'
    )),
    ('type.marketing', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Du kanske också gillar våra nya doftljus i höstfärger, som finns i vår butik på Amazon.\n'
        '\n'
        'Hälsningar'
    )),
    ('type.marketing', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}: sovkudden levereras i morgon. PS. Missa inte vår sommarrea – allt halva priset hela juli!\n'
        '\n'
        'Hälsningar'
    )),
    ('type.marketing', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Gillar du inredningstips? Följ vårt konto på Instagram, @hemmafint.\n'
        '\n'
        'Hälsningar'
    )),
    ('type.thank-you-only', False, (
        'Hej!\n'
        '\n'
        f'Tusen tack för din order {OID}! Vi hoppas att du kommer att trivas med den. Har du frågor finns vi här för dig.\n'
        '\n'
        'Ha det fint!\n'
        'Anna'
    )),
    ('type.order-confirmation', False, (
        'Hej,\n'
        '\n'
        f'Vi har tagit emot din beställning {OID} och den skickas i dag. Spårningsnummer: JJ123456789SE.\n'
        '\n'
        'Hälsningar'
    )),
    ('content.phone-number', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Ring gärna vår växel på 031-70 80 90 så hjälper vi dig med monteringen.\n'
        '\n'
        'Hälsningar'
    )),
    ('content.phone-number', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Skicka ett sms till 0701234567 om du vill ändra leveranstiden.\n'
        '\n'
        'Hälsningar'
    )),
    ('content.phone-number', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Kundservice: 0046 8 555 123 45\n'
        '\n'
        'Hälsningar'
    )),
    ('content.email-address', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Skicka bilderna till kundtjanst snabel a hemmabutiken punkt se så tittar vi på dem.\n'
        '\n'
        'Hälsningar'
    )),
    ('content.email-address', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Mejla oss: order(at)hemmabutiken(punkt)se\n'
        '\n'
        'Hälsningar'
    )),
    ('link.opt-out', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Lampan tål inte fukt, så använd den inomhus.\n'
        '\n'
        'Vill du slippa våra utskick framöver? Svara med ordet "stopp".'
    )),
    ('link.opt-out', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Skruvarna ligger i den lilla påsen.\n'
        '\n'
        'Om du hellre vill avstå från fler mejl från oss, skriv AVSLUTA i ett svar.'
    )),
    ('link.opt-out', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Pumpen ska förvaras frostfritt över vintern.\n'
        '\n'
        'Avanmäl dig från våra nyhetsbrev när du vill.'
    )),
    ('content.sensitive', True, (
        'Hej,\n'
        '\n'
        'Fan vad tråkigt att höra! Transportören är helt jävla värdelös.\n'
        '\n'
        'Hälsningar'
    )),
    ('content.sensitive', True, (
        'Hej,\n'
        '\n'
        'Håll käften om priset, din idiot.\n'
        '\n'
        'Hälsningar'
    )),
    ('order-problem.cancellation-request', False, (
        'Hej,\n'
        '\n'
        f'Tyvärr har vi inga fler bordslampor i lager. Skulle du kunna avbryta ordern {OID} via Mina beställningar?\n'
        '\n'
        'Hälsningar'
    )),
    ('order-problem.no-adjustment', False, (
        'Hej,\n'
        '\n'
        f'Tyvärr har vi inga fler bordslampor i lager. Skulle du kunna avbryta ordern {OID} via Mina beställningar?\n'
        '\n'
        'Hälsningar'
    )),
    ('order-problem.no-adjustment', False, (
        'Hej,\n'
        '\n'
        f'Pallen i order {OID} har tyvärr tagit slut hos oss och vi kan inte skicka den. Vi ber om ursäkt.\n'
        '\n'
        'Hälsningar'
    )),
    ('return.unnecessary', False, (
        'Hej,\n'
        '\n'
        f'Vi har noterat att du vill returnera kaffebryggaren i order {OID}. Tråkigt att den inte föll dig i smaken.\n'
        '\n'
        'Hälsningar'
    )),
    ('review.incentive', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Skriv en recension så deltar du i utlottningen av ett presentkort!\n'
        '\n'
        'Hälsningar'
    )),
    ('review.incentive', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Vi har en liten present till alla som delar sin upplevelse på Amazon.\n'
        '\n'
        'Hälsningar'
    )),
    ('review.removal-request', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Vi har nu skickat en ersättningsprodukt. Vi vore tacksamma om du kunde se över ditt omdöme på Amazon.\n'
        '\n'
        'Hälsningar'
    )),
    ('review.conditional', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Är du nöjd med köpet får du gärna lämna ett omdöme på Amazon. Om inte, hör av dig till oss först så löser vi det.\n'
        '\n'
        'Hälsningar'
    )),
    ('type.marketing', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Passa på: just nu har vi 25 % rabatt på alla kuddar i vår Amazon-butik.\n'
        '\n'
        'Hälsningar'
    )),
    ('type.marketing', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Glöm inte att kolla in vårt övriga sortiment av ekologiska hudvårdsprodukter!\n'
        '\n'
        'Hälsningar'
    )),
    ('link.opt-out', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Batteriet laddas fullt på fyra timmar.\n'
        '\n'
        'Om du inte längre vill ta emot meddelanden från oss, svara NEJ TACK.'
    )),
    ('content.phone-number', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Har du frågor om monteringen? Slå en signal på 08-555 123 45 så hjälper vi dig.\n'
        '\n'
        'Hälsningar'
    )),
    ('content.sensitive', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Vi ber om ursäkt, lagret har verkligen skitit i det här. Leveransen sker i morgon.\n'
        '\n'
        'Hälsningar'
    )),
    ('type.order-confirmation', False, (
        'Hej,\n'
        '\n'
        f'Goda nyheter! Din order {OID} har nu lämnat vårt lager och är på väg till dig med Budbee. Du kan följa paketet med spårningslänken i appen.\n'
        '\n'
        'Hälsningar'
    )),
    ('type.thank-you-only', False, (
        'Hej Erik,\n'
        '\n'
        f'Tack så mycket för att du valde att handla hos oss, order {OID}. Det betyder jättemycket för oss! Trevlig helg!\n'
        '\n'
        'Hälsningar\n'
        'Lisa'
    )),
    ('type.thank-you-only', False, (
        'Bästa kund,\n'
        '\n'
        f'Vi tackar Er för Er beställning {OID}. Vid frågor står vi till Ert förfogande.\n'
        '\n'
        'Med vänlig hälsning\n'
        'Företaget AB'
    )),
    ('type.marketing', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Som tack för ditt köp får du 15 % på din nästa beställning hos oss.\n'
        '\n'
        'Hälsningar'
    )),
    ('type.marketing', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Prenumerera på vår YouTube-kanal för fler recept med din nya våffeljärn!\n'
        '\n'
        'Hälsningar'
    )),
    ('review.incentive', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Ge oss fem stjärnor på Amazon så skickar vi ett extra filter gratis.\n'
        '\n'
        'Hälsningar'
    )),
    ('review.conditional', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Har allt gått bra med leveransen? Om ja, skulle vi uppskatta ett omdöme på Amazon.\n'
        '\n'
        'Hälsningar'
    )),
    ('content.email-address', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Bilderna kan du skicka till service@hemmafint.se.\n'
        '\n'
        'Hälsningar'
    )),
    ('link.insecure', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Monteringsvideon finns på http://hemmafint.se/video\n'
        '\n'
        'Hälsningar'
    )),
    ('review.incentive', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Vore det för mycket begärt med fem stjärnor på Amazon?\n'
        '\n'
        'Hälsningar'
    )),
    ('review.incentive', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Recensioner som nämner vår doftserie belönas med ett litet paket prover.\n'
        '\n'
        'Hälsningar'
    )),
    ('review.incentive', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Vi skulle inte tacka nej till ett strålande omdöme på Amazon!\n'
        '\n'
        'Hälsningar'
    )),
    ('review.incentive', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Skriv gärna en recension på Amazon om du har tid.\n'
        '\n'
        'Sängen ska vädras en dag innan du bäddar.\n'
        '\n'
        'Som tack får alla som skriver en en påse lavendel på köpet.\n'
        '\n'
        'Hälsningar'
    )),
    ('review.incentive', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. När dina fina ord om kudden finns på Amazon skickar vi något litet som tack.\n'
        '\n'
        'Hälsningar'
    )),
    ('review.conditional', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Lämna gärna ett omdöme på Amazon – förutsatt att du är nöjd förstås.\n'
        '\n'
        'Hälsningar'
    )),
    ('review.conditional', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Har du några frågor? Svara på det här meddelandet. Annars får du gärna lämna ett omdöme på Amazon.\n'
        '\n'
        'Hälsningar'
    )),
    ('review.removal-request', True, (
        'Hej,\n'
        '\n'
        'Nu när saken är löst, skulle du kunna tänka dig att ompröva ditt betyg?\n'
        '\n'
        'Hälsningar'
    )),
    ('review.removal-request', True, (
        'Hej,\n'
        '\n'
        'Vi har bytt ut lampan. Kanske kan du ta en ny titt på det du skrev om oss på Amazon?\n'
        '\n'
        'Hälsningar'
    )),
    ('type.marketing', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Vår nya höstkollektion av ullfiltar har precis kommit in – ta en titt i vår butik!\n'
        '\n'
        'Hälsningar'
    )),
    ('type.marketing', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Använd gärna rabattkoden VINTER20 nästa gång du handlar.\n'
        '\n'
        'Hälsningar'
    )),
    ('order-problem.cancellation-request', False, (
        'Hej,\n'
        '\n'
        f'Tyvärr har tillverkaren slutat producera modellen i order {OID}. Det enklaste är om du själv avbryter beställningen under Dina beställningar.\n'
        '\n'
        'Hälsningar'
    )),
    ('order-problem.no-adjustment', False, (
        'Hej,\n'
        '\n'
        f'Tyvärr har tillverkaren slutat producera modellen i order {OID}. Det enklaste är om du själv avbryter beställningen under Dina beställningar.\n'
        '\n'
        'Hälsningar'
    )),
    ('content.phone-number', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Du når vår butik på +46 (0)8 123 45 67 alla vardagar.\n'
        '\n'
        'Hälsningar'
    )),
    ('content.phone-number', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Frågor om monteringen? Ring 0771-123 123 så hjälper vi dig.\n'
        '\n'
        'Hälsningar'
    )),
    ('content.phone-number', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Vill du boka hemleverans kan du ringa oss på 08-123 456 78.\n'
        '\n'
        'Hälsningar'
    )),
    ('content.phone-number', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Ring mig: noll sju noll ett två tre fyra fem sex sju.\n'
        '\n'
        'Hälsningar'
    )),
    ('content.sensitive', True, (
        'Hej,\n'
        '\n'
        'Vilken jävla tur att du hörde av dig!\n'
        '\n'
        'Hälsningar'
    )),
    ('content.sensitive', True, (
        'Hej,\n'
        '\n'
        'Budet är ett svin och borde skjutas.\n'
        '\n'
        'Hälsningar'
    )),
    ('link.opt-out', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Stolen monteras med sex skruvar.\n'
        '\n'
        'Vill du inte ha fler mejl från oss kan du enkelt avregistrera dig.'
    )),
    ('link.opt-out', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Stolen monteras med sex skruvar.\n'
        '\n'
        'Om du inte är intresserad av våra utskick, så slutar vi skicka dem om du svarar på detta mejl.'
    )),
    ('review.incentive', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Lämna gärna ett omdöme på Amazon. Fem stjärnor vore fantastiskt!\n'
        '\n'
        'Hälsningar'
    )),
    ('review.incentive', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Skriv gärna en recension om du har tid. Allt under fem skadar oss tyvärr mycket.\n'
        '\n'
        'Hälsningar'
    )),
    ('type.marketing', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Just nu har vi fri frakt för alla som beställer före fredag!\n'
        '\n'
        'Hälsningar'
    )),
    ('type.thank-you-only', False, (
        'Hej Karin!\n'
        '\n'
        f'Ett stort tack för din beställning {OID}. Vi hoppas att du blir nöjd med ditt köp.\n'
        '\n'
        'Vänliga hälsningar\n'
        'Team Nordljus'
    )),
    ('type.thank-you-only', False, (
        'Hejsan!\n'
        '\n'
        f'Vi ville bara höra av oss och säga tack för att du handlade hos oss (order {OID}). Tveka inte att kontakta oss om du undrar något.\n'
        '\n'
        'Kram\n'
        'Lotta'
    )),
    ('type.thank-you-only', False, (
        'God dag,\n'
        '\n'
        f'Vi tackar för Er order {OID} och hoppas att Ni blir nöjd. Hör gärna av Er vid frågor.\n'
        '\n'
        'Med vänlig hälsning\n'
        'AB Kontorsmöbler'
    )),
    ('type.thank-you-only', False, (
        'Hej,\n'
        '\n'
        f'Vi ville bara kolla att allt har kommit fram som det ska med din order {OID}. Hör av dig om något inte stämmer!\n'
        '\n'
        'Ha det gott\n'
        'Butiken'
    )),
    ('type.order-confirmation', False, (
        'Hej,\n'
        '\n'
        f'Tack för din beställning! Vi bekräftar härmed din order {OID}. Beräknad leverans: 3–5 arbetsdagar.\n'
        '\n'
        'Hälsningar'
    )),
    ('type.order-confirmation', False, (
        'Hej,\n'
        '\n'
        f'Din order {OID} skickades i dag med PostNord. Kollinummer: 00370733355512345678.\n'
        '\n'
        'Med vänlig hälsning'
    )),
    ('review.incentive', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Vi lottar ut ett presentkort bland alla som recenserar produkten på Amazon.\n'
        '\n'
        'Hälsningar'
    )),
    ('review.incentive', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Ett femstjärnigt omdöme ger dig 50 kr tillbaka på ditt nästa köp.\n'
        '\n'
        'Hälsningar'
    )),
    ('review.incentive', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Skicka en skärmdump på din recension så får du en gratis påfyllning.\n'
        '\n'
        'Hälsningar'
    )),
    ('review.removal-request', True, (
        'Hej,\n'
        '\n'
        'Vi såg att du gav oss en stjärna. Nu när vi har skickat en ny, skulle du kunna justera betyget?\n'
        '\n'
        'Hälsningar'
    )),
    ('review.removal-request', True, (
        'Hej,\n'
        '\n'
        'Vi vore tacksamma om din negativa recension kunde tas bort nu när problemet är löst.\n'
        '\n'
        'Hälsningar'
    )),
    ('review.conditional', False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Vi hoppas att du tycker om tröjan! Gillar du den, får du gärna skriva en recension på Amazon.\n'
        '\n'
        'Hälsningar'
    )),
    ('order-problem.no-adjustment', False, (
        'Hej,\n'
        '\n'
        f'Vi måste tyvärr meddela att hyllan i order {OID} inte längre finns i lager hos vår leverantör. Vi återkommer så fort vi vet mer.\n'
        '\n'
        'Hälsningar'
    )),
    ('order-problem.cancellation-request', False, (
        'Hej,\n'
        '\n'
        f'Tyvärr är mattan i order {OID} slutsåld. Vänligen begär en annullering via Amazon så att vi kan stänga ordern.\n'
        '\n'
        'Hälsningar'
    )),
    ('order-problem.no-adjustment', False, (
        'Hej,\n'
        '\n'
        f'Tyvärr är mattan i order {OID} slutsåld. Vänligen begär en annullering via Amazon så att vi kan stänga ordern.\n'
        '\n'
        'Hälsningar'
    )),
    ('return.unnecessary', False, (
        'Hej,\n'
        '\n'
        f'Vi ser att du har begärt en retur av hörlurarna i order {OID}. Visste du att de flesta problem löser sig med en uppdatering av firmware? Många kunder ångrar sin retur.\n'
        '\n'
        'Hälsningar'
    )),
]


@pytest.mark.parametrize(("rule_id", "reply", "body"), VIOLATIONS)
def test_swedish_violation_fires(rule_id: str, reply: bool, body: str) -> None:
    assert _fires(rule_id, body, reply=reply)


NEAR_MISSES = [
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Vi ber aldrig om fem stjärnor, bara om ett ärligt omdöme på Amazon om du har tid.\n'
        '\n'
        'Hälsningar\n'
        'Butiken'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}: vi skickar en ny sladd kostnadsfritt eftersom den gamla var defekt. Tack för din återkoppling!\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Din beställning {OID}: hotellet fick fem stjärnor i guiden, och vår resväska är designad för just sådana resor. Stoppa in sockorna i skorna så får allt plats.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Oavsett om du är nöjd eller inte får du gärna lämna ett omdöme på Amazon, det hjälper andra köpare.\n'
        '\n'
        'Hälsningar'
    )),
    (True, (
        'Hej,\n'
        '\n'
        'Tack för din recension! Du kan själv ändra den när som helst under Dina beställningar om du vill.\n'
        '\n'
        'Hälsningar'
    )),
    (True, (
        'Hej,\n'
        '\n'
        'Vi har läst din recension och vill gärna ändra det som inte fungerade, så vi skickar en ny hylla.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Vi säljer inga presentkort och skickar inga nyhetsbrev; vi vill bara berätta att lampan behöver en E14-sockel.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Din beställning {OID} är försenad eftersom leverantören inte hunnit leverera tygerna. Vi beräknar att skicka den den 22 juni.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Garantiärenden hanteras av tillverkaren Nordtech, telefon 08-410 220 00.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Paketet levereras av PostNord; deras kundtjänst nås på 0771-33 33 10 om du vill ändra utlämningsställe.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Här kommer fakturan för order {OID}.\n'
        'Org.nr: 559012-3456\n'
        'Momsnr: SE559012345601\n'
        'Bankgiro: 123-4567\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Tryck på stopp-knappen två gånger för att låsa fläkten. Om fläkten inte stannar, dra ur sladden.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Vi har avregistrerat det gamla serienumret och kopplat garantin till den nya enheten.\n'
        '\n'
        'Hälsningar'
    )),
    (True, (
        'Hej,\n'
        '\n'
        'Farten på fläkten ställer du in med knappen till vänster. Sluta inte rengöra filtret; slutet av filtret ska peka uppåt. Kocken i vår video visar hur.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Pallen i order {OID} har tyvärr tagit slut hos oss. Vi har därför avbrutit ordern och återbetalat hela beloppet via Amazon (orsak: slut i lager).\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Pallen i order {OID} är slut i lager fram till den 20 juni. Vi skickar den så snart den kommer in, senast den 22 juni.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Vi har noterat att du vill returnera kaffebryggaren i order {OID}. Kan du berätta vad som var fel, och skicka en bild på typskylten?\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Angående returen av stolen i order {OID}: vill du behålla stolen mot ett prisavdrag på 300 kr i stället?\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej Maria,\n'
        '\n'
        f'Tack för din beställning {OID}! Vi vill bara informera om att sängen levereras i tre kollin, så bli inte orolig om de kommer olika dagar. Monteringsanvisningen ligger i kolli 1.\n'
        '\n'
        'Med vänliga hälsningar\n'
        'Sängfabriken'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Din beställning {OID} är klar för upphämtning hos ditt paketombud från och med i morgon. Ta med legitimation. Kan du bekräfta att adressen Storgatan 5 stämmer, eftersom portkoden saknas?\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Vi har fått tillbaka paketet med order {OID} från PostNord eftersom det inte hämtades ut. Vill du att vi skickar det igen, eller föredrar du att vi återbetalar beloppet?\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej!\n'
        '\n'
        f'När du har använt stekpannan några veckor får du gärna berätta vad du tycker i en recension på Amazon. Det hjälper oss att utveckla produkten. Order {OID}.\n'
        '\n'
        'Vänliga hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}: din tavla är nu inramad, men vi behöver veta om du vill ha passepartout i vitt eller svart. Svara gärna på det här meddelandet.\n'
        '\n'
        'Hälsningar, Ramverkstaden'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Här kommer bruksanvisningen på svenska för luftrenaren i order {OID}, eftersom den i kartongen tyvärr bara var på engelska. Filtret byts var sjätte månad.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Angående order {OID}: tyvärr blev det fel färg på tröjan vi skickade. Vi skickar rätt färg i dag utan kostnad och du behöver inte returnera den felaktiga.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Observera att laddaren inte ska användas utomhus. Om du har frågor om garantin kan du kontakta tillverkaren Voltex på 040-12 34 56.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Vi har tagit emot din retur för order {OID} och återbetalningen görs inom tre bankdagar efter att vi har kontrollerat varan. Kan du berätta om förpackningen var öppnad?\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Din specialbeställda skylt i order {OID} är klar för korrektur. Stämmer stavningen "Villa Solbacken"? Vi trycker så snart du har godkänt.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Tack för din beställning {OID}! Observera att mattan behöver ligga plant ett dygn innan kanterna släpper.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Din beställning {OID} har skickats, men tyvärr fick vi inte med fjärrkontrollen i paketet. Den skickas separat i morgon.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Du har fått 10 % rabatt på kuddarna eftersom de var fläckiga; beloppet har redan återbetalats till ditt konto.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Tack för ditt omdöme! Vi har tagit till oss av kritiken om förpackningen och byter till en kraftigare kartong.\n'
        '\n'
        'Hälsningar'
    )),
    (True, (
        'Hej,\n'
        '\n'
        'Vi har tittat på dina bilder igen och ser att sömmen har gått upp. Vi skickar en ny väska i dag utan kostnad.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Trådarna kan ändra färg första veckan; det är helt normalt och inget fel.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Betyget A++ på energimärkningen gäller bara i eco-läget, så välj det om du vill spara ström.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Tavlan har stjärnor i guld som kan lossna om du torkar för hårt; använd en torr trasa.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Vi har fått höra att vår bruksanvisning var svår att förstå. Din kommentar har vi förmedlat till tillverkaren, och vi bifogar en enklare version.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Det är helt frivilligt, men om du vill får du gärna lämna ett omdöme på Amazon. Alla synpunkter, positiva som negativa, är välkomna.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Koden på kartongens undersida, t.ex. LOT2291, behöver vi för garantin. Kan du skicka en bild på den?\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Tyvärr är jackan i order {OID} slutsåld i storlek M. Vi har annullerat ordern och hela beloppet återbetalas till dig via Amazon med orsaken "slut i lager".\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Tyvärr är leveransen av order {OID} försenad en vecka. Om du inte vill vänta kan du avbryta ordern under Dina beställningar, annars skickar vi den den 25 juni.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Budbilen från DHL ringer 30 minuter innan; deras nummer är 0771-345 345 om du vill flytta tiden.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Artikelnummer: 4005-123-4567, modellnummer: 123 456 7890. Priset var 1 249 kr.\n'
        '\n'
        'Hälsningar'
    )),
    (True, (
        'Hej,\n'
        '\n'
        'Skitig eller inte, mattan tål 60 grader. Hell! Fanny från lagret packar om den.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Du får ett sms från PostNord när paketet finns hos ombudet; svara inte på det sms:et, utan hämta paketet med koden.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Tyvärr är den blå färgen slut i lager, så vi skickar den gröna som du valde som alternativ. Vi skickar den i morgon.\n'
        '\n'
        'Hello,\n'
        '\n'
        f'Order {OID}. Unfortunately the blue colour is out of stock, so we are sending the green one you chose as your alternative. It ships tomorrow.\n'
        '\n'
        'Hälsningar / Best regards'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Energiklassen är A, och testet i tidningen gav den 5/5. Lampan drar bara 4 watt.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Vi ger fri frakt på returen eftersom felet var vårt; returetiketten finns i ditt Amazon-konto. Kan du skicka tillbaka varan före fredag?\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Tack för din order {OID}! Vi vill bara meddela att den gröna färgen är något ljusare i verkligheten än på bilden. Om du hellre vill ha den mörkare varianten, svara på det här meddelandet före fredag så byter vi innan vi skickar.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej!\n'
        '\n'
        f'Tack för beställningen {OID}. Kan du bekräfta att du vill ha texten "Grattis Ella" på tårtljusen?\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Vi har granskat ditt ärende och skickar en ny lampa kostnadsfritt. Om du vill får du gärna lämna ett omdöme om produkten på Amazon senare.\n'
        '\n'
        'Hälsningar'
    )),
    (True, (
        'Hej,\n'
        '\n'
        'Tack för ditt betyg och dina synpunkter. Vi har sett över förpackningen och bytt leverantör av kartonger.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}. Din recension hjälper andra köpare, så skriv gärna vad du tycker på Amazon, både bra och dåligt.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Tyvärr är mattan i order {OID} slutsåld. Vi har makulerat ordern med orsaken "ingen tillgång" och du har inte debiterats något.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Mattan i order {OID} är tillfälligt slut, men en ny leverans väntas nästa vecka och vi skickar din matta den 24 juni.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Din retur för order {OID} har kommit fram till oss. Kan du berätta om laddaren var med i paketet? Den saknades när vi öppnade kartongen.\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Paketet med order {OID} har skickats tillbaka till oss av PostNord eftersom adressen var ofullständig. Kan du bekräfta din adress så skickar vi det igen?\n'
        '\n'
        'Hälsningar'
    )),
    (False, (
        'Hej,\n'
        '\n'
        f'Order {OID}: vid en retur kan du behålla fodralet; det ingår inte i returen.\n'
        '\n'
        'Vänliga hälsningar\n'
        'Företaget AB\n'
        '\n'
        'Detta e-postmeddelande är konfidentiellt och endast avsett för mottagaren. Om du har fått det av misstag, vänligen radera det.'
    )),
]


@pytest.mark.parametrize(("reply", "body"), NEAR_MISSES)
def test_swedish_near_miss_stays_clean(reply: bool, body: str) -> None:
    ctx = make_ctx(body, reply=reply)
    assert [r for r in CHECKED if hits(r, ctx)] == []


def test_polite_ni_and_possessive_sin_are_no_negation() -> None:
    """Spanish/French 'ni' and Spanish 'sin' are negators in every language's text; Swedish 'Ni' (you) and
    'sin' (one's own) are not: the reward stays tied to the review."""
    assert _fires(
        "review.incentive",
        f"Bästa kund,\n\nOrder {OID}. Om Ni publicerar ett omdöme på Amazon betalar vi tillbaka 15 % av priset.\n\n"
        "Med vänlig hälsning\nFirman",
    )
    assert _fires(
        "review.incentive",
        f"Hej,\n\nOrder {OID}. Alla kunder som har lämnat sin recension på Amazon får ett presentkort på 150 kr.\n\n"
        "Hälsningar",
    )
    # a real Swedish negation still negates
    assert not _fires(
        "review.incentive",
        f"Hej,\n\nOrder {OID}. Vi erbjuder inga presentkort eller rabatter för recensioner, men ett ärligt omdöme "
        "på Amazon uppskattas.\n\nHälsningar",
    )


def test_company_name_with_a_swedish_letter_is_no_address() -> None:
    """'Köksmaskiner.se' as a signature: the host must not be read from the letter after 'ö' ('ksmaskiner.se')."""
    body = f"Hej,\n\nOrder {OID}: mixern ska rengöras efter varje användning.\n\nHälsningar\nSkärgårdsKöket.se"
    assert not _fires("link.external", body)
    body = f"Hej,\n\nOrder {OID}: mixern ska rengöras efter varje användning.\n\nMer om skötsel på köksmaskiner.se/rengoring"
    assert _fires("link.external", body)


def test_swedish_och_joins_filler_clauses() -> None:
    body = (
        f"Hej!\n\nTack för din order {OID}! Vi är ett litet företag i Umeå, och det betyder mycket för oss att du "
        "valde oss.\n\nVänliga hälsningar\nButiken"
    )
    assert _fires("type.thank-you-only", body)
    body = f"Hej!\n\nTack för din order {OID}, vi vill påminna om att laddaren bara passar 36 V-batterier.\n\nHälsningar"
    assert not _fires("type.thank-you-only", body)
