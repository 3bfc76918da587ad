"""Classes of wording a twelfth independent corpus found, in the languages where they apply.

- content.sensitive: profanity masked with *, #, $, @ or % ("f***ing", "bulls**t", "Sch***e", "m***a",
  "ク○"), at least one mask character in the word;
- type.marketing: a social-media handle next to its network ("tag us @shop on Instagram"), tag / follow /
  subscribe requests in each language, German compound discounts ("20 % Einführungsrabatt");
- link.opt-out: opt-out lines without the usual words ("Reply UNSUB", "we'll leave you be", "Keine Lust mehr
  auf Post von uns?", "nous ne vous écrirons plus", "non le scriveremo più", 「今後のご連絡を差し控え」);
- content.phone-number: a number written in digit words ("null eins fünf zwei - drei ...", "〇三‐一二三四‐…"),
  and a Japanese number written straight against kana ("03-1234-5678まで");
- review.removal-request: asking for another look at an existing review, in six languages;
- review.conditional / type.thank-you-only: English text-speak ("if ur happy", "msg us first", "Thx for ur
  order", "if u need anything"); "before it goes public" is gating only after a contact request;
- review.incentive: half price as a benefit; an elliptical review question ("Un petit avis sur Amazon ?");
- type.order-confirmation: a proactive refund notice duplicates Amazon's own (RULES.md F), in six languages;
- order-problem.no-adjustment: a parcel the carrier cannot deliver for an address problem is no stock-out.

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, hits, make_ctx


def _fires(rule_id: str, body: str, *, reply: bool = False) -> bool:
    return bool(hits(rule_id, make_ctx(body, f"Order {OID}", reply=reply)))


# --- masked profanity --------------------------------------------------------------------------------

MASKED: list[tuple[bool, str]] = [
    (True, "Hi,\n\nthe driver clearly didn't give a f*ck about the box. A new one ships Monday.\n\nShop"),
    (True, "Hi,\n\nsorry, that packaging was total cr*p. A new lamp ships Monday.\n\nShop"),
    (True, "Hi,\n\nwhat a load of s**t service from the courier. A new lamp ships Monday.\n\nShop"),
    (True, "Hallo,\n\nder Paketdienst hat mal wieder Mist gebaut, echt Schei*e. Ersatz ist unterwegs.\n\nShop"),
    (True, "Bonjour,\n\np*tain, le transporteur a encore tout cassé. Un nouveau colis part lundi.\n\nBoutique"),
    (True, "Hola:\n\nqué m*erda de mensajería, lo sentimos. Le enviamos otro el lunes.\n\nTienda"),
    (True, "Ciao,\n\nil corriere ha fatto un c***o di disastro. Ne spediamo un altro lunedì.\n\nNegozio"),
    (True, "お客様\n\n配送業者の対応がク○でした。申し訳ございません。新しい商品を月曜日に発送します。\n\nショップ"),
    # near misses: sizes, ratings, product codes, emphasis and prices with * or $
    (False, "Hi,\n\nthe rug is 5*8 ft and rated 4.5* by buyers. Model S*M-200, price $35.\n\nShop"),
    (False, "Hi,\n\nplease note: **Important** - the shelf needs two screws per bracket (see *step 3*).\n\nShop"),
    (False, "Hallo,\n\ndie Schraube M*4 passt, die Schicht ist 3*4 mm dick.\n\nShop"),
    (False, "Bonjour,\n\nla taille M*L convient ; le modèle P*2 est livré demain.\n\nBoutique"),
    (False, "お客様\n\nサイズは○印のものをお選びください。\n\nショップ"),
]


@pytest.mark.parametrize(("expected", "body"), MASKED)
def test_masked_profanity(expected: bool, body: str) -> None:
    assert _fires("content.sensitive", body, reply=True) is expected


# --- social-media handles and follow requests ----------------------------------------------------------

SOCIAL: list[tuple[bool, str]] = [
    (True, f"Hi,\n\nOrder {OID}: the paint dries in two hours. Show us your wall: @paintpot.studio on Instagram!\n\nShop"),
    (True, f"Hi,\n\nOrder {OID}: the paint dries in two hours. Tag us on TikTok when it's done.\n\nShop"),
    (True, f"Hi,\n\nOrder {OID}: the paint dries in two hours. Follow along on our page for more colour ideas.\n\nShop"),
    (True, f"Hi,\n\nOrder {OID}: the paint dries in two hours. Subscribe to our YouTube channel for tutorials.\n\nShop"),
    (True, f"Hallo,\n\nBestellung {OID}: die Farbe trocknet in zwei Stunden. Markiert uns auf Instagram mit eurem Ergebnis!\n\nShop"),
    (True, f"Hallo,\n\nBestellung {OID}: die Farbe trocknet in zwei Stunden. Jetzt 15 % Treuerabatt auf alle Farben.\n\nShop"),
    (True, f"Bonjour,\n\ncommande {OID} : la peinture sèche en deux heures. Abonnez-vous à notre chaîne pour d'autres idées.\n\nBoutique"),
    (True, f"Hola:\n\npedido {OID}: la pintura se seca en dos horas. ¡Menciónanos en Instagram con tu pared!\n\nTienda"),
    (True, f"Ciao,\n\nordine {OID}: la vernice asciuga in due ore. Iscriviti al nostro canale per altri tutorial.\n\nNegozio"),
    (True, f"お客様\n\nご注文 {OID} の塗料は2時間で乾きます。公式Instagramアカウントもぜひフォローしてください。\n\nショップ"),
    # near misses: answering the buyer about posting a photo, no account, a carrier's handle, a refund percentage
    (False, f"Hi,\n\nOrder {OID}: of course you may post your photo on Instagram, it's your wall.\n\nShop"),
    (False, f"Hi,\n\nOrder {OID}: we are not on Instagram, but the colour chart is on the Amazon page.\n\nShop"),
    (False, f"Hi,\n\nOrder {OID}: please follow the steps in the leaflet; the brush follows the grain.\n\nShop"),
    (False, f"Hallo,\n\nBestellung {OID}: wie vereinbart haben wir Ihnen 10 % Preisnachlass erstattet.\n\nShop"),
]


@pytest.mark.parametrize(("expected", "body"), SOCIAL)
def test_social_media_promotion(expected: bool, body: str) -> None:
    assert _fires("type.marketing", body) is expected


# --- opt-out lines in other words ------------------------------------------------------------------------

OPT_OUT: list[tuple[bool, str]] = [
    (True, f"Hi,\n\nOrder {OID}: your table ships on 19 June.\n\nText UNSUB to this thread and we stop writing.\n\nShop"),
    (True, f"Hi,\n\nOrder {OID}: your table ships on 19 June. Reply to stop these delivery updates.\n\nShop"),
    (True, f"Hi,\n\nOrder {OID}: your table ships on 19 June. Had enough of our emails? Just say so.\n\nShop"),
    (True, f"Hi,\n\nOrder {OID}: your table ships on 19 June. Tell us and we'll stop messaging you.\n\nShop"),
    (True, f"Hallo,\n\nBestellung {OID}: der Tisch kommt am 19. Juni. Keine Lust mehr auf Nachrichten von uns? Sagen Sie es einfach.\n\nShop"),
    (True, f"Hallo,\n\nBestellung {OID}: der Tisch kommt am 19. Juni. Kurze Nachricht genügt, dann schreiben wir Ihnen nicht mehr.\n\nShop"),
    (True, f"Bonjour,\n\ncommande {OID} : la table part le 19 juin. Dites-le-nous et nous ne vous contacterons plus.\n\nBoutique"),
    (True, f"Hola:\n\npedido {OID}: la mesa sale el 19 de junio. Avísenos y no le molestaremos más.\n\nTienda"),
    (True, f"Ciao,\n\nordine {OID}: il tavolo parte il 19 giugno. Basta una risposta con «basta» e non la contatteremo più.\n\nNegozio"),
    (True, f"お客様\n\nご注文 {OID} のテーブルは6月19日に発送します。ご希望であれば、今後のご案内は控えさせていただきます。\n\nショップ"),
    # near misses: a reply that stops a shipment or a process, not the messages
    (False, f"Hi,\n\nOrder {OID}: reply to this message to pause the delivery while you are away.\n\nShop"),
    (False, f"Hallo,\n\nBestellung {OID}: Die Antwort mit dem Foto genügt, dann schicken wir Ersatz.\n\nShop"),
    (False, f"Bonjour,\n\ncommande {OID} : nous ne vous facturerons plus les frais de port.\n\nBoutique"),
    (False, f"Hi,\n\nOrder {OID}: sorry about the mix-up; we won't message you again about the review.\n\nShop"),
]


@pytest.mark.parametrize(("expected", "body"), OPT_OUT)
def test_opt_out_wordings(expected: bool, body: str) -> None:
    assert _fires("link.opt-out", body) is expected


# --- phone numbers in digit words and next to kana -----------------------------------------------------

SPELT_PHONE: list[tuple[bool, str]] = [
    (True, f"Hi,\n\nOrder {OID}: for the booking, ring us on zero one six one, four nine six, zero seven five two.\n\nShop"),
    (True, f"Hallo,\n\nBestellung {OID}: Rückfragen gern telefonisch unter null drei null - zwei vier sechs acht eins zwei drei.\n\nShop"),
    (True, f"Bonjour,\n\ncommande {OID} : appelez-nous au zéro quatre, neuf un, cinq cinq, deux zéro, un zéro.\n\nBoutique"),
    (True, f"Hola:\n\npedido {OID}: llámenos al seis uno dos, tres cuatro cinco, seis siete ocho.\n\nTienda"),
    (True, f"Ciao,\n\nordine {OID}: chiamaci al tre quattro sette, uno due tre, quattro cinque sei sette.\n\nNegozio"),
    (True, f"お客様\n\nご注文 {OID} について、お電話は〇三‐六二一二‐四四五五までお願いします。\n\nショップ"),
    (True, f"お客様\n\nご注文 {OID} について、お電話は03-6212-4455までお願いします。\n\nショップ"),
    # near misses: counting, steps, a carrier's line in words, a postcode and a registration number next to kana
    (False, f"Hi,\n\nOrder {OID}: we packed one, two, three, four, five, six, seven jars - all seven arrived?\n\nShop"),
    (False, f"Hi,\n\nOrder {OID}: the carrier DHL is on zero eight hundred... their line is one two three four five six seven.\n\nShop"),
    (False, f"お客様\n\nご注文 {OID} の配送先は〒100-0001、登録番号T1234567890123です。\n\nショップ"),
    (False, f"Bonjour,\n\ncommande {OID} : un, deux, trois : ouvrez, tournez, fermez.\n\nBoutique"),
]


@pytest.mark.parametrize(("expected", "body"), SPELT_PHONE)
def test_phone_numbers_in_words_and_kana(expected: bool, body: str) -> None:
    assert _fires("content.phone-number", body) is expected


# --- another look at an existing review ---------------------------------------------------------------

ANOTHER_LOOK: list[tuple[bool, str]] = [
    (True, f"Hi,\n\nOrder {OID}: the new kettle is on its way. Could you take your 2-star review for another read afterwards? Maybe give the rating a fresh look.\n\nShop"),
    (True, f"Hi,\n\nOrder {OID}: now that it works, would you look at your review again?\n\nShop"),
    (True, f"Hallo,\n\nBestellung {OID}: der neue Wasserkocher ist da. Würden Sie Ihre Bewertung noch einmal ansehen?\n\nShop"),
    (True, f"Hallo,\n\nBestellung {OID}: vielleicht werfen Sie einen zweiten Blick auf Ihre Rezension?\n\nShop"),
    (True, f"Bonjour,\n\ncommande {OID} : pourriez-vous jeter un nouveau coup d'œil à votre avis ?\n\nBoutique"),
    (True, f"Hola:\n\npedido {OID}: ¿podría echar otro vistazo a su reseña ahora que funciona?\n\nTienda"),
    (True, f"Ciao,\n\nordine {OID}: potrebbe dare un'altra occhiata alla sua recensione?\n\nNegozio"),
    (True, f"お客様\n\nご注文 {OID} の件、解決いたしましたので、レビューをもう一度ご覧いただけますと幸いです。\n\nショップ"),
    # near misses: the seller's own second look, a look at the manual, a proof
    (False, f"Hi,\n\nOrder {OID}: we gave your review another look and changed the manual because of it.\n\nShop"),
    (False, f"Hi,\n\nOrder {OID}: please give the proof another look before we engrave.\n\nShop"),
    (False, f"Hallo,\n\nBestellung {OID}: bitte sehen Sie sich die Anleitung noch einmal an.\n\nShop"),
    (False, f"Ciao,\n\nordine {OID}: può dare un'altra occhiata alla bozza dell'incisione?\n\nNegozio"),
]


@pytest.mark.parametrize(("expected", "body"), ANOTHER_LOOK)
def test_another_look_at_a_review(expected: bool, body: str) -> None:
    assert _fires("review.removal-request", body, reply=True) is expected


# --- English text-speak: gating and thank-you-only -------------------------------------------------------

TEXT_SPEAK_GATING: list[tuple[bool, str]] = [
    (True, f"hey!\n\nif u love the mug pls leave a review on amazon, if not msg us first\n\norder {OID}"),
    (True, f"hi,\n\nif ur satisfied with the mug a review would be awesome, if not dm us first!\n\norder {OID}"),
    (True, f"Hi,\n\nIf anything is off, tell us before it goes public. Otherwise a review would be great.\n\nOrder {OID}"),
    # near misses: an offer of help without a review, a neutral request, an early-access product 'before it goes public'
    (False, f"hi,\n\nif ur mug arrived chipped just msg us first thing tomorrow and we send another.\n\norder {OID}"),
    (False, f"hi,\n\nhope u like the mug! a review on amazon would help us, whatever u think of it.\n\norder {OID}"),
    (False, f"Hi,\n\nOur next batch sells out fast; we open it to everyone before it goes public on the site. A review helps other buyers.\n\nOrder {OID}"),
]


@pytest.mark.parametrize(("expected", "body"), TEXT_SPEAK_GATING)
def test_text_speak_gating(expected: bool, body: str) -> None:
    assert _fires("review.conditional", body) is expected


THANKS_ONLY: list[tuple[bool, str]] = [
    (True, f"thx a lot for ur order {OID}!! we're always around if u need anything.\n\nJo"),
    (True, f"Hi,\n\ntysm for shopping with us (order {OID})! We're here if u need anything at all.\n\nCheers, Jo"),
    # near misses: thanks plus a real purpose
    (False, f"thx for ur order {OID}!! quick q: do u want the name engraved in gold or silver?\n\nJo"),
    (False, f"thx for ur order {OID}!! the bowl ships on 19 June because the glaze needs another day.\n\nJo"),
]


@pytest.mark.parametrize(("expected", "body"), THANKS_ONLY)
def test_text_speak_thank_you_only(expected: bool, body: str) -> None:
    assert _fires("type.thank-you-only", body) is expected


# --- half price and elliptical review questions ------------------------------------------------------

HALF_PRICE: list[tuple[bool, str]] = [
    (True, f"Hi,\n\nOrder {OID}: a quick review on Amazon? Reviewers get their next bag at half price.\n\nShop"),
    (True, f"Hallo,\n\nBestellung {OID}: Eine kurze Bewertung auf Amazon? Als Dankeschön gibt es die nächste Tasche zum halben Preis.\n\nShop"),
    (True, f"Bonjour,\n\ncommande {OID} : un petit commentaire sur Amazon ? En remerciement, le prochain sac est à moitié prix.\n\nBoutique"),
    (True, f"Hola:\n\npedido {OID}: ¿una breve reseña en Amazon? A cambio, su próximo bolso a mitad de precio.\n\nTienda"),
    (True, f"Ciao,\n\nordine {OID}: una piccola recensione su Amazon? In cambio, la prossima borsa a metà prezzo.\n\nNegozio"),
    (True, f"お客様\n\nご注文 {OID} のレビューを書いていただいた方には、次回のバッグを半額でご提供します。\n\nショップ"),
    # near misses: a half-price item the buyer bought, a question that is not about a review
    (False, f"Hi,\n\nOrder {OID}: you bought the bag in our half-price sale, so the strap is not included. Any questions about the strap?\n\nShop"),
    (False, f"Bonjour,\n\ncommande {OID} : un petit souci avec la fermeture ? Envoyez-nous une photo, nous la remplaçons.\n\nBoutique"),
]


@pytest.mark.parametrize(("expected", "body"), HALF_PRICE)
def test_half_price_for_a_review(expected: bool, body: str) -> None:
    assert _fires("review.incentive", body) is expected


# --- refund notices (proactive) ----------------------------------------------------------------------

REFUND_NOTICE: list[tuple[bool, str]] = [
    (True, f"Hello,\n\nThis is to let you know that we have issued your refund for order {OID}.\n\nShop"),
    (True, f"Hello,\n\nGood news: EUR 24.90 has been credited to your card for order {OID}.\n\nShop"),
    (True, f"Hallo,\n\nIhre Rückerstattung für Bestellung {OID} wurde soeben veranlasst.\n\nShop"),
    (True, f"Bonjour,\n\nle remboursement de votre commande {OID} a bien été effectué.\n\nBoutique"),
    (True, f"Hola:\n\nel reembolso de su pedido {OID} ha sido procesado hoy.\n\nTienda"),
    (True, f"Ciao,\n\nil rimborso per l'ordine {OID} è stato effettuato oggi.\n\nNegozio"),
    (True, f"お客様\n\nご注文 {OID} の返金手続きが完了しました。\n\nショップ"),
    # near misses: a stock-out with the adjustment confirmed, a partial refund offered, a return question
    (False, f"Hello,\n\nOrder {OID}: the lamp is out of stock, so we cancelled it; your refund has been processed with the reason no inventory.\n\nShop"),
    (False, f"Hello,\n\nOrder {OID}: we can offer a partial refund of EUR 10 for the scratch if you keep the table. Would that suit you?\n\nShop"),
    (False, f"Bonjour,\n\ncommande {OID} : pour le remboursement du retour, pouvez-vous nous dire si l'emballage d'origine est complet ?\n\nBoutique"),
    (False, f"お客様\n\nご注文 {OID} の商品は在庫切れのため、ご注文を取り消し、全額を返金いたしました（在庫切れ）。\n\nショップ"),
]


@pytest.mark.parametrize(("expected", "body"), REFUND_NOTICE)
def test_refund_notice_duplicates_amazon(expected: bool, body: str) -> None:
    assert _fires("type.order-confirmation", body) is expected


def test_refund_confirmation_in_a_reply_is_an_answer() -> None:
    assert not _fires("type.order-confirmation", f"Hi,\n\nyour refund for order {OID} has been processed today.\n\nShop", reply=True)


# --- undeliverable for an address problem ----------------------------------------------------------------

ADDRESS: list[tuple[bool, str]] = [
    (False, f"Hello,\n\nOrder {OID} cannot be delivered: the flat number is missing from the address. Could you send it?\n\nShop"),
    (False, f"Hallo,\n\nBestellung {OID} kann nicht zugestellt werden, die Hausnummer fehlt. Können Sie sie uns nennen?\n\nShop"),
    (False, f"Bonjour,\n\nle colis de la commande {OID} ne peut pas être livré : il manque le code postal. Pouvez-vous nous l'indiquer ?\n\nBoutique"),
    (False, f"Hola:\n\npedido {OID}: no podemos entregar su paquete porque falta el número de piso. ¿Nos lo indica?\n\nTienda"),
    (False, f"Ciao,\n\nordine {OID}: non possiamo consegnare il pacco perché manca il numero civico. Ce lo può indicare?\n\nNegozio"),
    # still a stock-out without an adjustment
    (True, f"Hello,\n\nOrder {OID} cannot be shipped: the lamp is out of stock.\n\nShop"),
    (True, f"Bonjour,\n\nla commande {OID} ne peut pas être expédiée, l'article est épuisé.\n\nBoutique"),
]


@pytest.mark.parametrize(("expected", "body"), ADDRESS)
def test_address_problem_is_no_stock_out(expected: bool, body: str) -> None:
    assert _fires("order-problem.no-adjustment", body) is expected


# --- a second probe of the same angles: incentives, gating and social accounts in other words -------------

OTHER_WORDS: list[tuple[str, bool, str]] = [
    # an unnamed thank-you in the next parcel; a longer warranty for a review; a photo review paid back
    ("review.incentive", True, f"Hi,\n\nOrder {OID}: a kind word about the kettle on Amazon would help us. There's a small thank-you on its way in your next parcel too.\n\nShop"),
    ("review.incentive", True, f"Hi,\n\nOrder {OID}: share your experience on Amazon and we'll extend your warranty to three years.\n\nShop"),
    ("review.incentive", True, f"Hi,\n\nOrder {OID}: buyers who post a photo review get 15% back.\n\nShop"),
    ("review.incentive", True, f"Hallo,\n\nBestellung {OID}: Teilen Sie Ihre Erfahrung auf Amazon, dann verlängern wir die Garantie auf drei Jahre.\n\nShop"),
    ("review.incentive", True, f"Bonjour,\n\ncommande {OID} : partagez votre expérience sur Amazon, nous vous offrons une extension de garantie.\n\nBoutique"),
    ("review.incentive", True, f"Hola:\n\npedido {OID}: comparta su experiencia en Amazon y le regalamos la garantía ampliada.\n\nTienda"),
    ("review.incentive", True, f"Ciao,\n\nordine {OID}: condivida la sua esperienza su Amazon e le offriamo la garanzia estesa.\n\nNegozio"),
    ("review.incentive", True, f"お客様\n\nご注文 {OID} について、Amazonでご感想をお寄せいただいた方は保証期間を延長いたします。\n\nショップ"),
    # near misses: a warranty extension from the manufacturer, a thank-you note, a photo of the product
    ("review.incentive", False, f"Hi,\n\nOrder {OID}: register the kettle with the manufacturer to extend the warranty to three years.\n\nShop"),
    ("review.incentive", False, f"Hallo,\n\nBestellung {OID}: Mit der Registrierung beim Hersteller verlängert sich die Garantie auf drei Jahre.\n\nShop"),
    ("review.incentive", False, f"Hi,\n\nOrder {OID}: could you send us a photo of the label? A small thank-you note is in the box.\n\nShop"),
    # gating as questions: satisfied -> tell others; not -> tell us
    ("review.conditional", True, f"Hi,\n\nWe hope order {OID} arrived well.\n\nLoved it? Let other shoppers know on Amazon. Didn't? Reply here first.\n\nShop"),
    ("review.conditional", True, f"Hallo,\n\nwir hoffen, Bestellung {OID} ist gut angekommen.\n\nHat Ihnen der Kocher gefallen? Dann erzählen Sie es anderen Kunden auf Amazon.\n\nShop"),
    ("review.conditional", True, f"Bonjour,\n\ncommande {OID} : la bouilloire vous a plu ? Dites-le aux autres clients sur Amazon.\n\nBoutique"),
    ("review.conditional", True, f"Hola:\n\npedido {OID}: ¿Le ha gustado el hervidor? Cuénteselo a otros clientes en Amazon.\n\nTienda"),
    ("review.conditional", True, f"Ciao,\n\nordine {OID}: le è piaciuto il bollitore? Lo dica agli altri clienti su Amazon.\n\nNegozio"),
    ("review.conditional", True, f"お客様\n\nご注文 {OID} のケトルを気に入っていただけたら、Amazonで他のお客様にもお伝えください。\n\nショップ"),
    # near misses: telling other customers whatever the experience; a question without a review
    ("review.conditional", False, f"Hi,\n\nOrder {OID}: whatever you think of the kettle, tell other shoppers on Amazon - an honest review helps.\n\nShop"),
    ("review.conditional", False, f"Hallo,\n\nBestellung {OID}: Hat Ihnen der Kocher gefallen? Der passende Entkalker liegt übrigens bei.\n\nShop"),
    # social accounts in short names and 'we are on ...'
    ("type.marketing", True, f"Hi,\n\nOrder {OID}: the kettle descales in ten minutes. We're on FB too - come say hi!\n\nShop"),
    ("type.marketing", True, f"Hallo,\n\nBestellung {OID}: der Kocher ist entkalkt. Wir sind auch auf Instagram, schaut vorbei!\n\nShop"),
    ("type.marketing", True, f"Bonjour,\n\ncommande {OID} : nous sommes aussi sur Instagram, venez nous voir !\n\nBoutique"),
    ("type.marketing", True, f"Hola:\n\npedido {OID}: ¡estamos también en TikTok, búsquenos!\n\nTienda"),
    ("type.marketing", True, f"Ciao,\n\nordine {OID}: siamo anche su Instagram, passate a trovarci!\n\nNegozio"),
    ("type.marketing", True, f"お客様\n\nご注文 {OID} のケトルについて、Instagramでもお手入れ情報を発信中です。\n\nショップ"),
    # near misses: the buyer's photo on Instagram, a carrier's app
    ("type.marketing", False, f"Hi,\n\nOrder {OID}: we saw the photo you posted on Instagram of the broken lid; a new lid ships today.\n\nShop"),
    ("type.marketing", False, f"Hallo,\n\nBestellung {OID}: die Sendung können Sie in der DHL-App verfolgen, falls Sie sie haben.\n\nShop"),
    # opt-out: 'messages like this'
    ("link.opt-out", True, f"Hi,\n\nOrder {OID}: sorry for the delay. If you'd rather stop getting emails like this from us, tell us.\n\nShop"),
    ("link.opt-out", False, f"Hi,\n\nOrder {OID}: did you get the emails from the carrier? They sometimes land in spam.\n\nShop"),
]


@pytest.mark.parametrize(("rule_id", "expected", "body"), OTHER_WORDS)
def test_other_words(rule_id: str, expected: bool, body: str) -> None:
    assert _fires(rule_id, body) is expected


def test_spelt_out_email_domain_is_not_a_link() -> None:
    body = f"Hi,\n\nOrder {OID}: questions? Write to jenny dot m at gmail dot com.\n\nShop"
    assert _fires("content.email-address", body)
    assert not _fires("link.external", body)


PARTIAL_REFUND: list[tuple[bool, str]] = [
    (False, f"Hello,\n\nAs agreed, your partial refund of $10 for the scratch on order {OID} has been issued.\n\nShop"),
    (False, f"Hello,\n\nA partial refund of $10 has been credited to your card for order {OID}.\n\nShop"),
    (False, f"Bonjour,\n\nLe remboursement partiel de 10 € pour la rayure a bien été effectué (commande {OID}).\n\nBoutique"),
    (False, f"Hola:\n\nEl reembolso parcial de 10 € por el arañazo ha sido procesado (pedido {OID}).\n\nTienda"),
    (True, f"Hello,\n\nWe have issued your refund of $18.49 for order {OID}.\n\nShop"),
]


@pytest.mark.parametrize(("expected", "body"), PARTIAL_REFUND)
def test_partial_refund_is_no_refund_notice(expected: bool, body: str) -> None:
    assert _fires("type.order-confirmation", body) is expected


# --- Outlook's reply header block ("Von: … / Gesendet: …") starts the buyer's quoted message ----------------

OUTLOOK_QUOTE = [
    ("Hi,\n\nA new charger left today with DPD.\n\nAnna\n\nFrom: Amazon Customer\nSent: Thursday, June 11, 2026 6:02 PM\n"
     "Subject: charger\n\nThis is crap. Call me on 07700 900 123 or I'll leave 1 star."),
    ("Hallo,\n\nein neues Netzteil ist heute mit DPD unterwegs.\n\nAnna\n\nVon: Amazon Kunde\n"
     "Gesendet: Donnerstag, 11. Juni 2026 18:02\nBetreff: Netzteil\n\nSo ein Mist! Rufen Sie mich an: 0170 1234567."),
    ("Bonjour,\n\nun nouveau chargeur est parti aujourd'hui.\n\nAnna\n\nDe : Client Amazon\n"
     "Envoyé : jeudi 11 juin 2026 18:02\nObjet : chargeur\n\nC'est de la merde. Appelez-moi au 06 12 34 56 78."),
    ("Hola:\n\nhoy ha salido un cargador nuevo.\n\nAnna\n\nDe: Cliente Amazon\n"
     "Enviado el: jueves, 11 de junio de 2026 18:02\nAsunto: cargador\n\nEs una mierda. Llámeme al 612 345 678."),
    ("Buongiorno,\n\noggi è partito un nuovo caricatore.\n\nAnna\n\nDa: Cliente Amazon\n"
     "Inviato: giovedì 11 giugno 2026 18:02\nOggetto: caricatore\n\nChe merda. Mi chiami al 333 1234567."),
    ("お客様\n\n本日、新しい充電器を発送いたしました。\n\nショップ\n\n差出人: Amazonのお客様\n"
     "送信日時: 2026年6月11日 18:02\n件名: 充電器\n\nクソみたいな商品です。090-1234-5678に電話ください。"),
]


@pytest.mark.parametrize("body", OUTLOOK_QUOTE)
@pytest.mark.parametrize("rule_id", ["content.sensitive", "content.phone-number", "review.incentive"])
def test_outlook_quoted_buyer_is_not_the_seller(rule_id: str, body: str) -> None:
    assert not _fires(rule_id, body, reply=True)


def test_a_sent_line_of_the_seller_is_no_quote() -> None:
    body = "Hi,\n\nSent: 2 parcels on Monday at 10:00, the second follows. Call us on 020 7946 0123.\n\nShop"
    assert _fires("content.phone-number", body, reply=True)


def test_japanese_dated_partial_shipment_is_a_delay() -> None:
    body = (f"お客様\n\nご注文 {OID} の商品は2つに分けてお届けいたします。本体は本日出荷済みで、替えのフィルターはメーカー欠品のため"
            "6月20日頃の発送となります。\n\nショップ")
    assert not _fires("order-problem.no-adjustment", body)
    assert _fires("order-problem.no-adjustment", f"お客様\n\nご注文 {OID} の商品はメーカー欠品のため、入荷の見込みが立っておりません。\n\nショップ")


@pytest.mark.parametrize("body", [
    f"Hola:\n\nel pedido {OID} no se puede enviar: el artículo está agotado. Su dirección está bien.\n\nTienda",
    f"Bonjour,\n\nl'article de la commande {OID} est en rupture de stock, nous ne pouvons pas l'expédier.\n\nBoutique",
    f"Ciao,\n\nl'articolo dell'ordine {OID} è esaurito e non possiamo spedirlo.\n\nNegozio",
])
def test_an_address_word_elsewhere_keeps_a_stock_out(body: str) -> None:
    assert _fires("order-problem.no-adjustment", body)


@pytest.mark.parametrize(("expected", "body"), [
    (True, f"Hallo,\n\nBestellung {OID}: Fragen? Schreiben Sie an info @ lampenhaus . de\n\nShop"),
    (True, f"Hi,\n\nOrder {OID}: email sales @ lampco.com for trade prices.\n\nShop"),
    (False, f"Hi,\n\nOrder {OID}: spare bulbs cost @ 5.99 each; pickup @ 10.30 at the depot.\n\nShop"),
])
def test_email_with_a_spaced_at(expected: bool, body: str) -> None:
    assert _fires("content.email-address", body) is expected


@pytest.mark.parametrize("body", [
    f"Hi,\n\nOrder {OID}: here is the proof for your engraving. Any feedback on the proof? If you're happy with it, reply OK.\n\nShop",
    f"Bonjour,\n\nCommande {OID} : voici le BAT. Un petit avis sur la couleur ? Si tout vous plaît, répondez OK.\n\nBoutique",
    f"Hola:\n\nPedido {OID}: le enviamos la prueba. ¿Una opinión rápida sobre el color? Si está contento, responda OK.\n\nTienda",
])
def test_a_question_about_a_proof_is_no_review_request(body: str) -> None:
    assert not _fires("review.conditional", body)


@pytest.mark.parametrize("body", [
    f"Hello,\n\nUnfortunately we have cancelled your order {OID} because the item is no longer available. Your refund has been processed with the reason \"no inventory\".\n\nShop",
    f"Hallo,\n\nleider ist der Artikel aus Bestellung {OID} nicht mehr lieferbar. Wir haben storniert, die Erstattung wurde veranlasst.\n\nShop",
])
def test_a_stock_out_with_its_refund_is_no_refund_notice(body: str) -> None:
    assert not _fires("type.order-confirmation", body)


@pytest.mark.parametrize(("expected", "body"), [
    (True, "Hi,\n\nhonestly, WTF was the courier doing with your parcel? A new one ships on Monday.\n\nShop"),
    (True, "Hi,\n\nthat f-ing courier dropped your parcel again, sorry. A new one ships on Monday.\n\nShop"),
    (False, "Hi,\n\nthe file is saved in WTF-8 by mistake; we send you a clean copy of the manual on Monday.\n\nShop"),
])
def test_abbreviated_swearing(expected: bool, body: str) -> None:
    assert _fires("content.sensitive", body, reply=True) is expected


@pytest.mark.parametrize(("expected", "body"), [
    (True, f"Hi,\n\nOrder {OID}: the lamp is on its way. Follow @lampco for styling ideas!\n\nShop"),
    (False, f"Hi,\n\nOrder {OID}: please follow the fitting steps; the @ sign on the box means this side up.\n\nShop"),
])
def test_follow_a_handle(expected: bool, body: str) -> None:
    assert _fires("type.marketing", body) is expected


# --- asking the buyer to cancel, in other words -----------------------------------------------------------

CANCEL_ASK: list[tuple[bool, str]] = [
    (True, f"Hello,\n\nOrder {OID}: sadly we ran out of the blue version. Could you kindly withdraw the order in your account?\n\nShop"),
    (True, f"Hallo,\n\nBestellung {OID}: Die Lampe ist leider ausverkauft. Über „Artikel stornieren“ in Ihrem Konto geht das schnell.\n\nShop"),
    (True, f"Hallo,\n\nBestellung {OID}: Die Lampe ist leider ausverkauft. Sie können die Bestellung in Ihrem Konto zurückziehen, das hilft uns.\n\nShop"),
    (True, f"Ciao,\n\nordine {OID}: la lampada è esaurita. Ci farebbe un grande favore se annullasse lei l'ordine dal suo account.\n\nNegozio"),
    # near misses: the seller cancels itself
    (False, f"Hallo,\n\nBestellung {OID}: Die Lampe ist ausverkauft. Schreiben Sie uns kurz, dann stornieren wir für Sie und erstatten alles.\n\nShop"),
    (False, f"Hello,\n\nOrder {OID}: the lamp is sold out, so we have cancelled the order and refunded it in full (no inventory).\n\nShop"),
]


@pytest.mark.parametrize(("expected", "body"), CANCEL_ASK)
def test_cancellation_asked_in_other_words(expected: bool, body: str) -> None:
    assert _fires("order-problem.cancellation-request", body) is expected


# --- casual (du / tu / tú) thank-you-only messages, and a greeting that is also a closing word ----------

CASUAL_THANKS: list[tuple[bool, str]] = [
    (True, f"Hallo!\n\nDanke dir für deine Bestellung {OID}!! Wenn was ist, melde dich einfach jederzeit.\n\nLG Jo"),
    (True, f"Coucou !\n\nMerci pour ta commande {OID} !! Si besoin, on est là.\n\nBisous, Jo"),
    (True, f"¡Hola!\n\n¡Mil gracias por tu pedido {OID}! Cualquier cosa, aquí estamos.\n\nUn abrazo, Jo"),
    (True, f"Ciao!\n\nGrazie mille per il tuo ordine {OID}!! Per qualsiasi cosa siamo qui.\n\nUn abbraccio, Jo"),
    # near misses: the same register with a purpose
    (False, f"Hallo!\n\nDanke dir für deine Bestellung {OID}!! Soll die Gravur in Gold oder Silber sein? Melde dich einfach.\n\nLG Jo"),
    (False, f"Ciao!\n\nGrazie mille per il tuo ordine {OID}!! Il tappeto parte il 19 giugno perché la tintura deve asciugare.\n\nUn abbraccio, Jo"),
    (False, f"Coucou !\n\nMerci pour ta commande {OID} ! Le prénom gravé, c'est bien « Léa » avec un accent ?\n\nBisous, Jo"),
]


@pytest.mark.parametrize(("expected", "body"), CASUAL_THANKS)
def test_casual_thank_you_only(expected: bool, body: str) -> None:
    assert _fires("type.thank-you-only", body) is expected
