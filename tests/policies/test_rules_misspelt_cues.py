"""type.thank-you-only's small-talk reading with misspelt content words: a delay notice written in a hurry
("the curier did not colect the parsel") still tells the buyer something, so it is not chatter. Made-up
wordings; a misspelt sentence with nothing for the buyer is still chatter."""

from __future__ import annotations

import pytest

from policies.rules.spelling import corrected
from tests.policies.plain_message import OID, fires

RULE = "type.thank-you-only"

COMPLIANT = [
    ("com", f"Hi,\n\nSo sorry, your lamp from order {OID} is delaied a day, the warehuose had a power cut.\n\n"
            f"Thank you for you're patiance,\nBright Home"),
    ("co.uk", f"Hello,\n\nThe curier coudn't colect the parsel for order {OID} on Friday; it goes out Monday.\n\n"
              f"Many thanks,\nOak & Iron"),
    ("com", f"Dear custmer,\n\nThank you for order {OID}. The wodden spoons are not dishwashr safe.\n\n"
            f"Best,\nSpoon Folk"),
    ("de", f"Hallo,\n\nvielen Dank für Ihre Bestellung {OID}. Die Lieferrung verzögert sich um zwei Tage.\n\n"
           f"Viele Grüße\nHolzwerk"),
]

VIOLATIONS = [
    ("com", f"Hi,\n\nThank you so much for order {OID}! Our famly has been making candels since granpa "
            f"opened the shopp.\n\nWarmly,\nWick & Co"),
    ("com", f"Hello,\n\nThanks for order {OID}! We have been so buisy with the harvst this sommer, what a seasn!\n\nCheers,\nSunny Farm"),
]


@pytest.mark.parametrize(("tld", "body"), COMPLIANT)
def test_thanks_with_a_misspelt_content_sentence_stays_quiet(tld: str, body: str) -> None:
    assert not fires(RULE, body, tld)


@pytest.mark.parametrize(("tld", "body"), VIOLATIONS)
def test_thanks_with_misspelt_chatter_still_fires(tld: str, body: str) -> None:
    assert fires(RULE, body, tld)


def test_corrected_replaces_unknown_words_with_the_nearest_known_one() -> None:
    assert corrected("the curier did not colect the parsel", "en") == "the courier did not collect the parcel"
    assert corrected("Smithson shipped it", "en") == "Smithson shipped it"  # names and known words kept
    assert corrected("the curier", "ja") == "the curier"  # no dictionary: as written
    # a dictionary of lemmas only would turn every inflected form into another word ("recogen" -> "recoger")
    assert corrected("las aceitunas se recogen a mano", "es") == "las aceitunas se recogen a mano"
    assert corrected("die holzkiste", "de") == "die holzkiste"  # a compound of known words


def test_corrected_leaves_gibberish_beyond_its_bound_as_written() -> None:
    gibberish = " ".join(["qwzrtx"] * 12 + ["curier"])
    assert corrected(gibberish, "en").endswith(" curier")  # the thirteenth unknown word is not looked up
    assert corrected("the curier", "en") == "the courier"
