"""Round 33 (corpus_thirtythird): the shared corpus's shape entirely in German, sellers from DE, AT and CH.

The wordings a German-speaking seller uses that the rules missed:
- a plain-text line hard-wrapped before a long capitalised word ("...würden wir uns über eine kurze" /
  "Verkäuferbewertung auf Amazon freuen."): German nouns start with a capital, so the line was read as a
  sentence end unless it was 60 characters long; now a line the next word would have pushed past 72 columns
  was wrapped;
- a review request with the verb at the end of a subordinate clause ("dass wir uns über Ihr Feedback sehr
  freuen würden");
- filler: "danke vielmals", Swiss "Merci vielmal", "Vergelt's Gott", a fronted "Im Namen des ganzen Teams
  möchten wir uns bedanken", "Zufriedene Kunden liegen uns am Herzen" (and its siblings in en, fr, es, it,
  nl), and a long salutation that an HTML paragraph break ran into the first sentence;
- a top rating counted "davon" / "of them" ("fünf davon wären natürlich der Hammer", "five of them would be
  amazing");
- compound insults ("Volltrottel", "Vollpfosten", "Oberidiot") and Austrian/Swiss ones ("Oaschloch",
  "Wappler", "Tubel").
Compliant near-misses with the same vocabulary stay clean.
"""

from __future__ import annotations

import pytest

from policies.rules._units import split_units
from policies.rules.review import request_units
from tests.policies.test_rules_messagetypes import OID
from tests.policies.test_rules_round32 import _ctx, _fires

WRAPS: list[tuple[int, str]] = [
    # wrapped before a long word: one sentence
    (1, "Falls noch nicht geschehen, würden wir uns über eine kurze\nVerkäuferbewertung auf Amazon freuen."),
    (1, "Bitte schicken Sie uns ein Foto der beschädigten Stelle am\nKunststoffgehäuse über die Nachrichtenfunktion."),
    # a short line before a short capitalised word, a heading, a signature: separate
    (2, "Ihre Bestellung 302-1234567-1234567 (Teekanne)\nLieferung erfolgt morgen."),
    (2, "Mit freundlichen Grüßen aus der Werkstatt\nAnna Keller"),
    (3, "Kurze Erinnerung zu Ihrer Bestellung:\nDie Kanne ist unterwegs.\nViele Grüße"),
]


@pytest.mark.parametrize(("n", "text"), WRAPS)
def test_wrapped_before_a_long_word(n: int, text: str) -> None:
    assert len(split_units(text)) == n


REQUESTS: list[tuple[bool, str]] = [
    (True, "Darf ich Sie daran erinnern, dass wir uns über Ihr Feedback auf Amazon sehr freuen würden?"),
    (True, "Sie wissen ja, wie sehr uns eine kurze Rezension zum Messer freuen würde."),
    (False, "Wir würden uns freuen, wenn Ihnen der Bräter lange Freude macht."),
    (False, "Dass wir uns über die Rücksendung freuen würden, können Sie sich denken."),
    (False, "Über Ihr Feedback zur Verpackung haben wir uns sehr gefreut."),
]


@pytest.mark.parametrize(("want", "body"), REQUESTS)
def test_verb_final_review_requests(want: bool, body: str) -> None:
    assert bool(request_units(_ctx(body, "de"))) is want


THANKS: list[tuple[bool, str, str]] = [
    (True, "de", f"Servus,\n\ndanke vielmals für Ihren Einkauf (Bestellung {OID})!\n\nLiebe Grüße\nTrachten Moser"),
    (True, "de", f"Grüezi\n\nMerci vielmal für Ihre Bestellung {OID}.\n\nFreundliche Grüsse\nVelo Huber"),
    (True, "de", f"Grüß Gott,\n\nVergelt's Gott für Ihren Einkauf {OID}!\n\nLiebe Grüße\nHofladen Mair"),
    (True, "de", f"Guten Tag,\n\nan dieser Stelle möchten wir uns herzlich für Ihre Bestellung {OID} bedanken. "
                 "Ihre Zufriedenheit liegt uns sehr am Herzen.\n\nMit freundlichen Grüßen\nShop Berger"),
    # a salutation run into the first sentence (one HTML paragraph after another)
    (True, "de", f"Sehr geehrte Kundin, sehr geehrter Kunde, vielen Dank für Ihre Bestellung {OID}.\n"
                 "Mit freundlichen Grüßen\nShop Berger"),
    (True, "fr", f"Bonjour,\n\nMerci pour votre commande {OID}. Votre satisfaction nous tient à cœur.\n\nCordialement,\nAtelier Roux"),
    (True, "es", f"Hola:\n\nGracias por tu pedido {OID}. Tu satisfacción es nuestra prioridad.\n\nSaludos,\nTienda Sol"),
    (True, "it", f"Buongiorno,\n\ngrazie per il suo ordine {OID}. La sua soddisfazione ci sta a cuore.\n\nCordiali saluti,\nBottega Rossi"),
    (True, "nl", f"Hallo,\n\nBedankt voor uw bestelling {OID}. Uw tevredenheid staat bij ons voorop.\n\nGroeten,\nWinkel De Boer"),
    (True, "com", f"Hi,\n\nThank you for your order {OID}. Happy customers are very close to our hearts.\n\nBest,\nOak & Co"),
    # the same vocabulary with something the buyer needs to know
    (False, "de", f"Servus,\n\ndanke vielmals für Ihren Einkauf (Bestellung {OID})! Der Janker wird erst am 19. Juni "
                  "geliefert, weil die Knöpfe fehlen.\n\nLiebe Grüße\nTrachten Moser"),
    (False, "de", f"Sehr geehrte Kundin, sehr geehrter Kunde, im Namen des Teams möchten wir Sie informieren, dass sich "
                  f"die Lieferung zu Bestellung {OID} um eine Woche verzögert.\nMit freundlichen Grüßen\nShop Berger"),
    (False, "de", f"Guten Tag,\n\nIhre Zufriedenheit liegt uns am Herzen, deshalb schicken wir Ihnen zu Bestellung {OID} "
                  "einen neuen Deckel.\n\nViele Grüße\nShop Berger"),
]


@pytest.mark.parametrize(("want", "tld", "body"), THANKS)
def test_thank_you_only(want: bool, tld: str, body: str) -> None:
    assert _fires("type.thank-you-only", body, tld) is want


STEER: list[tuple[bool, str, str]] = [
    (True, "de", f"Schreib gern eine Rezension zur Matte ({OID}) auf Amazon. Fünf davon wären der Wahnsinn!"),
    (True, "de", f"Wir freuen uns über eine Bewertung zu {OID}. Fünf Sterne wären natürlich der Hammer."),
    (True, "com", f"Please leave a review of order {OID} on Amazon. Five of them would be amazing!"),
    (False, "de", f"Die Matte aus {OID} gibt es in fünf Farben; fünf davon wären der Hammer im Regal."),
    (False, "com", f"Your order {OID} has five mugs. Five of them would be amazing as a gift set."),
]


@pytest.mark.parametrize(("want", "tld", "body"), STEER)
def test_top_rating_counted(want: bool, tld: str, body: str) -> None:
    assert _fires("review.incentive", body, tld) is want


INSULTS: list[tuple[bool, str]] = [
    (True, f"Ihr Paket {OID} kommt später: Der Zusteller, dieser Volltrottel, hat es zurückgebracht."),
    (True, f"Zu {OID}: Was für ein Vollpfosten hat das eingepackt?"),
    (True, f"Zu {OID}: Der Oberidiot im Lager hat die falsche Größe gegriffen."),
    (True, f"Zu {OID}: Der Wappler vom Paketdienst hat geklingelt und ist gleich wieder gefahren."),
    (True, f"Zu {OID}: So ein Tubel hat die Adresse falsch abgeschrieben."),
    (False, f"Zu {OID}: Der Zaunpfosten ist aus Vollholz, die Tubeless-Reifen sind dabei."),
    (False, f"Zu {OID}: Die Riesenidee für den Urlaub: das Volleyballnetz mit Oberleine."),
]


@pytest.mark.parametrize(("want", "body"), INSULTS)
def test_compound_insults(want: bool, body: str) -> None:
    assert _fires("content.sensitive", body, "de") is want
