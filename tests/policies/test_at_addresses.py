"""content.email-address: an address whose @ is the English word "at" and whose dots are real
("write to jenny at northlight.com"). Its domain is then no web address for link.external."""

from __future__ import annotations

import pytest

from tests.policies.plain_message import fires


@pytest.mark.parametrize("body", [
    "If a piece is missing from order 113-4829175-6630214, write to paulo at brightkettle.com.",
    "Email: returns at oakandpine.co.uk, with your order number 113-4829175-6630214.",
    "Please send the two photos to k.osei at tidewater-goods.net so we can assess order 113-4829175-6630214.",
    "For order 113-4829175-6630214 you can reach marta_k at copperleaf.store any time.",
])
def test_name_at_domain_after_a_word_for_writing_is_an_address(body: str) -> None:
    assert fires("content.email-address", body, "co.uk")
    assert not fires("link.external", body, "co.uk")  # the domain belongs to the address


@pytest.mark.parametrize("body", [
    "Contact us at brightkettle.com about order 113-4829175-6630214.",  # a website, named as one
    "Please write to our team at brightkettle.com about order 113-4829175-6630214.",
    "The fitting guide for order 113-4829175-6630214 is at brightkettle.com/guide.",
    "Paulo at Brightkettle packed order 113-4829175-6630214 this morning.",  # no domain: a person at a shop
])
def test_at_without_an_address_shape_is_no_address(body: str) -> None:
    assert not fires("content.email-address", body, "co.uk")


def test_a_website_after_at_stays_an_external_link() -> None:
    assert fires("link.external", "Contact us at brightkettle.com about order 113-4829175-6630214.", "co.uk")
