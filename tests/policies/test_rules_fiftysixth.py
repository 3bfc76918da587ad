"""Round fifty-six (tests/corpus_fiftysixth): the shared corpus's mix in Dutch, Swedish, Polish, Turkish and Arabic.

Each fix is a wording class, tested with made-up sentences (not the corpus's) and same-vocabulary near-misses.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

# --- order-problem.no-adjustment: Arabic refund confirmations with an adverb or a joined preposition ------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"مرحبا، الساعة في طلبك {OID} نفدت من المخزون ولا نستطيع شحنها. قمنا اليوم باسترداد كامل المبلغ.", "ae"),
        (f"السلام عليكم، طلبك {OID} خلصت الكمية ومش هنقدر نشحنه. رجعنا لك النهارده كامل المبلغ.", "eg"),
        (f"مرحبا، المنتج في الطلب {OID} غير متوفر ولا يمكننا شحنه، وقمنا بالفعل برد كامل قيمة الطلب.", "sa"),
        (f"مرحبا، طلبك {OID} نفد من المخزون. تم للتو استرداد المبلغ بالكامل بسبب عدم التوفر.", "ae"),
    ],
)
def test_ar_refund_confirmed_with_adverb_or_joined_preposition_is_an_adjustment(body: str, tld: str) -> None:
    assert not fires("order-problem.no-adjustment", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        # a refund promised for later, or none at all, is still no confirmation
        (f"مرحبا، طلبك {OID} نفد من المخزون ولا نستطيع شحنه. سنقوم باسترداد كامل المبلغ قريبا.", "ae"),
        (f"مرحبا، طلبك {OID} نفد من المخزون ولا نستطيع شحنه اليوم. نعتذر عن الإزعاج.", "sa"),
        (f"أهلا، الطلب {OID} خلص من المخزون، لو سمحت الغي الطلب حتى يتم استرداد كامل المبلغ.", "eg"),
    ],
)
def test_ar_stock_out_without_a_done_refund_still_fires(body: str, tld: str) -> None:
    assert fires("order-problem.no-adjustment", body, tld)


# --- type.thank-you-only: Swedish typed without å/ä/ö, and an offer of help after a condition ----------------


@pytest.mark.parametrize(
    "body",
    [
        f"Hej!\n\nTack for att du valde var butik, order {OID}.\n\nMvh Sara",
        f"Hej!\n\nTack for din order {OID}! Vi hoppas att du blir nojd med den.\n\nHalsningar\nSara",
        f"Hej!\n\nTack för beställningen ({OID}). Om det är något så är det bara att skriva till oss.\n\nMvh Sara",
        f"Hej!\n\nTack för köpet ({OID}). Undrar du något mer eller om något krånglar är det bara att höra av dig.\n\n"
        "Mvh Sara",
    ],
)
def test_sv_thanks_without_diacritics_or_after_a_condition_is_thank_you_only(body: str) -> None:
    assert fires("type.thank-you-only", body, "se")


@pytest.mark.parametrize(
    "body",
    [
        f"Hej!\n\nTack for din order {OID}. Batteriet ska laddas i sex timmar innan första turen.\n\nMvh Sara",
        f"Hej!\n\nTack för köpet ({OID}). Om det är något fel på storleken så är det bara att skicka en bild på "
        "lappen så byter vi.\n\nMvh Sara",
        f"Hej!\n\nTack for att du handlade, order {OID}: paketet blir tyvärr två dagar försenat.\n\nMvh Sara",
    ],
)
def test_sv_thanks_with_a_purpose_stays_clean(body: str) -> None:
    assert not fires("type.thank-you-only", body, "se")


# --- type.thank-you-only: Arabic colloquial wish that the buyer likes it ------------------------------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"أهلا،\n\nشكرا إنك طلبت مننا، طلبك رقم {OID}. يا رب المنتج يعجبك.\n\nمحل النور", "eg"),
        (f"هلا،\n\nشكرا لك على طلبك {OID}. عساها تعجبك.\n\nمتجر الورد", "sa"),
        (f"مرحبا،\n\nشكرا لشرائك من متجرنا، طلب {OID}. عسى الهدية ترضيك.\n\nمتجر الورد", "ae"),
    ],
)
def test_ar_colloquial_wish_after_thanks_is_thank_you_only(body: str, tld: str) -> None:
    assert fires("type.thank-you-only", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"أهلا،\n\nشكرا لطلبك {OID}. يارب يعجبك، ولو عجبك اكتب لنا تقييم على امازون.\n\nمحل النور", "eg"),
        (f"هلا،\n\nشكرا لطلبك {OID}. عساه يعجبك، بس الشحن بيتأخر يومين بسبب العيد.\n\nمتجر الورد", "sa"),
    ],
)
def test_ar_wish_next_to_a_purpose_stays_clean(body: str, tld: str) -> None:
    assert not fires("type.thank-you-only", body, tld)


# --- type.thank-you-only: Arabic thanks followed by a bare order reference after a comma -----------------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"مرحبا،\n\nشكرا لشرائك من متجرنا، طلب رقم {OID}.\n\nمتجر الورد", "ae"),
        (f"أهلا،\n\nنشكرك على اختيارك لنا، الأوردر {OID}.\n\nمحل النور", "eg"),
    ],
)
def test_ar_thanks_with_trailing_order_reference_is_thank_you_only(body: str, tld: str) -> None:
    assert fires("type.thank-you-only", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"مرحبا،\n\nشكرا لشرائك من متجرنا، طلب رقم {OID} يحتاج تأكيد العنوان قبل الشحن.\n\nمتجر الورد", "ae"),
        (f"أهلا،\n\nنشكرك على اختيارك لنا، الأوردر {OID} هيتأخر يومين.\n\nمحل النور", "eg"),
    ],
)
def test_ar_thanks_then_order_with_news_stays_clean(body: str, tld: str) -> None:
    assert not fires("type.thank-you-only", body, tld)


# --- order-problem.cancellation-request: Arabic 'حتى' meaning 'so that' is no 'until' (no delay) ----------------


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        (f"أهلا، المنتج في الطلب {OID} خلص من المخزون، لو سمحت الغي الطلب حتى يتم استرداد المبلغ.", "eg"),
        (f"مرحبا، طلبك {OID} نفدت كميته، نرجو إلغاء الطلب من حسابك حتى ترجع لك الفلوس.", "sa"),
    ],
)
def test_ar_cancel_so_that_refund_is_a_cancellation_request(body: str, tld: str) -> None:
    assert fires("order-problem.cancellation-request", body, tld)
    assert fires("order-problem.no-adjustment", body, tld)


@pytest.mark.parametrize(
    ("body", "tld"),
    [
        # 'until' still dates a delay: the product will ship, nothing to adjust
        (f"مرحبا، طلبك {OID} غير متوفر حتى يوم الأحد، وسنشحنه فور وصوله.", "ae"),
        (f"أهلا، المنتج في الطلب {OID} مش متوفر حتى وصول الشحنة الجديدة الأسبوع الجاي.", "eg"),
    ],
)
def test_ar_until_still_qualifies_a_delay(body: str, tld: str) -> None:
    assert not fires("order-problem.no-adjustment", body, tld)
    assert not fires("order-problem.cancellation-request", body, tld)


# --- content.phone-number: a Turkish order label followed by 'için' / 'bize' introduces a line, names no number ---


@pytest.mark.parametrize(
    "body",
    [
        f"Merhaba, {OID} nolu siparisiniz hazirlaniyor. Siparisler icin: 0542 318 76 20",
        f"Merhaba, {OID} siparişi hakkında sorularınız mı var? Siparişler: bize 0505 771 90 12 üzerinden yazın.",
        f"Merhaba, sipariş {OID}. Yeni sipariş için: 0(216) 448 31 07",
    ],
)
def test_tr_order_heading_with_postposition_before_own_number_fires(body: str) -> None:
    assert fires("content.phone-number", body, "com.tr")


@pytest.mark.parametrize(
    "body",
    [
        f"Merhaba, {OID} siparişiniz kargoda. Takip için: 704512389901",
        f"Merhaba, {OID}. Sipariş no: 4012345678 olarak da kayıtlı.",
        f"Merhaba, {OID}. Fatura numarası: 2026000418 ektedir.",
    ],
)
def test_tr_labelled_reference_numbers_stay_clean(body: str) -> None:
    assert not fires("content.phone-number", body, "com.tr")


# --- content.phone-number: Arabic contact headings joined by 'and' ('للطلبات والاستفسار:') ----------------------


@pytest.mark.parametrize(
    "body",
    [
        f"مرحبا، طلبك {OID} قيد التجهيز. للطلبات والاستفسار: 0567 321 908",
        f"السلام عليكم، الطلب {OID}. للاستفسارات و الشكاوى: 0109 876 5432",
    ],
)
def test_ar_joined_contact_heading_before_own_number_fires(body: str) -> None:
    assert fires("content.phone-number", body, "sa")


@pytest.mark.parametrize(
    "body",
    [
        f"مرحبا، طلبك {OID} قيد التجهيز. للطلبات والاستفسار: راسلنا عبر رسائل أمازون.",
        f"مرحبا، طلبك {OID}. للاستفسار عن الضمان: الوكيل المعتمد 920001234",
    ],
)
def test_ar_joined_contact_heading_without_own_number_stays_clean(body: str) -> None:
    assert not fires("content.phone-number", body, "sa")
