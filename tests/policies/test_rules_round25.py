"""Classes a twenty-fifth independent corpus (German sellers, amazon.de / amazon.at buyers) found.

- return.unnecessary (de, en): "bitte senden Sie die Jacke ... zurück" / "please send the kettle back" is a return
  instruction, not a request for information; "bitten wir Sie um: ...", "wir bitten Sie noch um die
  Seriennummer", "damit wir die Rücksendung abschließen können" and "we kindly ask you for ..." are requests
  (but "wir bitten Sie um Geduld" is not);
- type.marketing (de, en): a negator after the cue, with the verb at the end of the German clause ("Ein
  Gutscheincode wird dabei nicht ausgegeben", "Rabattcodes gibt es bei uns keine", "einen Newsletter verschicken
  wir nicht") or an English passive ("a new voucher code will not be issued"); "ist nicht übertragbar" and
  "nicht vergessen" still offer the code;
- review.conditional (de): colloquial "happy" ("wenn du happy bist"), "bevor du etwas postest";
- review requests (de, read by review.repeat): the verb bracket "wir würden uns sehr über ... freuen".

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, hits, make_ctx

RETURN = "return.unnecessary"
MARKETING = "type.marketing"
GATING = "review.conditional"
REPEAT = "review.repeat"


def _fires(rule_id: str, body: str, **kw: object) -> bool:
    return bool(hits(rule_id, make_ctx(body, **kw)))  # type: ignore[arg-type]


# --- return.unnecessary ------------------------------------------------------------------------------------

RETURN_NO_QUESTION = [
    f"Guten Tag,\n\nSie haben die Stehlampe aus Bestellung {OID} zur Rücksendung angemeldet. Bitte schicken Sie "
    "die Lampe gut gepolstert an uns zurück.\n\nViele Grüße\nLichthaus",
    f"Hallo,\n\nzu deiner Retoure (Bestellung {OID}): Bitte sende die Schuhe im Originalkarton zurück, das Etikett "
    "liegt in deinem Amazon-Konto.\n\nLG\nSchuhkiste",
    f"Guten Tag,\n\nIhre Rücksendung zu Bestellung {OID} ist auf dem Weg zu uns. Wir bitten Sie um etwas "
    "Geduld.\n\nMit freundlichen Grüßen\nTextilhof",
    f"Hallo,\n\ndeine Rücksendung zu Bestellung {OID} ist angemeldet. Schick uns die Sneaker einfach im "
    "Originalkarton zurück.\n\nLG\nSchuhkiste",
    f"Guten Tag,\n\nIhre Retoure zu Bestellung {OID} ist angemeldet. Senden Sie uns den Mantel bitte "
    "ungetragen zurück.\n\nViele Grüße\nTextilhof",
    f"Hello,\n\nWe saw your return request for order {OID}. Please send the kettle back in its original box.\n\n"
    "Regards,\nBrewline",
]


@pytest.mark.parametrize("body", RETURN_NO_QUESTION)
def test_return_instruction_without_a_question_fires(body: str) -> None:
    assert _fires(RETURN, body)


RETURN_ASKS = [
    f"Guten Tag,\n\nzu Ihrer Rücksendung (Bestellung {OID}): Damit wir die Retoure abschließen können, bitten wir "
    "Sie um ein Foto des Typenschilds.\n\nViele Grüße\nLichthaus",
    f"Guten Tag,\n\nfür Ihre Retoure zu Bestellung {OID} bitten wir Sie noch um folgende Angaben:\n- Farbe\n"
    "- Größe\n\nViele Grüße\nTextilhof",
    f"Hallo,\n\nzu deiner Rücksendung (Bestellung {OID}): Bitte schicke uns ein Foto des Etiketts, bevor du die "
    "Jacke zurückschickst.\n\nLG\nNordjacke",
    f"Hello,\n\nAbout your return for order {OID}: we kindly ask you for the serial number printed under the "
    "base.\n\nRegards,\nBrewline",
    f"Hello,\n\nAbout your return for order {OID}: please send us a photo of the cracked lid.\n\nRegards,\nBrewline",
]


@pytest.mark.parametrize("body", RETURN_ASKS)
def test_return_message_asking_for_information_stays_clean(body: str) -> None:
    assert not _fires(RETURN, body)


# --- type.marketing: a negator after the cue ---------------------------------------------------------------

NEGATED_AFTER = [
    f"Guten Tag,\n\ndie Erstattung zu Bestellung {OID} läuft über Amazon. Ein Rabattcode wird dabei leider nicht "
    "ausgegeben.\n\nViele Grüße\nBadwelt",
    f"Guten Tag,\n\nzu Bestellung {OID}: Gutscheincodes gibt es bei uns keine, der Preis ist überall gleich.\n\n"
    "Viele Grüße\nBadwelt",
    f"Guten Tag,\n\nzu Bestellung {OID}: Einen Newsletter verschicken wir nicht, Ihre Daten nutzen wir nur für "
    "die Lieferung.\n\nViele Grüße\nBadwelt",
    f"Hello,\n\nYour refund for order {OID} goes through Amazon. A new voucher code will not be issued for "
    "it.\n\nRegards,\nBathworks",
]


@pytest.mark.parametrize("body", NEGATED_AFTER)
def test_voucher_negated_after_the_cue_stays_clean(body: str) -> None:
    assert not _fires(MARKETING, body, reply=True)


STILL_OFFERED = [
    f"Guten Tag,\n\nzu Bestellung {OID}: Der Gutscheincode SOMMER10 ist nicht übertragbar.\n\nViele Grüße\nBadwelt",
    f"Guten Tag,\n\nzu Bestellung {OID}: Den Rabattcode für Ihren nächsten Einkauf bitte nicht vergessen!\n\n"
    "Viele Grüße\nBadwelt",
    f"Hello,\n\nAbout order {OID}: the coupon code SAVE10 is not transferable.\n\nRegards,\nBathworks",
]


@pytest.mark.parametrize("body", STILL_OFFERED)
def test_code_still_offered_fires(body: str) -> None:
    assert _fires(MARKETING, body, reply=True)


# --- review.conditional ------------------------------------------------------------------------------------

GATED = [
    f"Hallo,\n\nzu deiner Bestellung {OID}: Falls du happy mit der Lampe bist, freuen wir uns über eine "
    "Bewertung.\n\nLG\nLichthaus",
    f"Hi,\n\nzu eurer Bestellung {OID}: Wenn ihr mit dem Zelt happy seid, schreibt uns gern eine Rezension.\n\n"
    "Grüße\nZeltwerk",
    f"Hallo,\n\nlass uns zu Bestellung {OID} gern eine Rezension auf Amazon da. Und melde dich bitte bei uns, bevor "
    "du etwas Negatives postest.\n\nLG\nZeltwerk",
]


@pytest.mark.parametrize("body", GATED)
def test_colloquial_gating_fires(body: str) -> None:
    assert _fires(GATING, body)


NOT_GATED = [
    f"Hallo,\n\nwir hoffen, du bist happy mit der Lampe aus Bestellung {OID}. Der Dimmer sitzt am Kabel.\n\n"
    "LG\nLichthaus",
    f"Hallo,\n\nwir freuen uns über deine ehrliche Bewertung zu Bestellung {OID}. Bevor du das Paket zur Post "
    "bringst, klebe bitte das Etikett auf.\n\nLG\nLichthaus",
]


@pytest.mark.parametrize("body", NOT_GATED)
def test_happy_and_post_without_gating_stay_clean(body: str) -> None:
    assert not _fires(GATING, body)


# --- review requests in the German verb bracket (review.repeat) ---------------------------------------------

BRACKETED = [
    f"Hallo,\n\nwir würden uns wirklich sehr über ein paar Sterne auf Amazon freuen (Bestellung {OID}).\n\n"
    "LG\nToastwerk",
    f"Guten Tag,\n\nich würde mich sehr über Ihre Rezension zum Toaster aus Bestellung {OID} freuen.\n\n"
    "Viele Grüße\nToastwerk",
]


@pytest.mark.parametrize("body", BRACKETED)
def test_bracketed_review_request_is_a_repeat(body: str) -> None:
    assert _fires(REPEAT, body, reviewed=frozenset({OID}))


NOT_A_REQUEST = [
    f"Guten Tag,\n\nwir würden uns über ein Foto der Bruchstelle freuen (Bestellung {OID}).\n\nViele Grüße\n"
    "Toastwerk",
    f"Guten Tag,\n\nwir würden uns sehr freuen, wenn der Toaster aus Bestellung {OID} lange hält.\n\n"
    "Viele Grüße\nToastwerk",
]


@pytest.mark.parametrize("body", NOT_A_REQUEST)
def test_bracket_without_a_review_is_no_request(body: str) -> None:
    assert not _fires(REPEAT, body, reviewed=frozenset({OID}))


def test_open_how_do_you_like_question_next_to_a_bracketed_request_is_no_gating() -> None:
    body = (
        f"Hallo,\n\nwie gefällt dir die Hängematte aus Bestellung {OID}? Wir würden uns sehr über deine "
        "Bewertung auf Amazon freuen.\n\nLG\nHängewerk"
    )
    assert not _fires(GATING, body)


def test_yes_no_like_question_next_to_a_bracketed_request_is_gating() -> None:
    body = (
        f"Hallo,\n\ngefällt dir die Hängematte? Dann würden wir uns sehr über deine Bewertung auf Amazon "
        f"freuen (Bestellung {OID}).\n\nLG\nHängewerk"
    )
    assert _fires(GATING, body)
