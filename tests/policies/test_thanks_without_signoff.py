"""type.thank-you-only on a message without a sign-off: its thank-you sentence reads as a closing formula
("Thank you for your purchase."), so what follows it looked like a signature and the thanks went unseen.
The message only thanks when every sentence after it is filler too; an instruction or a legal footer after
it is content. An offer of help without the word thanks ('we're here for you') is the guideline's other half."""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

THANKS_ONLY = [
    ("com", f"Hi Tom,\n\nThank you for your order ({OID}).\n\nWe hope it serves you well and we're here if you need anything."),
    ("com", f"Hello,\nThank you for your purchase of order {OID}.\nMuch appreciated!"),
    ("com", f"Hi,\n\nthanks for your order {OID}. We hope you enjoy it!"),
    ("com", f"Hi there, order {OID}: we hope the rug looks lovely in your hallway! If you need anything, we're here for you."),
    ("co.uk", f"Hiya,\n\nThank you for your order {OID}.\n\nWe truly value your custom."),
]

CONTENT = [
    ("com", f"Hi Tom,\n\nThank you for your order ({OID}).\n\nPlease tighten the leg bolts again after a week of use."),
    ("com", f"Hi Tom,\n\nThank you for your order ({OID}).\n\nThe plug in the box is for the US; a UK adapter was posted separately today."),
    ("de", f"Hallo,\n\nvielen Dank für Ihre Bestellung {OID}.\n\nBitte laden Sie den Akku vor dem ersten Gebrauch vollständig auf.\n\n"
           "Musterfirma GmbH · Musterstraße 1 · 12345 Berlin · Geschäftsführer: Max Muster"),
    ("com", f"Hi,\n\nthanks for your order {OID}. If you need the assembly video, it is on the product page under Videos."),
]


@pytest.mark.parametrize(("tld", "body"), THANKS_ONLY)
def test_unsigned_thanks_only(tld: str, body: str) -> None:
    assert fires("type.thank-you-only", body, tld)


@pytest.mark.parametrize(("tld", "body"), CONTENT)
def test_a_sentence_with_content_after_the_thanks(tld: str, body: str) -> None:
    assert not fires("type.thank-you-only", body, tld)
