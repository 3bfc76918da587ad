"""Classes a fourteenth independent corpus (native de/fr/es/it/ja mail, section C heuristics) found.

- order-problem.no-adjustment: a refund confirmed in a long German verbal bracket ("Wir haben deine
  Bestellung ... storniert und dir den vollen Betrag von ... erstattet") and the informal du / tu forms of
  "we refund you" ("erstatten wir dir", "nous te remboursons") are confirmations;
- order-problem.cancellation-request / no-adjustment: a delay word ("before", "until", "prima di", "bis")
  that belongs to a second clause with its own subject ("sold out, and the maker will not make more before
  autumn") does not turn the stock-out into a delay notice.

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
