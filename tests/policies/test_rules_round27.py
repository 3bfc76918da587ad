"""Classes a twenty-seventh independent corpus (a second blind round for Portuguese, Dutch, Swedish, Polish,
Turkish and Arabic) found.

- content.phone-number: a carrier named in the genitive or a declined form is still the carrier ("PostNords
  kundtjänst", "Postens", "PostNL's klantenservice", "infolinii InPostu", "Poczty Polskiej");
- type.thank-you-only: the condition of an offer of help ("Mocht er iets zijn, ...", "Om något skulle krångla,
  ...", "Se algo der errado, ...", "Jeśli coś pójdzie nie tak, ...") is warmth like the offer itself;
- return.unnecessary: the refund confirmation of an out-of-stock notice ("Cała kwota zamówienia została
  zwrócona", where 'zwrot' is both return and refund) is no buyer's return;
- content.sensitive: a short Swedish text the model reads as Danish or Norwegian (no word lists) is checked with
  the Swedish lists; a person called an animal in Arabic ("المندوب حمار", "زي الحمار", not "حمار وحشي");
- type.order-confirmation: Swedish "är packad och skickad", "skickad med Budbee";
- review.removal-request: "yorumunuzu düzenleyebilir misiniz", "je review bewerken" (edit) ask for a change;
- language.mismatch: a short text the model reads, unsure, as a close neighbour of the buyer's language or as
  the buyer's language itself, is written in the neighbour when it has the neighbour's own words and none of the
  buyer's language's ("Vi trenger ... Vennlig hilsen" or "Hei, kan du svare ..." to a Swedish buyer, "wir
  brauchen ... Grüße" to a Dutch one, "usted ... gracias" to a Portuguese one).

Made-up wordings (not the corpus's sentences), with near-miss negatives that must stay clean.
"""

from __future__ import annotations

import pytest

import policies.language
from policies import phrases
from policies.rules.order import _close_call
from tests.policies.test_rules_messagetypes import OID, hits, make_ctx


def _fires(rule_id: str, body: str, **kw: object) -> bool:
    return bool(hits(rule_id, make_ctx(body, **kw)))  # type: ignore[arg-type]


# --- content.phone-number: carriers in the genitive and declined ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Postens kundservice svarar på 0771-33 33 10 om du vill efterlysa paketet.",
        "Budbees support når du på 08-123 456 78 med ditt sändningsnummer.",
        "PostNL's klantenservice is bereikbaar op 088 225 5651, vraag naar het pakket.",
        "DHL's servicelijn: 090 222 333 45 (met je zendingnummer bij de hand).",
        "Infolinia InPostu: 722 444 000, podaj numer przesyłki.",
        "Zadzwoń do Poczty Polskiej pod numer 43 842 06 00 i podaj numer nadania.",
    ],
)
def test_carrier_in_genitive_or_declined_allows_its_number(line: str) -> None:
    body = f"Hej,\n\nOrder {OID}: paketet är försenat.\n\n{line}\n\nMvh\nButiken"
    assert not _fires("content.phone-number", body, reply=True)


@pytest.mark.parametrize(
    "line",
    [
        "Vår egen kundtjänst nås på 0771-44 55 66 alla vardagar.",
        "Onze klantenservice is bereikbaar op 088 123 4567, ook in het weekend.",
        "Nasza infolinia: 600 123 456, dzwoń śmiało.",
        "Postnummer 41120, men ring oss på 031-12 34 56.",
    ],
)
def test_own_number_still_fires(line: str) -> None:
    body = f"Hej,\n\nOrder {OID}.\n\n{line}\n\nMvh\nButiken"
    assert _fires("content.phone-number", body, reply=True)


# --- type.thank-you-only: the condition of an offer of help --------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        f"Hallo,\n\nBedankt voor uw bestelling {OID}!\nAls er iets misgaat, we helpen u graag verder.\n\nGroet,\nWinkel",
        f"Hoi,\n\nDank je wel voor je aankoop ({OID}). Is er iets mis met je pakket, laat het ons gerust weten.\n\nTeam",
        f"Hej!\n\nTack för din beställning {OID}! Om något skulle krångla, hör bara av dig.\n\nHälsningar\nButiken",
        f"Olá!\n\nObrigado pela compra {OID}. Se alguma coisa não estiver certa, é só chamar a gente.\n\nAbraços",
        f"Dzień dobry,\n\ndziękujemy za zamówienie {OID}. Jeśli coś pójdzie nie tak, jesteśmy do dyspozycji.\n\nSklep",
    ],
)
def test_thanks_with_conditional_offer_of_help_fires(body: str) -> None:
    assert _fires("type.thank-you-only", body)


@pytest.mark.parametrize(
    "body",
    [
        # the same condition before a real statement or a review request
        f"Hallo,\n\nBedankt voor uw bestelling {OID}! Mocht er iets misgaan met de montage: de schroeven zitten "
        "in het zakje onder de bodem.\n\nGroet,\nWinkel",
        f"Hoi,\n\nDank je wel voor je aankoop ({OID}). Als er iets mis is, schrijf dan eerst geen review maar "
        "stuur ons een bericht.\n\nTeam",
        f"Hej!\n\nTack för din beställning {OID}! Lampan behöver en E14-sockel. Om något skulle krångla, hör "
        "av dig.\n\nHälsningar\nButiken",
        f"Olá!\n\nObrigado pela compra {OID}. O carregador é bivolt. Se algo der errado, é só chamar.\n\nAbraços",
        f"Dzień dobry,\n\ndziękujemy za zamówienie {OID}. Gdyby coś było nie tak, prosimy o opinię na Amazonie "
        "dopiero po kontakcie z nami.\n\nSklep",
    ],
)
def test_condition_before_a_statement_is_no_thank_you_only(body: str) -> None:
    assert not _fires("type.thank-you-only", body)


# --- return.unnecessary: a stock-out's refund confirmation ---------------------------------------------------


def test_out_of_stock_refund_confirmation_is_no_return() -> None:
    body = (
        f"Dzień dobry,\n\nniestety zabrakło w magazynie lampy z zamówienia {OID} i nie możemy jej wysłać. "
        "Pełna kwota została zwrócona przez Amazon, powód: brak towaru.\n\nPozdrawiamy,\nSklep"
    )
    assert not _fires("return.unnecessary", body)
    assert not _fires("order-problem.no-adjustment", body)


def test_a_return_message_with_a_refund_still_fires() -> None:
    body = (
        f"Dzień dobry,\n\notrzymaliśmy zgłoszenie zwrotu kurtki z zamówienia {OID}. Kwota zostanie zwrócona "
        "po otrzymaniu paczki.\n\nPozdrawiamy,\nSklep"
    )
    assert _fires("return.unnecessary", body)


# --- language.mismatch: neighbour words in a close call ------------------------------------------------------


@pytest.mark.parametrize(
    ("want", "text"),
    [
        ("sv", "Hei, vi trenger etasjen din. Vennlig hilsen, Butikken"),
        ("sv", "Hej, vi mangler dit husnummer. Venlig hilsen"),
        ("sv", "Kan du bekrefte adressen? Takk!"),
        ("nl", "Hallo, wir brauchen noch die Hausnummer. Grüße"),
        ("pt", "Hola, ¿nos puede enviar el número del apartamento? Gracias"),
    ],
)
def test_neighbour_words_without_own_words(want: str, text: str) -> None:
    assert phrases.search("language.close_foreign", text, want) is not None
    assert phrases.search("language.close_own", text, want) is None


@pytest.mark.parametrize(
    ("want", "text"),
    [
        ("sv", "Hej, vi behöver ditt våningsnummer. Vänliga hälsningar"),
        ("sv", "Hej! Kan du svara med portkoden? Tack"),
        ("sv", "Hej, vi mangler inte numret."),
        ("nl", "Hallo, we hebben nog uw huisnummer nodig. Met vriendelijke groet"),
        ("pt", "Olá, responda CANCELAR se quiser cancelar a compra."),
        ("pt", "Oi, precisamos do número do apartamento. Obrigado!"),
    ],
)
def test_own_language_words_keep_the_close_call(want: str, text: str) -> None:
    assert phrases.search("language.close_own", text, want) is not None


def test_close_call_with_neighbour_words_is_no_close_call(monkeypatch: pytest.MonkeyPatch) -> None:
    # the model unsure between Norwegian and Swedish, as it is on short texts
    monkeypatch.setattr(policies.language, "detect", lambda text: [("no", 0.55), ("sv", 0.3)])
    assert not _close_call("Hei, vi trenger etasjen din for å levere pakken. Vennlig hilsen", "no", "sv")
    assert _close_call("Hej, vi behöver veta våningen för att leverera paketet. Hälsningar", "no", "sv")
    monkeypatch.setattr(policies.language, "detect", lambda text: [("es", 0.45), ("pt", 0.35)])
    assert not _close_call("Hola, necesitamos el número de su casa. Gracias", "es", "pt")
    assert _close_call("Olá, responda CANCELAR se quiser cancelar a compra.", "es", "pt")


def _with_language(body: str, language: str) -> bool:
    from tests.policies.test_rules_round13 import _with_order

    return bool(hits("language.mismatch", _with_order(body, language=language)))


def test_neighbour_read_as_the_buyers_language_is_reported() -> None:
    # Norwegian the model reads as Swedish (sv 52 %): its words say otherwise
    body = f"Hei,\n\nKan du svare med leilighetsnummeret ditt? Det mangler på bestillingen {OID}.\n\nVennlig hilsen\nTeam"
    assert _with_language(body, "sv")


@pytest.mark.parametrize(
    ("language", "body"),
    [
        ("sv", f"Hej!\n\nKan du svara med lägenhetsnumret? Det saknas på order {OID}.\n\nHälsningar\nTeam"),
        ("sv", f"Hej!\n\nKan du svara med portkoden till order {OID}?\n\nMvh Jonas"),
        ("pt", f"Oi, tudo bem? Pode responder com o número do apartamento do pedido {OID}?"),
        (
            "nl",
            f"Hoi,\n\nWe missen nog je huisnummer voor bestelling {OID}. Kun je even antwoorden?\n\nGroetjes",
        ),
    ],
)
def test_short_text_in_the_buyers_language_stays_clean(language: str, body: str) -> None:
    assert not _with_language(body, language)


# --- review.removal-request: "edit your review" (Turkish düzenle-, Dutch bewerken) -----------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Sorun çözüldüğüne göre yorumunuzu düzenleyebilir misiniz?",
        "Değerlendirmeni düzenlersen çok seviniriz.",
        "Puanınızın düzenlenmesini rica ediyoruz.",
        "Kun je je review bewerken nu het opgelost is?",
        "Bewerk gerust uw beoordeling nu de nieuwe lamp werkt.",
        "Uw recensie kan nu misschien bewerkt worden, nu alles in orde is?",
    ],
)
def test_edit_your_review_fires(line: str) -> None:
    assert _fires("review.removal-request", f"Hello,\n\n{line} ({OID})\n\nShop")


@pytest.mark.parametrize(
    "line",
    [
        "Siparişinizdeki adres satırını düzenledik, kargo yarın çıkıyor.",
        "Ürün sayfasındaki açıklamayı yorumlar doğrultusunda düzenledik.",
        "Amazon'da yorumunuzu istediğiniz zaman düzenleyebilirsiniz; bu tamamen size kalmış.",
        "We hebben de productpagina bewerkt op basis van de reviews.",
        "U kunt uw review op Amazon altijd zelf bewerken, dat is helemaal aan u.",
    ],
)
def test_editing_other_things_or_saying_it_can_be_done_stays_clean(line: str) -> None:
    assert not _fires("review.removal-request", f"Hello,\n\n{line} ({OID})\n\nShop")


# --- content.sensitive: a short Swedish text read as Danish; a person called an animal (Arabic) ---------------


def test_short_swedish_read_as_a_neighbour_is_checked_with_swedish_lists() -> None:
    body = f"Hej,\n\nDet jävla budet slängde lådan ({OID}).\n\nMvh"
    assert _fires("content.sensitive", body, reply=True)
    assert not _fires(
        "content.sensitive", f"Hej,\n\nBudet lämnade lådan vid dörren ({OID}).\n\nMvh", reply=True
    )


@pytest.mark.parametrize(
    "line",
    [
        "السواق ده حيوان، رمى الكرتونة على الأرض.",
        "المندوبين حمير؟ لا، المندوب جحش رمى الطرد.",
        "رمى الطرد زي الحمار.",
    ],
)
def test_person_called_an_animal_fires(line: str) -> None:
    assert _fires("content.sensitive", f"مرحبا،\n\n{line} ({OID})\n\nتحياتنا", reply=True)


@pytest.mark.parametrize(
    "line",
    [
        "أرسلنا لك لعبة الحمار المحشوة مع الطلب.",
        "النقشة مثل الحمار الوحشي بالضبط.",
        "المندوب حيوصل بكرة الصبح إن شاء الله.",
        "مندوب الشحن سيتصل بكم قبل التوصيل.",
    ],
)
def test_animal_words_without_an_insult_stay_clean(line: str) -> None:
    assert not _fires("content.sensitive", f"مرحبا،\n\n{line} ({OID})\n\nتحياتنا", reply=True)


# --- type.order-confirmation: Swedish "är packad och skickad", "skickad med Budbee" ----------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Din beställning är packad och skickad i dag.",
        "Paketet är packat och skickat, spårningsnummer kommer från PostNord.",
        "Lampan är skickad med Instabox i morse.",
    ],
)
def test_swedish_packed_and_sent_is_a_dispatch_confirmation(line: str) -> None:
    assert _fires("type.order-confirmation", f"Hej!\n\n{line} ({OID})\n\nMvh\nButiken")


def test_swedish_sent_with_a_question_is_not_only_a_confirmation() -> None:
    body = (
        f"Hej,\n\nErsättningsdelen blir skickad med PostNord när du har bekräftat adressen. Vilken adress gäller "
        f"({OID})?\n\nMvh"
    )
    assert not _fires("type.order-confirmation", body)
