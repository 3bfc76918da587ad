"""Classes a twenty-sixth independent corpus (French, Belgian French, Spanish and Italian sellers) found.

- order-problem.no-adjustment: a refund confirmed with an adverb between the auxiliary and the verb ("nous
  avons donc procédé au remboursement", "nous avons, par conséquent, procédé", "hemos, por tanto, procedido al
  reembolso", "abbiamo quindi provveduto al rimborso", "we have therefore issued a full refund") is a
  confirmation; a future "nous allons donc procéder au remboursement" still is none;
- content.phone-number: the brand's authorised repair service is a manufacturer context ("el servicio técnico
  oficial de la marca", "le SAV agréé", "il centro assistenza autorizzato", "the authorised service centre",
  "die Vertragswerkstatt", "het erkende servicecentrum", "autoryzowany serwis", "den auktoriserade
  verkstaden"); the shop's own "servicio técnico" / "SAV" / "assistenza clienti" line still fires;
- type.marketing: the path words of a written URL ("…/newsletter/unsubscribe?u=1", "…/promo/…") are an
  address, not an offer; the same words in the text, beside or without a URL, still fire.

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, hits, make_ctx

NOADJ = "order-problem.no-adjustment"
CANCEL = "order-problem.cancellation-request"
PHONE = "content.phone-number"
MKT = "type.marketing"


def _fires(rule_id: str, body: str, **kw: object) -> bool:
    return bool(hits(rule_id, make_ctx(body, **kw)))  # type: ignore[arg-type]


# --- a confirmed refund with an adverb inside the verb ------------------------------------------------

REFUND_CONFIRMED = [
    f"Bonjour,\n\nLe fauteuil de la commande {OID} est en rupture de stock chez notre fabricant. Nous avons donc "
    "procédé au remboursement complet de la commande, motif : rupture de stock.\n\nCordialement,\nLa boutique",
    f"Bonjour,\n\nLa théière de la commande {OID} n'est plus disponible. Nous avons, par conséquent, procédé au "
    "remboursement intégral.\n\nBien à vous,\nL'atelier",
    f"Hola:\n\nEl sillón del pedido {OID} está agotado. Hemos, por tanto, procedido al reembolso íntegro del "
    "importe por falta de existencias.\n\nUn saludo,\nLa tienda",
    f"Buongiorno,\n\nla poltrona dell'ordine {OID} è esaurita. Abbiamo quindi provveduto al rimborso totale, "
    "motivo: articolo non disponibile.\n\nCordiali saluti,\nIl negozio",
    f"Hello,\n\nThe armchair from order {OID} is out of stock at the maker. We have therefore issued a full "
    "refund, reason: no inventory.\n\nKind regards,\nThe shop",
]


@pytest.mark.parametrize("body", REFUND_CONFIRMED)
def test_refund_confirmed_with_an_adverb_is_an_adjustment(body: str) -> None:
    assert not _fires(NOADJ, body)


REFUND_ONLY_PROMISED = [
    f"Bonjour,\n\nLe fauteuil de la commande {OID} est en rupture de stock. Nous allons donc procéder au "
    "remboursement dans les prochains jours.\n\nCordialement,\nLa boutique",
    f"Hola:\n\nEl sillón del pedido {OID} está agotado. Más adelante procederemos a estudiar su caso.\n\n"
    "Un saluto,\nLa tienda",
    f"Buongiorno,\n\nla poltrona dell'ordine {OID} è esaurita. Quindi provvederemo a breve a contattarla.\n\n"
    "Cordiali saluti,\nIl negozio",
]


@pytest.mark.parametrize("body", REFUND_ONLY_PROMISED)
def test_refund_not_confirmed_still_fires(body: str) -> None:
    assert _fires(NOADJ, body)


def test_cancellation_request_with_a_confirmed_refund_word_still_fires() -> None:
    body = (
        f"Bonjour,\n\nLa lampe de la commande {OID} est en rupture de stock. Merci d'annuler la commande "
        "depuis votre compte ; nous avons donc procédé à la suite du dossier.\n\nLa boutique"
    )
    assert _fires(CANCEL, body)


# --- the brand's authorised repair service is a manufacturer context -----------------------------------

AUTHORISED_SERVICE = [
    f"Hola:\n\nSi la tostadora del pedido {OID} no calienta, el servicio técnico oficial atiende en el "
    "912 345 678 y la recoge en casa.\n\nUn saludo,\nLa tienda",
    f"Bonjour,\n\nPour la cafetière de la commande {OID}, le SAV agréé se joint au 01 45 67 89 10 du lundi au "
    "vendredi.\n\nCordialement,\nLa boutique",
    f"Buongiorno,\n\nper il ferro da stiro dell'ordine {OID} il centro assistenza autorizzato risponde allo "
    "02 4567 8910.\n\nCordiali saluti,\nIl negozio",
    f"Hello,\n\nFor the kettle from order {OID}, the authorised service centre can be reached on 020 7946 0321 "
    "on weekdays.\n\nKind regards,\nThe shop",
    f"Guten Tag,\n\nfür den Wasserkocher aus Bestellung {OID} erreichen Sie die Vertragswerkstatt unter "
    "030 1234567.\n\nViele Grüße\nIhr Shop",
    f"Beste klant,\n\nvoor de waterkoker van bestelling {OID} kunt u het erkende servicecentrum bellen op "
    "020 123 4567.\n\nMet vriendelijke groet,\nDe winkel",
    f"Dzień dobry,\n\nw sprawie czajnika z zamówienia {OID} prosimy dzwonić do autoryzowanego serwisu pod "
    "numer 22 123 45 67.\n\nPozdrawiamy,\nSklep",
    f"Hej,\n\nför vattenkokaren i order {OID} når du den auktoriserade verkstaden på 08 123 456 78.\n\n"
    "Vänliga hälsningar,\nButiken",
]


@pytest.mark.parametrize("body", AUTHORISED_SERVICE)
def test_authorised_service_number_is_allowed(body: str) -> None:
    assert not _fires(PHONE, body)


SHOP_OWN_SERVICE = [
    f"Hola:\n\nSi la tostadora del pedido {OID} no calienta, nuestro servicio técnico atiende en el "
    "912 345 678.\n\nUn saludo,\nLa tienda",
    f"Bonjour,\n\nPour la cafetière de la commande {OID}, notre SAV se joint au 01 45 67 89 10 du lundi au "
    "vendredi.\n\nCordialement,\nLa boutique",
    f"Buongiorno,\n\nper il ferro da stiro dell'ordine {OID} il nostro servizio clienti risponde allo "
    "02 4567 8910.\n\nCordiali saluti,\nIl negozio",
    f"Hello,\n\nFor the kettle from order {OID}, our service desk can be reached on 020 7946 0321 on "
    "weekdays.\n\nKind regards,\nThe shop",
    f"Guten Tag,\n\nfür den Wasserkocher aus Bestellung {OID} erreichen Sie unseren Kundendienst unter "
    "030 1234567.\n\nViele Grüße\nIhr Shop",
    f"Beste klant,\n\nvoor de waterkoker van bestelling {OID} kunt u onze klantenservice bellen op "
    "020 123 4567.\n\nMet vriendelijke groet,\nDe winkel",
    f"Dzień dobry,\n\nw sprawie czajnika z zamówienia {OID} prosimy dzwonić do naszego biura pod "
    "numer 22 123 45 67.\n\nPozdrawiamy,\nSklep",
    f"Hej,\n\nför vattenkokaren i order {OID} når du vår kundtjänst på 08 123 456 78.\n\n"
    "Vänliga hälsningar,\nButiken",
]


@pytest.mark.parametrize("body", SHOP_OWN_SERVICE)
def test_shop_own_service_number_still_fires(body: str) -> None:
    assert _fires(PHONE, body)


# --- a URL's path words are no promotion ---------------------------------------------------------------

URL_PATH_WORDS = [
    f"Ciao,\n\nper il tuo tè (ordine {OID}) usa acqua a 80 gradi.\n\nPer disiscriverti: "
    "https://www.example-shop.it/newsletter/unsubscribe?u=42\n\nIl negozio",
    f"Hello,\n\nThe assembly guide for order {OID} is at https://www.amazon.com/promo/coupon-help/guide "
    "(page 3 shows the hinges).\n\nThe shop",
    f"Bonjour,\n\nLa notice de la commande {OID} : www.amazon.fr/newsletter-archive/notice-lampe\n\nLa boutique",
]


@pytest.mark.parametrize("body", URL_PATH_WORDS)
def test_url_path_words_are_no_promotion(body: str) -> None:
    assert not _fires(MKT, body)


URL_AND_PROMOTION = [
    f"Ciao,\n\nper il tuo tè (ordine {OID}) usa acqua a 80 gradi. Iscriviti alla nostra newsletter: "
    "https://www.example-shop.it/iscrizione\n\nIl negozio",
    f"Hello,\n\nOrder {OID}: use the coupon code SAVE20 on https://www.example-shop.com/ for 20% off your next "
    "order.\n\nThe shop",
    f"Bonjour,\n\nCommande {OID} : abonnez-vous à notre newsletter sur www.exemple-boutique.fr/inscription\n\n"
    "La boutique",
]


@pytest.mark.parametrize("body", URL_AND_PROMOTION)
def test_promotion_beside_a_url_still_fires(body: str) -> None:
    assert _fires(MKT, body)
