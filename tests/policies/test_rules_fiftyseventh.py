"""Round fifty-seven (tests/corpus_fiftyseventh): the seller's replies to buyer messages.

Each fix is a wording class, tested with made-up sentences (not the corpus's) and same-vocabulary near-misses.
"""

from __future__ import annotations

import pytest

from policies import Context, parse_message
from policies.rule import registered
from tests.policies.plain_message import NOW, OID, fires


def fires_in_reply(rule: str, body: str, tld: str) -> bool:
    """Whether `rule` finds anything in `body` sent as a reply (In-Reply-To/References) to a buyer of amazon.<tld>."""
    raw = "\r\n".join([
        "From: Shop <shop@example.com>", f"To: q8w2e4r6t1@marketplace.amazon.{tld}", f"Subject: Re: {OID}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000", "Message-ID: <reply57@example.com>",
        "In-Reply-To: <buyer57@amazonses.com>", "References: <buyer57@amazonses.com>", "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body.replace("\n", "\r\n"),
    ]).encode("utf-8")
    return bool(list(registered()[rule].check(Context(parse_message(raw), NOW))))


# --- review.removal-request: German "können Sie ... bearbeiten" in inverted word order is information ------------


@pytest.mark.parametrize(
    "body",
    [
        "Im Bereich „Meine Bestellungen“ können Sie jede Rezension selbst bearbeiten oder löschen.",
        "Bei der Pfanne sehen Sie Ihre Bewertung und können sie dort jederzeit ändern.",
        "Über Ihr Kundenkonto können Sie Ihre Bewertung auch später noch überarbeiten, das liegt ganz bei Ihnen.",
        "Dort dürfen Sie Ihre Rezension natürlich jederzeit anpassen.",
    ],
)
def test_de_buyer_can_edit_review_inverted_is_information(body: str) -> None:
    assert not fires("review.removal-request", body, "de")


@pytest.mark.parametrize(
    "body",
    [
        "Vielleicht können Sie Ihre Rezension jetzt anpassen.",
        "Gerne können Sie Ihre 2-Sterne-Bewertung nun ändern.",
        "Im Kundenkonto können Sie Ihre Bewertung gerne überarbeiten.",
        "Da der Akku nun funktioniert, können Sie Ihre Bewertung unter Meine Bestellungen anpassen.",
        "Wenn alles passt, können Sie die Rezension ja noch ändern.",
        "Können Sie Ihre Bewertung im Kundenkonto ändern?",
    ],
)
def test_de_nudged_or_asked_review_change_still_fires(body: str) -> None:
    assert fires("review.removal-request", body, "de")


# --- type.marketing: the listing's coupon explained in a reply is no promotion -----------------------------------


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        ("es", "El cupón del anuncio lo pone Amazon y se descuenta en la cesta, no al enviar."),
        ("es", "El cupón de 5 euros que salía en la ficha solo se aplica si lo activó antes de pagar."),
        ("de", "Der Coupon auf der Artikelseite gehört zu Amazon und wird nur abgezogen, wenn man ihn vorher anklickt."),
        ("de", "Den auf der Produktseite angezeigten Rabatt können wir leider nachträglich nicht gewähren."),
        ("fr", "Le coupon présent sur l'annonce est proposé par Amazon, pas par nous."),
        ("it", "Il coupon della scheda prodotto è di Amazon e si applica solo nel carrello."),
    ],
)
def test_listing_coupon_explained_in_reply_stays_clean(tld: str, body: str) -> None:
    assert not fires_in_reply("type.marketing", body, tld)


@pytest.mark.parametrize(
    ("tld", "body"),
    [
        ("es", "Aproveche el cupón de la ficha del nuevo modelo: 10 euros menos esta semana."),
        ("es", "El cupón de la ficha se aplica al pagar; y con el código VERANO15 tiene un 15 % más en su próximo pedido."),
        ("de", "Nutzen Sie den Coupon auf der Produktseite unserer neuen Pfannenserie!"),
        ("fr", "Profitez du coupon de 10 % sur la fiche de notre nouvelle collection !"),
        ("it", "Approfitti del coupon del 20% sulla nostra nuova linea di tazze!"),
    ],
)
def test_listing_coupon_pushed_still_fires(tld: str, body: str) -> None:
    assert fires_in_reply("type.marketing", body, tld)


def test_listing_coupon_explanation_unasked_is_still_judged() -> None:
    # the explanation sets the buyer's coupon aside only in a reply; a proactive mention is judged as written
    assert fires("type.marketing", f"Bestellung {OID}: der Coupon auf der Produktseite wird von Amazon abgezogen, "
                 "sichern Sie sich jetzt 20 % Rabatt auf Ihren nächsten Einkauf!", "de")
