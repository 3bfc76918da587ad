"""Round 46 (corpus_fortysixth): problem-with-order and return messages, second round, nine languages.

The wordings a native seller uses that the rules missed:
- a refund promised for a vague later ("soon", "in the coming days") is no confirmation that the amount was
  adjusted: Polish "zwrot pieniędzy nastąpi wkrótce", Arabic «سنقوم باسترداد المبلغ قريباً», and the same
  class in German ("wir erstatten ... in Kürze"), Swedish ("vi återbetalar ... snart"), Turkish ("yakında iade
  edilecek"), Portuguese ("o reembolso será feito em breve") and Japanese (「近日中に返金いたします」); a past
  confirmation followed by "it shows on your account soon" stays a confirmation;
- confirmations the lists missed: Polish "została już oddana", "korektę zaksięgowaliśmy"; Turkish "tutarın
  tamamı iade edilmiştir", "ödediğiniz ... iade edilmiştir";
- cannot ship because there is no replacement to send (damaged in transit, the last one): German "können wir
  keinen Ersatz schicken", Dutch "kunnen we geen vervangend exemplaar sturen", Portuguese "não temos outra
  para enviar"; Indian English "not available with us", "the last lot got exhausted before your order could
  be processed" (a sell-out dated in the past, not a delay);
- the buyer's return named as a wish: Polish "o chęci zwrotu plecaka".
Compliant near-misses with the same vocabulary stay clean.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import fires as _fires
from tests.policies.test_rules_messagetypes import OID

REFUND_LATER: list[tuple[bool, str, str]] = [
    (True, "pl", f"Dzień dobry, kurtka z zamówienia {OID} jest niedostępna i nie możemy jej wysłać. "
                 "Zwrot środków nastąpi niebawem."),
    (True, "pl", f"Dzień dobry, kurtka z zamówienia {OID} jest niedostępna i nie możemy jej wysłać. "
                 "Pieniądze zwrócimy Państwu w najbliższych dniach."),
    (False, "pl", f"Dzień dobry, kurtka z zamówienia {OID} jest niedostępna i nie możemy jej wysłać. "
                  "Zwróciliśmy całą kwotę, pieniądze wkrótce pojawią się na koncie."),
    (True, "ae", f"مرحباً، الحقيبة في الطلب رقم {OID} غير متوفرة حالياً ولن نتمكن من شحنها. "
                 "سيتم رد قيمة الطلب لكم خلال الأيام القادمة."),
    (True, "sa", f"مرحباً، الحقيبة في الطلب رقم {OID} غير متوفرة حالياً ولن نتمكن من شحنها. "
                 "سنعيد لكم المبلغ قريبا."),
    (False, "ae", f"مرحباً، الحقيبة في الطلب رقم {OID} غير متوفرة حالياً ولن نتمكن من شحنها. "
                  "تم استرداد كامل المبلغ اليوم، وسيظهر في حسابكم قريباً."),
    (True, "de", f"Guten Tag, der Rucksack aus Bestellung {OID} ist ausverkauft und wir können ihn nicht "
                 "versenden. Wir erstatten Ihnen den Kaufpreis demnächst."),
    (False, "de", f"Guten Tag, der Rucksack aus Bestellung {OID} ist ausverkauft und wir können ihn nicht "
                  "versenden. Wir haben Ihnen den Kaufpreis erstattet, er ist demnächst auf Ihrem Konto."),
    (True, "se", f"Hej, ryggsäcken i beställning {OID} är slut i lager och vi kan inte skicka den. "
                 "Vi återbetalar hela beloppet snart."),
    (False, "se", f"Hej, ryggsäcken i beställning {OID} är slut i lager och vi kan inte skicka den. "
                  "Vi har betalat tillbaka hela beloppet, det syns inom kort på ditt konto."),
    (True, "com.tr", f"Merhaba, {OID} numaralı siparişinizdeki sırt çantası stokta kalmadı ve gönderemiyoruz. "
                     "Tutarınız yakında iade edilecek."),
    (True, "com.br", f"Olá, a mochila do pedido {OID} esgotou e não conseguimos enviar. "
                     "O reembolso do valor será feito em breve."),
    (False, "com.br", f"Olá, a mochila do pedido {OID} esgotou e não conseguimos enviar. "
                      "Já estornamos o valor total; ele aparece na fatura nos próximos dias."),
    (True, "co.jp", f"ご注文{OID}のリュックは在庫切れのため発送できません。後日返金いたします。"),
    (False, "co.jp", f"ご注文{OID}のリュックは在庫切れのため発送できません。本日全額を返金いたしました。"),
]

CONFIRMED: list[tuple[bool, str, str]] = [
    (False, "pl", f"Dzień dobry, nie możemy zrealizować zamówienia {OID}, towar jest niedostępny. "
                  "Pełna płatność została dziś oddana na Pana konto."),
    (False, "pl", f"Dzień dobry, nie możemy zrealizować zamówienia {OID}, towar jest niedostępny. "
                  "Wprowadziliśmy korektę na całą kwotę z powodu braku towaru."),
    (True, "pl", f"Dzień dobry, nie możemy zrealizować zamówienia {OID}, towar jest niedostępny. "
                 "Korektę przygotujemy w przyszłym tygodniu."),
    (False, "com.tr", f"Merhaba, {OID} numaralı siparişteki ürün tükendi, gönderemiyoruz. "
                      "Siparişin tamamı stok olmadığı için iade edilmiştir."),
    (False, "com.tr", f"Merhaba, {OID} numaralı siparişteki ürün tükendi, gönderemiyoruz. "
                      "Ödediğiniz 320 TL iade edildi."),
    (True, "com.tr", f"Merhaba, {OID} numaralı siparişteki ürün tükendi, gönderemiyoruz. "
                     "Ödediğiniz tutar için sizinle tekrar iletişime geçeceğiz."),
]

NO_REPLACEMENT: list[tuple[bool, str, str]] = [
    (True, "de", f"Guten Tag, der Spiegel aus Bestellung {OID} ist unterwegs zerbrochen, und wir können Ihnen "
                 "leider keinen neuen Spiegel schicken."),
    (False, "de", f"Guten Tag, der Spiegel aus Bestellung {OID} ist unterwegs zerbrochen. Wir schicken Ihnen "
                  "morgen einen neuen Spiegel."),
    (True, "nl", f"Beste klant, de spiegel uit bestelling {OID} is onderweg gebroken en helaas kunnen wij geen "
                 "nieuwe spiegel sturen."),
    (False, "nl", f"Beste klant, de spiegel uit bestelling {OID} is onderweg gebroken. Wij sturen u morgen een "
                  "nieuwe spiegel."),
    (True, "com.br", f"Olá, o espelho do pedido {OID} quebrou no transporte e não temos outro para enviar."),
    (False, "com.br", f"Olá, o espelho do pedido {OID} quebrou no transporte; já separamos outro para enviar "
                      "amanhã."),
    (True, "in", f"Dear customer, the mixer grinder in order {OID} is not available with us at the moment."),
    (True, "in", f"Dear customer, the stock of mixer grinders for order {OID} has been exhausted before the "
                 "order could be packed."),
    (False, "in", f"Dear customer, the mixer grinder in order {OID} was delayed because the courier's slots got "
                  "exhausted; it ships tomorrow."),
]

RETURN_WISH: list[tuple[bool, str, str]] = [
    (True, "pl", f"Dzień dobry, dostaliśmy Pani zgłoszenie o chęci zwrotu sukienki z zamówienia {OID}. "
                 "Przypominamy, że towar musi mieć metki."),
    (False, "pl", f"Dzień dobry, dostaliśmy Pani zgłoszenie o chęci zwrotu sukienki z zamówienia {OID}. "
                  "Prosimy o podanie, którego rozmiaru dotyczy zwrot."),
]


@pytest.mark.parametrize(("want", "tld", "body"), REFUND_LATER)
def test_a_refund_promised_for_later_is_no_confirmation(want: bool, tld: str, body: str) -> None:
    assert _fires("order-problem.no-adjustment", body, tld) is want


@pytest.mark.parametrize(("want", "tld", "body"), CONFIRMED)
def test_confirmed_adjustments_in_polish_and_turkish(want: bool, tld: str, body: str) -> None:
    assert _fires("order-problem.no-adjustment", body, tld) is want


@pytest.mark.parametrize(("want", "tld", "body"), NO_REPLACEMENT)
def test_no_replacement_to_send_is_a_stock_out(want: bool, tld: str, body: str) -> None:
    assert _fires("order-problem.no-adjustment", body, tld) is want


def test_indian_english_kindly_raise_a_cancellation() -> None:
    body = (f"Dear Sir, the water purifier under order {OID} is not available with us, as the lot got exhausted "
            "before your order could be packed. Kindly raise a cancellation request at your end.")
    assert _fires("order-problem.cancellation-request", body, "in")
    assert not _fires("order-problem.cancellation-request",
                      f"Dear Sir, the water purifier under order {OID} is not available with us, so we have "
                      "cancelled it and refunded the full amount.", "in")


@pytest.mark.parametrize(("want", "tld", "body"), RETURN_WISH)
def test_a_return_named_as_a_wish(want: bool, tld: str, body: str) -> None:
    assert _fires("return.unnecessary", body, tld) is want
