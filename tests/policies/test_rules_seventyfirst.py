"""Round seventy-one (tests/corpus_seventyfirst): thanks padded with chatter.

A proactive message whose sentences are thanks, filler or chatter (news from the shop, a pet, the town, the
brand's mission, how the product is made, a generic wish) only says thank you; one sentence with something for
the buyer (an instruction, a need, a condition, a delivery or warranty detail, an answer) keeps it a real message.
Made-up wordings (not the corpus's) and same-vocabulary near-misses.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

RULE = "type.thank-you-only"


@pytest.mark.parametrize(
    "body",
    [
        # the workshop's week
        f"Hello,\n\nThe kiln finally came back from repair on Monday and the whole studio cheered. Our apprentice "
        f"Noor threw her first set of bowls this week too.\n\nThank you for order {OID}.\n\nBest,\nPenhallow Pottery",
        # the town's regatta and a wish
        f"Hi,\n\nThe harbour is full of sails because the summer regatta starts on Friday, and nobody in the "
        f"office is getting much done.\n\nWe hope your new lamp brings you many cosy evenings.\n\nThanks again for "
        f"order {OID},\nMarine Lights",
        # the mission, thanks only in the sign-off
        f"Hello,\n\nAt Birchwick we make every product from what other mills throw away, because beautiful things "
        f"can be kind to the earth. Your order {OID} is part of that.\n\nWith warm thanks,\nThe Birchwick team",
        # how it is made, 'how much it means to us'
        f"Hi there,\n\nEach scarf is dyed in copper pots with madder root and dried on the line behind our cottage. "
        f"We just wanted to say how much it means to us that you chose one (order {OID}).\n\nFiona",
    ],
)
def test_thanks_padded_with_chatter_fires(body: str) -> None:
    assert fires(RULE, body, "com")


@pytest.mark.parametrize(
    "body",
    [
        # the same padding, with one instruction buried in it
        f"Hello,\n\nThe kiln finally came back from repair on Monday and the whole studio cheered. The bowls are "
        f"oven-safe, but let them cool before you wash them. Thank you for order {OID}.\n\nBest,\nPenhallow Pottery",
        # a delivery detail
        f"Hi,\n\nThe harbour is full of sails this week. Your lamp and its shade travel as two parcels, so the "
        f"shade may come a day later.\n\nThanks again for order {OID},\nMarine Lights",
        # an answer to the buyer's question
        f"Hello,\n\nThanks for order {OID}. You asked whether the scarf can be washed: only by hand, in cold water."
        f"\n\nFiona",
        # a condition on the product's use, in a P.S. of two sentences
        f"Hello,\n\nWhat a week it has been here. Thank you for order {OID}!\n\nBest,\nAnna\n\nP.S. The wick is "
        f"cotton. Once lit, keep it burning until the whole top has melted.",
        # a link points the buyer somewhere: left to the link rules
        f"Hello,\n\nThe meadow behind the barn is full of poppies. Thank you for order {OID}. The manual is on "
        f"https://www.amazon.com/gp/help/customer/display.html\n\nBest,\nAnna",
    ],
)
def test_thanks_with_one_real_content_sentence_stays_quiet(body: str) -> None:
    assert not fires(RULE, body, "com")


def test_thanks_chatter_in_a_language_without_content_cues_is_left_alone() -> None:
    # the chatter reading needs the language's content cues; Turkish has none yet (Dutch has since round 77)
    body = (f"Merhaba,\n\nBu hafta köyümüzde panayır vardı ve bütün atölye süslendi. Siparişiniz {OID} için çok "
            f"teşekkür ederiz.\n\nSaygılarımızla,\nAtölye Kum")
    assert not fires(RULE, body, "com.tr")


def test_de_thanks_padded_with_chatter_fires() -> None:
    body = (f"Hallo,\n\nbei uns in der Werkstatt duftet es diese Woche nach frischem Lindenholz, und unser Azubi "
            f"hat seinen ersten Stuhl gebaut.\n\nHerzlichen Dank für Ihre Bestellung {OID}!\n\nViele Grüße\nIhre "
            f"Drechslerei Maurer")
    assert fires(RULE, body, "de")


def test_de_same_chatter_with_a_care_step_stays_quiet() -> None:
    body = (f"Hallo,\n\nbei uns in der Werkstatt duftet es diese Woche nach frischem Lindenholz. Das Brett bitte "
            f"nicht in die Spülmaschine geben. Herzlichen Dank für Ihre Bestellung {OID}!\n\nViele Grüße\nIhre "
            f"Drechslerei Maurer")
    assert not fires(RULE, body, "de")


def test_an_it_compatibility_fact_is_content() -> None:
    body = (f"Buongiorno,\n\ngrazie per l'ordine {OID}. Le capsule dell'altro marchio non sono compatibili con la "
            f"nostra macchina, che usa solo cialde ESE.\n\nCordiali saluti,\nCaffè Nord")
    assert not fires(RULE, body, "it")
