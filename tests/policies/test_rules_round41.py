"""Round 41 (corpus_fortyfirst): the review rules in English, German, French, Spanish, Italian, Japanese, Dutch.

The wordings a native seller uses that the rules missed:
- a review named by what the buyer thought, told on Amazon, with the product and its order reference in
  between ("a few words about the tins (order 201-…) on Amazon", "uw ervaring met de plank (bestelling …)
  op Amazon"): the paraphrase window fits them (en, de, fr, es, it, nl); "auf der Produktseite ein paar
  Sätze", "un petit mot sur Amazon", "qué le ha parecido … en Amazon", "come si trova … su Amazon",
  "un commento sul prodotto", 「使い心地をAmazonにてご投稿」, "valorarnos como vendedor";
- request cues: "jot down", reminders "whether you've found a spare moment to", "¿ha encontrado un hueco
  para…?", "se ha avuto modo di", "cada opinión marca la diferencia", and offers to the buyer's liking
  ("si le apetece", "wenn Sie mögen", "se le va", "if you fancy", "si le cœur vous en dit");
- gating with "melden Sie sich bitte vorab bei uns";
- a benefit as the consequence in a second clause ("…, dan doen we iets extra in het pakket", "…, dann
  legen wir … bei"); 「ちょっとしたおまけ」; and "Noch eine Kleinigkeit in eigener Sache:" is no gift.
Compliant near-misses with the same vocabulary stay clean.
"""

from __future__ import annotations

import pytest

from policies.rules.review import request_units
from tests.policies.plain_message import fires as _fires
from tests.policies.plain_message import plain_ctx as _ctx
from tests.policies.test_rules_messagetypes import OID

REQUESTS: list[tuple[bool, str, str]] = [
    (True, "co.uk", f"Would you jot down a few words about the kettle (order {OID}) on Amazon?"),
    (True, "co.uk", "Just wondering whether you've had a chance to share your thoughts on Amazon."),
    (True, "co.uk", "If you fancy it, a review on Amazon would be lovely."),
    (True, "de", f"Hätten Sie Lust, auf der Produktseite ein paar Sätze zum Wasserkocher (Bestellung {OID}) zu schreiben?"),
    (True, "de", "Wenn Sie mögen, können Sie den Wasserkocher auf Amazon bewerten."),
    (True, "fr", "Un petit mot sur Amazon nous ferait très plaisir."),
    (True, "es", "¿Ha tenido ocasión de contar en Amazon qué le ha parecido la lámpara?"),
    (True, "es", "Si le apetece, puede valorarnos como vendedor."),
    (True, "it", "Se ha avuto modo, ci racconti su Amazon come si trova con la lampada."),
    (True, "it", f"Ci piacerebbe leggere la sua opinione sulla lampada (ordine {OID}) su Amazon."),
    (True, "co.jp", "ご使用の使い心地をAmazonにてご投稿いただけますと幸いです。"),
    (True, "nl", f"Zou u uw ervaring met de waterkoker (bestelling {OID}) op Amazon willen delen?"),
    # the same vocabulary without a review
    (False, "co.uk", "Please jot down the serial number on the base and send it to us."),
    (False, "co.uk", "Have you had a chance to try the new filter yet?"),
    (False, "de", "Auf der Produktseite finden Sie ein paar Sätze zur Pflege der Kanne."),
    (False, "fr", "Un petit mot sur la livraison : le colis part demain."),
    (False, "es", "¿Qué le ha parecido la entrega? Cuéntenos si llegó bien."),
    (False, "es", "Si le apetece, le enviamos las instrucciones en PDF."),
    (False, "it", "Ci racconti come si trova con la lampada, così possiamo aiutarla."),
    (False, "co.jp", "Amazonのメッセージ機能からご連絡ください。"),
    (False, "nl", "Uw ervaring met de levering nemen we mee in ons overleg met de vervoerder."),
]


@pytest.mark.parametrize(("want", "tld", "body"), REQUESTS)
def test_review_requests_in_other_words(want: bool, tld: str, body: str) -> None:
    assert bool(request_units(_ctx(body, tld))) is want


INCENTIVES: list[tuple[bool, str, str]] = [
    (True, "nl", "Schrijft u een review op Amazon? Stuur ons een berichtje, dan krijgt u iets leuks bij uw volgende bestelling."),
    (True, "de", "Schreiben Sie eine Bewertung auf Amazon? Schicken Sie uns den Link, dann legen wir Ihrer nächsten Bestellung ein Geschenk bei."),
    (True, "co.jp", "レビューを書いていただいたお客様には、おまけをお付けします。"),
    (True, "it", "A chi lascia un commento sul prodotto su Amazon riserviamo un piccolo dono."),
    # no benefit in the consequence, or a gift with no review
    (False, "nl", "Schrijft u een review op Amazon? Heeft u vragen, dan helpen we u graag."),
    (False, "de", "Würden Sie uns eine Bewertung schreiben? Bei Fragen melden Sie sich, dann helfen wir gern."),
    (False, "co.jp", "おまけとして替えのパッキンを同梱しました。"),
    (False, "de", "Noch eine Kleinigkeit in eigener Sache: Über eine ehrliche Bewertung auf Amazon würden wir uns freuen."),
    (False, "de", "Noch eine Kleinigkeit: Über eine ehrliche Bewertung auf Amazon würden wir uns freuen."),
]


@pytest.mark.parametrize(("want", "tld", "body"), INCENTIVES)
def test_review_benefits(want: bool, tld: str, body: str) -> None:
    assert _fires("review.incentive", body, tld) is want


GATING: list[tuple[bool, str, str]] = [
    (True, "de", "Über Ihre Sterne auf Amazon freuen wir uns. Falls etwas nicht passt, melden Sie sich bitte vorab bei uns."),
    (True, "fr", "Un petit mot sur Amazon nous ferait plaisir. Au moindre souci, prévenez-nous avant tout."),
    # contact first, with no review anywhere
    (False, "de", "Melden Sie sich bitte vorab bei uns, wenn Sie eine Lieferung am Samstag wünschen."),
    (False, "fr", "Un petit mot sur la livraison : prévenez-nous avant tout si vous êtes absent."),
]


@pytest.mark.parametrize(("want", "tld", "body"), GATING)
def test_review_gating(want: bool, tld: str, body: str) -> None:
    assert _fires("review.conditional", body, tld) is want
