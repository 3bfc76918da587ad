"""Classes a fourteenth independent corpus (native de/fr/es/it/ja mail, section C heuristics) found.

- order-problem.no-adjustment: a refund confirmed in a long German verbal bracket ("Wir haben deine
  Bestellung ... storniert und dir den vollen Betrag von ... erstattet") and the informal du / tu forms of
  "we refund you" ("erstatten wir dir", "nous te remboursons") are confirmations;
- order-problem.cancellation-request / no-adjustment: a delay word ("before", "until", "prima di", "bis")
  that belongs to a second clause with its own subject ("sold out, and the maker will not make more before
  autumn") does not turn the stock-out into a delay notice;
- review.*: the informal du / tu forms a small shop writes in: German imperatives ("hinterlass uns eine
  Bewertung", "schreib uns zuerst"), the finite verb closing a subordinate clause ("wenn du deine Bewertung
  anpasst"), "Gefällt dir ...?" as the condition, French "laisse-nous un avis", "si ton sac te plaît",
  "écris-nous d'abord"; "du kannst deine Bewertung ändern" is information, not a request; a satisfaction
  question next to a request for every buyer ("good or bad") gates nobody;
- type.thank-you-only: Swiss / Austrian greetings (Grüezi, Hoi, Salü), "für alles Weitere sind wir für dich
  da", Italian "per qualsiasi cosa siamo a disposizione", French "si tu as la moindre question, n'hésite pas".

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, hits, make_ctx

NO_ADJ = "order-problem.no-adjustment"
CANCEL = "order-problem.cancellation-request"


def _fires(rule_id: str, body: str) -> bool:
    return bool(hits(rule_id, make_ctx(body)))


# --- the refund confirmed in a long German bracket, and the du / tu forms -----------------------------

CONFIRMED = [
    f"Hallo,\n\nder Wollmantel ist leider ausverkauft.\n\nWir haben deshalb deine Bestellung {OID} gleich heute "
    "früh storniert und dir den kompletten Kaufpreis in Höhe von 89,00 € über Amazon zurückerstattet "
    "(Grund: nicht vorrätig).\n\nViele Grüße\nWollwerk",
    f"Guten Tag,\n\ndie Lampe ist nicht mehr lieferbar. Wir haben Ihre Bestellung {OID} heute vollständig "
    "storniert und Ihnen den gesamten Betrag von 129,90 € samt Versandkosten über Amazon erstattet, weil "
    "der Artikel ausverkauft ist.\n\nMit freundlichen Grüßen\nLichthaus",
    f"Hi,\n\ndie Sneaker in Größe 42 sind ausverkauft. Deshalb erstatten wir dir den vollen Betrag für die "
    f"Bestellung {OID}, Grund: nicht vorrätig.\n\nCiao\nKicks",
    f"Salut,\n\nle sweat en taille S est en rupture de stock. Nous te remboursons la totalité de ta commande "
    f"{OID} (motif : rupture de stock).\n\nÀ plus,\nL'atelier",
]


@pytest.mark.parametrize("body", CONFIRMED)
def test_refund_confirmed_in_long_bracket_or_informal_form_is_an_adjustment(body: str) -> None:
    assert not _fires(NO_ADJ, body)


NOT_CONFIRMED = [
    # the bracket closes on "not": nothing refunded
    f"Hallo,\n\nder Wollmantel ist leider ausverkauft. Wir haben deine Bestellung {OID} leider noch nicht "
    "storniert und dir den Betrag von 89,00 € auch noch nicht erstattet.\n\nViele Grüße\nWollwerk",
    # the refund follows the buyer's own cancellation
    f"Hallo,\n\ndie Sneaker sind ausverkauft. Sobald du die Bestellung {OID} storniert hast, wird dir der Betrag "
    "von Amazon erstattet.\n\nCiao\nKicks",
    # a stock-out with no refund at all
    f"Salut,\n\nle sweat en taille S est en rupture de stock et nous ne pourrons pas te l'envoyer. Désolés "
    f"pour ta commande {OID} !\n\nL'atelier",
]


@pytest.mark.parametrize("body", NOT_CONFIRMED)
def test_stock_out_without_seller_refund_still_fires(body: str) -> None:
    assert _fires(NO_ADJ, body)


# --- a delay word in another clause ---------------------------------------------------------------

OTHER_CLAUSE = [
    f"Hello,\n\nThe walnut bowl is sold out and the turner will not make new ones before September. Please "
    f"cancel order {OID} in Your Orders.\n\nBest,\nWoodshop",
    f"Guten Tag,\n\nder Kerzenständer ist ausverkauft und die Gießerei fertigt bis Oktober keine neuen. Bitte "
    f"stornieren Sie die Bestellung {OID} in Ihrem Konto.\n\nMit freundlichen Grüßen\nMessinghaus",
    f"Bonjour,\n\nle vase est en rupture de stock et l'atelier n'en fabriquera pas d'autres avant l'automne. "
    f"Merci d'annuler la commande {OID} depuis votre compte.\n\nCordialement,\nCéramique",
    f"Hola:\n\nEl jarrón está agotado y el taller no fabricará más hasta otoño. Por favor, cancele el pedido "
    f"{OID} desde su cuenta.\n\nSaludos,\nCerámica",
    f"Gentile cliente,\n\nil vaso è esaurito e il laboratorio non ne farà altri fino a ottobre. La preghiamo "
    f"di annullare l'ordine {OID} dal Suo account.\n\nCordiali saluti,\nCeramiche",
    f"お客様\n\nご注文の花瓶は在庫切れとなり、工房での次回の制作も秋までございません。お手数ですが、"
    f"ご注文番号 {OID} をお客様ご自身でキャンセルしてください。\n\n陶器の店",
]


@pytest.mark.parametrize("body", OTHER_CLAUSE)
def test_delay_word_of_another_clause_leaves_the_stock_out(body: str) -> None:
    assert _fires(CANCEL, body)
    assert _fires(NO_ADJ, body)


DELAYS = [
    # the delay word qualifies the stock-out itself, or a second shipping cue: a delay notice
    f"Hello,\n\nThe walnut bowl is out of stock until Monday, and we will ship it on Tuesday. Order {OID}.\n\n"
    "Best,\nWoodshop",
    f"Guten Tag,\n\nder Kerzenständer ist ausverkauft und wir können ihn erst ab dem 20. Juni versenden. "
    f"Bestellung {OID}.\n\nMit freundlichen Grüßen\nMessinghaus",
    f"Gentile cliente,\n\nil vaso è esaurito e non possiamo spedirlo prima di lunedì 22. Ordine {OID}.\n\n"
    "Cordiali saluti,\nCeramiche",
    f"Hola:\n\nEl jarrón está agotado y no podremos enviarlo hasta el lunes 22. Pedido {OID}.\n\nSaludos,\n"
    "Cerámica",
]


@pytest.mark.parametrize("body", DELAYS)
def test_delay_notices_stay_quiet(body: str) -> None:
    assert not _fires(NO_ADJ, body)
    assert not _fires(CANCEL, body)


# --- informal review wording -----------------------------------------------------------------------

REVIEW_VIOLATIONS = [
    ("review.removal-request", f"Hallo,\n\nBestellung {OID}: Wir fänden es klasse, wenn du deine Rezension jetzt "
     "noch mal anpasst.\n\nLG\nRadshop"),
    ("review.removal-request", f"Hi,\n\nzu Bestellung {OID}: Wäre lieb, wenn du die Ein-Stern-Bewertung löschst, "
     "der Ersatz ist ja unterwegs.\n\nLG"),
    ("review.conditional", f"Hallo,\n\nBestellung {OID}: Gefällt dir deine neue Jacke? Dann hinterlass uns gern eine "
     "Bewertung auf Amazon.\n\nLG\nJackenladen"),
    ("review.conditional", f"Hallo,\n\nBestellung {OID}: Wir würden uns über eine Rezension freuen. Falls etwas "
     "nicht passt, meld dich aber bitte zuerst bei uns.\n\nLG"),
    ("review.conditional", f"Coucou,\n\nCommande {OID} : si ta lampe te plaît, donne-nous un avis sur Amazon !\n\n"
     "Bises,\nL'atelier"),
    ("review.conditional", f"Salut,\n\nCommande {OID} : laisse-nous un petit avis sur Amazon. Un souci ? "
     "Préviens-nous d'abord !\n\nÀ plus"),
]


@pytest.mark.parametrize(("rule_id", "body"), REVIEW_VIOLATIONS)
def test_informal_review_violations_fire(rule_id: str, body: str) -> None:
    assert _fires(rule_id, body)


REVIEW_NEAR_MISSES = [
    f"Hallo,\n\nBestellung {OID}: Du kannst deine Bewertung übrigens jederzeit selbst bearbeiten.\n\nLG",
    f"Guten Tag,\n\nBestellung {OID}: Gefällt Ihnen der Sessel? Wir freuen uns über Ihre ehrliche Rezension, "
    "ob positiv oder negativ.\n\nMfG",
    f"Hallo,\n\nBestellung {OID}: Schreib uns zuerst, welche Größe du brauchst, dann tauschen wir die Jacke.\n\nLG",
    f"Salut,\n\nCommande {OID} : laisse-nous ton avis sur Amazon, bon ou mauvais, ça aide les autres clients.\n\n"
    "À plus",
]


@pytest.mark.parametrize("body", REVIEW_NEAR_MISSES)
def test_informal_review_near_misses_stay_quiet(body: str) -> None:
    for rule_id in ("review.removal-request", "review.conditional", "review.incentive"):
        assert not _fires(rule_id, body), rule_id


# --- thank-you-only with regional greetings and informal offers of help ---------------------------------

THANKS_ONLY = [
    f"Grüezi Herr Keller\n\nVielen Dank für Ihre Bestellung {OID}.\n\nFreundliche Grüsse\nVelohaus",
    f"Hoi,\n\ndanke dir für deine Bestellung {OID}! Für alles Weitere sind wir jederzeit für dich da.\n\nLG",
    f"Buongiorno,\n\ngrazie infinite per l'ordine {OID}! Per qualsiasi esigenza restiamo a disposizione.\n\nSaluti",
    f"Coucou !\n\nMerci pour ta commande {OID} ! Si tu as la moindre question, n'hésite pas à nous contacter.\n\n"
    "Bisous",
]


@pytest.mark.parametrize("body", THANKS_ONLY)
def test_thanks_only_in_regional_and_informal_forms(body: str) -> None:
    assert _fires("type.thank-you-only", body)


THANKS_WITH_CONTENT = [
    f"Grüezi Herr Keller\n\nVielen Dank für Ihre Bestellung {OID}. Der Dynamo muss vor der ersten Fahrt mit der "
    "beiliegenden Schraube festgezogen werden.\n\nFreundliche Grüsse\nVelohaus",
    f"Buongiorno,\n\ngrazie per l'ordine {OID}! Prima del primo uso lavi la moka tre volte con acqua sola. Per "
    "qualsiasi cosa restiamo a disposizione.\n\nSaluti",
]


@pytest.mark.parametrize("body", THANKS_WITH_CONTENT)
def test_thanks_with_content_is_not_thanks_only(body: str) -> None:
    assert not _fires("type.thank-you-only", body)
