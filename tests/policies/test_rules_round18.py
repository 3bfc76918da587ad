"""Classes an eighteenth independent corpus (precision: compliant messages a naive filter would block) found.

- type.order-confirmation: a parcel held at customs is an issue being resolved, not a dispatch notice ("left our
  warehouse ... now held by customs", "beim Zoll festgehalten", "retenu en douane", "retenido en aduanas",
  "fermo in dogana", 「税関で保留」);
- type.marketing: a sale named as the cause of a delay ("due to the Prime Day sale", "wegen des
  Sommerschlussverkaufs", "en raison des soldes", "debido a las rebajas", "a causa dei saldi", 「セール期間中の
  ご注文集中により」) announces no sale;
- negation: a cue named as a topic and then denied ("About the newsletter: we don't have one", "Zum Newsletter:
  Wir haben keinen", "Concernant la newsletter : nous n'en avons pas", ...) promotes nothing;
- type.thank-you-only: "we are so glad it found a good home with you", "wishing you a relaxing weekend" are warmth;
- order-problem.no-adjustment: a carrier that cannot deliver ("If DPD cannot deliver it", "si Correos no puede
  entregar el paquete") is a missed delivery, not a stock-out (German, French and Italian did not read it as one);
- review.incentive: the warranty named first ("get their warranty extended", "votre garantie est prolongée", "su
  garantía se amplía", "la garanzia viene estesa");
- review.conditional: a review as "a few lines on its Amazon page" ("quelques lignes sur sa page Amazon", "ein paar
  Zeilen auf seiner Amazon-Seite", "unas líneas en su página de Amazon", "qualche riga sulla sua pagina Amazon"),
  and "if it lives up to its promise" / "s'il tient ses promesses" as the condition;
- review.removal-request: the solution carried into the existing review ("reflect that in your review",
  "reflejarlo en su opinión", "le refléter dans votre avis", "das in Ihrer Bewertung widerspiegeln", "rifletterlo
  nella sua recensione", 「レビューに反映」);
- content.sensitive (French): "à la con", "bande de cons".

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, hits, make_ctx


def _fires(rule_id: str, body: str, **kw: object) -> bool:
    return bool(hits(rule_id, make_ctx(body, **kw)))  # type: ignore[arg-type]


# --- type.order-confirmation: a customs hold is another purpose -------------------------------------------

CUSTOMS_HOLDS = [
    f"Hello,\n\nThe lamp from order {OID} left our warehouse on Monday, and the parcel is now being held at "
    "customs in Coventry until the import paperwork is checked. We have sent the documents to the carrier.\n\n"
    "Best regards,\nShop",
    f"Guten Tag,\n\nIhre Bestellung {OID} wurde bereits versandt, die Sendung wird aber derzeit beim Zoll in "
    "Frankfurt festgehalten. Wir haben die Unterlagen nachgereicht.\n\nViele Grüße\nShop",
    f"Bonjour,\n\nVotre commande {OID} a été expédiée lundi, mais le colis est retenu en douane à Roissy. Nous "
    "avons transmis les documents au transporteur.\n\nCordialement,\nBoutique",
    f"Hola:\n\nSu pedido {OID} ha salido de nuestro almacén el lunes, pero el paquete está retenido en la aduana "
    "de Madrid. Ya hemos enviado los documentos al transportista.\n\nUn saludo,\nTienda",
    f"Buongiorno,\n\nil suo ordine {OID} è stato spedito lunedì, ma il pacco è fermo in dogana a Milano. Abbiamo "
    "già inviato i documenti al corriere.\n\nCordiali saluti,\nNegozio",
    f"お客様\n\nご注文番号 {OID} の商品は月曜日に発送いたしましたが、現在、税関で保留となっております。"
    "必要書類は当店から配送業者へ提出済みです。\n\nショップ",
]


@pytest.mark.parametrize("body", CUSTOMS_HOLDS)
def test_parcel_held_at_customs_is_no_dispatch_confirmation(body: str) -> None:
    assert not _fires("type.order-confirmation", body)


def test_dispatch_notice_with_a_customs_remark_still_confirms() -> None:
    body = (f"Hello,\n\nYour order {OID} has been shipped today. Tracking number: 1Z999AA10123456784. All customs "
            "charges are prepaid.\n\nBest,\nShop")
    assert _fires("type.order-confirmation", body)


# --- type.marketing: a sale as the cause of a delay; a denied cue ------------------------------------------

SALE_AS_CAUSE = [
    f"Hello,\n\nDue to the Prime Day sale, parcels for order {OID} and others leave our warehouse two days later "
    "than usual. We now expect to ship yours on Thursday.\n\nBest,\nShop",
    f"Hi,\n\nThe huge volume of orders during the Black Friday deals means order {OID} ships on Monday instead of "
    "Friday.\n\nKind regards,\nShop",
    f"Guten Tag,\n\nwegen des Sommerschlussverkaufs verzögert sich der Versand Ihrer Bestellung {OID} um zwei "
    "Tage.\n\nViele Grüße\nShop",
    f"Bonjour,\n\nen raison des soldes, l'expédition de votre commande {OID} est retardée de deux jours.\n\n"
    "Cordialement,\nBoutique",
    f"Hola:\n\ndebido a las rebajas, el envío de su pedido {OID} se retrasa dos días.\n\nUn saludo,\nTienda",
    f"Buongiorno,\n\na causa dei saldi la spedizione del suo ordine {OID} è in ritardo di due giorni.\n\n"
    "Cordiali saluti,\nNegozio",
    f"お客様\n\nご注文番号 {OID} につきまして、年末セール期間中のご注文集中により、発送が2日ほど遅れております。\n\nショップ",
]


@pytest.mark.parametrize("body", SALE_AS_CAUSE)
def test_sale_named_as_the_cause_of_a_delay_is_no_promotion(body: str) -> None:
    assert not _fires("type.marketing", body)


SALES_ANNOUNCED = [
    f"Hello,\n\nThanks for order {OID}. Our summer sale starts on Friday with new colours.\n\nBest,\nShop",
    f"Guten Tag,\n\nzu Ihrer Bestellung {OID}: Unser Sommerschlussverkauf beginnt am Freitag.\n\nViele Grüße\nShop",
    f"Bonjour,\n\nmerci pour la commande {OID}. Les soldes commencent demain dans notre boutique !\n\nBoutique",
    f"Hola:\n\ngracias por su pedido {OID}. ¡Las rebajas empiezan mañana en nuestra tienda!\n\nTienda",
    f"Buongiorno,\n\ngrazie per l'ordine {OID}. I saldi iniziano domani nel nostro negozio!\n\nNegozio",
    f"お客様\n\nご注文番号 {OID} ありがとうございます。ただいま年末セールを開催中です。\n\nショップ",
]


@pytest.mark.parametrize("body", SALES_ANNOUNCED)
def test_sale_announced_is_still_marketing(body: str) -> None:
    assert _fires("type.marketing", body)


DENIED_CUES = [
    f"Hello,\n\nThe spare filter for order {OID} goes out today. About the newsletter: we don't have one, so "
    "nobody will write to you about offers.\n\nBest,\nShop",
    f"Hi,\n\nOrder {OID}: the lid is dishwasher-safe. Discount codes, there aren't any on our side; the price "
    "you paid is the price.\n\nBest,\nShop",
    f"Guten Tag,\n\nder Ersatzfilter zu Ihrer Bestellung {OID} geht heute raus. Zum Newsletter: Wir haben keinen, "
    "niemand schreibt Ihnen wegen Angeboten.\n\nViele Grüße\nShop",
    f"Bonjour,\n\nle filtre de rechange de votre commande {OID} part aujourd'hui. Concernant la newsletter : nous "
    "n'en avons pas, personne ne vous écrira pour des offres.\n\nCordialement,\nBoutique",
    f"Hola:\n\nel filtro de recambio de su pedido {OID} sale hoy. Sobre el boletín: no tenemos ninguno, nadie le "
    "escribirá con ofertas.\n\nUn saludo,\nTienda",
    f"Buongiorno,\n\nil filtro di ricambio del suo ordine {OID} parte oggi. Quanto alla newsletter: non ne abbiamo, "
    "nessuno le scriverà per offerte.\n\nCordiali saluti,\nNegozio",
]


@pytest.mark.parametrize("body", DENIED_CUES)
def test_cue_named_then_denied_promotes_nothing(body: str) -> None:
    assert not _fires("type.marketing", body, reply=True)


NOT_DENIED = [
    f"Hello,\n\nOrder {OID} is packed. Newsletter: there is no better way to hear about our deals, sign up "
    "today.\n\nBest,\nShop",
    f"Hola:\n\nsu pedido {OID} está listo. Rebajas: no hay mejor momento para comprar, ¡20 % en todo!\n\nTienda",
]


@pytest.mark.parametrize("body", NOT_DENIED)
def test_a_following_no_that_denies_nothing_keeps_the_cue(body: str) -> None:
    assert _fires("type.marketing", body, reply=True)


# --- type.thank-you-only: warmth about the order's new home ----------------------------------------------

def test_glad_it_found_a_home_and_a_relaxing_weekend_are_warmth() -> None:
    body = (f"Hello,\n\nThank you for picking our teapot (order {OID}). We're so glad it found a good home with "
            "you.\n\nWishing you a relaxing weekend,\nThe Teapot Corner team")
    assert _fires("type.thank-you-only", body)


def test_glad_then_information_is_not_thanks_only() -> None:
    body = (f"Hello,\n\nThank you for order {OID}. We're so glad it is going to you. Please note that the teapot "
            "must not go on an induction hob.\n\nBest,\nShop")
    assert not _fires("type.thank-you-only", body)


# --- order-problem.no-adjustment: a carrier that cannot deliver --------------------------------------------

CARRIER_CANNOT_DELIVER = [
    f"Hello,\n\nYour rug from order {OID} is booked with DPD for Tuesday. If DPD cannot deliver it, they will "
    "leave it at the parcel shop on the high street.\n\nBest,\nShop",
    f"Hello,\n\nYour rug from order {OID} arrives on Tuesday. If the courier can't deliver it, it goes to the "
    "local depot for a week.\n\nBest,\nShop",
    f"Hola:\n\nsu alfombra del pedido {OID} llega el martes. Si Correos no puede entregar el paquete, lo dejará en "
    "la oficina.\n\nUn saludo,\nTienda",
    f"Hola:\n\nsu alfombra del pedido {OID} llega el martes. Si el repartidor no puede entregar el paquete, lo "
    "dejará en la oficina.\n\nUn saludo,\nTienda",
]


@pytest.mark.parametrize("body", CARRIER_CANNOT_DELIVER)
def test_carrier_that_cannot_deliver_is_no_stock_problem(body: str) -> None:
    assert not _fires("order-problem.no-adjustment", body)


def test_seller_that_cannot_ship_is_still_a_stock_problem() -> None:
    body = (f"Hello,\n\nWe cannot ship the rug from order {OID}: it is out of stock and will not be made again.\n\n"
            "Sorry,\nShop")
    assert _fires("order-problem.no-adjustment", body)


# --- review.incentive: the warranty named first -------------------------------------------------------------

WARRANTY_FOR_REVIEW = [
    f"Hi,\n\nOrder {OID}: buyers who post a review on Amazon have their warranty extended by a full year.\n\nShop",
    f"Bonjour,\n\ncommande {OID} : pour tout avis publié sur Amazon, votre garantie est prolongée d'un an.\n\n"
    "Boutique",
    f"Hola:\n\npedido {OID}: si deja una reseña en Amazon, su garantía se amplía a tres años.\n\nTienda",
    f"Buongiorno,\n\nordine {OID}: con una recensione su Amazon la sua garanzia viene estesa di un anno.\n\n"
    "Negozio",
    f"Buongiorno,\n\nordine {OID}: per ogni recensione su Amazon offriamo l'estensione della garanzia.\n\nNegozio",
]


@pytest.mark.parametrize("body", WARRANTY_FOR_REVIEW)
def test_longer_warranty_for_a_review_is_an_incentive(body: str) -> None:
    assert _fires("review.incentive", body)


def test_warranty_extension_in_its_own_sentence_rewards_no_review() -> None:
    body = (f"Hi,\n\nOrder {OID}: the warranty can be extended to five years by registering with the "
            "manufacturer. If you have a moment, we would welcome an honest review on Amazon.\n\nShop")
    assert not _fires("review.incentive", body)


# --- review.conditional: a review in other words, a promise kept as the condition -------------------------

GATED_PARAPHRASES = [
    f"Hi,\n\nOrder {OID}: if the kettle lives up to its promise, a few lines from you on its Amazon page would "
    "mean a lot. If it lets you down, please write to us first.\n\nShop",
    f"Bonjour,\n\ncommande {OID} : si la bouilloire tient ses promesses, deux lignes sur sa page Amazon nous "
    "aideraient. Si elle vous déçoit, contactez-nous d'abord.\n\nBoutique",
    f"Guten Tag,\n\nBestellung {OID}: Wenn der Wasserkocher hält, was er verspricht, freuen wir uns über ein paar "
    "Zeilen auf seiner Amazon-Seite. Falls nicht, schreiben Sie uns bitte zuerst.\n\nShop",
    f"Hola:\n\npedido {OID}: si el hervidor cumple lo que promete, unas líneas suyas en su página de Amazon nos "
    "ayudarían. Si no, escríbanos primero.\n\nTienda",
    f"Buongiorno,\n\nordine {OID}: se il bollitore mantiene le promesse, qualche riga sulla sua pagina Amazon ci "
    "aiuterebbe. Altrimenti, ci scriva prima.\n\nNegozio",
]


@pytest.mark.parametrize("body", GATED_PARAPHRASES)
def test_review_in_other_words_gated_on_a_kept_promise(body: str) -> None:
    assert _fires("review.conditional", body)


def test_a_few_lines_asked_of_everyone_is_no_gating() -> None:
    body = (f"Hi,\n\nOrder {OID}: whatever you think of the kettle, a few lines from you on its Amazon page "
            "would help other buyers.\n\nShop")
    assert not _fires("review.conditional", body)


# --- review.removal-request: the solution carried into the existing review ----------------------------------

REFLECT_IN_REVIEW = [
    f"Hello,\n\nThe new hinge for order {OID} fixed the door. Now that it works, could you reflect that in your "
    "review?\n\nShop",
    f"Hola:\n\nla bisagra nueva del pedido {OID} ya funciona. ¿Podría reflejarlo en su reseña de Amazon?\n\nTienda",
    f"Bonjour,\n\nla charnière de la commande {OID} est réparée. Pourriez-vous le refléter dans votre avis ?\n\n"
    "Boutique",
    f"Guten Tag,\n\ndas neue Scharnier zu Bestellung {OID} funktioniert. Könnten Sie das in Ihrer Bewertung "
    "widerspiegeln?\n\nShop",
    f"Buongiorno,\n\nla cerniera dell'ordine {OID} ora funziona. Potrebbe rifletterlo nella sua recensione?\n\n"
    "Negozio",
    f"お客様\n\nご注文番号 {OID} の蝶番は交換により直りました。よろしければ、その旨をレビューに反映していただけますと幸いです。\n\n"
    "ショップ",
]


@pytest.mark.parametrize("body", REFLECT_IN_REVIEW)
def test_reflecting_the_fix_in_the_review_is_an_update_request(body: str) -> None:
    assert _fires("review.removal-request", body)


def test_seller_reflecting_feedback_in_its_own_work_asks_nothing() -> None:
    body = (f"Hello,\n\nThanks for your feedback on order {OID}. We will reflect that in the next batch, and the "
            "manual now shows the hinge step first.\n\nShop")
    assert not _fires("review.removal-request", body, reply=True)


# --- content.sensitive (French): "à la con" -----------------------------------------------------------------

def test_a_la_con_is_offensive() -> None:
    body = (f"Bonjour,\n\nDésolés pour le carton écrasé de la commande {OID} : encore ce livreur à la con. Un "
            "nouveau colis part demain.\n\nBoutique")
    assert _fires("content.sensitive", body, reply=True)


def test_words_starting_with_con_are_not_offensive() -> None:
    body = (f"Bonjour,\n\nLa tarte de la commande {OID} se sert à la confiture, et le contrat de garantie reste "
            "valable : un cône de rechange part demain.\n\nBoutique")
    assert not _fires("content.sensitive", body, reply=True)


SELLER_ASSESSMENTS = [
    f"Guten Tag,\n\nzu Ihrem Garantiefall aus Bestellung {OID}: Wir werden das in der Bewertung des Schadens "
    "berücksichtigen und melden uns morgen.\n\nViele Grüße\nShop",
    f"お客様\n\nご注文番号 {OID} について、いただいたご意見は今後の商品の品質評価に反映させていただきます。\n\nショップ",
    f"Hola:\n\nsobre la maleta del pedido {OID}: lo recogeremos en la valoración del daño y le escribimos "
    "mañana.\n\nUn saludo,\nTienda",
    f"Bonjour,\n\npour la commande {OID}, nous l'ajoutons dans l'avis d'expédition du colis de remplacement.\n\n"
    "Cordialement,\nBoutique",
]


@pytest.mark.parametrize("body", SELLER_ASSESSMENTS)
def test_seller_carrying_feedback_into_its_own_assessment_asks_nothing(body: str) -> None:
    assert not _fires("review.removal-request", body, reply=True)


# --- precision classes found by probing in the corpus's spirit ---------------------------------------------

OTHER_ITEM_SOLD_OUT_ORDER_SHIPS = [
    f"Hello,\n\nOrder {OID}: the green mug you asked about is sold out, but your grey mug leaves our warehouse on "
    "Thursday as planned.\n\nBest,\nShop",
    f"Guten Tag,\n\nzu Bestellung {OID}: Die grüne Tasse, nach der Sie gefragt haben, ist ausverkauft, Ihre graue "
    "Tasse verlässt unser Lager aber wie geplant am Donnerstag.\n\nViele Grüße\nShop",
    f"Bonjour,\n\ncommande {OID} : la tasse verte que vous évoquiez est en rupture de stock, mais votre tasse grise "
    "quitte notre entrepôt jeudi comme prévu.\n\nCordialement,\nBoutique",
    f"Hola:\n\npedido {OID}: la taza verde por la que preguntó está agotada, pero su taza gris sale de nuestro "
    "almacén el jueves, como estaba previsto.\n\nUn saludo,\nTienda",
    f"Buongiorno,\n\nordine {OID}: la tazza verde di cui chiedeva è esaurita, ma la sua tazza grigia parte dal "
    "nostro magazzino giovedì come previsto.\n\nCordiali saluti,\nNegozio",
]


@pytest.mark.parametrize("body", OTHER_ITEM_SOLD_OUT_ORDER_SHIPS)
def test_other_item_sold_out_while_the_order_ships_as_planned(body: str) -> None:
    assert not _fires("order-problem.no-adjustment", body)


NOT_AS_PLANNED = [
    f"Hello,\n\nOrder {OID}: the grey mug is sold out and we cannot ship it as planned.\n\nSorry,\nShop",
    f"Hola:\n\npedido {OID}: la taza gris está agotada y no sale como estaba previsto.\n\nTienda",
    f"Buongiorno,\n\nordine {OID}: la tazza grigia è esaurita e non parte come previsto.\n\nNegozio",
]


@pytest.mark.parametrize("body", NOT_AS_PLANNED)
def test_not_shipping_as_planned_is_still_a_stock_problem(body: str) -> None:
    assert _fires("order-problem.no-adjustment", body)


AMAZON_SALE_EXPLAINS_PRICE = [
    f"Hello,\n\nThe toaster from order {OID} was cheaper during Amazon's Black Friday deals a week after your "
    "purchase, so we have refunded the difference of $8.\n\nBest,\nShop",
    f"Bonjour,\n\nle grille-pain de votre commande {OID} était moins cher pendant les soldes d'Amazon ; nous vous "
    "avons remboursé la différence de 8 €.\n\nCordialement,\nBoutique",
    f"お客様\n\nご注文番号 {OID} のトースターは、ご購入の翌週にAmazonのタイムセールで値下がりしたため、"
    "差額の800円を返金いたしました。\n\nショップ",
]


@pytest.mark.parametrize("body", AMAZON_SALE_EXPLAINS_PRICE)
def test_amazons_own_sale_explaining_a_price_is_no_promotion(body: str) -> None:
    assert not _fires("type.marketing", body, reply=True)


def test_the_sellers_own_sale_is_still_marketing() -> None:
    body = f"お客様\n\nご注文番号 {OID} ありがとうございます。当店ではただいまタイムセールを開催中です。\n\nショップ"
    assert _fires("type.marketing", body, reply=True)


LOANWORDS_AND_TOOLS = [
    f"お客様\n\nご注文番号 {OID} のバカラのグラスは手洗いをおすすめいたします。\n\nショップ",
    f"お客様\n\nご注文番号 {OID} の浮き輪はバカンスシーズンに向けて人気です。空気入れは別売りです。\n\nショップ",
    f"お客様\n\nご注文番号 {OID} のぬいぐるみはアホウドリがモデルです。\n\nショップ",
    f"Hello,\n\nThe bastard file from order {OID} is for coarse work; use the smooth file to finish.\n\nBest,\nShop",
]


@pytest.mark.parametrize("body", LOANWORDS_AND_TOOLS)
def test_loanwords_and_tool_names_are_not_offensive(body: str) -> None:
    assert not _fires("content.sensitive", body, reply=True)


INSULTS = [
    f"お客様\n\nご注文番号 {OID} の件、配送業者がバカすぎて困ります。\n\nショップ",
    f"Hello,\n\nSorry about order {OID}; the courier is a lazy bastard.\n\nShop",
]


@pytest.mark.parametrize("body", INSULTS)
def test_insults_still_fire(body: str) -> None:
    assert _fires("content.sensitive", body, reply=True)


TEST_STARS_AND_PRODUCT_NAMES = [
    f"Hello,\n\nThe booster seat from order {OID} holds a five-star safety rating from Euro NCAP. If you have a "
    "moment, we would value an honest review on Amazon.\n\nShop",
    f"Hello,\n\nHow is the Reward Chart for Kids from order {OID} going? If you have a moment, we would value an "
    "honest review on Amazon.\n\nShop",
    f"Guten Tag,\n\nder Kindersitz aus Bestellung {OID} hat beim ADAC-Test 5 Sterne bekommen. Wenn Sie Zeit haben, "
    "freuen wir uns über eine ehrliche Bewertung auf Amazon.\n\nShop",
    f"Bonjour,\n\nle siège de la commande {OID} a reçu 5 étoiles au crash-test Euro NCAP. Si vous avez un moment, "
    "un avis honnête sur Amazon nous aiderait.\n\nBoutique",
    f"Hola:\n\nla silla del pedido {OID} consiguió 5 estrellas en las pruebas Euro NCAP. Si tiene un momento, nos "
    "ayudaría una reseña sincera en Amazon.\n\nTienda",
    f"Buongiorno,\n\nil seggiolino dell'ordine {OID} ha preso 5 stelle nei test Euro NCAP. Se ha un momento, una "
    "recensione sincera su Amazon ci aiuterebbe.\n\nNegozio",
]


@pytest.mark.parametrize("body", TEST_STARS_AND_PRODUCT_NAMES)
def test_a_tests_stars_or_a_product_name_steers_no_review(body: str) -> None:
    assert not _fires("review.incentive", body)


STARS_ASKED_FOR = [
    f"Hello,\n\nOrder {OID}: a five-star review from you would make our week!\n\nShop",
    f"Guten Tag,\n\nBestellung {OID}: Über eine 5-Sterne-Bewertung würden wir uns sehr freuen!\n\nShop",
    f"Bonjour,\n\ncommande {OID} : un avis 5 étoiles sur Amazon nous ferait très plaisir !\n\nBoutique",
    f"Hola:\n\npedido {OID}: ¡una reseña de 5 estrellas en Amazon nos ayudaría mucho!\n\nTienda",
    f"Buongiorno,\n\nordine {OID}: una recensione a 5 stelle su Amazon ci aiuterebbe molto!\n\nNegozio",
    f"Hi,\n\nOrder {OID}: as a reward for your review on Amazon we send you a $5 voucher.\n\nShop",
]


@pytest.mark.parametrize("body", STARS_ASKED_FOR)
def test_five_stars_asked_for_still_steer(body: str) -> None:
    assert _fires("review.incentive", body)


# --- link.opt-out: a promise scoped to this order is no opt-out (French and Italian, as English already read it) --

SCOPED_PROMISES = [
    f"Bonjour,\n\ncommande {OID} : c'est entendu, nous ne vous écrirons plus au sujet de cette commande, sauf si "
    "vous nous recontactez.\n\nBoutique",
    f"Buongiorno,\n\nordine {OID}: va bene, non le scriveremo più riguardo a questo ordine, a meno che non ci "
    "contatti lei.\n\nNegozio",
    f"Hello,\n\nOrder {OID}: understood, we will not contact you again about this order unless you write to us."
    "\n\nShop",
]


@pytest.mark.parametrize("body", SCOPED_PROMISES)
def test_promise_scoped_to_the_order_is_no_opt_out(body: str) -> None:
    assert not _fires("link.opt-out", body, reply=True)


UNSCOPED_PROMISES = [
    f"Bonjour,\n\ncommande {OID} : si ces messages vous gênent, dites-le et nous ne vous écrirons plus.\n\nBoutique",
    f"Buongiorno,\n\nordine {OID}: se questi messaggi la disturbano, ce lo dica e non le scriveremo più.\n\nNegozio",
]


@pytest.mark.parametrize("body", UNSCOPED_PROMISES)
def test_unscoped_promise_to_stop_writing_still_fires(body: str) -> None:
    assert _fires("link.opt-out", body, reply=True)


NOT_HELD_AT_CUSTOMS = [
    f"Hello,\n\nGood news: order {OID} left our warehouse this morning and will not be held at customs, as all "
    "duties are prepaid.\n\nShop",
    f"Guten Tag,\n\nIhre Bestellung {OID} wurde heute versandt und wird nicht beim Zoll festgehalten, die Abgaben "
    "sind bezahlt.\n\nShop",
    f"Bonjour,\n\nvotre commande {OID} a été expédiée ce matin et ne sera pas retenue en douane : les droits sont "
    "payés.\n\nBoutique",
    f"Hola:\n\nsu pedido {OID} ha salido hoy de nuestro almacén y no será retenido en la aduana: los aranceles están "
    "pagados.\n\nTienda",
    f"Buongiorno,\n\nil suo ordine {OID} è stato spedito oggi e non sarà fermo in dogana: i dazi sono pagati.\n\n"
    "Negozio",
]


@pytest.mark.parametrize("body", NOT_HELD_AT_CUSTOMS)
def test_dispatch_notice_saying_customs_will_not_hold_it_still_confirms(body: str) -> None:
    assert _fires("type.order-confirmation", body)


# --- "a few lines on its Amazon page" written by the seller asks for no review ----------------------------------

SELLER_WROTE_LINES = [
    f"Hello,\n\nOrder {OID}: we have added a few lines on its Amazon page about descaling; please read them before "
    "first use.\n\nShop",
    f"Bonjour,\n\ncommande {OID} : nous avons ajouté quelques lignes sur sa page Amazon au sujet du détartrage ; "
    "merci de les lire avant la première utilisation.\n\nBoutique",
    f"Guten Tag,\n\nBestellung {OID}: Wir haben ein paar Zeilen zum Entkalken auf seiner Amazon-Seite ergänzt; bitte "
    "lesen Sie sie vor dem ersten Gebrauch.\n\nShop",
    f"Hola:\n\npedido {OID}: hemos añadido unas líneas sobre la descalcificación en su página de Amazon; por favor, "
    "léalas antes del primer uso.\n\nTienda",
    f"Buongiorno,\n\nordine {OID}: abbiamo aggiunto qualche riga sulla decalcificazione sulla sua pagina Amazon; la "
    "legga prima del primo utilizzo, per favore.\n\nNegozio",
]


@pytest.mark.parametrize("body", SELLER_WROTE_LINES)
def test_lines_the_seller_wrote_are_no_review_request(body: str) -> None:
    assert not _fires("review.repeat", body, reviewed=frozenset({OID}))


BUYER_LINES_AGAIN = [
    f"Hello,\n\nOrder {OID}: a few lines from you on its Amazon page would still help us a lot.\n\nShop",
    f"Bonjour,\n\ncommande {OID} : quelques lignes de votre part sur sa page Amazon nous aideraient toujours.\n\n"
    "Boutique",
]


@pytest.mark.parametrize("body", BUYER_LINES_AGAIN)
def test_lines_asked_of_the_buyer_again_are_a_repeat(body: str) -> None:
    assert _fires("review.repeat", body, reviewed=frozenset({OID}))


def test_an_alternative_that_ships_soon_is_no_shipment_of_the_order() -> None:
    body = (f"Hello,\n\nOrder {OID}: the grey mug is out of stock and will not be made again. A similar mug in "
            "white ships on Monday if you would like it instead.\n\nSorry,\nShop")
    assert _fires("order-problem.no-adjustment", body)
