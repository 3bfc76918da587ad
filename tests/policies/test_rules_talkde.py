"""Round talkde: type.thank-you-only's small-talk reading in German (de, at) and Dutch (nl, com.be).

Thanks plus one real content sentence -- an instruction (formal or informal imperative), something the buyer may or
must do, a question, a delivery, warranty or part detail, a product fact, a measure, a time of use -- is a real
message and passes; thanks padded only with weather, harvest, the shop animal, a festival, family news, the brand's
mission or how the product is made is thank-you-only. Made-up wordings, different from tests/corpus_eightieth.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

RULE = "type.thank-you-only"


def _de(sentence: str, hello: str = "Guten Tag,", bye: str = "Viele Grüße\nIhr Shop-Team") -> str:
    return f"{hello}\n\nvielen Dank für Ihre Bestellung {OID}. {sentence}\n\n{bye}"


def _nl(sentence: str, hello: str = "Beste klant,", bye: str = "Met vriendelijke groet,\nDe webwinkel") -> str:
    return f"{hello}\n\nHartelijk dank voor uw bestelling {OID}. {sentence}\n\n{bye}"


COMPLIANT_DE = [
    # formal imperative, verb first
    "Weichen Sie die Bürste vor dem Einsatz kurz in lauwarmem Wasser ein.",
    "Lagern Sie die Samen kühl und dunkel, dann keimen sie auch nächstes Frühjahr noch.",
    "Ziehen Sie die Schutzfolie vom Display erst nach der Montage ab.",
    # informal imperative
    "Stell die Pflanze an einen hellen Platz ohne Mittagssonne.",
    "Übrigens: leg das Messer nie in die Spülmaschine, die Klinge wird sonst stumpf.",
    # a time of use
    "Vor dem ersten Befüllen die Kanne einmal mit Essigwasser ausspülen.",
    # modal passive with a long middle
    "Die Kette muss nach etwa hundert gefahrenen Kilometern an der hinteren Schraube leicht nachgespannt werden.",
    # a question to the buyer
    "Welche Farbe hätten Sie gern für das Namensschild, Silber oder Gold?",
    # delivery detail
    "Der passende Deckel kommt in einem zweiten Päckchen und folgt in zwei Tagen.",
    # warranty / part detail
    "Das Ersatzmesser für den Hobel steckt im Seitenfach des Koffers.",
    # product fact and measure
    "Der Tisch trägt bis zu 30 kg, die Platte ist 18 mm stark.",
    "Der Gürtel ist unbehandelt und bekommt mit dem Tragen eine schöne Patina.",
    "Gut zu wissen: der Deckel schließt erst nach ein paar Mal Öffnen richtig dicht.",
    # an imperative after a comma
    "Die Erde im Topf ist noch feucht, gießen Sie frühestens in einer Woche wieder.",
    "Der Sekundenkleber härtet in zehn Minuten aus.",
    # what one can do, advice
    "Man kann die Lampe auch an die Wand hängen.",
    "Zum Entkalken genügt ein Schuss Essig im Wasser.",
]

COMPLIANT_NL = [
    # imperative
    "Wrijf de snijplank af en toe in met een beetje lijnolie.",
    "Laad de fietslamp eerst helemaal op voordat u ermee de weg op gaat.",
    "Borstel het vest na het dragen even uit, dan blijft de wol mooi.",
    # something the buyer can / must do
    "U kunt de poten er zonder gereedschap onder schroeven.",
    # a question to the buyer
    "Welke kleur lint wilt u om het cadeau?",
    # delivery and part detail
    "De kussens worden apart verzonden en komen een paar dagen later.",
    "De reserveveer zit in het kleine zakje bij de handleiding.",
    # product fact, measure, colour change
    "De pan heeft een dikke bodem en is geschikt voor inductie.",
    "Het tafelkleed is 140 cm breed en kan op 60 graden gewassen worden.",
    "Het koper wordt na een paar weken vanzelf doffer, dat hoort zo.",
    "Goed om te weten: de thee is cafeïnevrij.",
    # time of use
    "Spoel de karaf na gebruik alleen met warm water om.",
    "De sokken vallen iets kleiner uit dan u gewend bent.",
    "Het blik sluit luchtdicht af, zodat de koffie wekenlang vers blijft.",
    "Uw nieuwe regenjas heeft onder de kraag een opbergbare capuchon.",
    "Bij het eerste gebruik kan de pan iets ruiken, dat verdwijnt vanzelf.",
    "Mocht de rits klemmen, dan helpt een beetje kaarsvet.",
    "Er zit een extra knoop in het binnenzakje.",
]

VIOLATIONS_DE = [
    "Bei uns im Allgäu hat es die ganze Nacht gewittert, und die Kühe standen heute früh alle dicht am Zaun.",
    "Unsere Katze Minka hat die Versandkartons heute wieder zu ihrem Lieblingsplatz erklärt.",
    "Am Samstag feiern wir unser Sommerfest im Hof, mit Musik und selbstgebackenem Kuchen für die Nachbarn.",
    "Seit drei Generationen steht unsere Familie für ehrliches Handwerk und gute Zutaten aus der Region.",
    "Unser Sohn hat gerade seine Gesellenprüfung als Schreiner bestanden, wir sind mächtig stolz auf ihn.",
    "Die Kirschen waren dieses Jahr besonders süß, und die ganze Verwandtschaft hat beim Pflücken geholfen.",
]

VIOLATIONS_NL = [
    "Hier in Zeeland waait het al dagen flink, dus de vliegers van de buren hangen de hele dag in de lucht.",
    "Onze hond Bobbie heeft vanochtend alle dozen in de winkel gecontroleerd.",
    "Dit weekend is het braderie bij ons in de straat en staan we met een kraampje voor de deur.",
    "Wij geloven dat mooie spullen niet ten koste van de aarde hoeven te gaan.",
    "Mijn oma begon dertig jaar geleden met breien aan de keukentafel en nu doen we het met zijn vieren.",
    "De appeloogst was dit jaar overweldigend en we hebben de hele schuur vol kisten staan.",
]


@pytest.mark.parametrize("sentence", COMPLIANT_DE)
@pytest.mark.parametrize("tld", ["de", "at"])
def test_de_thanks_with_one_content_sentence_passes(tld: str, sentence: str) -> None:
    assert not fires(RULE, _de(sentence), tld)


@pytest.mark.parametrize("sentence", COMPLIANT_NL)
@pytest.mark.parametrize("tld", ["nl", "com.be"])
def test_nl_thanks_with_one_content_sentence_passes(tld: str, sentence: str) -> None:
    assert not fires(RULE, _nl(sentence), tld)


@pytest.mark.parametrize("sentence", VIOLATIONS_DE)
@pytest.mark.parametrize("tld", ["de", "at"])
def test_de_thanks_with_small_talk_only_fires(tld: str, sentence: str) -> None:
    assert fires(RULE, _de(sentence + " Wir wünschen Ihnen eine schöne Zeit!"), tld)


@pytest.mark.parametrize("sentence", VIOLATIONS_NL)
@pytest.mark.parametrize("tld", ["nl", "com.be"])
def test_nl_thanks_with_small_talk_only_fires(tld: str, sentence: str) -> None:
    assert fires(RULE, _nl(sentence + " Nog een fijne dag gewenst!"), tld)


def test_de_content_buried_in_chatter_passes() -> None:
    body = _de("Hier ist gerade Heuernte, und der Traktor knattert seit dem Morgengrauen. Hängen Sie die Decke "
               "zum Trocknen über eine Leine, nicht über die Heizung. Unser Hofhund Lumpi lässt schön grüßen.")
    assert not fires(RULE, body, "de")


def test_nl_content_buried_in_chatter_passes() -> None:
    body = _nl("Bij ons in Limburg is de asperge-oogst net voorbij en iedereen is moe maar tevreden. De kaars "
               "brandt ongeveer veertig uur. Onze poes Moos ligt intussen lekker in de etalage te zonnen.")
    assert not fires(RULE, body, "nl")


# near-misses: the old cues that read story words as content, now story again
@pytest.mark.parametrize("sentence", [
    "Der kleine Laden im Dorf ist seit dem Frühjahr frisch gestrichen, auch wenn die Tür noch quietscht.",
    "Mein Bruder hätte beinahe den Lauf gewonnen, es fehlte nur eine Sekunde.",
    "Es regnet hier seit Tagen ohne Pause auf das Werkstattdach.",
    "Jede Vase wird bei uns von Hand gedreht und mit viel Sorgfalt glasiert.",
])
def test_de_story_words_are_not_content(sentence: str) -> None:
    assert fires(RULE, _de(sentence), "de")


@pytest.mark.parametrize("sentence", [
    "Het regent al de hele week en de sloot achter de werkplaats staat tot de rand vol.",
    "Het is hier een gekkenhuis met al die bestellingen voor Moederdag.",
])
def test_nl_weather_and_shop_news_are_not_a_product_fact(sentence: str) -> None:
    assert fires(RULE, _nl(sentence), "nl")


def test_nl_niets_anders_dan_is_not_otherwise() -> None:
    assert fires(RULE, _nl("In de bakkerij gebruiken we niets anders dan meel, water en zout, net als vroeger."),
                 "nl")
