"""Round 49 (German .de/.at and French .fr/.com.be): the misses of tests/corpus_fortyninth, by class.

Made-up wordings, not the corpus's sentences: each class must fire, and its same-vocabulary near-misses
must stay clean.
"""

from __future__ import annotations

from policies import Context, parse_message
from policies.rule import registered
from policies.rules.review import requested_orders
from tests.policies.plain_message import NOW, OID, fires, plain_ctx


def _reply(rule: str, body: str, tld: str) -> bool:
    """Whether `rule` fires on `body` sent as an answer to the buyer (In-Reply-To/References)."""
    raw = "\r\n".join(
        [
            "From: Shop <shop@example.com>",
            f"To: q8w2e4r6t1@marketplace.amazon.{tld}",
            f"Subject: Re: {OID}",
            "Date: Mon, 15 Jun 2026 10:00:00 +0000",
            "Message-ID: <r49@example.com>",
            "MIME-Version: 1.0",
            "In-Reply-To: <r49-buyer@amazonses.com>",
            "References: <r49-buyer@amazonses.com>",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
            "",
            body.replace("\n", "\r\n"),
        ]
    ).encode("utf-8")
    return bool(list(registered()[rule].check(Context(parse_message(raw), NOW))))


def _asks_review(body: str, tld: str) -> bool:
    return bool(requested_orders(plain_ctx(body, tld)))


# --- review requests worded as the seller's gratitude or curiosity (review.repeat counts them) ---------------


def test_de_review_request_as_formal_gratitude_or_curiosity() -> None:
    assert _asks_review(
        f"Hallo,\n\nzur Bestellung {OID}: Hätten Sie einen Augenblick übrig, so wären wir Ihnen "
        "für eine kurze Rezension auf Amazon überaus verbunden.\n\nGruß",
        "de",
    )
    assert _asks_review(
        f"Hallo,\n\nsobald Sie die Lampe (Bestellung {OID}) eine Weile benutzt haben, möchten wir "
        "gerne erfahren, was Sie davon halten: Eine Bewertung auf Amazon hilft künftigen "
        "Kundinnen bei der Wahl.\n\nGruß",
        "at",
    )
    assert _asks_review(
        f"Servus,\n\nzu Ihrer Bestellung {OID}: Wir sind schon gespannt auf Ihre Rezension auf "
        "Amazon, wenn der Rucksack die erste Tour hinter sich hat.\n\nGruß",
        "at",
    )


def test_de_gratitude_or_curiosity_without_review_is_no_request() -> None:
    assert not _asks_review(
        f"Hallo,\n\nzu Ihrer Bestellung {OID} wären wir Ihnen sehr verbunden, wenn Sie uns die "
        "Seriennummer vom Typenschild nennen.\n\nGruß",
        "de",
    )
    assert not _asks_review(
        f"Hallo,\n\nwir würden gern erfahren, ob das Paket zur Bestellung {OID} unbeschädigt "
        "angekommen ist.\n\nGruß",
        "de",
    )


def test_fr_review_request_as_curiosity() -> None:
    assert _asks_review(
        f"Bonjour,\n\nune fois la lampe (commande {OID}) installée, nous serions vraiment curieux "
        "de découvrir votre avis sur Amazon.\n\nCordialement",
        "fr",
    )
    assert _asks_review(
        f"Bonjour,\n\nnous avons hâte de lire votre évaluation de la bouilloire (commande {OID}) "
        "sur Amazon.\n\nBien à vous",
        "com.be",
    )


def test_fr_curiosity_without_review_is_no_request() -> None:
    assert not _asks_review(
        f"Bonjour,\n\nnous serions curieux de savoir si le colis de la commande {OID} est "
        "arrivé en bon état.\n\nCordialement",
        "fr",
    )


def test_it_es_review_request_as_curiosity() -> None:
    assert _asks_review(
        f"Ciao,\n\nsiamo davvero curiosi di conoscere la tua recensione su Amazon della moka (ordine {OID}).\n\nA presto",
        "it",
    )
    assert _asks_review(
        f"Hola,\n\nestamos deseando leer su valoración de la cafetera (pedido {OID}) en Amazon.\n\nSaludos",
        "es",
    )


def test_it_es_curiosity_without_review_is_no_request() -> None:
    assert not _asks_review(
        f"Ciao,\n\nsaremmo curiosi di sapere se la moka dell'ordine {OID} è arrivata integra.\n\nA presto",
        "it",
    )
    assert not _asks_review(
        f"Hola,\n\ntenemos curiosidad por saber si la cafetera del pedido {OID} llegó bien.\n\nSaludos", "es"
    )


# --- the buyer's expired code explained in a reply promotes nothing ---------------------------------------------


def test_de_buyers_expired_code_explained_in_reply_is_no_marketing() -> None:
    assert not _reply(
        "type.marketing",
        f"Hallo,\n\nder Rabattcode, den Sie beim Kauf der Teekanne (Bestellung {OID}) "
        "eingegeben hatten, war zu diesem Zeitpunkt leider schon abgelaufen. Die 3,50 € haben wir "
        "Ihnen erstattet.\n\nGruß",
        "de",
    )
    assert not _reply(
        "type.marketing",
        f"Hallo,\n\nIhr Gutscheincode war beim Kauf (Bestellung {OID}) bereits "
        "ungültig; wir haben Ihnen den Betrag erstattet.\n\nGruß",
        "at",
    )


def test_de_seller_code_in_reply_is_still_marketing() -> None:
    assert _reply(
        "type.marketing",
        f"Hallo,\n\nzu Ihrer Bestellung {OID}: Mit dem Gutscheincode HERBST20 sparen "
        "Sie 20 % bei Ihrer nächsten Bestellung.\n\nGruß",
        "de",
    )


def test_fr_buyers_expired_code_explained_in_reply_is_no_marketing() -> None:
    assert not _reply(
        "type.marketing",
        f"Bonjour,\n\nle bon de réduction vu sur notre annonce n'était plus valable "
        f"au moment de votre commande {OID} ; nous vous avons remboursé la différence.\n\nCordialement",
        "fr",
    )


def test_fr_seller_code_in_reply_is_still_marketing() -> None:
    assert _reply(
        "type.marketing",
        f"Bonjour,\n\npour votre commande {OID} : avec le code AUTOMNE20, profitez de "
        "20 % sur votre prochaine commande.\n\nCordialement",
        "fr",
    )


# --- a return follow-up naming what the seller needs, verb first ----------------------------------------------


def test_de_return_need_stated_verb_first_is_information_request() -> None:
    assert not fires(
        "return.unnecessary",
        f"Hallo,\n\nzu Ihrer Rücksendung aus der Bestellung {OID}: Um den "
        "Garantiefall zu melden, benötigen wir von Ihnen noch ein Foto vom Typenschild.\n\nGruß",
        "de",
    )


def test_de_return_needing_nothing_is_still_unnecessary() -> None:
    assert fires(
        "return.unnecessary",
        f"Hallo,\n\nIhre Rücksendung aus der Bestellung {OID} ist bei uns "
        "eingegangen, weitere Angaben brauchen wir nicht.\n\nGruß",
        "de",
    )


# --- the last pieces broke: unavailable; an inverted "am einfachsten wäre es" asks to cancel -------------------


def test_de_last_pieces_broken_and_inverted_cancel_ask() -> None:
    body = (
        f"Hallo,\n\nbeim Verpacken Ihrer Bestellung {OID} haben wir gesehen, dass unsere letzten zwei Schalen in "
        "Grün beim Brand gesprungen sind, und deshalb wäre es wohl am besten, wenn Sie die Bestellung in Ihrem "
        "Konto stornieren.\n\nGruß"
    )
    assert fires("order-problem.cancellation-request", body, "de")
    assert fires("order-problem.no-adjustment", body, "de")


def test_de_last_days_and_photo_request_are_no_stock_out() -> None:
    body = (
        f"Hallo,\n\ndie letzten Tage sind bei uns viele Schalen zerbrochen angekommen; zu Ihrer Bestellung {OID} "
        "wäre es am einfachsten, wenn Sie uns ein Foto der Schale schicken.\n\nGruß"
    )
    assert not fires("order-problem.cancellation-request", body, "de")
    assert not fires("order-problem.no-adjustment", body, "de")


def test_fr_last_pieces_broken_is_unavailable() -> None:
    body = (
        f"Bonjour,\n\npour la commande {OID}, nos trois derniers bols émaillés se sont cassés au four ; le mieux "
        "serait que vous annuliez la commande depuis votre compte.\n\nCordialement"
    )
    assert fires("order-problem.cancellation-request", body, "fr")
    assert fires("order-problem.no-adjustment", body, "fr")


def test_fr_last_days_are_no_stock_out() -> None:
    assert not fires(
        "order-problem.no-adjustment",
        f"Bonjour,\n\nles derniers jours ont été chargés, mais votre "
        f"commande {OID} part demain matin.\n\nCordialement",
        "fr",
    )


# --- thank-you-only: joined closings, adverbs in the help offer, hopes "de tout cœur" -------------------------


def test_de_thank_you_with_joined_closing_and_adverbs_is_thank_you_only() -> None:
    assert fires(
        "type.thank-you-only",
        f"Grüß Gott,\n\nvielen Dank für Ihre Bestellung {OID}. Falls eine Frage "
        "aufkommt, sind wir natürlich gerne für Sie da.\n\nBis bald und herzliche Grüße aus Graz\nAnna",
        "at",
    )


def test_de_thank_you_with_information_is_not_thank_you_only() -> None:
    assert not fires(
        "type.thank-you-only",
        f"Grüß Gott,\n\nvielen Dank für Ihre Bestellung {OID}. Die Decke bitte "
        "nur bei 30 Grad waschen.\n\nBis bald und herzliche Grüße aus Graz\nAnna",
        "at",
    )


def test_fr_thank_you_with_team_kisses_is_thank_you_only() -> None:
    assert fires(
        "type.thank-you-only",
        f"Salut Léa,\n\nmerci pour ta commande {OID} ! On espère de tout cœur que le "
        "plaid te tiendra chaud cet hiver.\n\nPlein de bises de toute l'équipe",
        "fr",
    )


def test_fr_thank_you_with_information_is_not_thank_you_only() -> None:
    assert not fires(
        "type.thank-you-only",
        f"Salut Léa,\n\nmerci pour ta commande {OID} ! Lave le plaid à 30 degrés "
        "maximum.\n\nPlein de bises de toute l'équipe",
        "fr",
    )
