"""Round 78: precision on thank-yous with one real fact, small talk, split parcels and review requests.

Made-up wordings, not copied from tests/corpus_seventyeighth. Each class has messages that must fire and
same-vocabulary near-misses that must stay silent.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import fires

# --- type.order-confirmation: a part that travels in its own parcel and comes later is no confirmation -------


@pytest.mark.parametrize(("body", "tld"), [
    ("Hello,\n\nThanks for order 113-4829175-6630214. The stand for your mirror left our warehouse today in a "
     "separate box and should arrive two days after the mirror.\n\nRegards", "com"),
    ("Hallo,\n\ndanke für Bestellung 113-4829175-6630214. Die Rückenlehne wurde heute versandt, in einem "
     "eigenen Paket, und kommt einen Tag nach dem Stuhl.\n\nGrüße", "de"),
    ("Bonjour,\n\nmerci pour la commande 113-4829175-6630214. Les pieds de la table ont été expédiés à part et "
     "arriveront deux jours après le plateau.\n\nCordialement", "fr"),
    ("Buongiorno,\n\ngrazie per l'ordine 113-4829175-6630214. Il coperchio è stato spedito in un pacco separato "
     "e arriverà un giorno dopo la pentola.\n\nSaluti", "it"),
])
def test_split_parcel_arriving_later_is_not_a_confirmation(body: str, tld: str) -> None:
    assert not fires("type.order-confirmation", body, tld)


@pytest.mark.parametrize(("body", "tld"), [
    ("Hi,\n\nYour order 113-4829175-6630214 has shipped with UPS, tracking 1Z999AA10123456784. The cushions "
     "ship separately tomorrow.\n\nBest", "com"),
    ("Hallo,\n\nIhre Bestellung 113-4829175-6630214 wurde heute verschickt, Sendungsnummer 00340434161234567890. "
     "Der Deckel wird separat versandt.\n\nGrüße", "de"),
])
def test_split_dispatch_notice_with_tracking_still_confirms(body: str, tld: str) -> None:
    assert fires("type.order-confirmation", body, tld)


# --- type.thank-you-only: small-talk questions and seasonal greetings say nothing ---------------------------


@pytest.mark.parametrize(("body", "tld"), [
    ("Hi,\n\nThank you for order 113-4829175-6630214!\n\nIt has been a glorious spring, hasn't it? We hope the "
     "sunshine keeps up for you.\n\nAll the best,\nMo", "com"),
    ("Hi,\n\nThanks so much for order 113-4829175-6630214.\n\nAny exciting summer plans? We hope you get some "
     "rest.\n\nWarmly,\nLiz", "com"),
    ("Hallo,\n\nvielen Dank für Ihre Bestellung 113-4829175-6630214!\n\nHaben Sie schon Urlaubspläne? Wir "
     "wünschen Ihnen eine schöne Zeit.\n\nViele Grüße\nIhr Team", "de"),
    ("Bonjour,\n\nmerci pour votre commande 113-4829175-6630214 !\n\nVous partez bientôt en vacances ? Nous vous "
     "souhaitons un bel été.\n\nBien à vous", "fr"),
    ("お客様\n\nご注文（113-4829175-6630214）ありがとうございました。\n\n厳しい暑さが続いておりますが、どうぞご自愛くださいませ。"
     "\n\nショップ", "co.jp"),
])
def test_thanks_with_small_talk_question_only(body: str, tld: str) -> None:
    assert fires("type.thank-you-only", body, tld)


@pytest.mark.parametrize(("body", "tld"), [
    ("Hi,\n\nThank you for order 113-4829175-6630214!\n\nAny holiday plans? If you will be away next week, tell us "
     "and we will hold the parcel until you are back.\n\nMo", "com"),
    ("Hallo,\n\ndanke für Bestellung 113-4829175-6630214!\n\nHaben Sie schon Urlaubspläne? Dann sagen Sie uns "
     "bitte, ab wann wir den Tisch liefern dürfen.\n\nIhr Team", "de"),
])
def test_small_talk_question_beside_a_real_ask_is_content(body: str, tld: str) -> None:
    assert not fires("type.thank-you-only", body, tld)


# --- type.thank-you-only: a review request ending in an offer of help has a purpose ----------------------------


@pytest.mark.parametrize(("body", "tld"), [
    ("Hola:\n\nGracias por el pedido 113-4829175-6630214.\n\nSi la lámpara le convence, escriba una reseña en "
     "Amazon; si no, escríbanos.\n\nUn saludo", "es"),
    ("Buongiorno,\n\ngrazie per l'ordine 113-4829175-6630214.\n\nSe la borsa le piace, lasci una recensione su "
     "Amazon; altrimenti ci scriva.\n\nSaluti", "it"),
])
def test_review_request_is_not_thank_you_only(body: str, tld: str) -> None:
    assert not fires("type.thank-you-only", body, tld)


@pytest.mark.parametrize(("body", "tld"), [
    ("Hola:\n\nGracias por el pedido 113-4829175-6630214.\n\nSi tiene cualquier duda, escríbanos.\n\nUn saludo", "es"),
    ("Buongiorno,\n\ngrazie per l'ordine 113-4829175-6630214.\n\nSe ha bisogno di qualcosa, ci scriva.\n\nSaluti", "it"),
])
def test_offer_of_help_alone_is_still_thank_you_only(body: str, tld: str) -> None:
    assert fires("type.thank-you-only", body, tld)
