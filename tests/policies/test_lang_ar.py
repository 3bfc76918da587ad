"""Arabic (amazon.ae, amazon.sa, amazon.eg): the phrase data in policies/data/ar and the few code changes it needed.

Made-up wordings, not tests/corpus_ar's sentences: Modern Standard Arabic, Gulf and Egyptian usage, with the
spelling people write (hamza-less alef, ه for ة, ى for ي), harakat and tatweel, Arabic-Indic and Eastern
Arabic-Indic digits. Each topic has violations that must fire and near-misses with the same vocabulary that must
stay clean.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from policies import Context, Order, parse_message
from policies.language import detect_languages
from policies.rule import registered
from policies.rules._units import split_units

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)
OID = "406-4829175-6630214"


def make_ctx(body: str, subject: str = f"طلبك رقم {OID}", *, reply: bool = False, tld: str = "ae",
             buyer_language: str = "ar", reviewed: frozenset[str] = frozenset()) -> Context:
    buyer = f"k3x9m2p7q1w8z5v@marketplace.amazon.{tld}"
    headers = [
        "From: Shop <shop@example.com>",
        f"To: {buyer}",
        f"Subject: {subject}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000",
        "Message-ID: <t1@example.com>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    if reply:
        headers.append("In-Reply-To: <buyer-question@marketplace.amazon.ae>")
    raw = ("\r\n".join(headers) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")
    order = Order(OID, buyer_email=buyer, marketplace=f"amazon.{tld}", buyer_language=buyer_language,
                  purchased_at=datetime(2026, 6, 1, tzinfo=UTC), delivered_at=datetime(2026, 6, 5, tzinfo=UTC))
    return Context(parse_message(raw), NOW, orders={OID: order}, reviewed_orders=reviewed)


def fires(rule_id: str, body: str, **kw: object) -> bool:
    ctx = make_ctx(body, **kw)  # type: ignore[arg-type]
    r = registered()[rule_id]
    if r.proactive_only and ctx.message.is_reply:
        return False
    return bool(list(r.check(ctx)))


def msg(*lines: str, greeting: str = "مرحباً،", sign: str = "مع التحية،\nمتجر الريم") -> str:
    return f"{greeting}\n\n" + "\n\n".join(lines) + f"\n\n{sign}"


# --- text normalisation and sentences -------------------------------------------------------------------

def test_arabic_sentences_split_and_normalise() -> None:
    units = split_units("وصل طلبك بخير. هل أعجبك المنتج؟ لا تنسَ تقييمنا بـ٥ نجـــوم، شكراً.")
    assert units == ["وصل طلبك بخير.", "هل أعجبك المنتج?", "لا تنس تقييمنا ب٥ نجوم, شكرا."]


def test_egyptian_arabic_is_arabic() -> None:
    langs = detect_languages("", "ازيك يا باشا، الأوردر بتاعك هيوصلك بكرة إن شاء الله، ولو فيه أي حاجة قولنا.")
    assert langs and langs[0][0] == "ar"


# --- review.incentive ----------------------------------------------------------------------------------

INCENTIVES = [
    msg(f"نتمنى أن تكون راضياً عن طلبك {OID}. اترك لنا تقييماً على أمازون واحصل على خصم 10% على طلبك القادم."),
    msg(f"بخصوص الطلب {OID}: سنرسل لك هدية مجانية فور نشر مراجعتك على أمازون."),
    msg(f"الطلب {OID}. كل عميل يكتب مراجعه عن المنتج يحصل على قسيمه شرائيه بقيمة ٢٥ درهماً."),
    msg(f"طلبك {OID}: نعيد لك ثمن المنتج كاملاً مقابل مراجعتك على أمازون."),
    msg(f"أوردر {OID} وصلك؟ اكتب ريفيو حلو على أمازون وهنبعتلك هدية.", greeting="أهلاً يا فندم،"),
    msg(f"طلب {OID}. قيّمنا خمس نجوم الله يخليك، هذا يفرق معنا وايد.", greeting="هلا والله،"),
    msg(f"طلبك رقم {OID}. نتمنى أن يكون تقييمك إيجابياً على أمازون."),
    msg(f"الطلب {OID}: اُكْتُبْ مُرَاجَعَةً وَاحْصُلْ عَلَى كُوبُونِ خَصْمٍ."),
    msg(f"الطلب {OID}. شاركنا تقييمك وأرسل لنا لقطة شاشة منه، وسنحوّل لك 20 ريالاً."),
    msg(f"بخصوص طلبكم {OID}، نرجو تقييم المنتج بالعلامة الكاملة على أمازون."),
]


@pytest.mark.parametrize("body", INCENTIVES)
def test_incentive_fires(body: str) -> None:
    assert fires("review.incentive", body)


INCENTIVE_NEAR_MISSES = [
    msg(f"بخصوص الطلب {OID}، نرجو منك كتابة تقييم صادق للمنتج على أمازون، سواء كان إيجابياً أو سلبياً."),
    msg(f"الطلب {OID}: سنرسل لك قطعة بديلة مجاناً خلال يومين. شكراً لملاحظاتك.", ),
    msg(f"الوسادة من طلبك {OID} بجودة فنادق خمس نجوم. يسعدنا أن تشاركنا رأيك على أمازون."),
    msg(f"طلبك {OID}: لا نقدم أي خصم أو هدية مقابل التقييم، نريد فقط رأيك الصادق على أمازون."),
    msg(f"قمنا بمراجعة طلبك {OID} وسنرسل الهدية المغلفة مع بطاقة الإهداء غداً."),
    msg(f"بعد تقييم حالة الجهاز من طلبك {OID}، سنستبدله لك مجاناً."),
]


@pytest.mark.parametrize("body", INCENTIVE_NEAR_MISSES)
def test_incentive_near_miss_stays_clean(body: str) -> None:
    assert not fires("review.incentive", body)


# --- review.conditional --------------------------------------------------------------------------------

CONDITIONAL = [
    msg(f"طلبك {OID}: إن أعجبك المنتج فلا تبخل علينا بتقييم على أمازون، وإن لم يعجبك فراسلنا أولاً."),
    msg(f"الطلب {OID}. اكتب لنا مراجعة فقط إذا كنت سعيداً بالمنتج."),
    msg(f"أوردر {OID}: لو انت مبسوط من المنتج ياريت تكتبلنا تقييم على أمازون.", greeting="أهلاً بحضرتك،"),
    msg(f"نتمنى أن يكون المنتج من طلبك {OID} قد نال إعجابك. إذا كان الأمر كذلك، يسعدنا أن تكتب لنا مراجعة."),
    msg(f"الطلب {OID}: قبل أن تكتب أي تقييم على أمازون، تواصل معنا لنحل المشكلة."),
]


@pytest.mark.parametrize("body", CONDITIONAL)
def test_conditional_fires(body: str) -> None:
    assert fires("review.conditional", body)


CONDITIONAL_NEAR_MISSES = [
    msg(f"الطلب {OID}: نرجو أن تكتب لنا تقييمك على أمازون سواء أعجبك المنتج أم لا."),
    msg(f"الطلب {OID}: إذا واجهت أي مشكلة في التركيب، تواصل معنا وسنساعدك."),
    msg(f"إن شاء الله يعجبك المنتج من طلبك {OID}. يسعدنا أن تكتب لنا رأيك الصادق على أمازون."),
]


@pytest.mark.parametrize("body", CONDITIONAL_NEAR_MISSES)
def test_conditional_near_miss_stays_clean(body: str) -> None:
    assert not fires("review.conditional", body)


# --- review.removal-request ----------------------------------------------------------------------------

REMOVAL = [
    msg(f"تم حل مشكلة طلبك {OID}. هل يمكنك تحديث تقييمك الآن؟"),
    msg(f"بخصوص الطلب {OID}، نرجو إزالة المراجعة السلبية التي كتبتها عن المنتج."),
    msg(f"بعد ما رجعنالك فلوس الطلب {OID}، ياريت تشيل الريفيو السلبي.", greeting="أهلاً يا فندم،"),
    msg(f"الطلب {OID}: نتمنى أن تعيد النظر في تقييمك بعد الاستبدال."),
    msg(f"الطلب {OID}: ممكن تخلي النجمتين خمس نجوم؟", greeting="هلا فيك،"),
]


@pytest.mark.parametrize("body", REMOVAL)
def test_removal_request_fires(body: str) -> None:
    assert fires("review.removal-request", body, reply=True)


REMOVAL_NEAR_MISSES = [
    msg(f"قمنا بمراجعة الصور وتعديل عنوان الشحن في طلبك {OID}."),
    msg(f"الطلب {OID}: راجعنا ملاحظاتك وسنرسل البديل غداً."),
]


@pytest.mark.parametrize("body", REMOVAL_NEAR_MISSES)
def test_removal_near_miss_stays_clean(body: str) -> None:
    assert not fires("review.removal-request", body, reply=True)


def test_repeat_request_fires_after_a_first() -> None:
    body = msg(f"طلبك {OID}: إذا سمح وقتك نرجو أن تكتب مراجعة عن المنتج على أمازون.")
    assert fires("review.repeat", body, reviewed=frozenset({OID}))
    assert not fires("review.repeat", body)


# --- type.marketing ------------------------------------------------------------------------------------

MARKETING = [
    msg(f"طلبك {OID} في الطريق. تابعونا على تيك توك لتشاهدوا أفكار استخدام جديدة."),
    msg(f"الطلب {OID}: تفضلوا بزيارة متجرنا على أمازون واكتشفوا منتجاتنا الأخرى."),
    msg(f"الطلب {OID}: استخدم الرمز SUMMER20 عند طلبك القادم."),
    msg(f"الطلب {OID}: اشتركوا في قائمتنا البريدية لتصلكم عروضنا الأسبوعية."),
    msg(f"الطلب {OID}: قد يعجبك أيضاً غطاء الوسادة المطابق، متوفر الآن في متجرنا."),
    msg(f"الطلب {OID}: عروض رمضان بدأت، واحصل على خصم إضافي على مشترياتك.", ),
]


@pytest.mark.parametrize("body", MARKETING)
def test_marketing_fires(body: str) -> None:
    assert fires("type.marketing", body)


MARKETING_NEAR_MISSES = [
    msg(f"الخصم على طلبك {OID} كان عرض أسبوع الإطلاق، وقد رددنا لك فرق السعر.", ),
    msg(f"يمكنك متابعة شحنة طلبك {OID} من صفحة طلباتك على أمازون."),
    msg(f"الطلب {OID}: هذه ليست رسالة ترويجية، نحتاج فقط رقم الشقة لتوصيل الطلب."),
]


@pytest.mark.parametrize("body", MARKETING_NEAR_MISSES)
def test_marketing_near_miss_stays_clean(body: str) -> None:
    assert not fires("type.marketing", body, reply=True)


# --- link.opt-out --------------------------------------------------------------------------------------

OPT_OUT = [
    msg(f"طلبك {OID}: نصائح العناية مرفقة.", "لإلغاء الاشتراك في رسائلنا أرسل كلمة STOP."),
    msg(f"طلبك {OID}: نصائح العناية مرفقة.", "إذا كنت لا تريد استلام رسائلنا بعد الآن، أخبرنا بذلك."),
    msg(f"طلبك {OID}: نصائح العناية مرفقة.", "ابعت كلمة وقف لو مش عايز رسايل تاني."),
    msg(f"طلبك {OID}: نصائح العناية مرفقة.", "رد بـ \"إيقاف\" لإيقاف الرسائل."),
]


@pytest.mark.parametrize("body", OPT_OUT)
def test_opt_out_fires(body: str) -> None:
    assert fires("link.opt-out", body)


OPT_OUT_NEAR_MISSES = [
    msg(f"إذا توقف الجهاز من طلبك {OID} عن العمل، أرسل لنا صورة للشاشة."),
    msg(f"طلبك {OID}: أرسل لنا طلب إلغاء الحجز إذا تغير موعدك."),
    msg(f"الطلب {OID}: الرجاء الرد بكلمة نعم لتأكيد الموعد."),
]


@pytest.mark.parametrize("body", OPT_OUT_NEAR_MISSES)
def test_opt_out_near_miss_stays_clean(body: str) -> None:
    assert not fires("link.opt-out", body)


# --- content.phone-number ------------------------------------------------------------------------------

PHONES = [
    (msg(f"طلبك {OID}: لأي استفسار اتصل بنا على 0501234567."), "ae"),
    (msg(f"الطلب {OID}: هاتف المتجر ٠١٢٢٣٤٥٦٧٨٩ متاح من ٩ إلى ٥."), "eg"),
    (msg(f"الطلب {OID}: راسلنا واتساب ۰۵۵۱۲۳۴۵۶۷ لأي سؤال."), "sa"),
    (msg(f"الطلب {OID}: جوال خدمة العملاء لدينا ٠٥٠ ١٢٣ ٤٥٦٧."), "sa"),
]


@pytest.mark.parametrize(("body", "tld"), PHONES)
def test_phone_fires(body: str, tld: str) -> None:
    assert fires("content.phone-number", body, tld=tld)


PHONE_NEAR_MISSES = [
    (msg(f"فاتورة الطلب {OID} مرفقة.", "الرقم الضريبي: ٣٠٠١٢٣٤٥٦٧٠٠٠٠٣\nالسجل التجاري ١٠١٠٢٣٤٥٦٧"), "sa"),
    (msg(f"الطلب {OID} شُحن.", "رقم التتبع: 7123456789"), "eg"),
    (msg(f"الطلب {OID}: للضمان اتصل بالوكيل المعتمد للشركة المصنعة على 800 123 4567."), "ae"),
    (msg(f"الطلب {OID}: لمتابعة التوصيل اتصل بشركة أرامكس على 600544000."), "ae"),
]


@pytest.mark.parametrize(("body", "tld"), PHONE_NEAR_MISSES)
def test_phone_near_miss_stays_clean(body: str, tld: str) -> None:
    assert not fires("content.phone-number", body, tld=tld)


# --- content.email-address -----------------------------------------------------------------------------

EMAILS = [
    msg(f"الطلب {OID}: راسلنا على sales آت myshop دوت ae"),
    msg(f"الطلب {OID}: ايميلنا info at shop-riyadh نقطة sa"),
    msg(f"الطلب {OID}: بريدنا support@shop.ae لأي سؤال."),
]


@pytest.mark.parametrize("body", EMAILS)
def test_email_fires(body: str) -> None:
    assert fires("content.email-address", body)


def test_email_near_miss_stays_clean() -> None:
    assert not fires("content.email-address", msg(f"الطلب {OID}: هذه نقطة مهمة، الشحن آت لا محالة يوم الأحد."))


# --- content.sensitive ---------------------------------------------------------------------------------

SENSITIVE = [
    msg(f"الطلب {OID} تأخر بسبب هؤلاء الأغبياء في شركة الشحن، نعتذر منك."),
    msg(f"الطلب {OID} اتأخر، يلعن أبو شركة الشحن دي.", greeting="أهلاً يا فندم،"),
    msg(f"الطلب {OID}: المندوب الحمار ده رجّع الكرتونة من غير ما يتصل.", greeting="أهلاً يا فندم،"),
]


@pytest.mark.parametrize("body", SENSITIVE)
def test_sensitive_fires(body: str) -> None:
    assert fires("content.sensitive", body, reply=True)


SENSITIVE_NEAR_MISSES = [
    msg(f"طوق الكلاب من طلبك {OID} قابل للتعديل، ومناسب للكلب المتوسط الحجم."),
    msg(f"لتنظيف الأوساخ من فلتر طلبك {OID} استخدم فرشاة ناعمة."),
    msg(f"لعبة الحمار الخشبي من طلبك {OID} مناسبة للأطفال فوق ثلاث سنوات."),
]


@pytest.mark.parametrize("body", SENSITIVE_NEAR_MISSES)
def test_sensitive_near_miss_stays_clean(body: str) -> None:
    assert not fires("content.sensitive", body, reply=True)


# --- order problems ------------------------------------------------------------------------------------

def test_out_of_stock_asking_to_cancel_fires() -> None:
    for body in (
        msg(f"المنتج من طلبك {OID} غير متوفر حالياً، هل يمكنك إلغاء الطلب من جهتك؟"),
        msg(f"المنتج خلص من عندنا، ياريت تلغي الأوردر {OID} من حسابك.", greeting="أهلاً يا فندم،"),
    ):
        assert fires("order-problem.cancellation-request", body)


def test_cannot_ship_without_adjustment_fires() -> None:
    assert fires("order-problem.no-adjustment",
                 msg(f"للأسف لن نتمكن من شحن طلبك {OID} لأن المنتج لم يعد متوفراً."))


ORDER_PROBLEM_NEAR_MISSES = [
    msg(f"سيتأخر شحن طلبك {OID} حتى 20 يونيو بسبب نفاد المخزون مؤقتاً، وسنشحنه فور وصول الكمية الجديدة."),
    msg(f"نفدت الكمية قبل تجهيز طلبك {OID}، وقد تم استرداد كامل المبلغ (السبب: عدم توفر المنتج)."),
    msg(f"نقش الساعة من طلبك {OID} لا يمكن تعديله بعد تنفيذه، لذا نرجو تأكيد النص."),
]


@pytest.mark.parametrize("body", ORDER_PROBLEM_NEAR_MISSES)
def test_order_problem_near_miss_stays_clean(body: str) -> None:
    assert not fires("order-problem.no-adjustment", body)
    assert not fires("order-problem.cancellation-request", body)


def test_return_without_purpose_fires_and_info_request_does_not() -> None:
    assert fires("return.unnecessary", msg(
        f"لاحظنا أنك طلبت إرجاع السماعات من الطلب {OID}. هل تعلم أن معظم المشاكل تحل بإعادة الضبط؟"))
    assert not fires("return.unnecessary", msg(
        f"بخصوص طلب الإرجاع للطلب {OID}، هل يمكنك إرسال صورة للملصق الموجود على العلبة؟"))
    assert not fires("return.unnecessary", msg(
        f"بخصوص إرجاع الطلب {OID}: نعرض عليك استرداداً جزئياً بقيمة 40 درهماً إذا احتفظت بالمنتج."))


# --- type.thank-you-only and type.order-confirmation ---------------------------------------------------

THANK_YOU_ONLY = [
    msg(f"شكراً لتسوقك معنا وطلبك رقم {OID}، ونحن دائماً في خدمتك.", greeting="أهلاً وسهلاً!"),
    msg(f"متشكرين جداً على ثقتك فينا وطلبك {OID}، ولو احتجت أي حاجة احنا موجودين.", greeting="أهلاً بحضرتك،",
        sign="تحياتنا،\nشنط مصر"),
]


@pytest.mark.parametrize("body", THANK_YOU_ONLY)
def test_thank_you_only_fires(body: str) -> None:
    assert fires("type.thank-you-only", body)


def test_thanks_with_information_stays_clean() -> None:
    assert not fires("type.thank-you-only", msg(
        f"شكراً لطلبك {OID}. يرجى ملاحظة أن الشاحن يعمل على 220 فولت فقط."))


def test_dispatch_confirmation_fires() -> None:
    assert fires("type.order-confirmation", msg(f"طلبك {OID} في الطريق إليك! رقم تتبع الشحنة: 123456789."))
    assert fires("type.order-confirmation", msg(f"الأوردر بتاعك {OID} اتشحن النهارده مع بوسطة.",
                                                  greeting="أهلاً يا فندم،"))


def test_replacement_shipped_with_a_request_stays_clean() -> None:
    assert not fires("type.order-confirmation", msg(
        f"تم شحن القطعة البديلة لطلبك {OID} اليوم، ونرجو إبلاغنا إذا لم تصل خلال 3 أيام."))


# --- language.mismatch ---------------------------------------------------------------------------------

def test_english_to_arabic_buyer_mismatch_and_bilingual_passes() -> None:
    english = f"Hello,\n\nYour lamp from order {OID} needs an E27 bulb of at most 40 W.\n\nBest regards,\nShop"
    assert fires("language.mismatch", english, subject=f"Order {OID}")
    bilingual = (f"مرحباً،\n\nالمصباح من طلبك {OID} يحتاج إلى لمبة E27 بقدرة 40 واط كحد أقصى.\n\n"
                 f"Hello,\n\nYour lamp from order {OID} needs an E27 bulb of at most 40 W.\n\nShop")
    assert not fires("language.mismatch", bilingual, subject=f"Order {OID}")
    assert not fires("language.mismatch", english, subject=f"Order {OID}", buyer_language="en")
    egyptian = msg(f"الأوردر بتاعك {OID} هيتأخر يومين عشان المخزن كان زحمة، بس هنبعتهولك الخميس.",
                   greeting="أهلاً يا فندم،")
    assert not fires("language.mismatch", egyptian, tld="eg", buyer_language="")


# --- order IDs in Arabic-Indic digits, direction marks ---------------------------------------------------

AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def test_order_id_in_arabic_indic_digits() -> None:
    # RULES.md: only the dashed 3-7-7 form counts. The form is the grouping: the same digits written as
    # Arabic-Indic digits, dashed, name the order; seventeen of them without dashes name none.
    dashed = msg(f"بخصوص طلبك رقم {OID.translate(AR_DIGITS)}: نحتاج رقم الشقة لتوصيل الطلب.")
    assert not fires("order-id.missing", dashed, subject="عنوان التوصيل")
    assert not fires("order-id.unknown", dashed, subject="عنوان التوصيل")
    undashed = msg(f"بخصوص طلبك رقم {OID.replace('-', '').translate(AR_DIGITS)}: نحتاج رقم الشقة لتوصيل الطلب.")
    assert fires("order-id.missing", undashed, subject="عنوان التوصيل")


def test_direction_marks_do_not_split_phrases() -> None:
    body = msg(f"طلبك {OID}: اكتب لنا تقييم\u200f خمس\u200f نجوم وخذ كوبون\u200f خصم.")
    assert fires("review.incentive", body)


def test_seller_reviewing_a_comment_is_no_removal_request() -> None:
    body = msg(f"شكراً لك، قمنا بمراجعة تعليقك على الطلب {OID} ونقلناه إلى المصنع.")
    assert not fires("review.removal-request", body, reply=True)
    assert not fires("review.incentive", body, reply=True)


# --- more wordings ---------------------------------------------------------------------------------------

MORE = [
    ("review.incentive", msg(f"طلبك {OID}: قيّم المنتج وسنضيف رصيداً إلى حسابك.")),
    ("review.incentive", msg(f"طلبك {OID}: نتمنى تقييمنا بخمس نجمات.")),
    ("review.incentive", msg(f"الطلب {OID}: لو قيمت المنتج هنبعتلك كوبون.")),
    ("review.conditional", msg(f"طلبك {OID}: في حال كانت تجربتك إيجابية، يسعدنا تقييمك على أمازون.")),
    ("type.marketing", msg(f"طلبك {OID}: منتجات أخرى قد تعجبك متوفرة في متجرنا.")),
    ("type.marketing", msg(f"الطلب {OID}: انضم إلى قناتنا على واتساب لتصلك العروض.")),
    ("type.thank-you-only", msg(f"كان من دواعي سرورنا خدمتك في طلبك {OID}، ويسعدنا أنك اخترتنا.")),
    ("type.thank-you-only", msg(f"تحية طيبة وبعد، نشكرك على اختيارك متجرنا لطلبك {OID}. نتمنى لك يوماً سعيداً.")),
    ("type.order-confirmation", msg(f"طلبك {OID} قيد الشحن الآن وسيصلك خلال يومين.")),
    ("order-problem.no-adjustment", msg(f"نعتذر، انتهت الكمية قبل تجهيز طلبك {OID}.")),
    ("link.opt-out", msg(f"الطلب {OID}.", "لعدم استلام رسائل مشابهة مستقبلاً، يرجى الرد بكلمة إلغاء")),
    ("link.opt-out", msg(f"الطلب {OID}.", "للتوقف عن تلقي هذه الرسائل راسلنا.")),
]


@pytest.mark.parametrize(("rule_id", "body"), MORE)
def test_more_wordings_fire(rule_id: str, body: str) -> None:
    assert fires(rule_id, body)


@pytest.mark.parametrize(("body", "tld"), [
    (msg(f"الطلب {OID}: للتواصل: 966501234567+"), "sa"),  # the plus typed at the end, right to left
    (msg(f"طلبك {OID}.", "خدمة العملاء: 920001234"), "sa"),
])
def test_more_phones_fire(body: str, tld: str) -> None:
    assert fires("content.phone-number", body, tld=tld)


def test_hopes_and_later_delivery_stay_clean() -> None:
    assert not fires("review.conditional", msg(
        f"إن شاء الله عجبك المنتج من طلبك {OID}. نرجو أن تكتب لنا رأيك الصادق على أمازون."))
    assert not fires("type.order-confirmation", msg(
        f"طلبك {OID} سيصلك غداً، لكن نحتاج رقم الشقة لأن العنوان ناقص."))


def test_bilingual_message_arabic_half_not_misspelt_english() -> None:
    body = (f"عزيزي العميل، المكتب من طلبك {OID} جاهز للتوصيل، ونحتاج إلى تحديد موعد مسبق معك.\n\n"
            f"Dear customer,\n\nYour desk from order {OID} is ready for delivery. As it is a large item, our "
            "delivery team needs to book a time with you in advance. Please reply to this message choosing "
            "Tuesday morning or Wednesday evening, and make sure that the door of the room is at least eighty "
            "centimetres wide so that the desk fits through it without being taken apart.\n\nBest regards,\nShop")
    assert make_ctx(body).message.languages[0][0] == "en"
    assert not fires("content.spelling", body)


REPEATED_REQUESTS = [
    msg(f"طلبك {OID}: نود سماع رأيك في المنتج."),
    msg(f"طلبك {OID}: ما رأيك بالمنتج؟ يسعدنا أن تشاركه مع العملاء الآخرين عبر أمازون."),
    msg(f"طلبك {OID}: يرجى ترك ملاحظاتك حول البائع في صفحة الطلب."),
    msg(f"طلبك {OID}: ساعد غيرك من المشترين بكتابة مراجعة."),
]


@pytest.mark.parametrize("body", REPEATED_REQUESTS)
def test_second_review_request_is_a_repeat(body: str) -> None:
    assert fires("review.repeat", body, reviewed=frozenset({OID}))
    assert not fires("review.incentive", body)


def test_prize_draw_for_any_reviewer_and_ready_team() -> None:
    assert fires("review.incentive", msg(f"طلبك {OID}: أي عميل يكتب مراجعة يدخل السحب على جهاز آيباد."))
    assert fires("type.thank-you-only", msg(
        f"شكراً لك على الشراء! فريقنا جاهز لمساعدتك في أي وقت. الطلب {OID}."))
    assert not fires("review.repeat", msg(f"طلبك {OID}: ما رأيك في اللون الأسود بدلاً من البني؟"),
                     reviewed=frozenset({OID}))


# --- tatweel, harakat and direction marks inside the words the part-level rules read -------------------

@pytest.mark.parametrize("body", [
    msg("شركة الشحن كانت غبـــية جداً في التعامل مع طلبك."),  # tatweel inside the insult
    msg("شركة الشحن غَبِيَّة ولم توصل الطلب في موعده."),  # harakat
])
def test_a_stretched_or_voweled_insult_is_still_offensive(body: str) -> None:
    assert fires("content.sensitive", body)


@pytest.mark.parametrize("body", [
    msg(f"تم شحن طلبك {OID}.", "لإيقاف هذه الرسائل أرسـل توقف."),  # tatweel in the verb
    msg(f"تم شحن طلبك {OID}.", "لإيقاف هذه الرسائل \u200fأرسل\u200f تَوَقَّف."),  # RLM marks and harakat
])
def test_a_stretched_opt_out_line_is_still_an_opt_out(body: str) -> None:
    assert fires("link.opt-out", body)
