"""Round 37 (corpus_thirtyseventh): English across amazon.com, .co.uk, .ca, .com.au, .in and .sg.

The wordings the rules missed, fixed as families (made-up sentences here, not the corpus text):
- thanks written "thank-you" / "thankyou", an offer of help without "if" ("Anything you need, we're
  around"; de/fr/es/it siblings), and an ASCII emoticon closing a thank-you sentence ("... order :)"):
  a message of only these is thank-you-only;
- "shop our" after a determiner is the noun ("a shop our size"), not the call to buy;
- "share your view of it on Amazon" asks for a review, so a later reminder is a repeat; thanks for a
  review spelt "thank-you" / "thankyou" acknowledges it and asks for nothing;
- the phrasal verb split around the review: "take that feedback down", "get this review off Amazon";
- "discontinued by the maker": "by" naming who stopped the product is no delivery date;
- a return message: "reply to this message with a photo" asks for information; "you've asked to send
  back" names the buyer's return.
Compliant near-misses with the same vocabulary stay clean.
"""

from __future__ import annotations

import pytest

from policies.rules.review import request_units
from tests.policies.test_rules_messagetypes import OID
from tests.policies.test_rules_round32 import _ctx, _fires

THANKS: list[tuple[bool, str, str]] = [
    (True, "com", f"Hi,\n\nA big thank-you for your order {OID}!\n\nWarm regards,\nJo"),
    (True, "co.uk", f"Hello,\n\nThankyou for shopping with us (order {OID}) :)\n\nAnything you need, we're here.\n\nBest,\nSam"),
    (True, "com.au", f"G'day,\n\nThanks heaps for order {OID} :-)\n\nWhatever you need, we're around.\n\nCheers,\nBec"),
    (True, "de", f"Hallo,\n\nvielen Dank für Ihre Bestellung {OID}.\n\nWas auch immer Sie brauchen, wir sind für Sie da.\n\nGrüße\nAnna"),
    (True, "fr", f"Bonjour,\n\nMerci pour votre commande {OID}.\n\nPour tout ce dont vous avez besoin, nous sommes là.\n\nCordialement,\nLéa"),
    (True, "es", f"Hola,\n\ngracias por tu pedido {OID}.\n\nLo que necesites, aquí estamos.\n\nUn saludo,\nAna"),
    (True, "it", f"Ciao,\n\ngrazie per il tuo ordine {OID}.\n\nQualsiasi cosa ti serva, siamo qui.\n\nA presto,\nGiulia"),
    # near-misses: the thanks comes with something the buyer needs
    (False, "com", f"Hi,\n\nA big thank-you for your patience with order {OID}: the new hinge ships Monday.\n\nJo"),
    (False, "com", f"Hi,\n\nThanks for your order {OID} :)\n\nCould you tell us the name to engrave on the lid?\n\nJo"),
    (False, "com", f"Hi,\n\nAnything you need for fitting the shelf is in the bag marked C (order {OID}).\n\nJo"),
    (False, "com", f"Hi,\n\nThank you for order {OID}.\n\nThe mixing ratio is 1:3 and the paint dries by 10:30.\n\nJo"),
]


@pytest.mark.parametrize(("want", "tld", "body"), THANKS)
def test_thank_you_only_families(want: bool, tld: str, body: str) -> None:
    assert _fires("type.thank-you-only", body, tld) is want


MARKETING: list[tuple[bool, str]] = [
    (True, f"Order {OID}: shop our new linen range on Amazon before it sells out."),
    (True, f"Order {OID}: head to the storefront and shop our summer throws."),
    (False, f"Order {OID}: a seller rating matters a great deal to a shop our size."),
    (False, f"Order {OID}: for a small shop our size, every parcel is packed by the owner."),
]


@pytest.mark.parametrize(("want", "body"), MARKETING)
def test_shop_our_is_the_verb_only(want: bool, body: str) -> None:
    assert _fires("type.marketing", body, "com") is want


VIEWS: list[tuple[bool, str]] = [
    (True, "If you'd like to share your view of the lamp on Amazon, you can do so from Your Orders."),
    (True, "We'd welcome your honest view of the kettle on the product page."),
    (False, "You can view the listing on Amazon to check the dimensions."),
    (False, "For a better view of the colours on Amazon, open the second photo."),
    # thanks for a review already written, spelt "thank-you" / "thankyou", asks for nothing
    (False, "A big thank-you for your lovely review, it means so much to us."),
    (False, "Thankyou for your kind feedback, we appreciate it."),
    (True, "A big thank-you in advance if you leave a review on Amazon."),
]


@pytest.mark.parametrize(("want", "body"), VIEWS)
def test_your_view_on_amazon_is_a_review(want: bool, body: str) -> None:
    assert bool(request_units(_ctx(body, "com"))) is want


REMOVAL: list[tuple[bool, str]] = [
    (True, "Please take that one-star review down, the parcel was only a day late."),
    (True, "Could you get this feedback off Amazon now that it's sorted?"),
    (True, "Take that nasty feedback down today."),
    (False, "We'll take the feedback on board for the next batch."),
    (False, "Our team will take the feedback down to the workshop on Monday."),
    (False, "We took your feedback down word for word and passed it to the factory."),
]


@pytest.mark.parametrize(("want", "body"), REMOVAL)
def test_split_take_down_asks_removal(want: bool, body: str) -> None:
    assert _fires("review.removal-request", body, "com") is want


STOCK: list[tuple[str, bool, str]] = [
    ("order-problem.cancellation-request", True,
     f"The walnut tray on order {OID} has been discontinued by the manufacturer. Could you cancel it from Your Orders?"),
    ("order-problem.no-adjustment", True,
     f"The green kettle on order {OID} was discontinued by our supplier last week, so we can't send it. Sorry!"),
    ("order-problem.no-adjustment", False,
     f"The green kettle on order {OID} was discontinued by the maker. We have refunded the full amount today."),
    ("order-problem.no-adjustment", False,
     f"We can't ship the lamp on order {OID} by Friday; it leaves on Monday instead."),
    ("order-problem.cancellation-request", False,
     f"The lamp on order {OID} can't be dispatched by the weekend, but it ships on Monday. No need to cancel."),
]


@pytest.mark.parametrize(("rule", "want", "body"), STOCK)
def test_discontinued_by_the_maker_is_no_date(rule: str, want: bool, body: str) -> None:
    assert _fires(rule, body, "com") is want


RETURNS: list[tuple[bool, str]] = [
    (True, f"You've asked to send back the kettle on order {OID}. Please pack it carefully."),
    (True, f"Your return request for order {OID} has reached us. Reply to this message with any questions."),
    (False, f"Your return request for order {OID} has reached us. Reply to this message with a photo of the dent."),
    (False, f"You've asked to send back the kettle on order {OID}. Could you tell us which part leaks?"),
]


@pytest.mark.parametrize(("want", "body"), RETURNS)
def test_return_information_asks(want: bool, body: str) -> None:
    assert _fires("return.unnecessary", body, "com") is want
