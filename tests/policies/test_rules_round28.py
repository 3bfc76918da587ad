"""Classes a twenty-eighth independent corpus (automation-tool templates, non-native English, unfilled variables)
found.

- type.thank-you-only (en): AI-polished gratitude ('we wanted to take a moment to express our sincere thanks',
  'means more to us than words can say', 'every customer is at the heart of what we do', 'we are deeply grateful
  for ...', 'should you ever have ...', 'rest assured we are always here', 'it would be our pleasure to help',
  'With heartfelt gratitude,' as a sign-off), the non-native 'If any problem please contact us first we will solve
  for you', and a greeting with an unfilled variable ('Hi {first_name},', also de/fr/es/it/pt);
- type.order-confirmation (en): the order ID between 'order' and the verb ('your order 113-... has been received
  and is being processed'), 'we have finished processing your order', 'your order ... is now complete';
- type.marketing (en, de, fr, es, it): the shop saved for later ('add us to your favourite sellers', 'bookmark our
  storefront', 'ajoutez-nous à vos favoris', 'añádenos a tus favoritos', 'aggiungici ai preferiti', 'fügen Sie uns
  zu Ihren Favoriten hinzu');
- review.incentive (en): 'free' as 'not busy' ('when you are free', 'in your free time') is no gift;
- review.removal-request (en): a low star rating as the object ('kindly modify the 2 star');
- order-problem.no-adjustment (en, fr, es, it): a first-person promise ('we will process the refund', 'nous vous
  rembourserons', 'le reembolsaremos', 'la rimborseremo') is no confirmation that the amount was adjusted; 'zero
  units in stock' is a stock-out.

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, hits, make_ctx


def _fires(rule_id: str, body: str, subject: str = f"Order {OID}", **kw: object) -> bool:
    return bool(hits(rule_id, make_ctx(body, subject, **kw)))  # type: ignore[arg-type]


THANKS = "type.thank-you-only"

THANKS_ONLY = [
    f"Dear Valued Customer,\n\nWe would like to take this opportunity to express our sincere thanks for order {OID}. "
    "Your support means more than words can say.\n\nWith heartfelt gratitude,\nThe Lumen Team",
    f"Hello,\n\nThank you for order {OID}. At Fernhill Goods, our customers are at the heart of what we do, and "
    "your satisfaction is our top priority.\n\nRest assured that we are always here for you.\n\nFernhill Goods",
    f"Dear customer,\n\nWe are sincerely grateful for your trust in order {OID}. Should you ever need any help, "
    "please know that our team is always available.\n\nIn gratitude,\nOakline",
    f"Dear friend,\n\nThanks for your order {OID}! If have any problem please contact us, we will try our best to "
    "solve it.\n\nBest regards\nJinyu Store",
    f"Hi {{{{ customer.first_name }}}},\n\nThank you for order {OID}! It would be our pleasure to help with "
    "anything.\n\nCheers,\nTeam",
    f"Hallo {{first_name}},\n\nvielen Dank für Ihre Bestellung {OID}!\n\nViele Grüße\nShop",
]

NOT_ONLY_THANKS = [
    f"Dear Valued Customer,\n\nWe would like to take this opportunity to express our thanks for order {OID}. "
    "Please note the lamp needs an E27 bulb, which is not included.\n\nWith heartfelt gratitude,\nLumen",
    f"Dear friend,\n\nThanks for your order {OID}! If any problem with the zipper, please contact us first. The "
    "zipper must be closed before washing.\n\nBest regards\nJinyu Store",
    f"Hi {{first_name}},\n\nThank you for order {OID}. Before first use, charge the speaker for 4 hours.\n\nTeam",
]


@pytest.mark.parametrize("body", THANKS_ONLY)
def test_polished_non_native_and_templated_thanks_only_fire(body: str) -> None:
    assert _fires(THANKS, body)


@pytest.mark.parametrize("body", NOT_ONLY_THANKS)
def test_thanks_with_an_instruction_stays_clean(body: str) -> None:
    assert not _fires(THANKS, body)


CONFIRM = "type.order-confirmation"


@pytest.mark.parametrize(
    ("expected", "body"),
    [
        (True, f"Hello,\n\nYour order {OID} has been received and is being processed.\n\nStore"),
        (True, f"Hi,\n\nGood news: order {OID} is now being packed at our warehouse.\n\nStore"),
        (True, f"Hi,\n\nWe have completed processing your order {OID}.\n\nStore"),
        (True, f"Hi,\n\nYour order {OID} is now complete. Thanks for shopping!\n\nStore"),
        # near misses: a question, an engraving proof, a delay
        (False, f"Hi,\n\nYour order {OID} has been received. Which engraving font would you like?\n\nStore"),
        (
            False,
            f"Hi,\n\nYour order {OID} is being processed, but the dispatch is delayed to Monday.\n\nStore",
        ),
        (
            False,
            f"Hi,\n\nOnce the order {OID} is complete we ship it by DPD. Please tell us your door code.\n\nStore",
        ),
    ],
)
def test_shop_system_confirmations(expected: bool, body: str) -> None:
    assert _fires(CONFIRM, body) is expected


MARKETING = "type.marketing"


@pytest.mark.parametrize(
    ("expected", "body"),
    [
        (
            True,
            f"Hi,\n\nOrder {OID}: charge the torch fully first. Save us to your favourites for new gear!\n\nShop",
        ),
        (True, f"Hi,\n\nOrder {OID}: charge the torch fully first. Do bookmark our storefront.\n\nShop"),
        (
            True,
            f"Hallo,\n\nBestellung {OID}: Akku erst voll laden. Speichern Sie unseren Shop als Favorit!\n\nShop",
        ),
        (
            True,
            f"Bonjour,\n\nCommande {OID} : chargez la lampe. Ajoutez notre boutique à vos favoris !\n\nShop",
        ),
        (
            True,
            f"Hola,\n\nPedido {OID}: cargue la linterna. ¡Añada nuestra tienda a sus favoritos!\n\nTienda",
        ),
        (
            True,
            f"Ciao,\n\nOrdine {OID}: carichi la torcia. Aggiunga il nostro negozio ai preferiti!\n\nNegozio",
        ),
        # near misses: the buyer's own favourites, a bookmark in the manual
        (False, f"Hi,\n\nOrder {OID}: the torch you added to your favourites is the 900 lm model.\n\nShop"),
        (False, f"Hi,\n\nOrder {OID}: bookmark page 4 of the manual, it has the charging table.\n\nShop"),
        (
            False,
            f"Hi,\n\nOrder {OID}: to send it back, follow the store's return steps in Your Orders.\n\nShop",
        ),
    ],
)
def test_shop_saved_as_favourite_is_marketing(expected: bool, body: str) -> None:
    assert _fires(MARKETING, body) is expected


INCENTIVE = "review.incentive"


@pytest.mark.parametrize(
    ("expected", "body"),
    [
        (False, f"Hi,\n\nWhen you're free, could you review the kettle from order {OID} on Amazon?\n\nShop"),
        (False, f"Hi,\n\nPlease write a review in your free time for order {OID}, thank you!\n\nShop"),
        (False, f"Hi,\n\nIf you are free this week, please rate the kettle (order {OID}) on Amazon.\n\nShop"),
        (True, f"Hi,\n\nLeave a review of the kettle from order {OID} and get a free descaler.\n\nShop"),
        (True, f"Hi,\n\nWrite a review for order {OID} and your next filter is free.\n\nShop"),
    ],
)
def test_free_as_not_busy_is_no_benefit(expected: bool, body: str) -> None:
    assert _fires(INCENTIVE, body) is expected


REMOVAL = "review.removal-request"


@pytest.mark.parametrize(
    ("expected", "body"),
    [
        (
            True,
            f"Dear friend,\n\nWe sent a new charger for order {OID}. Could you kindly change the 2 star?\n\nShop",
        ),
        (True, f"Hello,\n\nNow the fan works (order {OID}), we hope you can update your one-star.\n\nShop"),
        # near misses: a setting, a level
        (False, f"Hi,\n\nFor order {OID}: change the 3 star setting on the dial to the 4 star one.\n\nShop"),
        (False, f"Hi,\n\nOrder {OID}: to remove the 2 stars printed on the lid, use a damp cloth.\n\nShop"),
    ],
)
def test_low_star_rating_as_object(expected: bool, body: str) -> None:
    assert _fires(REMOVAL, body) is expected


NO_ADJ = "order-problem.no-adjustment"


@pytest.mark.parametrize(
    ("expected", "body"),
    [
        (True, f"Hello,\n\nThe lamp in order {OID} is out of stock. We will refund you shortly.\n\nShop"),
        (
            True,
            f"Hello,\n\nThe lamp in order {OID} is out of stock. We'll process your refund this week.\n\nShop",
        ),
        (True, f"Hello,\n\nWe have zero units in stock of the lamp in order {OID}. Sorry!\n\nShop"),
        (
            True,
            f"Bonjour,\n\nLa lampe de la commande {OID} est en rupture de stock. Nous vous rembourserons.\n\nShop",
        ),
        (True, f"Hola,\n\nLa lámpara del pedido {OID} está agotada. Le reembolsaremos pronto.\n\nTienda"),
        (True, f"Ciao,\n\nLa lampada dell'ordine {OID} è esaurita. La rimborseremo presto.\n\nNegozio"),
        # near misses: the refund done or under way
        (
            False,
            f"Hello,\n\nThe lamp in order {OID} is out of stock. We have refunded the full amount.\n\nShop",
        ),
        (
            False,
            f"Hello,\n\nThe lamp in order {OID} is out of stock; we are refunding you in full today.\n\nShop",
        ),
        (
            False,
            f"Bonjour,\n\nLa lampe de la commande {OID} est en rupture de stock. Nous vous avons remboursé.\n\nShop",
        ),
    ],
)
def test_promised_refund_is_no_confirmation(expected: bool, body: str) -> None:
    assert _fires(NO_ADJ, body) is expected
