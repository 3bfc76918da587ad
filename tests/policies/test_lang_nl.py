"""Dutch (amazon.nl, and Flemish buyers on amazon.com.be): policies/data/nl and the Dutch spelling dictionary.

Made-up wordings, not the sentences of tests/corpus_nl: per topic, violations that must fire (rule ID asserted) and
compliant near-misses with the same vocabulary that must stay clean. Both registers (u and je) and Flemish forms
('gelieve', 'kan u', 'klantendienst', +32 numbers).
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, hits, make_ctx


def _msg(text: str, *, informal: bool = False) -> str:
    hello, bye = ("Hoi,", "Groetjes,\nTeam Zonnebloem") if informal else ("Beste klant,", "Met vriendelijke groet,\nWinkel Zonnebloem")
    return f"{hello}\n\n{text.replace('{o}', OID)}\n\n{bye}\n"


def _fires(rule_id: str, text: str, *, reply: bool = False, informal: bool = False) -> bool:
    return bool(hits(rule_id, make_ctx(_msg(text, informal=informal), f"Bestelling {OID}", reply=reply)))


def _clean(text: str, rules: tuple[str, ...], *, reply: bool = False) -> list[str]:
    ctx = make_ctx(_msg(text), f"Bestelling {OID}", reply=reply)
    return [r for r in rules if hits(r, ctx)]


REVIEW_RULES = ("review.incentive", "review.conditional", "review.removal-request")
TYPE_RULES = ("type.marketing", "type.thank-you-only", "type.order-confirmation")
ORDER_RULES = ("order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary")

# --- review.incentive ------------------------------------------------------------------------------------

INCENTIVES = [
    "Voor elke recensie op Amazon sturen wij u een tegoedbon van 5 euro (bestelling {o}).",
    "Bestelling {o}: laat een review achter en ontvang een gratis flesje olie bij uw volgende bestelling.",
    "Bestelling {o}. Wij zouden het fijn vinden als u ons vijf sterren geeft.",
    "Bestelling {o}. Een positieve recensie zou ons enorm helpen!",
    "Bestelling {o}. Geef je ons 5 sterren? Dan krijg je de verzendkosten terug.",
    "Bestelling {o}. Als u een beoordeling schrijft, krijgt u 10% van het aankoopbedrag terug.",
    "Bestelling {o}. Iedere klant die een recensie plaatst, ontvangt een verrassing bij de volgende levering.",
    "Bestelling {o}. Wie een review achterlaat, maakt kans op een cadeaukaart van 25 euro.",
    "Bestelling {o}. We zouden geen nee zeggen tegen een lovende recensie.",
    "Bestelling {o}. Na plaatsing van uw productrecensie verlengen wij de garantie met een jaar.",
    "Bestelling {o}. Reviewers krijgen van ons een waardebon voor de webshop.",
    "Bestelling {o}. Mogen wij u vragen om een review te schrijven? In ruil daarvoor krijgt u een gratis proefpakket.",
    "Bestelling {o}. Zou je ons een topbeoordeling willen geven?",
    "Bestelling {o}. Kan u een positieve beoordeling nalaten op Amazon? Alvast bedankt!",
    "Bestelling {o}. Heeft u al een recensie geschreven? Mail ons een screenshot en we sturen u gratis een extra filter.",
    "Bestelling {o}. Stuur ons de link naar uw recensie en wij storten € 10 terug via PayPal.",
    "Bestelling {o}. Wij geven u graag een extra jaar garantie als u een beoordeling achterlaat.",
    "Bestelling {o}. Klanten die een beoordeling schrijven, krijgen voorrang bij nieuwe producten.",
    "Bestelling {o}. Een 5-sterrenbeoordeling zou geweldig zijn.",
    "Bestelling {o}. Zou u ons willen helpen met een goede beoordeling?",
    "Bestelling {o}. Voor een review met foto krijg je van ons een gratis opbergzakje.",
    "Bestelling {o}. Wij vergoeden de helft van het aankoopbedrag na het plaatsen van je recensie.",
    "Bestelling {o}. Vijf sterren voor ons? Dan sturen we je een leuk cadeautje!",
    "Bestelling {o}. We hopen op een positieve review van u!",
]


@pytest.mark.parametrize("text", INCENTIVES)
def test_incentive_or_steering_fires(text: str) -> None:
    assert _fires("review.incentive", text)


NEUTRAL_REVIEW = [
    "Bestelling {o}. Als u even tijd heeft, horen we graag uw eerlijke mening in een recensie op Amazon.",
    "Bestelling {o}. Wil je een review schrijven? Positief of negatief, we lezen alles.",
    "Bestelling {o}. Mogen wij u vragen om een beoordeling achter te laten? Dat helpt andere kopers.",
    "Bestelling {o}. Hebt u even tijd? Dan stellen we uw eerlijke beoordeling, goed of slecht, op prijs.",
    "Bestelling {o}. De lamp heeft een vijfsterren energielabel en past in elk 5-sterrenhotel.",
    "Bestelling {o}. U krijgt de verzendkosten terug omdat het pakket te laat was.",
    "Bestelling {o}. Op de verpakking staat het keurmerk met drie sterren; dat is het hoogste niveau.",
    "Bestelling {o}. We stellen het op prijs als u een moment neemt om uw ervaring te delen op Amazon.",
    "Bestelling {o}. Het product heeft van de Consumentenbond een goede beoordeling gekregen.",
    "Bestelling {o}. Wij sturen de nieuwe handleiding morgen op. Verder stellen we een eerlijke recensie op prijs.",
]


@pytest.mark.parametrize("text", NEUTRAL_REVIEW)
def test_neutral_review_request_and_star_products_stay_clean(text: str) -> None:
    assert _clean(text, REVIEW_RULES) == []


REPLIES_CLEAN = [
    "Bedankt voor uw beoordeling van gisteren. Wij sturen u kosteloos een nieuwe deksel voor bestelling {o}.",
    "Bestelling {o}: uw feedback hebben wij doorgegeven aan de fabrikant. De vervangende pomp is gratis.",
    "De beoordeling van uw schadeclaim door de vervoerder duurt nog twee dagen, bestelling {o}.",
    "U kunt uw recensie altijd later aanpassen als u dat wilt, bestelling {o}.",
    "Bestelling {o}. Bedankt voor uw positieve beoordeling, dat waarderen we enorm!",
    "Wat jammer dat de lamp niet goed werkt. We sturen u gratis een nieuwe lamp voor bestelling {o}. Bedankt voor uw feedback.",
]


@pytest.mark.parametrize("text", REPLIES_CLEAN)
def test_remedies_assessments_and_thanks_for_a_review_stay_clean(text: str) -> None:
    assert _clean(text, REVIEW_RULES, reply=True) == []


# --- review.conditional and review.removal-request -------------------------------------------------------

GATING = [
    "Bestelling {o}. Bent u blij met de lamp? Laat dan een recensie achter. Zo niet, stuur ons dan eerst een bericht.",
    "Bestelling {o}. Als je tevreden bent, zouden we een review heel fijn vinden.",
    "Bestelling {o}. Mocht er iets niet in orde zijn, neem dan eerst contact met ons op voordat u een beoordeling schrijft.",
    "Bestelling {o}. Bevalt het product u? Dan stellen we een beoordeling zeer op prijs.",
    "Bestelling {o}. We hopen dat u tevreden bent. Zo ja, dan horen we graag uw mening in een recensie.",
    "Bestelling {o}. Alleen als alles naar wens is, vragen wij u om een beoordeling te plaatsen.",
    "Bestelling {o}. Is er iets mis? Neem dan contact met ons op. Zo niet, dan stellen we een recensie op prijs.",
    "Bestelling {o}. Heeft u vragen of problemen? Stuur ons een bericht. Anders horen we graag uw mening in een beoordeling.",
    "Bestelling {o}. Indien u tevreden bent met uw aankoop, mogen wij dan vragen een beoordeling achter te laten?",
    "Bestelling {o}. Was alles naar wens? Dan zouden we een recensie erg waarderen.",
]


@pytest.mark.parametrize("text", GATING)
def test_review_gating_fires(text: str) -> None:
    assert _fires("review.conditional", text)


CHANGE_REQUESTS = [
    "Bestelling {o}. Zou u uw recensie willen aanpassen nu de nieuwe pomp werkt?",
    "Bestelling {o}. Kunt u de negatieve review verwijderen? Het probleem is opgelost.",
    "Bestelling {o}. Pas je beoordeling alsjeblieft aan nu alles werkt.",
    "Bestelling {o}. Wilt u uw beoordeling van 1 ster misschien heroverwegen?",
    "Bestelling {o}. Misschien kunnen die twee sterren nu vijf sterren worden?",
    "Bestelling {o}. Wij verzoeken u vriendelijk uw feedback in te trekken.",
    "Bestelling {o}. Zou u nog eens willen kijken naar uw beoordeling?",
    "Bestelling {o}. Gelieve uw review van twee sterren aan te passen.",
    "Bestelling {o}. Zou u zo vriendelijk willen zijn de recensie weg te halen?",
    "Bestelling {o}. Zou je je review willen updaten nu de vervanging binnen is?",
    "Bestelling {o}. Kunt u de 1-sterbeoordeling verwijderen?",
]


@pytest.mark.parametrize("text", CHANGE_REQUESTS)
def test_request_to_change_a_review_fires(text: str) -> None:
    assert _fires("review.removal-request", text, reply=True)


# --- message types -------------------------------------------------------------------------------------

MARKETING = [
    "Bestelling {o}. Meld u aan voor onze nieuwsbrief en mis geen enkele actie.",
    "Bestelling {o}. Volg je ons al op TikTok? Daar delen we elke week receptideeën.",
    "Bestelling {o}. Neem ook eens een kijkje in onze Amazon-winkel voor de nieuwe herfstcollectie.",
    "Bestelling {o}. Gebruik bij uw volgende bestelling de code WELKOM10 voor 10% korting.",
    "Bestelling {o}. Klanten die deze pan kochten, bestelden ook onze bijpassende deksel.",
    "Bestelling {o}. Dit vindt u misschien ook leuk: onze geurkaarsen in dezelfde lijn.",
    "Bestelling {o}. Tip: de bijpassende kussenhoes is nu ook verkrijgbaar in onze winkel.",
    "Bestelling {o}. Deze week krijgt u 25% korting op al onze tuinmeubelen.",
    "Bestelling {o}. Like ons op Facebook en blijf op de hoogte!",
    "Bestelling {o}. Schrijf je in voor onze mailinglijst.",
    "Bestelling {o}. Word lid van onze klantenclub en spaar punten bij elke aankoop.",
    "Bestelling {o}. Wist u dat wij ook bijpassende kussens verkopen?",
    "Bestelling {o}. Binnenkort lanceren we een nieuwe lijn badtextiel.",
    "Bestelling {o}. Maak een foto van je tuinset en tag ons op Instagram!",
]


@pytest.mark.parametrize("text", MARKETING)
def test_marketing_fires(text: str) -> None:
    assert _fires("type.marketing", text)


NOT_MARKETING = [
    "Bestelling {o}. Wij bieden geen kortingscodes aan in berichten.",
    "Bestelling {o}. Bekijk onze handleiding op pagina 4 voordat u de lamp ophangt.",
    "Bestelling {o}. De bijbehorende schroeven vindt u in zakje B; een passende oplossing staat in de handleiding.",
    "Bestelling {o}. Volg de instructies op pagina 4 om het filter te vervangen.",
    "Bestelling {o}. Natuurlijk mag u uw foto op Instagram delen, dat is helemaal aan u.",
]


@pytest.mark.parametrize("text", NOT_MARKETING)
def test_instructions_and_a_denied_code_are_no_marketing(text: str) -> None:
    assert not _fires("type.marketing", text)


def test_code_the_buyer_used_explained_is_no_marketing() -> None:
    text = ("De kortingscode die u bij het afrekenen invulde, is verwerkt: bij bestelling {o} ziet u 4 euro "
            "minder op de regel 'Promotie toegepast'.")
    assert not _fires("type.marketing", text, reply=True)


@pytest.mark.parametrize("text", [
    "Heel erg bedankt voor je bestelling {o}! Veel plezier ermee en een fijne dag nog.",
    "Bedankt dat u voor ons heeft gekozen (bestelling {o}). Mocht u vragen hebben, aarzel dan niet om contact met ons op te nemen.",
    "Wij willen u hartelijk bedanken voor uw bestelling {o}. Wij zijn een klein familiebedrijf uit Zwolle en elke bestelling maakt ons blij.",
])
def test_thank_you_only_fires(text: str) -> None:
    assert _fires("type.thank-you-only", text)


@pytest.mark.parametrize("text", [
    "Bedankt voor uw bestelling {o}. Let op: de accu moet eerst 8 uur opladen voordat u de fiets gebruikt.",
    "Bedankt voor uw bestelling {o}. Mocht u nog vragen hebben over de montage: de schroeven zitten in zakje B.",
])
def test_thanks_with_real_information_is_not_thank_you_only(text: str) -> None:
    assert not _fires("type.thank-you-only", text)


@pytest.mark.parametrize("text", [
    "Uw bestelling {o} is vandaag verstuurd met PostNL. Uw trackingcode is 3SABC1234567.",
    "Goed nieuws! Je pakket met bestelling {o} heeft ons magazijn verlaten en is onderweg naar je.",
    "Wij hebben uw bestelling {o} goed ontvangen en gaan er meteen mee aan de slag.",
    "Uw pakket (bestelling {o}) is vandaag aan PostNL meegegeven.",
])
def test_dispatch_confirmation_fires(text: str) -> None:
    assert _fires("type.order-confirmation", text)


def test_delay_notice_is_no_confirmation() -> None:
    text = "Uw bestelling {o} wordt een week later verzonden dan gepland, omdat de leverancier te laat levert."
    assert not _fires("type.order-confirmation", text)


# --- order problems and returns --------------------------------------------------------------------------

def test_out_of_stock_without_adjustment_fires() -> None:
    text = "Bestelling {o}: helaas is het artikel uitverkocht en kunnen wij het niet leveren. Excuses voor het ongemak."
    assert _fires("order-problem.no-adjustment", text)


@pytest.mark.parametrize("text", [
    "Bestelling {o}: het product is niet meer op voorraad. Zou u de bestelling willen annuleren?",
    "Bestelling {o}: we kunnen het artikel niet leveren. Gelieve een annuleringsverzoek in te dienen via uw account.",
    "Bestelling {o}. Het artikel is op dit moment niet op voorraad. Wij raden u aan de bestelling te annuleren.",
    "Bestelling {o}. Het artikel is uitverkocht. Wij vragen u vriendelijk de bestelling te annuleren.",
])
def test_asking_the_buyer_to_cancel_fires(text: str) -> None:
    assert _fires("order-problem.cancellation-request", text)


@pytest.mark.parametrize("text", [
    "Bestelling {o}. Uw bestelling is helaas uitverkocht; wij hebben het volledige bedrag aan u terugbetaald.",
    "Bestelling {o}. Het artikel is tijdelijk niet op voorraad, maar wordt naar verwachting op 20 juni verzonden.",
    "Bestelling {o}. Wij hebben uw bestelling geannuleerd omdat het artikel niet meer leverbaar is; het volledige bedrag is terugbetaald.",
    "Bestelling {o}. Het artikel is uitverkocht, maar we verwachten het op 22 juni weer binnen; dan versturen we het meteen.",
])
def test_refunded_or_delayed_stock_out_stays_clean(text: str) -> None:
    assert _clean(text, ORDER_RULES) == []


def test_return_message_that_asks_nothing_fires() -> None:
    text = "Bestelling {o}: we hebben gezien dat u het artikel wilt retourneren. Jammer! We wachten het pakket af."
    assert _fires("return.unnecessary", text)


@pytest.mark.parametrize("text", [
    "Bestelling {o}. Wilt u het artikel houden? Dan bieden we u een gedeeltelijke terugbetaling van 20 euro.",
    "Bestelling {o}. Om uw retour te verwerken hebben wij de foto van het typeplaatje nodig. Kunt u die sturen?",
])
def test_return_message_with_a_question_or_partial_refund_stays_clean(text: str) -> None:
    assert not _fires("return.unnecessary", text)


# --- contact details, opt-out, links ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bestelling {o}. Voor vragen zijn wij bereikbaar op 085 - 123 45 67.",
    "Bestelling {o}. Bel gerust naar +31 6 1234 5678.",
    "Bestelling {o}. Je kunt ons ook bereiken via WhatsApp: 0612345678.",
    "Bestelling {o}. Bel ons op 0800-1234567 voor hulp bij de installatie.",
    "Bestelling {o}. Telefonisch is onze klantendienst bereikbaar op 0475 12 34 56.",
    "Bestelling {o}. Onze klantendienst: +32 (0)470 12 34 56.",
    "Bestelling {o}. Bel (020) 123 4567 voor een afspraak in de winkel.",
    "Bestelling {o}. Sms ons op 06 - 123 456 78.",
    "Bestelling {o}. Bel ons gerust op nul zes een twee drie vier vijf zes zeven acht.",
])
def test_own_phone_number_fires(text: str) -> None:
    assert _fires("content.phone-number", text)


@pytest.mark.parametrize("text", [
    "Bestelling {o}. Voor de bezorging kunt u PostNL bellen op 088-8686161.",
    "Bestelling {o}. Heeft u een garantievraag? Bel dan de fabrikant op 0800-0225.",
    "Bestelling {o}. Wilt u de levering verzetten, bel dan de vervoerder op 0341-45 67 89.",
    "Bestelling {o}. KvK 12345678, btw-id NL001234567B01, IBAN NL20INGB0001234567.",
    "Bestelling {o}. EAN 8712345678901, artikelnummer 4455667, postcode 1012 AB, totaal € 1.234,56.",
])
def test_carrier_manufacturer_numbers_and_register_numbers_stay_clean(text: str) -> None:
    assert not _fires("content.phone-number", text)


@pytest.mark.parametrize("text", [
    "Bestelling {o}. Mail ons gerust: klantenservice(apenstaartje)winkelzon(punt)nl.",
    "Bestelling {o}. Ons adres is service apestaartje winkelzon punt be.",
    "Bestelling {o}. Mail naar info at winkelzon punt nl.",
])
def test_spelt_out_email_address_fires(text: str) -> None:
    assert _fires("content.email-address", text)


def test_punt_as_an_everyday_word_is_no_address() -> None:
    text = "Bestelling {o}. Op dit punt in de handleiding moet u de schroeven stevig aandraaien."
    assert not _fires("content.email-address", text)
    assert not _fires("link.external", text)


@pytest.mark.parametrize("text", [
    "Bestelling {o}. Wilt u deze e-mails niet langer ontvangen, laat het ons dan weten.",
    "Bestelling {o}. Stuur STOP als je geen berichten meer wilt.",
    "Bestelling {o}. Uitschrijven voor onze mailings kan via een kort antwoord.",
    'Bestelling {o}. Reageer met "afmelden" en we sturen u niets meer.',
    "Bestelling {o}. Wil je niet meer gemaild worden? Laat het ons weten.",
    "Bestelling {o}. Geen interesse meer? Stuur ons een bericht met 'stop'.",
    "Bestelling {o}. Klik op 'afmelden' onderaan deze mail om je af te melden.",
    "Bestelling {o}. Wij sturen u geen berichten meer als u dat aangeeft.",
])
def test_opt_out_fires(text: str) -> None:
    assert _fires("link.opt-out", text)


def test_stop_as_an_ordinary_word_is_no_opt_out() -> None:
    text = "Bestelling {o}. Het lekken stopt zodra de ring vervangen is. Stop de pomp niet halverwege."
    assert not _fires("link.opt-out", text, reply=True)


# --- sensitive content and spelling ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bestelling {o}. Die teringbezorger heeft het pakket gewoon in de regen gezet, wat een gedoe.",
    "Bestelling {o}. Wat een kutzooi bij de pakketdienst, godverdomme, het pakket is weer zoek.",
])
def test_dutch_profanity_fires(text: str) -> None:
    assert _fires("content.sensitive", text, reply=True)


def test_cancer_screening_product_is_not_profanity() -> None:
    text = "Bestelling {o}. De kanker-screening test die u bestelde werkt het best in de ochtend, vóór het ontbijt."
    assert not _fires("content.sensitive", text, reply=True)


def test_dutch_spelling_errors_warn_and_normal_dutch_does_not() -> None:
    bad = ("Beste klant, wij hebbe uw bestelign ontvange en sture hem morge op. Excusses voor het ongemack, "
           f"bestelling {OID}. Met vriendelyke groet, de winkle")
    good = (f"Beste klant, wij hebben uw bestelling {OID} ontvangen en sturen die morgen op. Excuses voor het "
            "ongemak; de retourzending en de webshop zijn één keer nagekeken. Met vriendelijke groet, de winkel")
    assert hits("content.spelling", make_ctx(bad, f"Bestelling {OID}"))
    assert not hits("content.spelling", make_ctx(good, f"Bestelling {OID}"))


@pytest.mark.parametrize("text", [
    "De waterkoker van bestelling {o} krijgt in tests vaak vijf sterren, dus het spijt ons dat de uwe lekt.",
    "Bestelling {o}: de waterkoker kreeg vijf sterren van de Consumentenbond; uw vervangende exemplaar is onderweg.",
])
def test_a_test_score_of_five_stars_steers_nothing(text: str) -> None:
    assert not _fires("review.incentive", text)


def test_five_stars_asked_of_the_buyer_still_steer() -> None:
    assert _fires("review.incentive", "Bedankt voor bestelling {o}. Geeft u ons vijf sterren op Amazon?")
