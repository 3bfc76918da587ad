"""Polish (amazon.pl): every topic of policies/data/pl with made-up wordings, not the sentences of
tests/corpus_pl. Both registers (Pan/Pani/Państwo and ty), inflected forms (opinia/opinię/opinii,
ocena/ocenę, recenzja/recenzję, gwiazdki/gwiazdek), text written without Polish diacritics; violations
that must fire (rule ID asserted) and compliant near-misses with the same vocabulary that must stay clean."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from policies import Context, evaluate, parse_message
from policies.rule import registered

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
OID = "405-3318842-7719230"


def _ctx(body: str, subject: str = f"Zamówienie {OID}", *, reply: bool = False,
         reviewed: frozenset[str] = frozenset()) -> Context:
    headers = [
        "From: Sklep <sklep@example.pl>",
        "To: k3x9m2p7q1w8z5v@marketplace.amazon.pl",
        f"Subject: {subject}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000",
        "Message-ID: <pl1@example.pl>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    if reply:
        headers.append("In-Reply-To: <buyer-question@marketplace.amazon.pl>")
    raw = ("\r\n".join(headers) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")
    return Context(parse_message(raw), NOW, reviewed_orders=reviewed)


def _fires(rule_id: str, body: str, **kw: object) -> bool:
    ctx = _ctx(body, **kw)  # type: ignore[arg-type]
    r = registered()[rule_id]
    if r.proactive_only and ctx.message.is_reply:
        return False
    return bool(list(r.check(ctx)))


def _all(body: str, **kw: object) -> set[str]:
    return {f.rule for f in evaluate(_ctx(body, **kw)).findings}  # type: ignore[arg-type]


def _msg(*sentences: str, hello: str = "Dzień dobry,", bye: str = "Pozdrawiamy\nSklep Zielony Kąt") -> str:
    return f"{hello}\n\n" + "\n".join(sentences) + f"\n\n{bye}"


CARE = f"Lampę z zamówienia {OID} najlepiej czyścić suchą, miękką ściereczką."
CARE_TY = f"Ładowarkę z zamówienia {OID} podłączaj tylko do gniazdka z uziemieniem."

# --- review.incentive ----------------------------------------------------------------------------

INCENTIVES = [
    _msg(CARE, "Za wystawienie opinii na Amazonie otrzyma Pan bon podarunkowy o wartości 30 zł."),
    _msg(CARE_TY, "Napisz recenzję, a dostaniesz od nas darmowy zestaw filtrów.", hello="Hej,"),
    _msg(CARE, "Każdej osobie, która doda recenzję ze zdjęciem, zwracamy 15% ceny produktu."),
    _msg(CARE, "Prosimy o ocenę produktu. W podziękowaniu odeślemy Pani kartę podarunkową Amazon."),
    _msg(CARE_TY, "Wystaw nam maksymalną ocenę na Amazonie, bardzo na to liczymy!", hello="Cześć,"),
    _msg(CARE, "Będziemy wdzięczni za pozytywną opinię o lampie na Amazon.pl."),
    _msg(CARE, "Pieciogwiazdkowa recenzja bardzo by nam pomogla."),
    _msg(CARE_TY, "Zostaw nam opinie na piec gwiazdek, a w zamian dorzucimy gratis kabel.", hello="Czesc,"),
    _msg(CARE, "Nie pogardzilibyśmy pięcioma gwiazdkami w Pana opinii na Amazonie."),
    _msg(CARE, "Prosimy o recenzję na Amazonie.", "Wszyscy, którzy ją napiszą, wezmą udział w losowaniu nagród."),
]


@pytest.mark.parametrize("body", INCENTIVES)
def test_incentive_or_steering_fires(body: str) -> None:
    assert _fires("review.incentive", body)


NEUTRAL_REVIEWS = [
    _msg(CARE, "Jeśli znajdzie Pan chwilę, prosimy o szczerą opinię o lampie na Amazonie."),
    _msg(CARE_TY, "Napisz proszę recenzję na Amazonie - pozytywną czy negatywną, każda nam pomaga.", hello="Hej,"),
    _msg(CARE, "Bylibysmy wdzieczni za recenzje produktu, niezaleznie od tego, jaka bedzie."),
    _msg(CARE, "Prosimy o opinię o produkcie. Nie oferujemy za nią żadnych rabatów ani prezentów."),
    # a free replacement part answering a complaint, next to thanks for the buyer's feedback
    _msg("Dziękujemy za Pana uwagi, przekazaliśmy je producentowi.",
         "Wyślemy bezpłatnie nowy klosz w miejsce pękniętego."),
    # a hotel's stars and an expert opinion are no review
    _msg(CARE, "Lampa zdobi lobby hotelu pięciogwiazdkowego w Krakowie, stąd jej nazwa."),
]


@pytest.mark.parametrize("body", NEUTRAL_REVIEWS)
def test_neutral_review_request_or_remedy_is_no_incentive(body: str) -> None:
    assert not _fires("review.incentive", body)


# --- review.conditional -----------------------------------------------------------------------------

GATING = [
    _msg(CARE, "Jeżeli lampa spełniła Pani oczekiwania, prosimy o opinię na Amazonie."),
    _msg(CARE_TY, "Podoba Ci się ładowarka? Jeśli tak, zostaw nam recenzję.", hello="Hej,"),
    _msg(CARE, "Prosimy o ocenę produktu wyłącznie wtedy, gdy wszystko było w porządku."),
    _msg(CARE, "Zanim wystawi Pan ocenę, prosimy najpierw o kontakt w razie problemów.",
         "Opinie na Amazonie są dla nas bardzo ważne."),
    _msg(CARE_TY, "Jesli wszystko gra, napisz opinie na Amazonie.", hello="Czesc,"),
]


@pytest.mark.parametrize("body", GATING)
def test_review_gating_fires(body: str) -> None:
    assert _fires("review.conditional", body)


NOT_GATING = [
    _msg(CARE, "Prosimy o opinię na Amazonie, niezależnie od tego, czy lampa się Pani spodobała, czy nie."),
    # help offered with no tie to a review
    _msg(CARE, "Jeśli coś jest nie tak z lampą, prosimy o wiadomość, wymienimy ją."),
    _msg(CARE_TY, "Jeśli ładowarka się sprawdza, świetnie; gniazdko z uziemieniem to podstawa.", hello="Hej,"),
]


@pytest.mark.parametrize("body", NOT_GATING)
def test_every_buyer_asked_or_no_review_is_not_gating(body: str) -> None:
    assert not _fires("review.conditional", body)


# --- review.removal-request ---------------------------------------------------------------------------

REMOVALS = [
    _msg("Nowy zasilacz już do Pana jedzie.", "Czy mógłby Pan w związku z tym skasować swoją jednogwiazdkową recenzję?"),
    _msg("Wymieniliśmy lampę na nową.", "Prosimy o ponowne rozważenie Pani oceny na Amazonie."),
    _msg("Problem z kablem rozwiązany.", "Może podniesiesz nam ocenę z dwóch gwiazdek na pięć?", hello="Hej,"),
    _msg("Sprawa jest zalatwiona.", "Prosimy o edycje opinii, ktora Pani wystawila w zeszlym tygodniu."),
    _msg("Zwrot środków już zlecony.", "Negatywną opinię mógłby Pan teraz usunąć, bardzo prosimy."),
]


@pytest.mark.parametrize("body", REMOVALS)
def test_request_to_change_a_review_fires(body: str) -> None:
    assert _fires("review.removal-request", body, reply=True)


NOT_REMOVALS = [
    _msg("Dziękujemy za zaktualizowanie opinii, to miłe z Pani strony."),
    _msg(CARE, "Opinię na Amazonie może Pan w każdej chwili zmienić lub usunąć w swoim koncie."),
    _msg("Usunęliśmy usterkę zgodnie z opinią serwisu producenta."),
]


@pytest.mark.parametrize("body", NOT_REMOVALS)
def test_thanks_information_or_expert_opinion_is_no_removal_request(body: str) -> None:
    assert not _fires("review.removal-request", body, reply=True)


# --- review requests: recognised (review.repeat) and not ----------------------------------------------

REQUESTS = [
    _msg(CARE, "Będzie nam bardzo miło, jeśli oceni Pani lampę na Amazonie."),
    _msg(CARE_TY, "Podziel się proszę wrażeniami z użytkowania na Amazonie.", hello="Hej,"),
    _msg(CARE, "Uprzejmie prosimy o wystawienie recenzji produktu."),
    _msg(CARE, "Krótka opinia na Amazonie? Pomoże innym kupującym."),
    _msg(CARE, "Zachecamy do dodania komentarza o produkcie na Amazonie."),
]


@pytest.mark.parametrize("body", REQUESTS)
def test_a_second_review_request_is_a_repeat(body: str) -> None:
    assert _fires("review.repeat", body, reviewed=frozenset({OID}))


NOT_REQUESTS = [
    _msg("Po ocenie stanu technicznego zwróconej lampy prosimy o podanie numeru konta."),
    _msg("Zgodnie z opinią rzeczoznawcy prosimy o przesłanie zdjęć uszkodzenia."),
    _msg("Prosimy o wystawienie faktury na dane firmy podane w zamówieniu."),
    _msg("W komentarzu do zamówienia prosimy wpisać numer mieszkania."),
    _msg("Dziękujemy za wystawienie opinii, cieszymy się, że lampa się sprawdza."),
]


@pytest.mark.parametrize("body", NOT_REQUESTS)
def test_inspection_invoice_or_thanks_is_no_review_request(body: str) -> None:
    assert not _fires("review.repeat", body, reviewed=frozenset({OID}))


# --- type.marketing ------------------------------------------------------------------------------------

MARKETING = [
    _msg(CARE, "Z kodem WIOSNA10 zapłaci Pan 10% mniej za kolejne zamówienie."),
    _msg(CARE_TY, "Śledź nas na TikToku, pokazujemy tam nowości!", hello="Hej,"),
    _msg(CARE, "Zapraszamy na nasz profil na Facebooku."),
    _msg(CARE, "Sprawdź też nasze pozostałe akcesoria do lamp w sklepie na Amazonie."),
    _msg(CARE, "Zapisz sie na nasz newsletter, a dostaniesz powiadomienia o wyprzedazach."),
    _msg(CARE, "Może Panią również zainteresować nasza nowa kolekcja abażurów."),
    _msg(CARE, "Trwa wielka wyprzedaż letnia - do -40% na oświetlenie ogrodowe."),
]


@pytest.mark.parametrize("body", MARKETING)
def test_marketing_fires(body: str) -> None:
    assert _fires("type.marketing", body)


NOT_MARKETING = [
    _msg("Cena promocyjna obowiązywała tylko do niedzieli, dlatego różnicę zwróciliśmy."),
    _msg("To nie jest newsletter: piszemy wyłącznie w sprawie Pana zamówienia " + OID + "."),
    _msg(CARE, "Może Pana zainteresować, że żarówka ma trzy tryby jasności."),
    _msg(CARE, "Obserwuj diodę na obudowie: miga na zielono podczas ładowania."),
]


@pytest.mark.parametrize("body", NOT_MARKETING)
def test_information_is_not_marketing(body: str) -> None:
    assert not _fires("type.marketing", body, reply=True)


# --- link.opt-out ---------------------------------------------------------------------------------------

OPT_OUTS = [
    _msg(CARE, "Nie chcesz więcej takich wiadomości? Odpowiedz słowem NIE."),
    _msg(CARE, "Jeżeli nie życzy Pan sobie otrzymywać od nas e-maili, prosimy o informację."),
    _msg(CARE, "Aby wypisać się z naszej listy, wystarczy odpisać."),
    _msg(CARE_TY, "Wystarczy odpisac stop, a przestaniemy pisac.", hello="Hej,"),
    _msg(CARE, "Możesz zrezygnować z subskrypcji w każdej chwili."),
]


@pytest.mark.parametrize("body", OPT_OUTS)
def test_opt_out_fires(body: str) -> None:
    assert "link.opt-out" in _all(body)


NOT_OPT_OUTS = [
    _msg("Proszę nacisnąć STOP na pilocie, a potem przytrzymać przycisk zasilania."),
    _msg("Jeśli nie chce Pani odsyłać lampy, możemy zaproponować częściowy zwrot 40 zł."),
    _msg("Przycisk Stop zatrzymuje silnik od razu, bez opóźnienia."),
]


@pytest.mark.parametrize("body", NOT_OPT_OUTS)
def test_stop_button_or_not_wanting_to_return_is_no_opt_out(body: str) -> None:
    assert "link.opt-out" not in _all(body, reply=True)


# --- content.phone-number and content.email-address ----------------------------------------------------

PHONES = [
    _msg(CARE, "W razie pytań prosimy dzwonić pod 512 44 78 90."),
    _msg(CARE, "Nasza infolinia: 801 22 33 44 (pn-pt 9-17)."),
    _msg(CARE_TY, "Zadzwoń śmiało: +48 691-204-337.", hello="Hej,"),
    _msg(CARE, "Biuro sklepu: tel. 58 300 12 45."),
]


@pytest.mark.parametrize("body", PHONES)
def test_shop_phone_number_fires(body: str) -> None:
    assert "content.phone-number" in _all(body)


ALLOWED_NUMBERS = [
    _msg(CARE, "Gwarancję obsługuje producent, infolinia serwisu gwarancyjnego: 22 555 01 02."),
    _msg(CARE, "Kurier InPost poda termin; w razie pytań do przewoźnika: 722 444 000."),
    _msg(CARE, "Sklep Zielony Kąt sp. z o.o., NIP 782-251-09-43, REGON 301842256, KRS 0000512345."),
    _msg(CARE, "Faktura nr 2026/06/118, numer przesyłki 6204118700154230."),
]


@pytest.mark.parametrize("body", ALLOWED_NUMBERS)
def test_warranty_carrier_or_register_numbers_pass(body: str) -> None:
    assert "content.phone-number" not in _all(body)


EMAILS = [
    _msg(CARE, "Zdjęcia prosimy przesłać na: reklamacje małpa zielonykat kropka pl"),
    _msg(CARE, "Pisz na biuro malpa zielony-kat kropka com kropka pl"),
    _msg(CARE, "Nasz adres: serwis (małpa) zielonykat (kropka) pl"),
]


@pytest.mark.parametrize("body", EMAILS)
def test_spelt_out_email_address_fires(body: str) -> None:
    assert "content.email-address" in _all(body)


def test_malpa_as_a_word_is_no_address() -> None:
    body = _msg("Pluszowa małpa z zamówienia " + OID + " ma certyfikat CE, można ją prać w 30 stopniach.")
    assert "content.email-address" not in _all(body)


# --- content.sensitive --------------------------------------------------------------------------------

SENSITIVE = [
    _msg("Przepraszamy, ten zasrany magazyn znowu pomylił paczki przy zamówieniu " + OID + "."),
    _msg("Kurier to skończony debil, rzucił Pana paczką o ziemię."),
    _msg("Ch*j wie, gdzie jest Pani przesyłka, ale już jej szukamy."),
    _msg("Znowu to samo, kurwa, paczka z zamówienia " + OID + " wróciła do nas."),
]


@pytest.mark.parametrize("body", SENSITIVE)
def test_offensive_polish_fires(body: str) -> None:
    assert "content.sensitive" in _all(body, reply=True)


NOT_SENSITIVE = [
    _msg("Karma z zamówienia " + OID + " jest odpowiednia także dla suki w ciąży; pedał roweru dokręcamy w lewo."),
    _msg("Preparat zabija bakterie i roztocza, nie zostawia zapachu."),
    _msg("Cholesterol, kurkuma i kurki: skład przyprawy z zamówienia " + OID + " znajdzie Pan na etykiecie."),
    _msg("Kombinezon z zamówienia " + OID + " można nosić na nago, jest z bawełny organicznej."),
]


@pytest.mark.parametrize("body", NOT_SENSITIVE)
def test_everyday_polish_is_not_sensitive(body: str) -> None:
    assert "content.sensitive" not in _all(body, reply=True)


# --- order problems and returns ----------------------------------------------------------------------

def test_out_of_stock_asking_the_buyer_to_cancel_fires() -> None:
    body = _msg("Niestety lampy z zamówienia " + OID + " nie ma już na stanie.",
                "Czy mogłaby Pani anulować zamówienie w swoim koncie Amazon?")
    assert _fires("order-problem.cancellation-request", body)


def test_out_of_stock_without_adjustment_fires() -> None:
    body = _msg("Producent wstrzymał produkcję i nie jesteśmy w stanie wysłać lampy z zamówienia " + OID + ".",
                "Przepraszamy za kłopot.")
    assert _fires("order-problem.no-adjustment", body)


def test_out_of_stock_with_refund_confirmed_passes() -> None:
    body = _msg("Lampa z zamówienia " + OID + " jest niedostępna, ostatni egzemplarz okazał się wadliwy.",
                "Pełna kwota została już zwrócona, korekta z powodem braku towaru.")
    assert not _fires("order-problem.no-adjustment", body)
    assert not _fires("order-problem.cancellation-request", body)


def test_delay_with_an_offer_to_cancel_is_no_cancellation_request() -> None:
    body = _msg("Wysyłka lampy z zamówienia " + OID + " opóźni się o tydzień, wyślemy ją do 24 czerwca.",
                "Jeśli woli Pan nie czekać, może Pan anulować zamówienie.")
    assert not _fires("order-problem.cancellation-request", body)


def test_return_message_without_a_question_fires() -> None:
    body = _msg("Paczka ze zwróconą lampą z zamówienia " + OID + " dotarła do nas wczoraj.",
                "Środki zwrócimy zgodnie z regulaminem sklepu.")
    assert _fires("return.unnecessary", body)


@pytest.mark.parametrize("ask", [
    "Prosimy o podanie, który element był uszkodzony.",
    "Czy może Pan przesłać zdjęcie tabliczki znamionowej?",
    "Jeśli zatrzyma Pan lampę, oddamy 50 zł jako częściowy zwrot.",
])
def test_return_message_asking_or_offering_a_partial_refund_passes(ask: str) -> None:
    body = _msg("Otrzymaliśmy zgłoszenie zwrotu lampy z zamówienia " + OID + ".", ask)
    assert not _fires("return.unnecessary", body)


# --- type.order-confirmation and type.thank-you-only ------------------------------------------------

def test_dispatch_confirmation_fires() -> None:
    body = _msg("Wysłaliśmy dziś Pani zamówienie " + OID + " kurierem DPD.", "Link do śledzenia paczki znajdzie Pani w Amazon.")
    assert _fires("type.order-confirmation", body)


def test_delay_notice_is_not_a_confirmation() -> None:
    body = _msg("Zamówienie " + OID + " zostanie wysłane z opóźnieniem, nowy termin nadania to 19 czerwca.")
    assert not _fires("type.order-confirmation", body)


THANKS_ONLY = [
    _msg("Serdecznie dziękujemy za zakup lampy (zamówienie " + OID + ")!", "W razie pytań jesteśmy do Pani dyspozycji.",
         bye="Z wyrazami szacunku\nSklep Zielony Kąt"),
    _msg("Dzięki za zamówienie " + OID + "!", "Jakby co, śmiało pisz.", hello="Hej,", bye="Pozdro\nZielony Kąt"),
    _msg("Bardzo dziękujemy za zaufanie i zakupy w naszym sklepie.", "Jesteśmy małą firmą rodzinną z Podlasia.",
         "Mamy nadzieję, że lampa będzie Panu dobrze służyć."),
]


@pytest.mark.parametrize("body", THANKS_ONLY)
def test_thank_you_only_fires(body: str) -> None:
    assert _fires("type.thank-you-only", body)


def test_thanks_with_real_information_passes() -> None:
    body = _msg("Dziękujemy za zamówienie " + OID + ".", "Przed montażem lampy prosimy wyłączyć bezpiecznik w skrzynce.")
    assert not _fires("type.thank-you-only", body)


# --- language.mismatch: Polish recognised for amazon.pl ------------------------------------------------

def test_polish_message_to_polish_buyer_has_no_mismatch() -> None:
    body = _msg("Lampa z zamówienia " + OID + " wymaga żarówki E27 o mocy do 60 W.", "Żarówki nie ma w zestawie.")
    assert "language.mismatch" not in _all(body)


# --- more wordings, all rules at once: (rule that must fire, message); "" = nothing may fire -----------

MUG_CARE = f"Kubek z zamówienia {OID} można myć w zmywarce."
MUG_WORDINGS = [
 # violations (expected rule)
 ("review.incentive", _msg(MUG_CARE, "Za opinię z pięcioma gwiazdkami odwdzięczymy się rabatem 10%.")),
 ("review.incentive", _msg(MUG_CARE, "Kto napisze recenzję, dostanie od nas niespodziankę w kolejnej paczce.")),
 ("review.incentive", _msg(MUG_CARE, "Prosimy o opinię na Amazonie.", "Każdy klient, który ją zostawi, otrzyma 20 zł zwrotu na konto.")),
 ("review.incentive", _msg(MUG_CARE, "Liczymy na najwyższą ocenę!")),
 ("review.incentive", _msg(MUG_CARE, "Bardzo prosimy o dobrą opinię, to dla nas ważne.")),
 ("review.incentive", _msg(MUG_CARE, "Zostaw 5 gwiazdek i wyślij nam zrzut ekranu, a oddamy Ci pieniądze za kubek.", hello="Hej,")),
 ("review.incentive", _msg(MUG_CARE, "Po dodaniu recenzji prześlemy Panu kupon na darmową dostawę.")),
 ("review.conditional", _msg(MUG_CARE, "Jeśli kubek przypadł Pani do gustu, prosimy o opinię na Amazon.pl.")),
 ("review.conditional", _msg(MUG_CARE, "Jesteś zadowolony z kubka? Napisz o tym na Amazonie!", hello="Hej,")),
 ("review.conditional", _msg(MUG_CARE, "Zanim wystawisz opinię, napisz do nas, jeśli coś nie gra.", hello="Hej,")),
 ("review.conditional", _msg(MUG_CARE, "Jeżeli jest Pan zadowolony, będziemy wdzięczni za recenzję. W przeciwnym razie prosimy o kontakt.")),
 ("review.removal-request", _msg(MUG_CARE, "Czy mogłaby Pani zmienić ocenę na wyższą, skoro sprawa jest załatwiona?")),
 ("review.removal-request", _msg(MUG_CARE, "Prosimy o usunięcie komentarza, który Pan dodał.")),
 ("review.removal-request", _msg(MUG_CARE, "Byłoby super, gdybyś zaktualizował swoją recenzję.", hello="Hej,")),
 ("type.marketing", _msg(MUG_CARE, "Polub nasz fanpage na Facebooku!")),
 ("type.marketing", _msg(MUG_CARE, "Zajrzyj do naszego sklepu na Amazonie - są tam pasujące podkładki.")),
 ("type.marketing", _msg(MUG_CARE, "Na hasło LATO20 otrzymasz 20% rabatu.")),
 ("type.marketing", _msg(MUG_CARE, "Mamy dla Ciebie kod rabatowy na następne zakupy.")),
 ("type.marketing", _msg(MUG_CARE, "Black Friday u nas trwa cały tydzień.")),
 ("link.opt-out", _msg(MUG_CARE, "Aby nie otrzymywać więcej wiadomości, odpisz REZYGNACJA.")),
 ("link.opt-out", _msg(MUG_CARE, "Nie chce Pani dostawać naszych maili? Prosimy dać znać.")),
 ("link.opt-out", _msg(MUG_CARE, "Wypisz się z powiadomień w dowolnym momencie.")),
 ("content.phone-number", _msg(MUG_CARE, "Kontakt: 600 123 456.")),
 ("content.phone-number", _msg(MUG_CARE, "Zadzwoń do nas pod numer 22 123 45 67.")),
 ("content.phone-number", _msg(MUG_CARE, "Infolinia 800 123 456 czynna całą dobę.")),
 ("content.phone-number", _msg(MUG_CARE, "Nasz numer to +48 600 123 456.")),
 ("content.phone-number", _msg(MUG_CARE, "WhatsApp: 600123456")),
 ("content.email-address", _msg(MUG_CARE, "Pisz: sklep.kubki małpa wp kropka pl")),
 ("content.email-address", _msg(MUG_CARE, "kontakt(małpa)kubki.pl")),
 ("content.sensitive", _msg(MUG_CARE, "Kurier to zwykły idiota.")),
 ("content.sensitive", _msg(MUG_CARE, "Co za pojebany dzień w magazynie.")),
 ("content.sensitive", _msg(MUG_CARE, "Ten pieprzony system znowu nie działa.")),
 ("content.sensitive", _msg(MUG_CARE, "Paczkę zgubił jakiś kretyn z sortowni.")),
 ("order-problem.cancellation-request", _msg(f"Produkt z zamówienia {OID} się wyprzedał.", "Prosimy anulować zamówienie.")),
 ("order-problem.cancellation-request", _msg(f"Niestety zabrakło towaru do zamówienia {OID}.", "Prosimy o złożenie prośby o anulowanie.")),
 ("order-problem.no-adjustment", _msg(f"Towar z zamówienia {OID} jest niedostępny u producenta.", "Przepraszamy.")),
 ("type.order-confirmation", _msg(f"Zamówienie {OID} zostało przekazane kurierowi.", "Numer śledzenia: 1234567890.")),
 ("type.order-confirmation", _msg(f"Potwierdzamy przyjęcie zamówienia {OID}.", "Wyślemy je jutro.")),
 ("type.thank-you-only", _msg(f"Dziękujemy za zakupy i zamówienie {OID}!", "Życzymy miłego użytkowania.")),
 ("type.thank-you-only", _msg(f"Bardzo dziękujemy za zamówienie {OID}.", "Gdyby były jakieś pytania, prosimy pisać.")),
 ("return.unnecessary", _msg(f"Widzimy, że chce Pan zwrócić kubek z zamówienia {OID}.", "Może warto dać mu jeszcze szansę - wielu klientów go pokochało.")),
 # compliant
 ("", _msg(MUG_CARE, "Prosimy o opinię na Amazonie, jeśli ma Pan chwilę.")),
 ("", _msg(MUG_CARE, "Twoja opinia, nawet krytyczna, jest dla nas cenna. Napisz ją na Amazonie.", hello="Hej,")),
 ("", _msg(MUG_CARE, "Jeśli będą jakieś problemy, prosimy o kontakt przez Amazon.")),
 ("", _msg(MUG_CARE, "Zgodnie z opinią producenta nadruk nie zmywa się w zmywarce.")),
 ("", _msg(MUG_CARE, "Rabat 10% był naliczony automatycznie przy zakupie, dlatego kwota na fakturze jest niższa.")),
 ("", _msg(MUG_CARE, "Przesyłkę obsługuje kurier DPD, tel. kuriera 22 577 55 55.")),
 ("", _msg(MUG_CARE, "Serwis gwarancyjny: 801 000 123.")),
 ("", _msg(MUG_CARE, "Kwota zamówienia wynosi 89,99 zł, a numer faktury to FV 123/2026.")),
 ("", _msg(MUG_CARE, "Zamówienie wyślemy 18 czerwca, bo czekamy na dostawę od producenta.")),
 ("", _msg(MUG_CARE, "Nie wysyłamy reklam ani newsletterów.")),
 ("", _msg(MUG_CARE, "Przyślemy gratis nową pokrywkę, bo stara pękła w transporcie.")),
 ("", _msg(MUG_CARE, "Dziękujemy za opinię! Przekazaliśmy Pani uwagi producentowi.")),
 ("", _msg(MUG_CARE, "Proszę nie używać środków ściernych, bo zniszczą nadruk.")),
 ("", _msg(MUG_CARE, "Na dnie kubka jest gwiazdka - to znak, że nadaje się do mikrofalówki.")),
 ("", _msg(MUG_CARE, "Kubek ma pięć kolorów do wyboru, wszystkie w tej samej cenie.")),
 ("", _msg(MUG_CARE, "Zmiana koloru kubka na czerwony jest możliwa do jutra.")),
 ("", _msg(MUG_CARE, "Usuń folię ochronną i oceń, czy nadruk jest równy; jeśli nie, wymienimy kubek.")),
 ("", _msg(MUG_CARE, "Czy mogłaby Pani potwierdzić adres dostawy?")),
 ("", _msg(MUG_CARE, "Jeśli produkt się nie sprawdzi, można go zwrócić w ciągu 30 dni.")),
]

MATTRESS_CARE = f"Materac z zamówienia {OID} potrzebuje 48 godzin, żeby w pełni się rozprężyć."
MATTRESS_WORDINGS = [
 ("review.incentive", _msg(MATTRESS_CARE, "P.S. Za każdą recenzję ze zdjęciem dorzucamy poduszkę gratis.")),
 ("review.incentive", _msg(MATTRESS_CARE, "Gdy tylko Pana opinia pojawi się na Amazonie, wyślemy drobny upominek.")),
 ("review.incentive", _msg(MATTRESS_CARE, "Czy piątka w recenzji to zbyt wiele, o co prosimy?")),
 ("review.incentive", _msg(MATTRESS_CARE, "Opinie z oceną 5/5 nagradzamy bonem o wartości 50 zł.")),
 ("review.incentive", _msg(MATTRESS_CARE, "Nie obrazimy się za pięć gwiazdek!", hello="Hej,")),
 ("review.incentive", _msg(MATTRESS_CARE, "Wystaw opinię, a przedłużymy Ci gwarancję o rok.", hello="Hej,")),
 ("review.incentive", _msg(MATTRESS_CARE, "W zamian za recenzję zwrócimy koszt wysyłki.")),
 ("review.conditional", _msg(MATTRESS_CARE, "Mamy nadzieję, że materac się sprawdza. Jeśli tak, prosimy o recenzję na Amazonie.")),
 ("review.conditional", _msg(MATTRESS_CARE, "Masz jakieś pytania? Odpisz tutaj. Jeśli nie, zostaw proszę opinię na Amazonie.", hello="Hej,")),
 ("review.conditional", _msg(MATTRESS_CARE, "Prosimy o opinię tylko w przypadku, gdy jest Pani zadowolona.")),
 ("review.conditional", _msg(MATTRESS_CARE, "W razie problemów prosimy napisać do nas przed wystawieniem oceny.")),
 ("review.removal-request", _msg(MATTRESS_CARE, "Skoro wszystko już działa, może zmieniłby Pan swoją opinię?")),
 ("review.removal-request", _msg(MATTRESS_CARE, "Prosimy o wycofanie negatywnego komentarza z Amazonu.")),
 ("review.removal-request", _msg(MATTRESS_CARE, "Czy Pani recenzja mogłaby zostać zaktualizowana?")),
 ("type.marketing", _msg(MATTRESS_CARE, "Do kompletu polecamy nasz ochraniacz na materac.")),
 ("type.marketing", _msg(MATTRESS_CARE, "W naszym sklepie znajdziesz też poduszki i kołdry.", hello="Hej,")),
 ("type.marketing", _msg(MATTRESS_CARE, "Dołącz do naszej grupy na Facebooku!")),
 ("type.marketing", _msg(MATTRESS_CARE, "Tylko teraz drugi materac kupisz o połowę taniej.")),
 ("type.marketing", _msg(MATTRESS_CARE, "Nowa kolekcja pościeli jest już dostępna w naszym sklepie.")),
 ("link.opt-out", _msg(MATTRESS_CARE, "Nie chcesz dostawać takich wiadomości? Daj znać, a przestaniemy.")),
 ("link.opt-out", _msg(MATTRESS_CARE, "Jeśli nie życzą sobie Państwo dalszej korespondencji, prosimy o odpowiedź „NIE”.")),
 ("content.phone-number", _msg(MATTRESS_CARE, "tel. kom. 601-222-333")),
 ("content.phone-number", _msg(MATTRESS_CARE, "Dział obsługi: (22) 123-45-67 wew. 12")),
 ("content.phone-number", _msg(MATTRESS_CARE, "Zadzwoń: sześć zero jeden dwa dwa dwa trzy trzy trzy", hello="Hej,")),
 ("content.email-address", _msg(MATTRESS_CARE, "napisz na adres: materace [małpa] sen [kropka] pl", hello="Hej,")),
 ("content.sensitive", _msg(MATTRESS_CARE, "Magazynier spieprzył pakowanie, przepraszamy.")),
 ("content.sensitive", _msg(MATTRESS_CARE, "To gówno, nie kurier.")),
 ("order-problem.no-adjustment", _msg(f"Nie będziemy w stanie zrealizować zamówienia {OID}, materac wycofano z produkcji.", "Przepraszamy.")),
 ("order-problem.cancellation-request", _msg(f"Materac z zamówienia {OID} jest niedostępny.", "Będziemy wdzięczni, jeśli anuluje Pan zamówienie na Amazonie.")),
 ("type.order-confirmation", _msg(f"Pana paczka z zamówienia {OID} jest już w drodze.", "Można ją śledzić na stronie InPost.")),
 ("type.thank-you-only", _msg(f"Dziękujemy, że wybrała Pani nasz sklep (zamówienie {OID}).", "Cieszymy się, że możemy Pani służyć.", "Zawsze chętnie pomożemy.")),
 ("", _msg(MATTRESS_CARE, "Prosimy o opinię na Amazonie - pozytywną lub negatywną.")),
 ("", _msg(MATTRESS_CARE, "Jeśli materac nie spełni oczekiwań, może go Pan zwrócić do 100 nocy od zakupu, prosimy wtedy o kontakt.")),
 ("", _msg(MATTRESS_CARE, "Zwrot środków za zamówienie zlecimy po otrzymaniu paczki, prosimy o numer konta.")),
 ("", _msg(MATTRESS_CARE, "Pięć warstw pianki sprawia, że materac jest twardy (H4).")),
 ("", _msg(MATTRESS_CARE, "Ocena twardości H4 oznacza materac twardy.")),
 ("", _msg(MATTRESS_CARE, "Materac dostarczy firma kurierska Raben, kierowca zadzwoni z numeru 512 000 111.")),
 ("", _msg(MATTRESS_CARE, "Na naszą stronę nie trzeba wchodzić: instrukcja jest w pudełku.")),
 ("", _msg(MATTRESS_CARE, "Nie ma potrzeby anulowania zamówienia, wyślemy materac w poniedziałek.")),
 ("", _msg(MATTRESS_CARE, "Jeśli potrzebuje Pan faktury, prosimy o NIP.")),
 ("", _msg(MATTRESS_CARE, "Proszę nie zdejmować folii przed rozłożeniem materaca.")),
 ("", _msg(MATTRESS_CARE, "Dziękujemy za cierpliwość - nowy pokrowiec wyślemy jutro bezpłatnie.")),
 ("", _msg(MATTRESS_CARE, "Zachęcamy do przewietrzenia materaca przez pierwszy tydzień.")),
 ("", _msg(MATTRESS_CARE, "Proszę zadzwonić do producenta pod numer gwarancyjny 800 400 500.")),
]


_IGNORED = {"order-id.unknown", "order-id.missing", "content.spelling"}


@pytest.mark.parametrize(("rule_id", "body"), MUG_WORDINGS + MATTRESS_WORDINGS)
def test_more_wordings(rule_id: str, body: str) -> None:
    got = _all(body) - _IGNORED
    if rule_id:
        assert rule_id in got, got
    else:
        assert not got, got


# thanks next to real information in one sentence is not thank-you-only; warmth alone is
THANKS_WORDINGS = [
 ("", _msg(f"Dziękujemy za zamówienie {OID}, prosimy pamiętać o naładowaniu baterii przed pierwszym użyciem.")),
 ("", _msg(f"Dziękujemy za zakup (zamówienie {OID}) - ładowarka działa tylko z kablem USB-C dołączonym do zestawu.")),
 ("", _msg(f"Dzięki za zamówienie {OID}, wysyłka z naszego magazynu ruszy w poniedziałek, bo czekamy na dostawę.")),
 ("", _msg(f"Mamy nadzieję, że rower z zamówienia {OID} dotarł cały.", "Przed jazdą dokręć pedały kluczem 15 mm - lewy pedał ma gwint odwrotny.", hello="Cześć,")),
 ("", _msg(f"Dziękujemy za zamówienie {OID}.", "Informujemy, że do zestawu nie dołączono baterii AA.")),
 ("type.thank-you-only", _msg(f"Dziękujemy za zamówienie {OID} i zaufanie, jakim nas Pan obdarzył.", "Życzymy wielu udanych chwil z nowym rowerem!")),
 ("type.thank-you-only", _msg(f"Chcieliśmy tylko podziękować za zakupy (zamówienie {OID}).", "Jesteśmy do dyspozycji, gdyby pojawiły się pytania.")),
 ("type.thank-you-only", _msg(f"Mamy nadzieję, że wszystko dotarło w idealnym stanie (zamówienie {OID}).", "W razie potrzeby służymy pomocą.")),
]


@pytest.mark.parametrize(("rule_id", "body"), THANKS_WORDINGS)
def test_thanks_wordings(rule_id: str, body: str) -> None:
    got = _all(body) - _IGNORED
    assert (rule_id in got) if rule_id else not got, got


KETTLE_CARE = f"Czajnik z zamówienia {OID} odkamieniaj kwaskiem cytrynowym raz w miesiącu."
KETTLE_WORDINGS = [
 ("review.incentive", _msg(KETTLE_CARE, "Wystaw nam 5⭐ a dostaniesz rabat", hello="Hej,")),
 ("review.incentive", _msg(KETTLE_CARE, "Klienci, którzy dodadzą opinię, otrzymują od nas bon 20 zł.")),
 ("review.incentive", _msg(KETTLE_CARE, "Twoja pozytywna recenzja = 10% zniżki na kolejne zamówienie!", hello="Hej,")),
 ("review.incentive", _msg(KETTLE_CARE, "Prosimy o opinię z maksymalną liczbą gwiazdek.")),
 ("review.incentive", _msg(KETTLE_CARE, "Zależy nam na pięciogwiazdkowych opiniach, mamy nadzieję, że Pan pomoże.")),
 ("review.conditional", _msg(KETTLE_CARE, "Jeżeli nie ma Pani zastrzeżeń, prosimy o wystawienie oceny.")),
 ("review.conditional", _msg(KETTLE_CARE, "Prosimy o recenzję, o ile czajnik spełnia Państwa oczekiwania.")),
 ("review.conditional", _msg(KETTLE_CARE, "Jak coś jest nie tak, napisz do nas, zanim dodasz opinię.", hello="Hej,")),
 ("review.removal-request", _msg(KETTLE_CARE, "Prosimy o zmianę oceny z jednej gwiazdki na wyższą.")),
 ("review.removal-request", _msg(KETTLE_CARE, "Może zechce Pan poprawić swoją opinię o nas?")),
 ("review.removal-request", _msg(KETTLE_CARE, "Bardzo prosimy o usunięcie tej recenzji.")),
 ("type.marketing", _msg(KETTLE_CARE, "Kod na zniżkę: CZAJNIK5.")),
 ("type.marketing", _msg(KETTLE_CARE, "Odwiedź nasz sklep internetowy, mamy tam więcej sprzętów AGD.")),
 ("type.marketing", _msg(KETTLE_CARE, "Obserwujcie nas na Instagramie: @agd_sklep")),
 ("type.marketing", _msg(KETTLE_CARE, "Chcesz być na bieżąco z promocjami? Zapisz się do naszego newslettera.")),
 ("link.opt-out", _msg(KETTLE_CARE, "Jeśli nie chcesz więcej maili od nas, kliknij w link w stopce.")),
 ("link.opt-out", _msg(KETTLE_CARE, "Rezygnacja z otrzymywania wiadomości: odpisz USUŃ.")),
 ("content.phone-number", _msg(KETTLE_CARE, "Nasz numer: 512 444 789.")),
 ("content.phone-number", _msg(KETTLE_CARE, "Kontakt: 58 300 12 45")),
 ("content.phone-number", _msg(KETTLE_CARE, "Dzwoń: 0048 600 123 456")),
 ("content.email-address", _msg(KETTLE_CARE, "E-mail: agd.sklep@wp.pl")),
 ("content.sensitive", _msg(KETTLE_CARE, "Sorry, zajebisty tydzień, wszystko się wali.")),
 ("content.sensitive", _msg(KETTLE_CARE, "Kurier to k***a jakaś porażka.")),
 ("", _msg(KETTLE_CARE, "Prosimy zachować paragon do celów gwarancyjnych.")),
 ("", _msg(KETTLE_CARE, "Na Amazonie znajdzie Pan instrukcję w zakładce produktu.")),
 ("", _msg(KETTLE_CARE, "Czajnik ma certyfikat, numer partii: 2026-06-118.")),
 ("", _msg(KETTLE_CARE, "Czajnik grzeje wodę w 3 minuty przy mocy 2200 W.")),
 ("", _msg(KETTLE_CARE, "Temperatura 80 stopni jest najlepsza do zielonej herbaty, 95 do czarnej.")),
 ("", _msg(KETTLE_CARE, "Naszą opinię na temat odkamieniania znajdzie Pan w instrukcji.")),
 ("", _msg(KETTLE_CARE, "Proszę nie wystawiać czajnika na deszcz.")),
 ("", _msg(KETTLE_CARE, "Kwota 149 zł została zwrócona na Pana konto, zgodnie z Pana prośbą o częściowy zwrot.")),
 ("", _msg(KETTLE_CARE, "Oceniamy, że naprawa potrwa 5 dni roboczych.")),
 ("", _msg(KETTLE_CARE, "Jeśli jest Pan zadowolony z naprawy, nic nie trzeba robić; jeśli nie, prosimy o wiadomość.")),
 ("", _msg(KETTLE_CARE, "Dodaj kwasek, zagotuj wodę i wylej ją po 15 minutach.")),
 ("", _msg(KETTLE_CARE, "Wystawiliśmy fakturę korygującą na kwotę 20 zł.")),
 ("", _msg(KETTLE_CARE, "Zostaw czajnik do ostygnięcia na 10 minut.")),
 ("", _msg(KETTLE_CARE, "Gwiazdka na wyświetlaczu oznacza tryb utrzymywania temperatury.")),
 ("", _msg(KETTLE_CARE, "Jeśli ma Pan chwilę, prosimy sprawdzić, czy uszczelka jest na miejscu.")),
]


@pytest.mark.parametrize(("rule_id", "body"), KETTLE_WORDINGS)
def test_kettle_wordings(rule_id: str, body: str) -> None:
    got = _all(body) - _IGNORED - {"style.emoji"}
    assert (rule_id in got) if rule_id else not got, got


ESPRESSO_CARE = f"Ekspres z zamówienia {OID} warto odkamienić po 200 kawach."
REQUEST_WORDINGS = [
 "Czy zechciałaby Pani ocenić nasz ekspres na Amazonie?",
 "Będę wdzięczna za recenzję produktu.",
 "Prosiłabym o kilka słów o ekspresie na Amazonie.",
 "Jeśli może Pan poświęcić chwilę na napisanie opinii, będzie nam bardzo miło.",
 "Państwa zdanie jest dla nas ważne, zachęcamy do podzielenia się nim na Amazonie.",
 "Daj znać innym kupującym na Amazonie, jak się sprawdza ekspres.",
 "Zostaw nam proszę ocenę sprzedawcy.",
 "Twoja recenzja pomoże innym w wyborze.",
 "Napiszesz nam krótką opinię?",
 "Bedziemy wdzieczni za ocene produktu na Amazonie.",
 "Oceń nas na Amazonie!",
 "Liczymy na Twoją opinię na Amazonie.",
 "Prosimy o feedback dotyczący zakupu.",
 "Podziel się swoją opinią o ekspresie z innymi klientami.",
]
NOT_REQUEST_WORDINGS = [
 "Ocena stanu ekspresu wykazała zużycie uszczelki.",
 "Zostaw ekspres włączony na 10 minut przed pierwszym parzeniem.",
 "Napisz do nas, jeśli kawa będzie za słaba.",
 "Prosimy o podanie adresu do wysyłki nowej uszczelki.",
 "Opinia serwisu producenta jest w załączniku.",
 "Dodaj dwie łyżki kawy na filiżankę.",
 "Przeczytaj opinie innych klientów o młynku, zanim zmienisz stopień mielenia.",
]


@pytest.mark.parametrize("sentence", REQUEST_WORDINGS)
def test_review_request_wordings_are_recognised(sentence: str) -> None:
    assert _fires("review.repeat", _msg(ESPRESSO_CARE, sentence), reviewed=frozenset({OID}))


@pytest.mark.parametrize("sentence", NOT_REQUEST_WORDINGS)
def test_same_vocabulary_without_a_review_request(sentence: str) -> None:
    assert not _fires("review.repeat", _msg(ESPRESSO_CARE, sentence), reviewed=frozenset({OID}))


# written without Polish diacritics throughout
SHOES_CARE = f"Buty z zamowienia {OID} impregnuj przed pierwszym wyjsciem w deszcz."
NO_DIACRITICS_WORDINGS = [
 ("review.incentive", _msg(SHOES_CARE, "Za wystawienie opinii dostaniesz od nas kod rabatowy na nastepne zakupy.", hello="Czesc,")),
 ("review.incentive", _msg(SHOES_CARE, "Prosimy o ocene na piec gwiazdek.")),
 ("review.conditional", _msg(SHOES_CARE, "Jezeli jest Pani zadowolona, prosimy o opinie na Amazonie.")),
 ("review.removal-request", _msg(SHOES_CARE, "Czy moglby Pan usunac negatywna opinie?")),
 ("type.marketing", _msg(SHOES_CARE, "Obserwuj nas na Instagramie, pokazujemy tam nowosci.", hello="Czesc,")),
 ("type.marketing", _msg(SHOES_CARE, "Zapisz sie do newslettera i odbierz znizke 15%.")),
 ("link.opt-out", _msg(SHOES_CARE, "Jesli nie chcesz otrzymywac wiecej wiadomosci, odpisz STOP.", hello="Czesc,")),
 ("link.opt-out", _msg(SHOES_CARE, "Aby zrezygnowac z otrzymywania wiadomosci, odpisz NIE.")),
 ("content.phone-number", _msg(SHOES_CARE, "Zadzwon do nas: 512 444 789.", hello="Czesc,")),
 ("content.email-address", _msg(SHOES_CARE, "Napisz: buty malpa gorskiebuty kropka pl", hello="Czesc,")),
 ("content.sensitive", _msg(SHOES_CARE, "Kurier to kompletny debil, rzucil paczka.", hello="Czesc,")),
 ("order-problem.cancellation-request", _msg(f"Butow z zamowienia {OID} nie ma juz na stanie.", "Prosimy o anulowanie zamowienia.")),
 ("order-problem.no-adjustment", _msg(f"Niestety nie mozemy wyslac butow z zamowienia {OID}, rozmiar sie wyprzedal.", "Przepraszamy.")),
 ("type.order-confirmation", _msg(f"Twoje zamowienie {OID} zostalo wyslane.", "Numer przesylki: 620411870015423099871234.", hello="Czesc,")),
 ("type.thank-you-only", _msg(f"Dziekujemy za zamowienie {OID}!", "W razie pytan sluzymy pomoca.")),
 ("return.unnecessary", _msg(f"Zwrocone buty z zamowienia {OID} dotarly do magazynu.", "Pieniadze zwrocimy w ciagu 14 dni.")),
 ("", _msg(SHOES_CARE, "Jesli masz chwile, napisz szczera opinie o butach na Amazonie.", hello="Czesc,")),
 ("", _msg(SHOES_CARE, "Zamowienie wyslemy w piatek, bo czekamy na rozmiar 42 od producenta.")),
 ("", _msg(SHOES_CARE, "Prosimy o podanie rozmiaru wkladki, wyslemy nowa bezplatnie.")),
 ("", _msg(SHOES_CARE, "Przepraszamy za opoznienie, kurier odbierze paczke jutro.")),
]


@pytest.mark.parametrize(("rule_id", "body"), NO_DIACRITICS_WORDINGS)
def test_no_diacritics_wordings(rule_id: str, body: str) -> None:
    got = _all(body) - _IGNORED
    assert (rule_id in got) if rule_id else not got, got


# returns and out-of-stock messages, more wordings
ORDER_PROBLEM_WORDINGS = [
 ("return.unnecessary", _msg(f"Widzimy zgłoszenie zwrotu odkurzacza z zamówienia {OID}.", "Przed odesłaniem warto wyczyścić filtr - to zwykle rozwiązuje problem ze ssaniem.")),
 ("return.unnecessary", _msg(f"Otrzymaliśmy Pani paczkę zwrotną (zamówienie {OID}).", "Zwrot pieniędzy zostanie zlecony w ciągu 3 dni.")),
 ("return.unnecessary", _msg(f"Szkoda, że chce Pan oddać odkurzacz z zamówienia {OID}.", "To nasz najlepiej oceniany model.")),
 ("", _msg(f"Widzimy zgłoszenie zwrotu odkurzacza z zamówienia {OID}.", "Prosimy o informację, czy odkurzacz był używany.")),
 ("", _msg(f"W sprawie zwrotu odkurzacza z zamówienia {OID}: jeśli zatrzyma Pan urządzenie, proponujemy zwrot 25% ceny.")),
 ("order-problem.no-adjustment", _msg(f"Odkurzacz z zamówienia {OID} jest chwilowo niedostępny i nie wiemy, kiedy wróci.", "Przepraszamy.")),
 ("", _msg(f"Odkurzacz z zamówienia {OID} jest chwilowo niedostępny, wyślemy go 22 czerwca.", "Przepraszamy za zwłokę.")),
 ("", _msg(f"Zamówienie {OID} anulowaliśmy z powodu braku towaru, a pełna kwota wróci na Pani konto w ciągu kilku dni.")),
 ("order-problem.cancellation-request", _msg(f"Niestety odkurzacz z zamówienia {OID} wyprzedał się.", "Najprościej będzie, jeśli anuluje Pani zamówienie w zakładce Twoje zamówienia.")),
 ("", _msg(f"Odkurzacz z zamówienia {OID} nie jest dostępny w kolorze czerwonym, ale mamy czarny.", "Czy możemy wysłać czarny? Jeśli nie, zwrócimy całą kwotę.")),
]


@pytest.mark.parametrize(("rule_id", "body"), ORDER_PROBLEM_WORDINGS)
def test_order_problem_wordings(rule_id: str, body: str) -> None:
    got = _all(body) - _IGNORED
    assert (rule_id in got) if rule_id else not got, got


# service sentences with marketing vocabulary ('polecamy', 'odwiedź', 'w naszym sklepie', 'kod', 'rabat')
ROBOT_CARE = f"Robot z zamówienia {OID} ładuj przez pierwsze 5 godzin bez przerwy."
SERVICE_SENTENCES = [
 "Polecamy przeczytać instrukcję przed pierwszym użyciem.",
 "Polecamy nowe szczotki boczne wymieniać co 3 miesiące.",
 "Zobacz naszą instrukcję wideo w zakładce produktu na Amazonie.",
 "Nowa wersja aplikacji jest już dostępna w sklepie Google Play.",
 "Odwiedź stronę producenta, aby pobrać sterowniki.",
 "Proszę sprawdzić, czy szczotka nie jest zablokowana włosami.",
 "W naszym sklepie na Amazonie znajdzie Pan zamienne filtry do tego modelu, jeśli będą potrzebne.",
 "Zapraszamy do kontaktu przez Amazon w razie pytań.",
 "Kod błędu E10 oznacza zablokowane koło.",
 "Prosimy o kod pocztowy, aby kurier mógł potwierdzić adres.",
 "Nie pobieramy żadnych opłat za wymianę.",
 "Kolejne zamówienie części zrealizujemy bez kosztów wysyłki, bo to nasza pomyłka.",
 "Cena zawierała rabat producenta 10%, stąd kwota na fakturze.",
 "Jeśli robot nie wraca do stacji, przestaw stację bliżej ściany.",
 "Robot ma pięć trybów sprzątania i trzy poziomy mocy.",
 "Zadzwonimy do Pana, gdy część będzie gotowa do wysyłki.",
 "Uprzejmie informujemy, że gwarancja obejmuje akumulator przez 12 miesięcy.",
]


@pytest.mark.parametrize("sentence", SERVICE_SENTENCES)
def test_service_sentences_stay_clean(sentence: str) -> None:
    assert not _all(_msg(ROBOT_CARE, sentence)) - _IGNORED


# seller feedback ('ocena sprzedawcy', 'feedback dla sprzedawcy') is a review request too
WATCH_CARE = f"Zegarek z zamówienia {OID} ustawisz, wyciągając koronkę do drugiego kliknięcia."
SELLER_FEEDBACK_REQUESTS = [
 "Prosimy o ocenę nas jako sprzedawcy na Amazonie.",
 "Oceń transakcję w zakładce Twoje zamówienia.",
 "Będziemy wdzięczni za feedback dla sprzedawcy.",
 "Zostaw proszę komentarz o nas na Amazonie.",
 "Jak oceniasz zakup? Daj znać innym klientom na Amazonie.",
]
SELLER_FEEDBACK_VIOLATIONS = [
 ("review.incentive", "Prosimy o ocenę sprzedawcy - pozytywny komentarz nagrodzimy rabatem."),
 ("review.conditional", "Jeśli jesteś zadowolony, oceń nas na Amazonie, a jeśli nie, napisz najpierw do nas."),
 ("review.removal-request", "Skoro zegarek już chodzi, może podwyższy Pan naszą ocenę sprzedawcy?"),
 ("type.marketing", "Mamy też paski do tego zegarka w promocji -30%."),
 ("link.opt-out", "Nie chcesz już dostawać od nas wiadomości? Napisz NIE."),
]


@pytest.mark.parametrize("sentence", SELLER_FEEDBACK_REQUESTS)
def test_seller_feedback_requests_are_review_requests(sentence: str) -> None:
    assert _fires("review.repeat", _msg(WATCH_CARE, sentence), reviewed=frozenset({OID}))


@pytest.mark.parametrize(("rule_id", "sentence"), SELLER_FEEDBACK_VIOLATIONS)
def test_seller_feedback_violations(rule_id: str, sentence: str) -> None:
    assert rule_id in _all(_msg(WATCH_CARE, sentence))


@pytest.mark.parametrize(("sentence", "promo"), [
    ("Odbierz kupon na kolejne zakupy!", True),
    ("Mamy dla Ciebie kupon rabatowy 15%.", True),
    ("Kupon z Pana zamówienia został naliczony, różnicę zwróciliśmy.", False),
])
def test_kupon_promotes_only_as_an_offer(sentence: str, promo: bool) -> None:
    body = _msg(f"Lampa z zamówienia {OID} ma gwint E27.", sentence)
    assert ("type.marketing" in _all(body, reply=True)) is promo


def test_voucher_offered_in_polish_is_marketing() -> None:
    body = _msg(f"Lampa z zamówienia {OID} ma gwint E27.", "Wyślemy Ci voucher na 50 zł do wykorzystania w naszym sklepie.")
    assert "type.marketing" in _all(body)
