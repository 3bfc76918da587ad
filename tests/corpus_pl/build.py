#!/usr/bin/env python3
"""Build the Polish labelled corpus (amazon.pl): orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_pl/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, before any Polish phrase data existed. Nearly all Polish, to amazon.pl buyers, in both
registers (Pan/Pani/Państwo and ty), with real inflection (opinia/opinię/opinii, ocena/ocenę, gwiazdki/gwiazdek),
some written without diacritics; about 40 % compliant near-misses with the same vocabulary.
"""

from __future__ import annotations

import random
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
from corpus_build import (  # noqa: E402
    OrderBook,
    add_case,
    collect_by_language,
    lang_counts,
    mail_date,
    make_pdf,
    mk,
    quote,
    reply_headers,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(48_2026_0615)
_PREFIX = {"pl": "40", "de": "30", "com": "11"}
_TLD = {"pl": "pl", "en": "pl", "de": "de"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-02T09:00:00Z", shipped="2026-06-03T08:00:00Z",
                 delivered="2026-06-05T13:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
PENDING = {"shipped": "", "delivered": ""}
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-11T09:00:00Z"}


def _d(day: int) -> str:
    return mail_date(day, "09:40:00", "+0200")


HEURISTIC = ["type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
             "review.removal-request", "review.conditional", "order-problem.cancellation-request",
             "order-problem.no-adjustment", "return.unnecessary", "content.sensitive", "link.opt-out"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "language.mismatch", "content.email-address",
         "content.phone-number", "link.external", "link.insecure", "style.emoji", "style.line-breaks",
         "review.repeat", "attachment.not-allowed"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 12, reply: str = "", tolerated: tuple[str, ...] = (), after: tuple[str, ...] = (),
         attach: tuple = (), lang: str = "") -> None:
    """Plain-text case. Every rule of HEURISTIC and OTHER not named in `rules` (or tolerated) must stay
    silent. `reply` is the buyer's quoted question: the message then answers a buyer (In-Reply-To)."""
    hdrs = reply_headers(f"0100019b.pl.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*HEURISTIC, *OTHER) if r not in rules and r not in tol]
    msg = mk(frm, to, subject, _d(day), f"<pl.{slug}@{dom}>", headers=hdrs, text=body, attach=attach)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, lang=lang)


FOOTER = """Sklep Drewnex sp. z o.o.
ul. Tartaczna 14, 62-800 Kalisz
NIP 618-204-55-31, REGON 300512874, KRS 0000412877"""


# --------------------------------------------------------------------------------------------
# Compliant near-misses
# --------------------------------------------------------------------------------------------

def cases_pl() -> None:  # noqa: PLR0915
    o, b = order("neutral-formal", "pl", "Czajnik elektryczny szklany 1,7 l z podświetleniem")
    case("prosba-o-opinie-neutralna-pan", "relay", [],
         "A neutral review request in the formal register ('będziemy wdzięczni, jeśli zechce Pan podzielić się "
         "opinią'), explicitly welcoming any opinion: permitted.",
         to=b, frm="AGDmarket <obsluga@agdmarket.pl>",
         subject=f"Czajnik szklany - zamówienie {o}", text=f"""Dzień dobry,

mamy nadzieję, że czajnik z zamówienia {o} dotarł bezpiecznie i dobrze
się sprawdza. Przypominamy, że przed pierwszym użyciem warto dwukrotnie
zagotować pełny dzbanek wody i ją wylać, żeby usunąć zapach nowego urządzenia.

Będziemy wdzięczni, jeśli zechce Pan podzielić się opinią o produkcie na
Amazon.pl. Każda opinia, zarówno pozytywna, jak i krytyczna, pomaga innym
klientom w wyborze.

Z wyrazami szacunku
Zespół AGDmarket""")

    o, b = order("neutral-ty", "pl", "Plecak turystyczny 40 l, zielony")
    case("napisz-opinie-ty-kazda-sie-liczy", "relay", [],
         "Casual register (ty): 'jeśli masz chwilę, napisz, co myślisz o plecaku', whatever the opinion: a "
         "neutral review request.",
         to=b, frm="Szlakowo <kontakt@szlakowo.pl>", day=11,
         subject=f"Jak się sprawuje plecak? Zamówienie {o}", text=f"""Cześć!

Plecak z zamówienia {o} jest już u Ciebie od kilku dni. Jeśli pasy
naramienne uwierają, poluzuj pasek piersiowy i podnieś pas biodrowy o
dwa, trzy centymetry: ciężar przejdzie wtedy na biodra.

Jeśli masz chwilę, napisz na Amazonie, co myślisz o plecaku. Twoja
szczera opinia, dobra czy zła, bardzo pomaga innym turystom.

Pozdrawiamy,
Ekipa Szlakowo""")

    o, b = order("neutral-no-diacritics", "pl", "Lampka biurkowa LED z ladowarka indukcyjna")
    case("opinia-bez-polskich-znakow", "relay", [],
         "A neutral review request written without Polish diacritics ('bedziemy wdzieczni za opinie'): permitted.",
         to=b, frm="Lumenio <sklep@lumenio.pl>", day=10,
         subject=f"Lampka LED - zamowienie {o}", text=f"""Dzien dobry,

dziekujemy za zamowienie {o}. Ladowarka indukcyjna w podstawie lampki
dziala z telefonami obslugujacymi standard Qi; etui grubsze niz 5 mm
moze przerywac ladowanie.

Bedziemy wdzieczni za opinie o lampce na Amazon.pl, niezaleznie od tego,
czy wypadnie pozytywnie, czy nie.

Pozdrawiamy
Lumenio""")

    o, b = order("delay", "pl", "Sofa rozkładana 3-osobowa, szara", **PENDING)
    case("opoznienie-wysylki-sofa", "relay", [],
         "A delay notice (dispatch beyond the advertised date) with a new date and the option to cancel: the "
         "guideline requires it; not an order confirmation.",
         to=b, frm="Meblomania <zamowienia@meblomania.pl>", day=9,
         subject=f"Opóźnienie wysyłki zamówienia {o}", text=f"""Szanowna Pani,

z przykrością informujemy, że wysyłka sofy z zamówienia {o} opóźni się
o około pięć dni roboczych. Fabryka tapicerki nie dostarczyła nam na czas
tkaniny w kolorze szarym.

Nowy przewidywany termin nadania to 17 czerwca. Jeśli ten termin Pani nie
odpowiada, może Pani anulować zamówienie na Amazonie, a my niezwłocznie
zwrócimy całą kwotę.

Bardzo przepraszamy za niedogodności.
Meblomania""")

    o, b = order("oos-refunded", "pl", "Ekspres przelewowy 1,25 l, stal", **OOS)
    case("brak-towaru-zwrot-potwierdzony", "relay", [],
         "Out of stock: the message confirms the full amount was refunded (korekta, reason: brak towaru); no "
         "request to cancel.",
         to=b, frm="Kawowy Zakątek <biuro@kawowyzakatek.pl>", day=12,
         subject=f"Problem z zamówieniem {o}", text=f"""Dzień dobry,

niestety ekspres przelewowy z zamówienia {o} okazał się niedostępny:
ostatnia sztuka w magazynie była uszkodzona i nie możemy wysłać produktu.

Skorygowaliśmy pełną kwotę zamówienia w Amazon z powodem "brak towaru"
(NoInventory). Zwrot środków pojawi się na Pana koncie w ciągu kilku dni,
zależnie od banku.

Przepraszamy za kłopot.
Kawowy Zakątek""")

    o, b = order("return-info", "pl", "Wiertarko-wkrętarka 18 V z dwoma akumulatorami")
    case("zwrot-prosba-o-numer-seryjny", "relay", [],
         "A return-related message asking for information needed to complete the return (serial number, photo "
         "of the damage): permitted.",
         to=b, frm="Narzędziownia <zwroty@narzedziownia.pl>", day=13,
         subject=f"Zwrot wiertarki - zamówienie {o}", text=f"""Dzień dobry,

otrzymaliśmy zgłoszenie zwrotu wiertarko-wkrętarki z zamówienia {o}.
Aby dokończyć zwrot, potrzebujemy dwóch informacji:

1. numeru seryjnego z tabliczki znamionowej pod akumulatorem,
2. zdjęcia uszkodzonego uchwytu wiertarskiego.

Prosimy o odpowiedź na tę wiadomość przez Amazon. Bez numeru seryjnego
nie możemy zgłosić reklamacji u producenta.

Z pozdrowieniami
Narzędziownia""")

    o, b = order("partial-refund", "pl", "Komplet pościeli satynowej 160x200")
    case("czesciowy-zwrot-propozycja", "relay", [],
         "A return-related message offering a partial refund if the buyer keeps the item: permitted.",
         to=b, frm="Sypialnia Marzeń <obsluga@sypialniamarzen.pl>", day=12,
         subject=f"Pościel z zamówienia {o} - propozycja", text=f"""Szanowna Pani,

przykro nam, że na poszewce z zamówienia {o} pojawiło się zaciągnięcie
nitki. Zamiast odsyłać cały komplet, możemy zaproponować częściowy zwrot
w wysokości 40 zł, jeśli zechce Pani zatrzymać pościel.

Jeśli woli Pani zwrócić komplet w całości, oczywiście również to
przyjmiemy. Prosimy o informację, którą opcję Pani wybiera.

Łączymy pozdrowienia
Sypialnia Marzeń""")

    o, b = order("warranty-phone", "pl", "Robot kuchenny 1200 W z misą 5 l")
    case("serwis-gwarancyjny-producenta-telefon", "relay", [],
         "Answer to a buyer: the manufacturer's warranty service number (22 487 15 60) next to 'serwis "
         "gwarancyjny producenta': allowed phone number.",
         to=b, frm="Kuchnia Plus <pomoc@kuchniaplus.pl>", day=13,
         reply="Robot przestał mieszać po tygodniu. Gdzie mam go oddać do naprawy?",
         subject=f"Re: Robot kuchenny - naprawa, zamówienie {o}", text=f"""Dzień dobry,

robot kuchenny z zamówienia {o} jest objęty 24-miesięczną gwarancją
producenta. Naprawy wykonuje autoryzowany serwis producenta, który
odbiera urządzenie kurierem bezpłatnie.

Serwis gwarancyjny producenta: tel. 22 487 15 60 (pon.-pt. 8-16).
Przy zgłoszeniu prosimy podać numer seryjny z tabliczki na spodzie.

Pozdrawiamy
Kuchnia Plus""")

    o, b = order("carrier-phone", "pl", "Stół ogrodowy aluminiowy 160 cm", **PENDING)
    case("kurier-telefon-awizacja", "relay", [],
         "Scheduling the delivery of a bulky item: the carrier's (kurier, firma przewozowa) phone number "
         "600 310 442 in the same sentence: allowed.",
         to=b, frm="Ogród i Taras <dostawy@ogroditaras.pl>", day=12,
         subject=f"Termin dostawy stołu - zamówienie {o}", text=f"""Dzień dobry,

stół ogrodowy z zamówienia {o} waży 38 kg i zostanie dostarczony przez
firmę przewozową Raben na paletę. Prosimy o wskazanie w odpowiedzi
dogodnego dnia dostawy w przyszłym tygodniu.

Kierowca firmy przewozowej zadzwoni dzień wcześniej; w razie potrzeby
kurier jest dostępny pod numerem 600 310 442.

Pozdrawiamy
Ogród i Taras""")

    o, b = order("ocena-inspection", "pl", "Słuchawki bezprzewodowe ANC, czarne")
    case("ocena-stanu-zwroconego-towaru", "relay", [],
         "'Ocena stanu technicznego' and 'opinia serwisu' mean an inspection of the returned headphones, not "
         "a review; a partial refund is offered: permitted.",
         to=b, frm="Audiofan <reklamacje@audiofan.pl>", day=13,
         subject=f"Wynik oceny zwróconych słuchawek - zamówienie {o}", text=f"""Szanowny Panie,

słuchawki z zamówienia {o} dotarły do nas i przeszły ocenę stanu
technicznego. Zgodnie z opinią serwisu pałąk jest pęknięty mechanicznie,
a zestaw nie zawiera etui transportowego.

W tej sytuacji możemy zaproponować częściowy zwrot w wysokości 60 %
ceny. Jeśli się Pan zgadza, prosimy o potwierdzenie w odpowiedzi.

Z poważaniem
Dział reklamacji Audiofan""")

    o, b = order("invoice", "pl", "Monitor 27 cali IPS 144 Hz")
    case("faktura-vat-nip-regon-w-stopce", "relay", [],
         "Sending the VAT invoice as a PDF, with NIP, REGON and KRS register numbers in the footer: these are "
         "not phone numbers.",
         to=b, frm="Drewnex Elektronika <faktury@drewnex.pl>", day=8,
         attach=((make_pdf("Faktura VAT FV/2026/06/1187", ["Faktura VAT FV/2026/06/1187",
                                                          "Monitor 27 cali IPS 144 Hz", "1 szt. 1049,00 PLN brutto"],
                           producer="Drewnex PDF"), "application", "pdf", "faktura-FV-2026-06-1187.pdf"),),
         subject=f"Faktura VAT do zamówienia {o}", text=f"""Dzień dobry,

zgodnie z prośbą przesyłamy w załączniku fakturę VAT nr FV/2026/06/1187
do zamówienia {o}. Faktura została wystawiona na dane firmy podane przy
zakupie.

Pozdrawiamy
{FOOTER}""")

    o, b = order("stop-button", "", "Bieżnia elektryczna składana 12 km/h", tld="pl")
    case("przycisk-stop-bieznia", "relay", [],
         "'Naciśnij przycisk STOP' is an operating instruction in an answer, not an opt-out line.",
         to=b, frm="FitDom <serwis@fitdom.pl>", day=13,
         reply="Na wyświetlaczu bieżni miga E04 i taśma się nie rusza. Co robić?",
         subject=f"Re: Błąd E04 bieżni - zamówienie {o}", text="""Dzień dobry,

komunikat E04 oznacza, że klucz bezpieczeństwa nie jest dobrze
wpięty. Proszę:

1. wyjąć klucz bezpieczeństwa i włożyć go ponownie, aż kliknie,
2. nacisnąć i przytrzymać przycisk STOP przez 5 sekund,
3. uruchomić bieżnię przyciskiem START.

Jeśli błąd się powtórzy, wyślemy nowy klucz bezpłatnie.

Pozdrawiamy
FitDom""")

    o, b = order("engraving", "pl", "Deska do krojenia z grawerem, dąb", **PENDING)
    case("weryfikacja-projektu-graweru", "relay", [],
         "Verifying a custom design (engraving text) before production: a permitted proactive message.",
         to=b, frm="Grawerownia Dąbek <projekty@grawerowniadabek.pl>", day=12,
         subject=f"Prosimy o akceptację projektu - zamówienie {o}", text=f"""Dzień dobry,

przed wykonaniem graweru na desce z zamówienia {o} prosimy o
sprawdzenie tekstu:

"Dla Kasi i Tomka - 10 lat razem - 14.06.2026"

Czy pisownia i data są poprawne? Grawer wykonamy dopiero po Pani
akceptacji, bo po wypaleniu nie da się go zmienić.

Pozdrawiamy serdecznie
Grawerownia Dąbek""")

    o, b = order("thanks-plus-info", "pl", "Hulajnoga elektryczna 25 km/h, 350 W")
    case("dziekujemy-plus-instrukcja-ladowania", "relay", [],
         "Thanks plus real information the buyer needs (first charge, tyre pressure, firmware): not "
         "thank-you-only.",
         to=b, frm="E-Mobilni <pomoc@e-mobilni.pl>", day=7,
         subject=f"Ważne przed pierwszą jazdą - zamówienie {o}", text=f"""Cześć,

dzięki za zakup hulajnogi (zamówienie {o}). Zanim ruszysz, trzy ważne
rzeczy:

- przed pierwszą jazdą naładuj akumulator do pełna (ok. 6 godzin),
- sprawdź ciśnienie w oponach: 50 PSI, wentyl jest pod błotnikiem,
- w aplikacji producenta zaktualizuj oprogramowanie, bo wersja fabryczna
  ogranicza hamulec odzyskowy.

Jeśli coś będzie niejasne, odpisz na tę wiadomość.
E-Mobilni""")

    o, b = order("rabat-explained", "pl", "Odkurzacz pionowy bezprzewodowy 25,2 V")
    case("roznica-ceny-rabat-wyjasnienie", "relay", [],
         "Answering a buyer's question: the price difference came from a discount already ended, and the "
         "difference was refunded. Vocabulary of promotion, purpose an explanation: not marketing.",
         to=b, frm="CzystyDom <obsluga@czystydom.pl>", day=11,
         reply="Kupiłam odkurzacz za 699 zł, a dwa dni później kosztował 629 zł. Dlaczego?",
         subject=f"Re: Cena odkurzacza - zamówienie {o}", text=f"""Dzień dobry,

różnica wynika z rabatu producenta, który obowiązywał tylko przez
weekend 6-7 czerwca, już po Pani zakupie z zamówienia {o}.

Ponieważ zamówienie było świeże, zwróciliśmy Pani różnicę 70 zł przez
Amazon; środki powinny być na koncie w ciągu 3-5 dni roboczych.

Pozdrawiamy
CzystyDom""")

    o, b = order("no-lang", "", "Garnek ze stali nierdzewnej 5 l z pokrywką", tld="pl")
    case("brak-jezyka-domyslny-polski", "relay", [],
         "The order has no buyer_language: the amazon.pl default (Polish) applies, and the message is Polish; "
         "a neutral review request after a care tip.",
         to=b, frm="Garnkownia <kontakt@garnkownia.pl>", day=10,
         subject=f"Pielęgnacja garnka - zamówienie {o}", text=f"""Dzień dobry,

białe plamy na dnie garnka z zamówienia {o} to osad z wody, nie wada
stali. Wystarczy zagotować w nim wodę z łyżką octu i umyć jak zwykle.

Jeśli zechcą Państwo ocenić garnek na Amazon.pl, będzie nam miło;
każda ocena pomaga nam ulepszać ofertę.

Pozdrawiamy
Garnkownia""")

    o, b = order("en-buyer", "en", "Rower miejski 28 cali, 7 biegów")
    case("english-buyer-on-amazon-pl", "relay", [],
         "The buyer's language of preference is English (buyer_language en on amazon.pl), the message is in "
         "English: no mismatch.",
         to=b, frm="Rowerownia <pomoc@rowerownia.pl>", day=12, lang="en",
         reply="Hi, the rear brake squeaks a lot. Is that normal?",
         subject=f"Re: Rear brake squeaking - order {o}", text=f"""Hello,

thank you for your message about the bike from order {o}. A new brake
often squeaks for the first 50 km while the pads bed in. If it is still
loud after that, loosen the two bolts of the brake, squeeze the lever and
tighten them again while holding it: this centres the caliper.

Best regards,
Rowerownia""")

    o, b = order("review-first", "pl", "Blender kielichowy 1,5 l, 1000 W")
    case("prosba-o-opinie-pierwsza", "relay", [],
         "First neutral review request for this order (relayed, recorded in the ledger).",
         to=b, frm="MiksMarket <sklep@miksmarket.pl>", day=8,
         subject=f"Blender - zamówienie {o}", text=f"""Dzień dobry,

nóż blendera z zamówienia {o} można myć w zmywarce, ale dzbanek
lepiej myć ręcznie, żeby nie zmatowiał.

Jeśli ma Pani chwilę, prosimy o wystawienie opinii o produkcie na
Amazon.pl. Dziękujemy!

MiksMarket""")
    repeat_order, repeat_buyer = o, b

    o, b = order("free-part", "pl", "Szafa przesuwna 180 cm, biały mat")
    case("bezplatna-wymiana-czesci", "relay", [],
         "A free ('bezpłatnie', 'gratis') replacement part for a damaged delivery: resolving the order, not an "
         "incentive and not a promotion.",
         to=b, frm="Meblomania <reklamacje@meblomania.pl>", day=12,
         reply="Jedna prowadnica drzwi przesuwnych przyszła wygięta.",
         subject=f"Re: Wygięta prowadnica - zamówienie {o}", text=f"""Dzień dobry,

bardzo przepraszamy za wygiętą prowadnicę w szafie z zamówienia {o}.
Wyślemy Panu nową prowadnicę bezpłatnie, razem z kompletem śrub, gratis
dołożymy też zapasowe rolki. Przesyłka wyjdzie jutro.

Wygiętej prowadnicy nie trzeba odsyłać.

Pozdrawiamy
Meblomania""")

    # ----------------------------------------------------------------------------------------
    # Violations: reviews
    # ----------------------------------------------------------------------------------------

    case("przypomnienie-o-opinii-ponowne", "reject", ["review.repeat"],
         "A second review request for the same order after the first one was relayed: a repeat request.",
         to=repeat_buyer, frm="MiksMarket <sklep@miksmarket.pl>", day=14, after=("prosba-o-opinie-pierwsza",),
         subject=f"Przypomnienie - zamówienie {repeat_order}", text=f"""Dzień dobry,

uprzejmie przypominamy o możliwości wystawienia opinii o blenderze z
zamówienia {repeat_order}. Pani recenzja bardzo nam pomoże.

Pozdrawiamy
MiksMarket""")

    o, b = order("coupon-for-5", "pl", "Etui na telefon skórzane, brązowe")
    case("kod-rabatowy-za-piec-gwiazdek", "reject", ["review.incentive"],
         "A discount code for the next purchase in exchange for a 5-star review: incentive and steering.",
         to=b, frm="Etuiarnia <sklep@etuiarnia.pl>", day=9, tolerated=("type.marketing",),
         subject=f"Mała prośba - zamówienie {o}", text=f"""Cześć,

mamy nadzieję, że etui z zamówienia {o} dobrze leży na telefonie.
Skóra z czasem ciemnieje i nabiera patyny, to normalne.

Wystaw nam opinię na 5 gwiazdek, a w podziękowaniu wyślemy Ci kod
rabatowy -20% na kolejne zakupy w naszym sklepie!

Etuiarnia""")

    o, b = order("refund-for-review", "pl", "Poduszka ortopedyczna z pianki memory")
    case("zwrot-20-zl-po-opublikowaniu-opinii", "reject", ["review.incentive"],
         "Formal register: 20 zł returned after the review is published: compensation for a review.",
         to=b, frm="ZdrowySen <kontakt@zdrowysen.pl>", day=10, tolerated=("type.marketing",),
         subject=f"Poduszka ortopedyczna - zamówienie {o}", text=f"""Szanowny Panie,

dziękujemy za zakup poduszki z zamówienia {o}. Przez pierwsze noce
kręgosłup przyzwyczaja się do nowego profilu, proszę dać sobie tydzień.

Po opublikowaniu opinii o poduszce na Amazonie zwrócimy Panu 20 zł na
konto. Wystarczy odpisać na tę wiadomość z nazwą, pod którą opinia się
ukazała.

Z wyrazami szacunku
ZdrowySen""")

    o, b = order("free-gift-review", "pl", "Filtr do dzbanka, zestaw 6 wkładów")
    case("darmowe-wklady-w-podziekowaniu-za-recenzje", "reject", ["review.incentive"],
         "A free set of cartridges 'w podziękowaniu za recenzję': a free product for a review.",
         to=b, frm="AquaFil <biuro@aquafil.pl>", day=11, tolerated=("type.marketing",),
         subject=f"Wkłady filtrujące - zamówienie {o}", text=f"""Szanowna Pani,

wkład filtrujący z zamówienia {o} wystarcza na około 150 litrów wody,
czyli mniej więcej na miesiąc.

W podziękowaniu za recenzję na Amazon.pl wyślemy Pani gratis kolejny
zestaw sześciu wkładów.

Pozdrawiamy
AquaFil""")

    o, b = order("steer-5", "pl", "Ładowarka samochodowa USB-C 65 W")
    case("piec-gwiazdek-prosba-pan", "reject", ["review.incentive"],
         "No reward, but steering to a positive review: 'będziemy wdzięczni za ocenę na pięć gwiazdek'.",
         to=b, frm="AutoVolt <obsluga@autovolt.pl>", day=12,
         subject=f"Ładowarka USB-C - zamówienie {o}", text=f"""Dzień dobry,

ładowarka z zamówienia {o} wspiera szybkie ładowanie PD i QC; laptop
naładuje się tylko kablem obsługującym 65 W.

Jeśli może Pan, prosimy o ocenę na pięć gwiazdek. Dla małego sklepu
każda maksymalna ocena to ogromne wsparcie.

Pozdrawiamy
AutoVolt""")

    o, b = order("steer-positive-ty", "pl", "Zestaw pędzli do makijażu 12 szt.")
    case("pozytywna-opinia-bez-znakow-ty", "reject", ["review.incentive"],
         "Casual register without diacritics: 'zostaw nam pozytywna opinie, najlepiej piec gwiazdek': "
         "persuading to a positive review.",
         to=b, frm="Glamka <hej@glamka.pl>", day=9,
         subject=f"Twoje pedzle - zamowienie {o}", text=f"""Hej!

Pedzle z zamowienia {o} myj raz w tygodniu letnia woda z odrobina
szamponu i susz wlosiem w dol.

Zostaw nam prosze pozytywna opinie na Amazonie, najlepiej piec gwiazdek.
To dla nas bardzo wazne!

Buziaki, Glamka""")

    o, b = order("gating-pan", "pl", "Termometr bezdotykowy na podczerwień")
    case("jesli-zadowolony-opinia-jesli-nie-kontakt", "reject", ["review.conditional"],
         "Review gating: a review only if satisfied, otherwise contact the seller first.",
         to=b, frm="MedikaDom <sklep@medikadom.pl>", day=11, tolerated=("review.incentive",),
         subject=f"Termometr - zamówienie {o}", text=f"""Szanowni Państwo,

termometr z zamówienia {o} mierzy najdokładniej z odległości 3-5 cm
od czoła; przed pomiarem warto odczekać 10 minut po wejściu z mrozu.

Jeśli są Państwo zadowoleni z termometru, prosimy o wystawienie opinii
na Amazon.pl. Jeżeli natomiast coś jest nie tak, prosimy najpierw o
kontakt z nami, zanim wystawią Państwo ocenę.

Z poważaniem
MedikaDom""")

    o, b = order("gating-ty-nodiac", "pl", "Kubek termiczny 450 ml")
    case("zostaw-opinie-tylko-jesli-ci-sie-podoba", "reject", ["review.conditional"],
         "Casual, no diacritics, condition after the request: 'zostaw opinie - oczywiscie tylko jesli jestes "
         "zadowolony; jak cos nie gra, napisz do nas'.",
         to=b, frm="TermoKubki <sklep@termokubki.pl>", day=10, tolerated=("review.incentive",),
         subject=f"Kubek termiczny - zamowienie {o}", text=f"""Czesc,

kubek z zamowienia {o} trzyma cieplo do 6 godzin, jesli przed nalaniem
kawy przepluczesz go wrzatkiem.

Zostaw opinie na Amazonie - oczywiscie tylko jesli jestes zadowolony.
Jak cos nie gra, najpierw napisz do nas, wszystko naprawimy.

Pozdro, TermoKubki""")

    o, b = order("removal", "pl", "Fotel biurowy ergonomiczny z zagłówkiem")
    case("prosba-o-usuniecie-negatywnej-opinii", "reject", ["review.removal-request"],
         "After solving the problem, asking the buyer to delete the negative review.",
         to=b, frm="Biurowo <obsluga@biurowo.pl>", day=13,
         reply="Podłokietnik odpadł po trzech dniach. Napisałem o tym w opinii.",
         subject=f"Re: Podłokietnik fotela - zamówienie {o}", text=f"""Dzień dobry,

nowy podłokietnik do fotela z zamówienia {o} został wysłany wczoraj,
numer przesyłki znajdzie Pan na Amazonie. Śruby należy dokręcić do
oporu kluczem imbusowym z zestawu.

Skoro problem został rozwiązany, czy mógłby Pan usunąć negatywną opinię
o fotelu? Bardzo nam na tym zależy.

Pozdrawiamy
Biurowo""")

    o, b = order("update-rating", "pl", "Robot sprzątający z mopem")
    case("zmiana-oceny-po-wymianie", "reject", ["review.removal-request"],
         "'Prosimy o zaktualizowanie recenzji i zmianę oceny' after a replacement: asks to update a review.",
         to=b, frm="SmartSprzątanie <pomoc@smartsprzatanie.pl>", day=14,
         subject=f"Wymiana robota - zamówienie {o}", text=f"""Szanowna Pani,

wymieniony robot sprzątający z zamówienia {o} został dziś doręczony.
Przed pierwszym sprzątaniem prosimy pozwolić mu samodzielnie wrócić do
stacji, żeby zapisał mapę mieszkania.

Ponieważ usterka została usunięta, prosimy o zaktualizowanie recenzji
i zmianę oceny na Amazon.pl.

Z poważaniem
SmartSprzątanie""")

    # ----------------------------------------------------------------------------------------
    # Violations: marketing
    # ----------------------------------------------------------------------------------------

    o, b = order("newsletter", "pl", "Herbata zielona sencha 250 g")
    case("newsletter-10-procent", "quarantine", ["type.marketing"],
         "Order information plus 'zapisz się do naszego newslettera i odbierz 10% zniżki': promotion.",
         to=b, frm="Herbaciarnia Liść <sklep@herbaciarnialisc.pl>", day=9,
         subject=f"Jak parzyć senchę - zamówienie {o}", text=f"""Dzień dobry,

senchę z zamówienia {o} najlepiej parzyć w wodzie o temperaturze
70-80 stopni przez 2 minuty. Liście można zalać jeszcze dwa razy.

Zapisz się do naszego newslettera na stronie sklepu i odbierz 10% zniżki
na pierwsze zamówienie oraz informacje o nowościach.

Herbaciarnia Liść""")

    o, b = order("social", "pl", "Puzzle 1000 elementów, Tatry")
    case("obserwuj-nas-instagram-facebook", "quarantine", ["type.marketing"],
         "'Obserwuj nas na Instagramie i polub nasz profil na Facebooku': social-media follow request.",
         to=b, frm="Puzzlandia <kontakt@puzzlandia.pl>", day=11,
         subject=f"Puzzle Tatry - zamówienie {o}", text=f"""Dzień dobry,

w pudełku z zamówienia {o} znajduje się plakat z obrazkiem w skali 1:1,
który ułatwia układanie nieba.

Obserwuj nas na Instagramie i polub nasz profil na Facebooku - co
tydzień pokazujemy ułożone puzzle naszych klientów!

Puzzlandia""")

    o, b = order("discount-code", "pl", "Karma dla kota sucha 7 kg")
    case("kod-rabatowy-na-kolejne-zakupy", "quarantine", ["type.marketing"],
         "Formal: a discount code ('kod rabatowy KOT15') for the next purchase: a voucher.",
         to=b, frm="Zoo-Market <obsluga@zoo-market.pl>", day=10,
         subject=f"Karma dla kota - zamówienie {o}", text=f"""Szanowna Pani,

karmę z zamówienia {o} należy wprowadzać stopniowo przez 7 dni,
mieszając ją z dotychczasową.

Przy kolejnym zamówieniu może Pani skorzystać z kodu rabatowego KOT15,
który obniża cenę o 15 %.

Pozdrawiamy
Zoo-Market""")

    o, b = order("cross-sell", "pl", "Aparat do mierzenia ciśnienia naramienny")
    case("polecamy-inne-produkty", "quarantine", ["type.marketing"],
         "Cross-selling: 'polecamy również nasze inne produkty' (mankiet, zasilacz) with a promotion.",
         to=b, frm="MedikaDom <sklep@medikadom.pl>", day=12,
         subject=f"Ciśnieniomierz - zamówienie {o}", text=f"""Dzień dobry,

pomiar ciśnienia aparatem z zamówienia {o} najlepiej wykonywać o stałej
porze, na siedząco, po 5 minutach odpoczynku.

Polecamy również nasze inne produkty: większy mankiet 32-42 cm oraz
zasilacz sieciowy. W tym tygodniu kupią je Państwo w promocyjnej cenie
w naszym sklepie na Amazonie.

Pozdrawiamy
MedikaDom""")

    # ----------------------------------------------------------------------------------------
    # Violations: opt-out, contact data, links
    # ----------------------------------------------------------------------------------------

    o, b = order("stop", "pl", "Kabel HDMI 2.1, 2 m")
    case("odpisz-stop-aby-nie-otrzymywac", "reject", ["link.opt-out"],
         "Casual: 'Jeśli nie chcesz dostawać od nas wiadomości, odpisz STOP': an opt-out line.",
         to=b, frm="KableiSpółka <sklep@kableispolka.pl>", day=10,
         subject=f"Kabel HDMI - zamówienie {o}", text=f"""Cześć,

kabel z zamówienia {o} obsługuje 4K przy 120 Hz i 8K przy 60 Hz;
w telewizorze włącz tryb "HDMI Enhanced" dla tego wejścia.

Jeśli nie chcesz dostawać od nas wiadomości, odpisz STOP.""")

    o, b = order("wypisz", "pl", "Zestaw noży kuchennych 5 szt.")
    case("rezygnacja-z-wiadomosci-formalnie", "reject", ["link.opt-out"],
         "Formal opt-out text: 'Aby zrezygnować z otrzymywania wiadomości, prosimy odpisać REZYGNUJĘ.'",
         to=b, frm="Ostrze <biuro@ostrze.pl>", day=11,
         subject=f"Noże kuchenne - zamówienie {o}", text=f"""Szanowny Panie,

noże z zamówienia {o} nie nadają się do zmywarki: należy myć je ręcznie
i od razu wycierać do sucha.

Aby zrezygnować z otrzymywania od nas wiadomości, prosimy odpisać
słowem REZYGNUJĘ.

Z poważaniem
Ostrze""")

    o, b = order("phone-mobile", "pl", "Pralka ładowana od frontu 8 kg")
    case("zadzwon-do-nas-komorka", "reject", ["content.phone-number"],
         "The seller's own line: 'zadzwoń do nas: +48 600-123-456' with no warranty, carrier or manufacturer "
         "context.",
         to=b, frm="AGD Kowalski <sklep@agdkowalski.pl>", day=12,
         subject=f"Instalacja pralki - zamówienie {o}", text=f"""Cześć,

przed pierwszym praniem wykręć trzy śruby transportowe z tyłu pralki
z zamówienia {o}, inaczej bęben będzie mocno stukał.

Masz pytania? Zadzwoń do nas: +48 600-123-456, odbieramy codziennie.

AGD Kowalski""")

    o, b = order("phone-landline", "pl", "Rolety dzień-noc 80x150 cm")
    case("telefon-stacjonarny-obsluga-klienta", "reject", ["content.phone-number"],
         "Formal: the shop's customer-service landline '12 345 67 89' and a toll-free 800 line: not warranty, "
         "carrier or manufacturer.",
         to=b, frm="Roletex <obsluga@roletex.pl>", day=11,
         subject=f"Montaż rolet - zamówienie {o}", text=f"""Szanowna Pani,

rolety z zamówienia {o} montuje się na uchwytach bez wiercenia,
zakładanych na skrzydło okna.

W razie pytań prosimy o kontakt z naszym biurem obsługi klienta pod
numerem 12 345 67 89 lub przez bezpłatną infolinię 800 123 456.

Z poważaniem
Roletex""")

    o, b = order("email-malpa", "pl", "Lusterko kosmetyczne z podświetleniem")
    case("adres-email-malpa-kropka", "reject", ["content.email-address"],
         "An e-mail address spelt out the Polish way: 'kontakt małpa lustrzanka kropka pl'.",
         to=b, frm="Lustrzanka <sklep@lustrzanka.pl>", day=12,
         subject=f"Lusterko - zamówienie {o}", text=f"""Dzień dobry,

lusterko z zamówienia {o} ma trzy barwy światła; przełącza się je
krótkim dotknięciem przycisku w podstawie.

Szybciej odpowiemy mailowo: kontakt małpa lustrzanka kropka pl.

Pozdrawiamy
Lustrzanka""")

    o, b = order("email-plain", "pl", "Drukarka laserowa mono A4")
    case("adres-email-w-tresci", "reject", ["content.email-address"],
         "A plain e-mail address in the body for sending the installation problems.",
         to=b, frm="PrintShop <pomoc@printshop.pl>", day=13,
         reply="Nie mogę zainstalować sterownika drukarki na Windows 11.",
         subject=f"Re: Sterownik drukarki - zamówienie {o}", text=f"""Dzień dobry,

sterownik do drukarki z zamówienia {o} należy pobrać ze strony
producenta, nie z płyty dołączonej do zestawu (jest przestarzały).

Jeśli instalacja się nie powiedzie, proszę przesłać zrzut ekranu
błędu na adres serwis.printshop@gmail.com, sprawdzimy to.

Pozdrawiamy
PrintShop""")

    o, b = order("http-link", "pl", "Namiot 4-osobowy z przedsionkiem")
    case("link-http-instrukcja", "reject", ["link.insecure"],
         "An http:// link to the assembly manual: insecure link.",
         to=b, frm="Biwakowo <sklep@biwakowo.pl>", day=9, tolerated=("link.external",),
         subject=f"Instrukcja rozkładania namiotu - zamówienie {o}", text=f"""Dzień dobry,

instrukcję rozkładania namiotu z zamówienia {o} znajdzie Pan tutaj:
http://www.biwakowo.pl/instrukcje/namiot-4os.pdf

Najpierw proszę rozłożyć tropik, dopiero potem wpinać sypialnię.

Pozdrawiamy
Biwakowo""")

    o, b = order("https-link", "pl", "Kamera IP zewnętrzna Wi-Fi")
    case("link-https-do-sklepu", "reject", ["link.external"],
         "An https link to the seller's own shop (not Amazon, not needed for the order).",
         to=b, frm="Monitoring24 <pomoc@monitoring24.pl>", day=10,
         subject=f"Konfiguracja kamery - zamówienie {o}", text=f"""Dzień dobry,

kamerę z zamówienia {o} konfiguruje się w aplikacji producenta;
router musi nadawać w paśmie 2,4 GHz.

Poradniki wideo do konfiguracji znajdzie Pani na naszej stronie:
https://www.monitoring24.pl/poradniki

Pozdrawiamy
Monitoring24""")

    # ----------------------------------------------------------------------------------------
    # Violations: sensitive content
    # ----------------------------------------------------------------------------------------

    o, b = order("profanity", "pl", "Zestaw talerzy porcelanowych 18 el.")
    case("wulgaryzm-o-kurierze", "quarantine", ["content.sensitive"],
         "A swear word about the courier ('kurwa mać'): offensive language.",
         to=b, frm="Porcelanka <obsluga@porcelanka.pl>", day=13,
         reply="Trzy talerze przyszły stłuczone.",
         subject=f"Re: Stłuczone talerze - zamówienie {o}", text=f"""Dzień dobry,

bardzo przepraszamy. Paczka z zamówienia {o} była zapakowana w
podwójny karton, ale kurier i tak nią rzucał, kurwa mać, już trzeci
raz w tym miesiącu.

Trzy nowe talerze wyślemy jutro, bez żadnych kosztów po Pani stronie.

Pozdrawiamy
Porcelanka""")

    o, b = order("insult", "pl", "Wkrętarka udarowa 20 V")
    case("obelga-gowniany-idioci", "quarantine", ["content.sensitive"],
         "Casual, offensive: 'gówniana firma kurierska', 'idioci z magazynu'.",
         to=b, frm="MajsterPol <sklep@majsterpol.pl>", day=12,
         reply="Gdzie jest moja wkrętarka? Miała być wczoraj.",
         subject=f"Re: Gdzie wkrętarka? Zamówienie {o}", text=f"""Cześć,

wkrętarka z zamówienia {o} utknęła w sortowni, bo ta gówniana firma
kurierska znowu zgubiła etykietę. Idioci z ich magazynu nie potrafią
przeczytać adresu.

Nadaliśmy paczkę jeszcze raz, dojdzie w czwartek.
MajsterPol""")

    # ----------------------------------------------------------------------------------------
    # Violations: order problems, returns, message types
    # ----------------------------------------------------------------------------------------

    o, b = order("ask-cancel", "pl", "Klimatyzator przenośny 9000 BTU", **OOS)
    case("brak-towaru-prosba-o-anulowanie", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Out of stock: asks the buyer to cancel the order in their account, and confirms no adjustment.",
         to=b, frm="ChłodnyDom <zamowienia@chlodnydom.pl>", day=12,
         subject=f"Zamówienie {o} - brak towaru", text=f"""Dzień dobry,

niestety klimatyzator z zamówienia {o} wyprzedał się, a dostawca nie
poda nowego terminu dostawy przed końcem lata.

Prosimy o anulowanie zamówienia na swoim koncie Amazon (Twoje
zamówienia > Anuluj produkty). Przepraszamy za kłopot.

ChłodnyDom""")

    o, b = order("no-adjust", "", "Wózek dziecięcy 3w1, grafit", tld="pl", **OOS)
    case("nie-mozemy-wyslac-bez-korekty", "quarantine", ["order-problem.no-adjustment"],
         "Cannot ship (the last unit is damaged) without confirming that the order amount was adjusted or "
         "refunded.",
         to=b, frm="Maluszkowo <sklep@maluszkowo.pl>", day=12,
         subject=f"Problem z zamówieniem {o}", text=f"""Szanowna Pani,

z przykrością informujemy, że nie możemy zrealizować zamówienia {o}:
ostatni wózek w kolorze grafitowym został uszkodzony w magazynie, a
producent nie produkuje już tej wersji.

Bardzo przepraszamy za zaistniałą sytuację.

Maluszkowo""")

    o, b = order("dispatch-conf", "pl", "Buty trekkingowe damskie, rozm. 39")
    case("potwierdzenie-wysylki-numer-przesylki", "quarantine", ["type.order-confirmation"],
         "A proactive dispatch confirmation with the tracking number, which Amazon sends itself.",
         to=b, frm="Górskie Buty <wysylka@gorskiebuty.pl>", day=3,
         subject=f"Twoje zamówienie {o} zostało wysłane", text=f"""Dzień dobry,

informujemy, że Pani zamówienie {o} zostało dziś spakowane i nadane.
Numer przesyłki InPost: 620411870015423099871234.
Przewidywany termin doręczenia: 5 czerwca.

Pozdrawiamy
Górskie Buty""")

    o, b = order("thanks-only", "pl", "Świeca sojowa zapachowa, wanilia")
    case("tylko-podziekowanie-sluzymy-pomoca", "quarantine", ["type.thank-you-only"],
         "Nothing but thanks and an offer of help ('służymy pomocą w razie pytań').",
         to=b, frm="Świecarnia <kontakt@swiecarnia.pl>", day=7,
         subject=f"Dziękujemy za zamówienie {o}", text=f"""Dzień dobry,

serdecznie dziękujemy za zakupy w naszym sklepie i zamówienie {o}!
Jesteśmy małą rodzinną manufakturą i każde zamówienie bardzo nas cieszy.

W razie jakichkolwiek pytań służymy pomocą.

Pozdrawiamy ciepło
Świecarnia""")

    o, b = order("return-notice", "pl", "Kurtka przeciwdeszczowa męska, XL")
    case("zwrot-otrzymany-tylko-informacja", "quarantine", ["return.unnecessary"],
         "A proactive return message that neither asks for information nor offers a partial refund.",
         to=b, frm="OutdoorPL <zwroty@outdoorpl.pl>", day=14,
         subject=f"Zwrot kurtki - zamówienie {o}", text=f"""Dzień dobry,

informujemy, że zwrócona kurtka z zamówienia {o} dotarła do naszego
magazynu. Zwrot pieniędzy zlecimy w ciągu 14 dni, zgodnie z regulaminem.

Pozdrawiamy
OutdoorPL""")

    o, b = order("en-to-pl", "pl", "Karta pamięci microSD 256 GB")
    case("english-message-to-polish-buyer", "quarantine", ["language.mismatch"],
         "An English message to a buyer whose language is Polish (amazon.pl, buyer_language pl).",
         to=b, frm="MemoryKing <support@memoryking.eu>", day=11, lang="en",
         subject=f"Your microSD card - order {o}", text=f"""Hello,

before using the microSD card from order {o} in your camera, please
format it in the camera itself, not on a computer. This avoids write
errors when recording 4K video.

Kind regards,
MemoryKing""")

    o, b = order("pl-to-de", "de", "Akku-Rasenmäher 36 V", tld="de")
    case("polska-wiadomosc-do-niemieckiego-kupujacego", "quarantine", ["language.mismatch"],
         "A Polish message to an amazon.de buyer whose language is German: not the buyer's language.",
         to=b, frm="Ogród i Taras <dostawy@ogroditaras.pl>", day=10,
         subject=f"Kosiarka akumulatorowa - zamówienie {o}", text=f"""Dzień dobry,

przed pierwszym koszeniem kosiarką z zamówienia {o} prosimy naładować
oba akumulatory do pełna. Wysokość koszenia ustawia się dźwignią nad
tylnym kołem; przy pierwszym koszeniu wiosną zalecamy 5 cm.

Pozdrawiamy
Ogród i Taras""")

    o, b = order("no-order-id", "pl", "Ręcznik kąpielowy bawełniany 70x140")
    case("brak-numeru-zamowienia", "reject", ["order-id.missing"],
         "A proactive message (washing instructions) without the 17-digit order number.",
         to=b, frm="Łazienkowo <sklep@lazienkowo.pl>", day=8,
         subject="Pranie ręczników", text="""Dzień dobry,

ręczniki przed pierwszym użyciem warto wyprać bez płynu do płukania:
płyn zmniejsza chłonność bawełny. Prać w 40 stopniach, suszyć w
suszarce na niskiej temperaturze.

Pozdrawiamy
Łazienkowo""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_pl,))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="pl"), verify, after_must_precede=True)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
