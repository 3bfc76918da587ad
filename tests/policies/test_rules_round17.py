"""Classes a seventeenth independent corpus (long messages and paraphrase, section C heuristics) found.

- review.incentive, paraphrased rewards: "a token of appreciation", "ein Zeichen unserer Wertschätzung",
  "un petit geste de notre part", "una muestra de agradecimiento", "un piccolo gesto", 「感謝の印」; a review
  in other words: "kind words online", "your stars on Amazon", "vos gentils mots en ligne";
- review.incentive, a negated refusal is no negation: "we wouldn't say no to a glowing review", "wir hätten
  nichts gegen eine positive Bewertung", "nous ne serions pas contre", "no nos vendría mal", "non ci
  dispiacerebbe"; a real negation ("we do not ask for five stars") still negates;
- review.incentive, a benefit given to "everyone who writes one" / "chaque client qui en laisse un" points back
  to the message's review request however far away it stands (no request: nothing to tie);
- review.incentive precision: a remedy (free replacement part, refund of what arrived broken) next to thanks for
  the buyer's feedback or feedback passed to the factory rewards no review; "five-star hotel", "hôtel 5
  étoiles", "5つ星ホテル" name a quality, not a rating;
- review.incentive: reviewers as a group rewarded ("Reviewers are entered into a draw", "les auteurs d'avis
  reçoivent"); review.removal-request: "those two stars could turn into something brighter?", "a fresh look at
  what you wrote about us";
- order-problem.*: "sold out before we could pack it" is a stock-out, not a delay (en, fr, es, it);
- type.marketing: a matching product back in stock, "customers who bought this often pick up ... too";
- review.conditional: "if you like," without an object is a courtesy ("if you wish");
- type.thank-you-only: "we are a small family business", "every order makes us happy", "just send us a
  message" are warmth (six languages); a thank-you followed by a statement after a spaced dash ("Thanks for
  your order - please note ...") is judged part by part.

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, hits, make_ctx

INC = "review.incentive"
COND = "review.conditional"
THANKS = "type.thank-you-only"


def _fires(rule_id: str, body: str, **kw: object) -> bool:
    return bool(hits(rule_id, make_ctx(body, **kw)))  # type: ignore[arg-type]


# --- paraphrased rewards and reviews ----------------------------------------------------------------

PARAPHRASED_REWARDS = [
    f"Hi,\n\nOrder {OID}: when your lovely words are online, a small token of our gratitude will follow.\n\nTeam",
    f"Hello,\n\nOrder {OID}. Share your stars on Amazon and a little thank-you will come your way.\n\nBest,\nShop",
    f"Guten Tag,\n\nBestellung {OID}: Für Ihre Bewertung auf Amazon erhalten Sie ein kleines Zeichen unserer "
    "Wertschätzung.\n\nMit freundlichen Grüßen\nShop",
    f"Bonjour,\n\nCommande {OID} : dès que vos gentils mots sont en ligne, un petit geste de notre part vous "
    "attend.\n\nCordialement,\nAtelier",
    f"Hola:\n\nPedido {OID}. Por su reseña en Amazon le enviaremos una pequeña muestra de agradecimiento.\n\n"
    "Saludos,\nTienda",
    f"Buongiorno,\n\nordine {OID}: per la sua recensione su Amazon riceverà un piccolo gesto di gratitudine.\n\n"
    "Saluti,\nNegozio",
    f"お客様\n\nご注文番号 {OID} について、レビューをご投稿いただいた方には感謝の印をお送りします。\n\nショップ",
]


@pytest.mark.parametrize("body", PARAPHRASED_REWARDS)
def test_paraphrased_reward_for_a_review_fires(body: str) -> None:
    assert _fires(INC, body)


NEGATED_REFUSALS = [
    f"Hi,\n\nOrder {OID}: honestly, we'd never turn down a five-star rating on Amazon.\n\nBest,\nShop",
    f"Hi,\n\nOrder {OID}. It wouldn't hurt to leave a glowing review if you have time.\n\nShop",
    f"Hallo,\n\nBestellung {OID}: Wir hätten nichts gegen eine positive Bewertung auf Amazon.\n\nGrüße",
    f"Bonjour,\n\nCommande {OID} : nous ne serions pas contre un avis positif sur Amazon.\n\nL'équipe",
    f"Hola:\n\nPedido {OID}: no nos vendría mal una reseña de 5 estrellas.\n\nSaludos",
    f"Buongiorno,\n\nordine {OID}: non ci dispiacerebbe una recensione positiva su Amazon.\n\nSaluti",
]


@pytest.mark.parametrize("body", NEGATED_REFUSALS)
def test_negated_refusal_still_steers(body: str) -> None:
    assert _fires(INC, body)


REAL_NEGATIONS = [
    f"Hi,\n\nOrder {OID}: we never ask for a five-star rating, only an honest review on Amazon.\n\nShop",
    f"Hallo,\n\nBestellung {OID}: Wir bitten nicht um eine positive Bewertung, nur um Ihre ehrliche Meinung.\n\nGrüße",
    f"Bonjour,\n\nCommande {OID} : nous ne demandons pas un avis positif, seulement un avis sincère.\n\nL'équipe",
    f"Hola:\n\nPedido {OID}: no pedimos una reseña de 5 estrellas, solo una opinión sincera.\n\nSaludos",
]


@pytest.mark.parametrize("body", REAL_NEGATIONS)
def test_real_negation_still_negates(body: str) -> None:
    assert not _fires(INC, body)


# --- "everyone who writes one": a benefit tied to a far review request ------------------------------------

ANAPHORIC = [
    f"Hi,\n\nOrder {OID}: please review the lamp on Amazon when you can.\n\nUse 40 W bulbs at most.\n\nDust the "
    "shade with a dry brush.\n\nAnyone who does gets a voucher for their next order.\n\nBest,\nLights",
    f"Hallo,\n\nBestellung {OID}: Bitte schreiben Sie eine Bewertung auf Amazon.\n\nDie Lampe nur trocken "
    "abstauben.\n\nWer eine verfasst, erhält einen Gutschein.\n\nGrüße",
    f"Bonjour,\n\nCommande {OID} : laissez-nous un avis sur Amazon.\n\nDépoussiérez l'abat-jour à sec.\n\nTous "
    "ceux qui en laissent un reçoivent une réduction.\n\nL'atelier",
    f"Hola:\n\nPedido {OID}: déjenos una reseña en Amazon.\n\nLimpie la pantalla en seco.\n\nQuienes la escriban "
    "recibirán un regalo.\n\nSaludos",
    f"Buongiorno,\n\nordine {OID}: ci lasci una recensione su Amazon.\n\nPulire il paralume a secco.\n\nChi ne "
    "scrive una riceve un buono sconto.\n\nSaluti",
    f"お客様\n\nご注文番号 {OID} について、Amazonでレビューをお願いいたします。\n\nお手入れは乾拭きのみです。\n\n"
    "ご投稿いただいたお客様には粗品を進呈いたします。\n\nショップ",
]


@pytest.mark.parametrize("body", ANAPHORIC)
def test_benefit_to_whoever_writes_one_is_tied_to_the_request(body: str) -> None:
    assert _fires(INC, body)


ANAPHOR_WITHOUT_REQUEST = [
    # no review request in the message: "anyone who does" has nothing to point back to
    f"Hi,\n\nOrder {OID}: the lamp needs a 40 W bulb.\n\nSome customers register the warranty online. Anyone who "
    "does gets a free extra year of cover from the maker.\n\nBest,\nLights",
    # a review request, but the doer does something else
    f"Hi,\n\nOrder {OID}: feel free to review the lamp on Amazon, whatever you think.\n\nUse 40 W bulbs at most."
    "\n\nEveryone who registers the lamp with the maker gets a free extra year of warranty.\n\nBest,\nLights",
]


@pytest.mark.parametrize("body", ANAPHOR_WITHOUT_REQUEST)
def test_doer_without_a_review_request_ties_nothing(body: str) -> None:
    assert not _fires(INC, body)


# --- remedies and product names ---------------------------------------------------------------------

REMEDIES = [
    f"Hi,\n\nOrder {OID}: thank you for your feedback, we will send you a free replacement hinge tomorrow.\n\nShop",
    f"Hi,\n\nOrder {OID}: your feedback on the seam has been passed on to the factory, and the free replacement "
    "is on its way.\n\nShop",
    f"Hallo,\n\nBestellung {OID}: Danke für Ihre Rückmeldung, wir schicken Ihnen kostenlos ein neues Scharnier.\n\n"
    "Grüße",
    f"Bonjour,\n\nCommande {OID} : votre remarque a été transmise au fabricant ; la charnière de rechange vous est "
    "envoyée gratuitement.\n\nL'atelier",
    f"Hola:\n\nPedido {OID}: gracias por su opinión; le mandamos gratis una bisagra de repuesto.\n\nSaludos",
    f"Buongiorno,\n\nordine {OID}: il suo feedback è stato inoltrato al produttore e la cerniera di ricambio "
    "gratuita è in arrivo.\n\nSaluti",
    f"お客様\n\nご注文番号 {OID} の件、ご指摘はメーカーに共有いたしました。無償で交換部品をお送りします。\n\nショップ",
]


@pytest.mark.parametrize("body", REMEDIES)
def test_remedy_next_to_handled_feedback_is_no_incentive(body: str) -> None:
    assert not _fires(INC, body, reply=True)


REWARDS_AFTER_THANKS = [
    f"Hi,\n\nOrder {OID}: thanks for your review, we will send you a $10 gift card.\n\nShop",
    f"Hi,\n\nOrder {OID}: leave a review and we will send you a free replacement filter.\n\nShop",
    f"Hi,\n\nOrder {OID}: thanks for your 5-star review, a free spare part comes as a thank-you.\n\nShop",
]


@pytest.mark.parametrize("body", REWARDS_AFTER_THANKS)
def test_reward_for_a_review_still_fires_next_to_thanks(body: str) -> None:
    assert _fires(INC, body)


STAR_PRODUCTS = [
    f"Hi,\n\nOrder {OID}: your five-star hotel bedding set ships with the free storage bag you chose.\n\nShop",
    f"Hallo,\n\nBestellung {OID}: Ihre Handtücher in 5-Sterne-Hotelqualität kommen mit der kostenlosen Tasche.\n\n"
    "Grüße",
    f"Bonjour,\n\nCommande {OID} : votre linge qualité hôtel 5 étoiles part avec la housse offerte.\n\nL'atelier",
    f"Hola:\n\nPedido {OID}: sus toallas de hotel de 5 estrellas llevan la bolsa gratis que eligió.\n\nSaludos",
    f"Buongiorno,\n\nordine {OID}: gli asciugamani da hotel a 5 stelle arrivano con la borsa gratuita.\n\nSaluti",
    f"お客様\n\nご注文番号 {OID} の5つ星ホテル仕様のタオルに、無料の収納袋をお付けしました。\n\nショップ",
]


@pytest.mark.parametrize("body", STAR_PRODUCTS)
def test_five_star_as_a_quality_is_no_rating(body: str) -> None:
    assert not _fires(INC, body)


STARS_AS_RATING = [
    f"Hi,\n\nOrder {OID}: five stars on Amazon would make our week!\n\nShop",
    f"Bonjour,\n\nCommande {OID} : un avis 5 étoiles nous ferait très plaisir.\n\nL'atelier",
    f"お客様\n\nご注文番号 {OID} について、5つ星のレビューをお願いいたします。\n\nショップ",
]


@pytest.mark.parametrize("body", STARS_AS_RATING)
def test_five_stars_as_a_rating_still_steers(body: str) -> None:
    assert _fires(INC, body)


# --- "if you like," ------------------------------------------------------------------------------------

def test_if_you_like_comma_is_a_courtesy() -> None:
    assert not _fires(COND, f"Hi,\n\nOrder {OID}: if you like, write a review on Amazon, good or bad.\n\nShop")
    assert not _fires(COND, f"Hi,\n\nOrder {OID}: you can, if you like, leave a review on Amazon.\n\nShop")
    assert _fires(COND, f"Hi,\n\nOrder {OID}: if you like it, leave a review on Amazon.\n\nShop")


# --- thank-you-only ----------------------------------------------------------------------------------

THANKS_ONLY = [
    f"Hi,\n\nThanks so much for order {OID}!\n\nWe're a small independent shop based in Bristol, and every order "
    "makes us happy.\n\nAny questions? Just send us a message.\n\nCheers,\nJo",
    f"Hallo,\n\nherzlichen Dank für Ihre Bestellung {OID}.\n\nWir sind eine kleine Manufaktur aus Leipzig.\n\n"
    "Schreiben Sie uns einfach eine Nachricht, wenn Sie Fragen haben.\n\nViele Grüße\nTeam",
    f"Bonjour,\n\nMerci beaucoup pour votre commande {OID}.\n\nNous sommes un petit atelier familial et chaque "
    "commande nous rend heureux.\n\nCordialement,\nL'atelier",
    f"Hola:\n\nMuchas gracias por su pedido {OID}.\n\nSomos un pequeño taller familiar.\n\nSi tiene dudas, "
    "escríbanos un mensaje.\n\nSaludos,\nTaller",
    f"Buongiorno,\n\ngrazie mille per il suo ordine {OID}.\n\nSiamo una piccola bottega artigiana e ogni ordine "
    "ci fa davvero piacere.\n\nCordiali saluti,\nBottega",
    f"お客様\n\nご注文番号 {OID} のご注文、誠にありがとうございます。\n\n当店は個人経営の小さな工房です。\n\n"
    "ご不明な点がございましたら、お気軽にご連絡ください。\n\n工房",
    f"Hi,\n\nThank you so much for your order {OID} - we truly appreciate it!\n\nBest,\nShop",
]


@pytest.mark.parametrize("body", THANKS_ONLY)
def test_warm_self_description_is_still_thanks_only(body: str) -> None:
    assert _fires(THANKS, body)


THANKS_PLUS_INFORMATION = [
    f"Hi,\n\nThanks for your order {OID} - please note the adapter fits EU sockets only.\n\nBest,\nShop",
    "Hi,\n\nThank you for your patience - the missing screws were posted to you today.\n\nBest,\nShop",
    f"Bonjour,\n\nMerci pour votre commande {OID} – attention, l'adaptateur ne convient qu'aux prises "
    "européennes.\n\nL'atelier",
    f"Buongiorno,\n\ngrazie per il suo ordine {OID} – l'adattatore è adatto solo alle prese europee.\n\nSaluti",
    f"Hi,\n\nThanks for your order {OID}. We're a small family business, so the engraving takes three days; "
    "your mug ships on Thursday.\n\nBest,\nShop",
]


@pytest.mark.parametrize("body", THANKS_PLUS_INFORMATION)
def test_thanks_then_a_statement_is_not_thanks_only(body: str) -> None:
    assert not _fires(THANKS, body)


# --- reviewers as a group, and indirect update requests ---------------------------------------------

REVIEWERS_REWARDED = [
    f"Hi,\n\nOrder {OID}: descale the kettle monthly.\n\nReviewers are entered into our summer prize draw.\n\nShop",
    f"Hallo,\n\nBestellung {OID}: Bewerter erhalten einen Gutschein über 5 Euro.\n\nGrüße",
    f"Bonjour,\n\nCommande {OID} : les auteurs d'avis participent à notre tirage au sort.\n\nL'atelier",
    f"Hola:\n\nPedido {OID}: los autores de reseñas reciben un regalo.\n\nSaludos",
    f"Buongiorno,\n\nordine {OID}: i recensori ricevono un buono sconto.\n\nSaluti",
]


@pytest.mark.parametrize("body", REVIEWERS_REWARDED)
def test_reviewers_as_a_group_rewarded(body: str) -> None:
    assert _fires(INC, body)


UPDATE_REQUESTS = [
    f"Hi,\n\nOrder {OID}: the new hinge is on its way. Maybe those three stars could grow into a few more?\n\nShop",
    f"Hi,\n\nOrder {OID}: now that it works, your 1-star might become something friendlier?\n\nShop",
    f"Hi,\n\nOrder {OID}: could you take a fresh look at what you wrote about us on Amazon?\n\nShop",
]


@pytest.mark.parametrize("body", UPDATE_REQUESTS)
def test_indirect_update_request_fires(body: str) -> None:
    assert _fires("review.removal-request", body, reply=True)


NOT_UPDATE_REQUESTS = [
    f"Hi,\n\nOrder {OID}: the three-star difficulty puzzle could become easier with the hint sheet?\n\nShop",
    f"Hi,\n\nOrder {OID}: we had another look at what you wrote about the hinge and sent a new one.\n\nShop",
    f"Hi,\n\nOrder {OID}: could you take another look at what you wrote in the gift note? It is too long.\n\nShop",
]


@pytest.mark.parametrize("body", NOT_UPDATE_REQUESTS)
def test_star_compounds_and_our_own_look_are_no_update_request(body: str) -> None:
    assert not _fires("review.removal-request", body, reply=True)


STARS_ONLINE_REWARDED = [
    f"Hallo,\n\nBestellung {OID}: Über deine Sterne auf Amazon freuen wir uns, als Dankeschön gibt es ein Geschenk."
    "\n\nGrüße",
    f"Bonjour,\n\nCommande {OID} : quelques étoiles sur Amazon, et un petit cadeau vous attend en retour.\n\nL'atelier",
    f"Hola:\n\nPedido {OID}: si nos deja unas estrellas en Amazon, a cambio le enviamos un regalo.\n\nSaludos",
    f"Buongiorno,\n\nordine {OID}: qualche stella su Amazon e in cambio riceverà un omaggio.\n\nSaluti",
]


@pytest.mark.parametrize("body", STARS_ONLINE_REWARDED)
def test_stars_online_for_a_reward(body: str) -> None:
    assert _fires(INC, body)


@pytest.mark.parametrize("body", [
    f"Hallo,\n\nBestellung {OID}: Würden Sie nochmal einen Blick auf Ihre Rezension werfen, der Ersatz ist da?\n\nGrüße",
    f"Hola:\n\nPedido {OID}: ya está resuelto; ¿podría darle otro vistazo a su reseña?\n\nSaludos",
])
def test_another_look_at_your_review_de_es(body: str) -> None:
    assert _fires("review.removal-request", body, reply=True)


def test_our_own_look_at_the_review_is_no_request() -> None:
    body = f"Hallo,\n\nBestellung {OID}: Wir haben nochmal einen Blick auf Ihre Rezension geworfen und das Teil ersetzt.\n\nGrüße"
    assert not _fires("review.removal-request", body, reply=True)


# --- "sold out before we could pack it" is a stock-out, not a delay ---------------------------------------

SOLD_OUT_BEFORE = [
    f"Hi,\n\nOrder {OID}: the green teapot sold out before we were able to wrap yours. Please cancel the order in "
    "Your Orders.\n\nShop",
    f"Bonjour,\n\nCommande {OID} : la théière verte était en rupture de stock avant que nous puissions l'emballer. "
    "Merci d'annuler la commande depuis votre compte.\n\nL'atelier",
    f"Hola:\n\nPedido {OID}: la tetera verde se agotó antes de que pudiéramos envolverla. Por favor, cancele el "
    "pedido desde su cuenta.\n\nSaludos",
    f"Buongiorno,\n\nordine {OID}: la teiera verde è andata esaurita prima di riuscire a imballarla. La preghiamo "
    "di annullare l'ordine dal suo account.\n\nSaluti",
]


@pytest.mark.parametrize("body", SOLD_OUT_BEFORE)
def test_sold_out_before_we_could_is_a_stock_out(body: str) -> None:
    assert _fires("order-problem.cancellation-request", body)
    assert _fires("order-problem.no-adjustment", body)


def test_out_of_stock_before_a_date_stays_a_delay() -> None:
    body = f"Hi,\n\nOrder {OID}: the teapot is out of stock before the 20th; we will ship it on the 21st.\n\nShop"
    assert not _fires("order-problem.cancellation-request", body)
    assert not _fires("order-problem.no-adjustment", body)


# --- a matching product back in stock: cross-selling --------------------------------------------------

CROSS_SELL = [
    f"Hi,\n\nOrder {OID}: oil the board monthly. Our companion bread bin is finally back in stock!\n\nShop",
    f"Hi,\n\nOrder {OID}: oil the board monthly. People who ordered this board often grab our knife set as well."
    "\n\nShop",
    f"Hallo,\n\nBestellung {OID}: Brett monatlich ölen. Die dazu passende Brotbox ist ab sofort erhältlich.\n\nGrüße",
    f"Bonjour,\n\nCommande {OID} : huilez la planche chaque mois. La boîte à pain assortie est désormais disponible."
    "\n\nL'atelier",
    f"Hola:\n\nPedido {OID}: aceite la tabla cada mes. La panera a juego ya está disponible.\n\nSaludos",
    f"Buongiorno,\n\nordine {OID}: oliare il tagliere ogni mese. Il portapane abbinato è ora disponibile.\n\nSaluti",
    f"お客様\n\nご注文番号 {OID} のまな板は月に一度オイルを塗ってください。同じシリーズのパンケースが再入荷しました。\n\nショップ",
]


@pytest.mark.parametrize("body", CROSS_SELL)
def test_matching_product_available_is_marketing(body: str) -> None:
    assert _fires("type.marketing", body)


PART_OF_THE_ORDER = [
    f"Hi,\n\nOrder {OID}: the matching lid you ordered is back in stock, so the parcel ships complete on Monday."
    "\n\nShop",
    f"Hallo,\n\nBestellung {OID}: Der passende Deckel aus Ihrer Bestellung ist wieder lieferbar; Versand am Montag."
    "\n\nGrüße",
    f"Bonjour,\n\nCommande {OID} : le couvercle assorti de votre commande est de nouveau disponible ; envoi lundi."
    "\n\nL'atelier",
]


@pytest.mark.parametrize("body", PART_OF_THE_ORDER)
def test_matching_item_of_the_order_is_no_marketing(body: str) -> None:
    assert not _fires("type.marketing", body)


def test_pleasure_packing_and_wishing_many_are_warmth() -> None:
    warm = (f"Hi,\n\nThank you for order {OID}. It was a real pleasure wrapping your scarf. Wishing you many cosy "
            "winter walks!\n\nWarmly,\nShop")
    assert _fires(THANKS, warm)
    useful = (f"Hi,\n\nThanks for order {OID}. Wishing you many warm walks with the scarf - please wash it cold "
              "only.\n\nShop")
    assert not _fires(THANKS, useful)
