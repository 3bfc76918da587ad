"""Classes a twentieth independent corpus (HTML as mail clients, shop templates and helpdesks generate it) found.

- style.line-breaks: Word's paragraph mark <o:p></o:p> that Outlook puts at the end of every paragraph
  ("text<o:p></o:p></p>") is no empty line; <o:p>&nbsp;</o:p> (in an empty paragraph or alone) still is one;
- style.emoji: "<3" at the start of a word is no heart: an address in angle brackets that starts with a 3
  (Outlook's reply header "From: Amazon buyer <3kq8...@marketplace.amazon.de>");
- image.tracking-pixel: an extensionless image key on a host that serves stored image files (Gmail's signature
  images on googleusercontent.com) names the file, not the reader; a helpdesk's inline-attachment endpoint
  ("/inline/attachment?token=eyJ...", Freshdesk) carries the file's access key, not an open beacon; the
  recipient's address, tracker paths and query tokens elsewhere still count;
- style.image-alt / style.link-text: an alt (or link text) of zero-width characters alone is empty.

Made-up markup (not the corpus's messages), with near-misses that must keep firing or stay clean.
"""

from __future__ import annotations

import pytest

from policies.html import _parse_general, parse_html
from policies.rules import emoji
from tests.policies.test_rules_messagetypes import OID, hits, make_ctx


def _html(body: str) -> str:
    return f"<html><body>{body}</body></html>"


def _fires(rule_id: str, body: str) -> bool:
    return bool(hits(rule_id, make_ctx(_html(body), html=True, reply=True)))


def _breaks(body: str) -> int:
    source = _html(body)
    direct = parse_html(source).max_break_run
    general = _parse_general(source, source.lower()).max_break_run
    assert direct == general, source
    return direct


# --- Outlook's <o:p></o:p> paragraph marks --------------------------------------------------------------

def _mso(*paras: str) -> str:
    return "".join(f'<p class="MsoNormal">{p}<o:p></o:p></p>' if p else
                   '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for p in paras)


OUTLOOK_TWO_EMPTY = [
    _mso(f"The drawer runner of order {OID} clips in from the front.", "", "", "Best regards, Ann"),
    _mso("Hello,", "", f"Order {OID}: the spare fuse is taped inside the lid.", "", "", "Cheers, Ben"),
    f'<p class="MsoNormal">Order {OID}: fill the tank to the MAX line.<span lang="DE"><o:p></o:p></span></p>'
    '<p class="MsoNormal"><span lang="DE"><o:p>&nbsp;</o:p></span></p>'
    '<p class="MsoNormal"><span lang="DE"><o:p>&nbsp;</o:p></span></p>'
    '<p class="MsoNormal">Kind regards<o:p></o:p></p>',
    f"<p>Order {OID}: rinse the filter weekly.</p><o:p></o:p><o:p></o:p><o:p></o:p><p>Regards</p>",
]


@pytest.mark.parametrize("body", OUTLOOK_TWO_EMPTY)
def test_outlook_paragraph_marks_are_no_empty_lines(body: str) -> None:
    assert _breaks(body) <= 2
    assert not _fires("style.line-breaks", body)


OUTLOOK_THREE_EMPTY = [
    _mso(f"The drawer runner of order {OID} clips in from the front.", "", "", "", "Best regards, Ann"),
    f"<p>Order {OID}: rinse the filter weekly.</p><o:p>&nbsp;</o:p><o:p>&nbsp;</o:p><o:p>&nbsp;</o:p><p>Bye</p>",
    _mso(f"Order {OID}: the spare fuse is taped inside the lid.", "", "") + "<p>&nbsp;</p><p>Cheers</p>",
]


@pytest.mark.parametrize("body", OUTLOOK_THREE_EMPTY)
def test_three_empty_outlook_lines_still_fire(body: str) -> None:
    assert _breaks(body) >= 3
    assert _fires("style.line-breaks", body)


# --- "<3" inside an address --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "From: Amazon buyer <3kq8x2m7p9w4z1v@marketplace.amazon.de>\nSent: Thursday",
    "Von: Kunde <3a9f@marketplace.amazon.de> schrieb:",
    "see ticket <3x7Q2> for the history",
    "Add the <3mm> spacer first.",
])
def test_lt_three_starting_a_word_is_no_heart(text: str) -> None:
    assert emoji.find_emoji(text) == []


@pytest.mark.parametrize("text", ["We <3 our customers", "thanks for the photo <3", "Enjoy! <3<3", "love it <33"])
def test_hearts_still_fire(text: str) -> None:
    assert any(t.startswith("<3") for t in emoji.find_emoji(text))


# --- image keys that name a file, not a reader -------------------------------------------------------

def _img(src: str, extra: str = 'width="140" height="40" alt="Shop logo"') -> str:
    return f"<p>Order {OID}: the hinge screws are in bag B.</p><p><img src=\"{src}\" {extra}></p>"


NOT_TRACKERS = [
    "https://ci3.googleusercontent.com/mail-sig/AIorK4zQ7mV2pX9tB4nR8cL1yF6hD3sK0eJ5uWq",
    "https://lh3.googleusercontent.com/pw/AP1GczN4x8Rq2mT7vB9kL3cY6wZ1aH5dF0gJ",
    "https://attachment.freshdesk.com/inline/attachment?token=eyJhbGciOiJIUzI1NiJ9.eyJpZCI6OTEyMzQ1Njc4OX0.Zx8c"
    "Q1w2E3r4T5y6",
    "https://support.example-shop.com/helpdesk/attachments/attachment?token=a8F3k2L9q7W1e5R6",
]


@pytest.mark.parametrize("src", NOT_TRACKERS)
def test_stored_image_keys_are_no_tracking_tokens(src: str) -> None:
    assert not _fires("image.tracking-pixel", _img(src))


STILL_TRACKERS = [
    "https://ci3.googleusercontent.com/mail-sig/AIorK4zQ7mV2pX9tB4nR8cL1yF6hD3sK0eJ5uWq?uid=8f3a9c2e71b4d6",
    "https://img.mailer-example.net/i/Xk29sPq7Lm4Rt8Vw2",
    "https://attachment.freshdesk.com/inline/attachment?token=buyer123",
    "https://news.example-shop.com/o/open?token=a8f3c2e91b7d4f60",
    "https://ci3.googleusercontent.com/mail-sig/AIorK4zQ7mV2pX9tB4nR8cL1yF6hD3sK0eJ5uWq",
]


@pytest.mark.parametrize("src", STILL_TRACKERS[:4])
def test_tokens_elsewhere_still_fire(src: str) -> None:
    assert _fires("image.tracking-pixel", _img(src))


def test_a_tiny_signature_image_still_fires() -> None:
    assert _fires("image.tracking-pixel", _img(STILL_TRACKERS[4], 'width="1" height="1" alt="x"'))


# --- zero-width alt text -------------------------------------------------------------------------------

@pytest.mark.parametrize("alt", ["\u200b", "\u200c\u200d", " \ufeff ", "\u2060"])
def test_zero_width_alt_is_no_alt(alt: str) -> None:
    body = _img("https://cdn.example-shop.com/logo.png", f'width="140" alt="{alt}"')
    assert _fires("style.image-alt", body)
    linked = (f'<p>Order {OID}.</p><p><a href="https://www.amazon.com/gp/css/order-history">'
              f'<img src="https://cdn.example-shop.com/btn.png" width="140" alt="{alt}"></a></p>')
    assert _fires("style.link-text", linked)


@pytest.mark.parametrize("alt", ["\u200bShop logo", "Logo\u200b", "Tischlerei\u00adlogo"])
def test_alt_with_words_and_zero_width_marks_passes(alt: str) -> None:
    assert not _fires("style.image-alt", _img("https://cdn.example-shop.com/logo.png", f'width="140" alt="{alt}"'))
    linked = (f'<p>Order {OID}.</p><p><a href="https://www.amazon.com/gp/css/order-history">'
              f'<img src="https://cdn.example-shop.com/btn.png" width="140" alt="{alt} on Amazon"></a></p>')
    assert not _fires("style.link-text", linked)
