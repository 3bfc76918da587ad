"""Round 38 (corpus_thirtyeighth): precision, compliant mail a keyword filter would block.

Two false alarms, each a class:
- a date followed by the hour of a time ("Em 08/06/2026 18:04, Cliente Amazon escreveu:", "am 05.06.2026
  14:30 Uhr", "17.06.2026 8-12 Uhr") read as a ten-digit phone number: the candidate class takes the space
  and stops at the colon. Dates before a time are no phone numbers in any language;
- a reply explaining that the listing's promotion missed the buyer's order ("the 15% promotion shown on our
  listing ... stopped it from applying to your order", "la promotion de 15 % ... n'a pas été appliquée à
  votre commande", "la promozione del 15% ... non è stata applicata al suo ordine") read as marketing.
Same-vocabulary near-misses (a real phone number, a promotion's terms, a proactive message) still fire.
"""

from __future__ import annotations

import pytest

from policies import Context, parse_message
from policies.rule import registered
from policies.rules.content import phone_numbers
from tests.policies.test_rules_messagetypes import NOW, OID

REGIONS = ("BR", "US", "GB", "DE", "FR", "IT", "ES", "JP", "NL", "SE", "PL")


def _ctx(body: str, tld: str, *, reply: bool) -> Context:
    head = [
        "From: Shop <shop@example.com>", f"To: q8w2e4r6t1@marketplace.amazon.{tld}", f"Subject: Re: {OID}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000", "Message-ID: <r38@example.com>", "MIME-Version: 1.0",
    ]
    if reply:
        head += ["In-Reply-To: <r38-buyer@amazonses.com>", "References: <r38-buyer@amazonses.com>"]
    raw = "\r\n".join([*head, "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
                       body.replace("\n", "\r\n")]).encode("utf-8")
    return Context(parse_message(raw), NOW)


def _fires(rule: str, body: str, tld: str, *, reply: bool = True) -> bool:
    return bool(list(registered()[rule].check(_ctx(body, tld, reply=reply))))


DATE_TIMES: list[tuple[bool, str]] = [
    (False, "Em 03/07/2026 17:45, Cliente Amazon escreveu:"),
    (False, "Die Spedition kommt am 04.07.2026 13:30 Uhr."),
    (False, "Sent: 07/03/2026 09:05"),
    (False, "Skickat: 2026-07-03 17:45"),
    (False, "Le 03.07.2026 17.45, client Amazon a écrit :"),
    (False, "Lieferfenster: 09.07.2026 8-12 Uhr"),
    (False, "Bezorging 09-07-2026 8-12 uur"),
    (False, "Livraison prévue le 09/07/2026 08-12h."),
    # same shape, but a real number: no time after the hour, or a phone number's own groups
    (True, "Rufen Sie uns an: 04.07.2026 13"),
    (True, "Appelez-nous au 04 72 18 30 55."),
    (True, "Chiamateci allo 02 4851 7730."),
    (True, "Call our office on 0161 496 0752 between 9:00 and 17:00."),
]


@pytest.mark.parametrize(("want", "text"), DATE_TIMES)
def test_a_date_and_time_is_no_phone_number(want: bool, text: str) -> None:
    assert any(not allowed for _, allowed in phone_numbers(text, REGIONS)) is want


def test_portuguese_attribution_with_date_and_time_is_not_a_phone_number() -> None:
    body = ("Olá,\n\nSegue em anexo a nota fiscal do seu pedido.\n\nAtenciosamente,\nLoja Exemplo\n\n"
            "Em 03/07/2026 17:45, Cliente Amazon escreveu:\n> Preciso da nota fiscal, por favor.\n")
    assert not _fires("content.phone-number", body, "com.br")
    assert _fires("content.phone-number", body.replace("Loja Exemplo", "Loja Exemplo, ligue (11) 3456-7890"),
                  "com.br")


PROMOTIONS: list[tuple[bool, str, str, bool]] = [
    # (fires, tld, text, reply)
    (False, "com", "The 20% promotion shown on our listing didn't apply to your order, so we refunded $3.10.", True),
    (False, "com", "The 10% promotion was on the listing when you ordered, but a setting on our side stopped it "
                   "from applying. We've refunded the difference.", True),
    (False, "fr", "La remise de 20 % affichée sur l'annonce n'a pas été appliquée à votre commande ; nous avons "
                  "remboursé la différence.", True),
    (False, "fr", "La promotion de 20 % affichée sur notre annonce n'a pas été appliquée à votre commande.", True),
    (False, "it", "La promozione del 20% indicata nell'inserzione non è stata applicata al suo ordine: abbiamo "
                  "rimborsato la differenza.", True),
    # a promotion offered, its terms, or the same explanation sent unasked: still marketing
    (True, "com", "Our 20% promotion runs until Sunday, so order again soon.", True),
    (True, "com", "The summer promotion doesn't apply to sale items, but our new range is 20% off.", True),
    (True, "fr", "La promotion de 20 % n'a pas été appliquée aux articles soldés, mais découvrez nos nouveautés.",
     True),
    (True, "fr", "La promotion de 20 % affichée sur notre annonce n'a pas été appliquée à votre commande.", False),
    (True, "it", "La nostra promozione del 20% vale fino a domenica.", True),
]


@pytest.mark.parametrize(("want", "tld", "text", "reply"), PROMOTIONS)
def test_the_buyers_missed_promotion_explained_is_not_marketing(want: bool, tld: str, text: str,
                                                                 reply: bool) -> None:
    assert _fires("type.marketing", text, tld, reply=reply) is want


# Found by probing this corpus's theme beyond its cases: a product or brand named "Five Star" (+ a capitalised
# word) was a five-star steer and a review mention at once, so review.incentive rejected a sentence that asks
# for nothing; a buyer's coupon "you clipped" was no buyer's code.
FIVE_STAR_NAMES: list[tuple[bool, str]] = [
    (False, "The Five Star Planner has 180 pages and a ribbon marker."),
    (False, "Your 5-Star Grill Brush ships on Monday with the spare head."),
    (False, "How is your Five Star Planner? We'd appreciate an honest review on Amazon, good or bad."),
    (True, "Please leave us a Five Star Review on Amazon."),
    (True, "A Five Star Amazon review would mean the world to us."),
    (True, "Please give us Five Stars for the planner."),
    (True, "Please rate us 5 Star Excellent on Amazon."),
    (True, "Tell us about your Five Star Experience in a review."),
    (True, "We'd love a five-star review of the planner."),
]


@pytest.mark.parametrize(("want", "text"), FIVE_STAR_NAMES)
def test_a_five_star_brand_name_is_no_steer(want: bool, text: str) -> None:
    assert _fires("review.incentive", text, "com", reply=False) is want


@pytest.mark.parametrize(("want", "text"), [
    (False, "The coupon you clipped on the listing was applied at checkout: the $4 shows on your invoice."),
    (True, "Clip the coupon on our listing before your next order for 10% off."),
])
def test_the_coupon_you_clipped_is_the_buyers(want: bool, text: str) -> None:
    assert _fires("type.marketing", text, "com", reply=True) is want


# A reference label joined to its number by a copula ("the part number for the filter is …", "Ersatzteilnummer
# lautet …", "la referencia del filtro es …", "il codice del ricambio è …"): the gap was over six characters, so
# the label no longer named the number. Spare-part, lot and model labels join the lists (de, fr, es, it).
REFERENCES: list[tuple[bool, str]] = [
    (False, "The spare part number for the valve is 0161 358 2240."),
    (False, "The serial number on the rating plate reads 0161 358 2240."),
    (False, "Die Ersatzteilnummer lautet 0 611 358 224."),
    (False, "Die Sachnummer des Ventils ist 2 607 358 224."),
    (False, "Le numéro de pièce est le 0 611 358 22."),
    (False, "Référence de la valve : 0 611 358 22"),
    (False, "La referencia de la válvula es 0 611 358 22."),
    (False, "Número de pieza: 0 611 358 22"),
    (False, "Il codice del ricambio è 0 611 358 22."),
    (False, "Het onderdeelnummer van de klep is 0 611 358 224."),
    (False, "Reservdelsnumret för ventilen är 0 611 358 224."),
    (True, "Ons klantenservicenummer is 020 358 2240."),
    (True, "Vårt kundtjänstnummer är 08-358 224 00."),
    # the same shape naming a support line, not a reference: still a phone number
    (True, "Our customer service number is 0161 358 2240."),
    (True, "For questions on your order, the number is 0161 358 2240."),
    (True, "Die Nummer des Kundenservice lautet 0821 358224."),
    (True, "Le numéro du service client est le 04 72 35 82 24."),
    (True, "Il numero del servizio clienti è 02 4835 8224."),
    (True, "El teléfono de atención al cliente es 912 358 224."),
]


@pytest.mark.parametrize(("want", "text"), REFERENCES)
def test_a_reference_label_with_a_copula_still_names_its_number(want: bool, text: str) -> None:
    assert any(not allowed for _, allowed in phone_numbers(text, REGIONS)) is want


# The buyer's review cited for what it reports, then a free remedy in the same sentence ("Vous mentionnez dans
# votre avis que … : nous vous envoyons gratuitement un couvercle neuf"): a citation of the review is set aside
# like thanks for it (review.acknowledge), so the remedy rewards no review; a remedy offered for changing or
# writing a review still fires.
REMEDIES: list[tuple[bool, str, str]] = [
    (False, "fr", "Vous indiquez dans votre avis que la poignée bouge : nous vous envoyons gratuitement une poignée neuve."),
    (False, "es", "En su reseña menciona que el asa se mueve; le enviamos gratis un asa nueva."),
    (False, "com", "In your review you mention the handle wobbles, so we'll send you a free replacement handle."),
    (False, "de", "In Ihrer Bewertung schreiben Sie, dass der Griff wackelt; wir schicken Ihnen kostenlos einen neuen Griff."),
    (False, "it", "Nella sua recensione scrive che il manico si muove: le spediamo gratis un manico nuovo."),
    (True, "fr", "Vous indiquez dans votre avis que la poignée bouge ; si vous modifiez votre avis, nous vous envoyons "
                 "gratuitement une poignée neuve."),
    (True, "es", "Déjenos una reseña y le enviamos gratis un asa nueva."),
    (True, "com", "In your review you mention the handle wobbles; if you update your review we'll send you a free "
                  "replacement handle."),
    (True, "it", "Le spediamo gratis un manico nuovo se lascia una recensione."),
    (False, "nl", "In uw review schrijft u dat het handvat wiebelt; we sturen u gratis een nieuw handvat."),
    (False, "se", "I din recension skriver du att handtaget glappar; vi skickar ett nytt handtag kostnadsfritt."),
    (False, "pl", "W swojej opinii pisze Pani, że uchwyt się rusza; wysyłamy bezpłatnie nowy uchwyt."),
    (False, "com.br", "Na sua avaliação você comenta que a alça balança; enviamos uma alça nova grátis."),
    (True, "nl", "Als u uw review aanpast, sturen we u gratis een nieuw handvat."),
    (True, "com.br", "Se você mudar sua avaliação, enviamos uma alça nova grátis."),
]


@pytest.mark.parametrize(("want", "tld", "text"), REMEDIES)
def test_a_remedy_after_the_buyers_review_cited_rewards_nothing(want: bool, tld: str, text: str) -> None:
    assert _fires("review.incentive", text, tld, reply=True) is want
