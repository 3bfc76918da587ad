"""Round 39 (corpus_thirtyninth): the shared corpus's shape in Dutch, Swedish, Polish, Turkish and Arabic.

The wordings a native seller uses that the rules missed, and their siblings in the other four languages:
- Turkish puts the negation last: "siparişi iptal etmeniz ya da başka bir işlem yapmanız gerekmiyor" tells the
  buyer NOT to cancel (Arabic sibling "لست بحاجة إلى إلغاء الطلب");
- "it will not be possible to ship your order": Turkish "göndermemiz mümkün olmayacak", "gönderimini
  gerçekleştiremiyoruz";
- a Dutch review reminder with the verb first and a long object: "dan stellen we een paar woorden op Amazon
  nog altijd erg op prijs", "heb je alsnog een paar minuutjes";
- warm filler: Swedish "Tusen tack ..., det betyder jättemycket för ett litet familjeföretag som vårt", "Din
  beställning ligger oss varmt om hjärtat", "Undrar du över något är du alltid välkommen att höra av dig";
  Turkish "siparişinizde bizi tercih ettiğiniz için", "Sizin gibi değerli müşterilerimiz sayesinde büyüyoruz",
  "Aklınıza takılan herhangi bir konu olursa";
- talking the buyer out of a return with a question that asks nothing: "could you give it a few more days?"
  in Dutch, Swedish, Polish, Turkish and Arabic (round 32 did en, de, fr, es, it, ja).
Compliant near-misses with the same vocabulary stay clean.
"""

from __future__ import annotations

import pytest

from policies.rules.review import request_units
from tests.policies.plain_message import fires as _fires
from tests.policies.plain_message import plain_ctx as _ctx
from tests.policies.test_rules_messagetypes import OID

# --- "you need not cancel": the negation after the verb (tr), "you are not in need of cancelling" (ar) -----------

NEED_NOT_CANCEL: list[tuple[str, str]] = [
    ("com.tr", f"{OID} numaralı siparişinizdeki lamba stokta kalmadı. Tutarın tamamını bugün iade ettik; "
               "siparişi iptal etmeniz ya da başka bir şey yapmanız gerekmiyor."),
    ("com.tr", f"{OID} numaralı siparişinizdeki lamba tükendi. Tutarın tamamını iade ettik, iptal talebi "
               "oluşturmanıza gerek yok."),
    ("com.tr", f"{OID} numaralı siparişinizdeki lamba tükendi. Tutarın tamamını iade ettik; siparişi iptal etmeniz şart değil."),
    ("com.tr", f"{OID} numaralı siparişinizdeki lamba tükendi. Tutarın tamamını iade ettik, siparişi iptal etmenizi beklemiyoruz."),
    ("ae", f"المنتج في طلبك رقم {OID} نفد من المخزون. قمنا برد المبلغ كاملاً، ولست بحاجة إلى إلغاء الطلب."),
    ("eg", f"المنتج في طلبك رقم {OID} نفد من المخزون. رجعنا لحضرتك المبلغ كله من غير الحاجة لإلغاء الطلب."),
]


@pytest.mark.parametrize(("tld", "body"), NEED_NOT_CANCEL)
def test_telling_the_buyer_not_to_cancel_asks_no_cancellation(tld: str, body: str) -> None:
    assert not _fires("order-problem.cancellation-request", body, tld)
    assert not _fires("order-problem.no-adjustment", body, tld)


@pytest.mark.parametrize(("tld", "body"), [
    ("com.tr", f"{OID} numaralı siparişinizdeki lamba stokta kalmadı. Lütfen siparişi hesabınızdan iptal ediniz."),
    ("com.tr", f"{OID} numaralı siparişinizdeki lamba tükendi. Siparişinizi iptal etmenizi rica ederiz, gerek "
               "yoksa bize yazmayın."),
    ("ae", f"المنتج في طلبك رقم {OID} نفد من المخزون. نرجو منك إلغاء الطلب من حسابك."),
])
def test_a_cancel_request_still_fires(tld: str, body: str) -> None:
    assert _fires("order-problem.cancellation-request", body, tld)


# --- "it will not be possible to ship your order" ----------------------------------------------------------------

NO_ADJ: list[tuple[bool, str, str]] = [
    (True, "com.tr", f"{OID} numaralı siparişinizi maalesef göndermemiz mümkün değil."),
    (True, "com.tr", f"{OID} numaralı siparişinizdeki masanın gönderimini gerçekleştiremiyoruz."),
    (True, "com.tr", f"Tedarikçi sorunu nedeniyle {OID} numaralı siparişi kargolamamız mümkün olmayacak."),
    (False, "com.tr", f"{OID} numaralı siparişinizi pazartesiye kadar göndermemiz mümkün değil."),
    (False, "com.tr", f"{OID} numaralı siparişinizi göndermemiz mümkün olmayacak; tutarın tamamını bugün iade ettik."),
    (False, "com.tr", f"{OID} numaralı siparişinizin gönderimini yarın gerçekleştireceğiz."),
]


@pytest.mark.parametrize(("want", "tld", "body"), NO_ADJ)
def test_not_possible_to_ship(want: bool, tld: str, body: str) -> None:
    assert _fires("order-problem.no-adjustment", body, tld) is want


# --- a Dutch review request with the verb first ---------------------------------------------------------------

REQUESTS: list[tuple[bool, str, str]] = [
    (True, "nl", "Heb je alsnog een paar minuutjes, dan stellen we een paar woorden op Amazon nog altijd erg op prijs."),
    (True, "nl", "Dan stellen wij een eerlijke recensie over de waterkoker zeer op prijs."),
    (True, "nl", "Heeft u nog even een paar minuten voor een beoordeling op Amazon?"),
    (False, "nl", "Dan stellen we uw geduld met de levering van de waterkoker erg op prijs."),
    (False, "nl", "Heb je alsnog een paar minuutjes, dan lopen we de montage samen door."),
]


@pytest.mark.parametrize(("want", "tld", "body"), REQUESTS)
def test_dutch_inverted_review_requests(want: bool, tld: str, body: str) -> None:
    assert bool(request_units(_ctx(body, tld))) is want


# --- warm filler: nothing but thanks, warmth and an offer of help -----------------------------------------------

THANKS: list[tuple[bool, str, str]] = [
    (True, "se", f"Hej!\n\nTack för att du handlade hos oss, det betyder mycket för en liten butik som vår. Din "
                 f"beställning {OID} ligger oss varmt om hjärtat.\n\nUndrar du över något är du varmt välkommen att "
                 "kontakta oss.\n\nHa en riktigt skön helg!\nAnna"),
    (True, "com.tr", f"Merhaba,\n\n{OID} numaralı siparişinizde bizi tercih ettiğiniz için teşekkür ederiz. Sizin gibi "
                     "değerli müşterilerimiz sayesinde büyüyoruz.\n\nMerak ettiğiniz bir şey olursa bize her zaman "
                     "yazabilirsiniz.\n\nAyşe"),
    (False, "se", f"Hej!\n\nTack för att du handlade hos oss, det betyder mycket för en liten butik som vår. Din "
                  f"beställning {OID} skickas först på måndag eftersom färgen torkar över helgen.\n\nAnna"),
    (False, "com.tr", f"Merhaba,\n\n{OID} numaralı siparişinizde bizi tercih ettiğiniz için teşekkür ederiz. Sizin "
                      "gibi değerli müşterilerimiz sayesinde büyüyoruz. Halının kaymaması için altına kaydırmaz "
                      "ped koymanızı öneririz.\n\nAyşe"),
]


@pytest.mark.parametrize(("want", "tld", "body"), THANKS)
def test_warm_filler(want: bool, tld: str, body: str) -> None:
    assert _fires("type.thank-you-only", body, tld) is want


# --- "could you give it a few more days?": a question that asks nothing the return needs --------------------------

RETURNS: list[tuple[bool, str, str]] = [
    (True, "nl", f"We zagen je retouraanvraag voor bestelling {OID}. Zou je hem nog een paar dagen een kans willen geven?"),
    (True, "nl", f"We zagen uw retourverzoek voor bestelling {OID}. Misschien is het de moeite waard om hem nog een week te gebruiken?"),
    (True, "se", f"Vi ser att du har begärt retur av beställning {OID}. Kan du ge den en vecka till?"),
    (True, "se", f"Vi ser att du har anmält retur av beställning {OID}. Kanske vore det en idé att prova den några dagar till?"),
    (True, "pl", f"Otrzymaliśmy zgłoszenie zwrotu z zamówienia {OID}. Może warto dać mu jeszcze kilka dni?"),
    (True, "pl", f"Otrzymaliśmy zgłoszenie zwrotu z zamówienia {OID}. Czy mógłby Pan spróbować jeszcze przez tydzień?"),
    (True, "com.tr", f"{OID} numaralı siparişiniz için iade talebinizi gördük. Bir hafta daha denemeye ne dersiniz?"),
    (True, "com.tr", f"{OID} numaralı siparişiniz için iade talebinizi gördük. Birkaç gün daha kullanabilir misiniz?"),
    (True, "ae", f"استلمنا طلب الإرجاع الخاص بطلبك رقم {OID}. ما رأيك أن تجربه بضعة أيام أخرى؟"),
    (True, "eg", f"وصلنا طلب الإرجاع للطلب رقم {OID}. إيه رأيك تديها فرصة كمان؟"),
    (False, "nl", f"We zagen je retouraanvraag voor bestelling {OID}. Zou je ons nog een foto van de schade kunnen sturen?"),
    (False, "se", f"Vi ser att du har begärt retur av beställning {OID}. Kan du skicka en bild på typskylten?"),
    (False, "pl", f"Otrzymaliśmy zgłoszenie zwrotu z zamówienia {OID}. Czy mógłby Pan przesłać zdjęcie uszkodzenia?"),
    (False, "com.tr", f"{OID} numaralı siparişiniz için iade talebinizi gördük. Ürünün seri numarasını iletebilir misiniz?"),
    (False, "ae", f"استلمنا طلب الإرجاع الخاص بطلبك رقم {OID}. هل يمكنك إرسال صورة للرقم التسلسلي؟"),
]


@pytest.mark.parametrize(("want", "tld", "body"), RETURNS)
def test_talking_out_of_a_return(want: bool, tld: str, body: str) -> None:
    assert _fires("return.unnecessary", body, tld) is want


# --- siblings in the other languages ----------------------------------------------------------------------------

NOT_POSSIBLE: list[tuple[bool, str, str]] = [
    (True, "com", f"Unfortunately it will not be possible to ship order {OID}."),
    (True, "nl", f"Helaas zal het niet mogelijk zijn om je bestelling {OID} te versturen."),
    (True, "se", f"Tyvärr kommer det inte att vara möjligt att skicka din beställning {OID}."),
    (True, "pl", f"Niestety wysłanie zamówienia {OID} nie będzie możliwe."),
    (True, "ae", f"للأسف لن يكون بالإمكان إرسال طلبك رقم {OID}."),
    (False, "com", f"It will not be possible to ship order {OID} until Monday."),
    (False, "nl", f"Het is niet mogelijk om bestelling {OID} te versturen; we hebben het volledige bedrag terugbetaald."),
    (False, "pl", f"Wysłanie zamówienia {OID} nie będzie możliwe do poniedziałku."),
    (False, "ae", f"لن يكون بالإمكان إرسال طلبك رقم {OID}، وقد قمنا برد المبلغ كاملاً."),
]


@pytest.mark.parametrize(("want", "tld", "body"), NOT_POSSIBLE)
def test_not_possible_to_ship_siblings(want: bool, tld: str, body: str) -> None:
    assert _fires("order-problem.no-adjustment", body, tld) is want


FILLER_SIBLINGS: list[tuple[bool, str, str]] = [
    (True, "com", f"Hi,\n\nThank you for your order {OID}, it means a lot to a small family business like ours.\n\nBest,\nAnna"),
    (True, "com", f"Hi,\n\nThank you for your order {OID}. Customers like you are what keep us going.\n\nBest,\nAnna"),
    (True, "nl", f"Hoi,\n\nBedankt voor je bestelling {OID}, het betekent veel voor een klein familiebedrijf als het onze.\n\nGroet,\nAnna"),
    (True, "nl", f"Hoi,\n\nBedankt voor je bestelling {OID}. Dankzij klanten zoals jij kunnen we blijven groeien.\n\nGroet,\nAnna"),
    (True, "nl", f"Hoi,\n\nBedankt voor je bestelling {OID}. Heb je ergens een vraag over, dan ben je altijd welkom.\n\nGroet,\nAnna"),
    (True, "se", f"Hej,\n\nTack för din beställning {OID}. Tack vare kunder som du kan vi fortsätta växa.\n\nHälsningar,\nAnna"),
    (True, "pl", f"Dzień dobry,\n\ndziękujemy za zamówienie {OID}, to wiele znaczy dla małej rodzinnej firmy takiej jak nasza.\n\nPozdrawiamy,\nAnna"),
    (True, "pl", f"Dzień dobry,\n\ndziękujemy za zamówienie {OID}. Dzięki takim klientom jak Pan możemy się rozwijać.\n\nPozdrawiamy,\nAnna"),
    (True, "com.tr", f"Merhaba,\n\n{OID} numaralı siparişiniz için teşekkür ederiz, bu küçük bir aile işletmesi için çok şey ifade ediyor.\n\nAyşe"),
    (True, "ae", f"مرحباً،\n\nشكراً لطلبك رقم {OID}. بفضل عملائنا الكرام أمثالك نكبر ونتطور.\n\nمع التحية،\nفريق المتجر"),
    (True, "ae", f"مرحباً،\n\nشكراً لطلبك رقم {OID}، هذا يعني لنا الكثير كمتجر عائلي صغير.\n\nمع التحية،\nفريق المتجر"),
    # the same warmth with something the buyer needs to know
    (False, "com", f"Hi,\n\nThank you for your order {OID}, it ships on Monday because the glaze needs another day.\n\nBest,\nAnna"),
    (False, "nl", f"Hoi,\n\nBedankt voor je bestelling {OID}, het pakket gaat pas maandag mee omdat de verf moet drogen.\n\nGroet,\nAnna"),
    (False, "nl", f"Hoi,\n\nBedankt voor je bestelling {OID}. Dankzij klanten zoals jij kunnen we je nu 10% korting geven met code DANK10.\n\nGroet,\nAnna"),
    (False, "pl", f"Dzień dobry,\n\ndziękujemy za zamówienie {OID}, to zamówienie wyślemy w poniedziałek po wyschnięciu lakieru.\n\nPozdrawiamy,\nAnna"),
    (False, "com.tr", f"Merhaba,\n\n{OID} numaralı siparişiniz için teşekkür ederiz, bu ürün pazartesi kargoya verilecek çünkü boya kuruyor.\n\nAyşe"),
    (False, "ae", f"مرحباً،\n\nشكراً لطلبك رقم {OID}. بفضل عملائنا الكرام أمثالك نقدم لك كود خصم 10% على طلبك القادم.\n\nمع التحية،\nفريق المتجر"),
]


@pytest.mark.parametrize(("want", "tld", "body"), FILLER_SIBLINGS)
def test_warm_filler_siblings(want: bool, tld: str, body: str) -> None:
    assert _fires("type.thank-you-only", body, tld) is want


REVIEW_PARAPHRASES: list[tuple[bool, str, str]] = [
    (True, "se", "Har du fortfarande ett par minuter över uppskattar vi några rader på Amazon väldigt mycket."),
    (True, "pl", "Jeśli znajdzie Pan jeszcze chwilę, kilka słów na Amazonie nadal bardzo by nas ucieszyło."),
    (True, "com.tr", "Hâlâ birkaç dakikanız varsa, Amazon'da birkaç kelime yazmanız bizi çok mutlu eder."),
    (True, "ae", "إذا كان لديك بضع دقائق، يسعدنا أن تكتب لنا كلمتين على أمازون."),
    (False, "se", "Har du fortfarande ett par minuter över uppskattar vi några rader om vilken färg du vill ha."),
    (False, "pl", "Jeśli znajdzie Pan jeszcze chwilę, prosimy o zdjęcie tabliczki znamionowej."),
    (False, "com.tr", "Hâlâ birkaç dakikanız varsa, adresinize birkaç kelime ekleyerek kapı numarasını yazmanız yeterli."),
    (False, "ae", "إذا كان لديك بضع دقائق، يسعدنا أن تكتب لنا كلمتين عن اللون الذي تفضله."),
]


@pytest.mark.parametrize(("want", "tld", "body"), REVIEW_PARAPHRASES)
def test_a_few_words_on_amazon(want: bool, tld: str, body: str) -> None:
    assert bool(request_units(_ctx(body, tld))) is want


MORE_FILLER: list[tuple[bool, str, str]] = [
    (True, "nl", f"Hallo,\n\nNogmaals bedankt voor je vertrouwen in ons kleine bedrijf (bestelling {OID}). We hopen dat je er "
                 "jaren plezier van hebt.\n\nVragen? We horen het graag.\n\nGroet,\nPiet"),
    (True, "se", f"Hej,\n\nVi vill rikta ett stort tack för att du valde oss för beställning {OID}. Vi hoppas att du blir "
                 "nöjd.\n\nHör av dig om du undrar över något.\n\nMvh\nLisa"),
    (True, "se", f"Hej,\n\nTack för att du handlade hos oss! Din beställning {OID} är viktig för oss.\n\nMed vänlig hälsning\nLisa"),
    (True, "com.tr", f"Merhaba,\n\n{OID} numaralı alışverişiniz için teşekkür ederiz. Ürününüzü güzel günlerde kullanmanızı "
                     "dileriz.\n\nHer türlü sorunuz için buradayız.\n\nSaygılarımızla\nMehmet"),
    (True, "eg", f"أهلاً بحضرتك،\n\nمتشكرين جداً إنك اخترت متجرنا للطلب رقم {OID}. نتمنى المنتج يعجبك.\n\nلو احتجت أي حاجة "
                 "إحنا موجودين.\n\nتحياتنا"),
    (False, "nl", f"Hallo,\n\nBedankt voor bestelling {OID}. De lamp heeft een E14-fitting, de lampjes zitten in het zijvak.\n\n"
                  "Vragen? We horen het graag.\n\nGroet,\nPiet"),
    (False, "se", f"Hej,\n\nDin beställning {OID} är viktig för oss, därför skickar vi den med spårbar frakt på måndag.\n\nLisa"),
    (False, "com.tr", f"Merhaba,\n\nHer türlü sorunuz için buradayız. {OID} numaralı siparişinizdeki halının saçakları ilk "
                      "yıkamada biraz kısalabilir.\n\nMehmet"),
    (False, "eg", f"أهلاً بحضرتك،\n\nنتمنى المنتج يعجبك. الطلب رقم {OID} هيتشحن يوم الأحد علشان اللون المطلوب خلص.\n\nتحياتنا"),
]


@pytest.mark.parametrize(("want", "tld", "body"), MORE_FILLER)
def test_more_warm_filler(want: bool, tld: str, body: str) -> None:
    assert _fires("type.thank-you-only", body, tld) is want


LOOKING_FORWARD: list[tuple[bool, str, str]] = [
    (True, "nl", "Als je er nog niet aan toegekomen bent: we zijn nog steeds benieuwd naar je recensie op Amazon."),
    (True, "nl", "We kijken nog altijd uit naar je beoordeling."),
    (True, "se", "Vi ser fortfarande fram emot ditt omdöme."),
    (False, "nl", "We zijn benieuwd naar je ervaringen met de montage van de kast."),
    (False, "nl", "We kijken uit naar de beoordeling van uw garantieclaim door de fabrikant."),
    (False, "se", "Vi ser fram emot att höra vilken färg du vill ha."),
]


@pytest.mark.parametrize(("want", "tld", "body"), LOOKING_FORWARD)
def test_looking_forward_to_a_review(want: bool, tld: str, body: str) -> None:
    assert bool(request_units(_ctx(body, tld))) is want
