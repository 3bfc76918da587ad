#!/usr/bin/env python3
"""Build the Arabic labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_ar/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, before any Arabic phrase data existed. Sellers on amazon.ae, amazon.sa and amazon.eg
writing to their buyers: Modern Standard Arabic as sellers write it, some Gulf and Egyptian colloquial, a few
English and bilingual Arabic+English messages; phone numbers and order IDs in Western, Arabic-Indic (٠-٩) and
Eastern Arabic-Indic (۰-۹) digits; tatweel, harakat and the usual alef / yaa / taa-marbuta spelling variants.
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
    page,
    quote,
    reply_headers,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(20_2026_0615)
_PREFIX = {"ae": "40", "sa": "40", "eg": "40"}
_TLD = {"ar": "ae", "en": "ae", "": "ae"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T10:00:00Z", shipped="2026-06-02T08:00:00Z",
                 delivered="2026-06-05T12:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-10T09:00:00Z"}
PENDING = {"shipped": "", "delivered": ""}

AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")  # Arabic-Indic (Egypt, Gulf)
FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")  # Eastern Arabic-Indic


def _d(day: int) -> str:
    return mail_date(day, "09:40:00", "+0400")


HEURISTIC = ["type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
             "review.removal-request", "review.conditional", "order-problem.cancellation-request",
             "order-problem.no-adjustment", "return.unnecessary", "content.sensitive", "link.opt-out"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "language.mismatch", "content.email-address",
         "content.phone-number", "link.external", "link.insecure", "style.emoji", "style.line-breaks",
         "style.alignment", "review.repeat", "attachment.not-allowed"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str | None = None, html: str | None = None, lang: str = "ar", day: int = 12, reply: str = "",
         tolerated: tuple[str, ...] = (), attach=(), after: tuple[str, ...] = ()) -> None:
    """One case. Every rule of HEURISTIC and OTHER not named in `rules` (or tolerated) must stay silent.
    `reply` is the buyer's quoted message: the case then answers a buyer (In-Reply-To)."""
    hdrs = reply_headers(f"0100019b.ar.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = None
    if text is not None:
        body = text.strip("\n") + "\n"
        if reply:
            body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*HEURISTIC, *OTHER) if r not in rules and r not in tol]
    msg = mk(frm, to, subject, _d(day), f"<ar.{slug}@{dom}>", headers=hdrs, text=body, html=html,
             attach=attach)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, lang=lang)


# --------------------------------------------------------------------------------------------
# Compliant near-misses
# --------------------------------------------------------------------------------------------

def cases_ar() -> None:  # noqa: PLR0915 - one long list of cases
    o, b = order("neutral-review", "ar", "مكنسة كهربائية لاسلكية 25 فولت", tld="ae")
    case("neutral-review-request-formal", "relay", [],
         "طلب مراجعة محايد (إيجابية كانت أو سلبية) مع نصيحة استخدام: رسالة مسموح بها.",
         to=b, frm="متجر النخبة للأجهزة المنزلية <care@nukhba-home.ae>",
         subject=f"رأيك في المكنسة الكهربائية - الطلب {o}", text=f"""عزيزي العميل،

نأمل أن تكون المكنسة الكهربائية من طلبك رقم {o} قد وصلتك بحالة جيدة وأنها تعمل كما توقعت.

إذا سمح وقتك، نرجو منك مشاركة رأيك في المنتج بكتابة مراجعة على أمازون. ملاحظاتك، سواء كانت إيجابية أو سلبية، تساعد العملاء الآخرين على اتخاذ قرار الشراء وتساعدنا على تحسين منتجاتنا.

نصيحة للاستخدام: نظّف الفلتر مرة كل أسبوعين تحت الماء البارد واتركه يجف 24 ساعة قبل إعادة تركيبه، للحفاظ على قوة الشفط.

مع أطيب التحيات،
فريق متجر النخبة""")

    o, b = order("photos", "ar", "طقم أواني طهي جرانيت 10 قطع", tld="sa")
    case("reviewed-photos-free-replacement", "relay", [],
         "«راجعنا الصور» و«تقييم الضرر» بمعنى الفحص، وقطعة بديلة «مجاناً» لعيب في الشحن: رد على شكوى، لا طلب تقييم.",
         to=b, frm="دار الطهي <support@dar-altahi.sa>",
         reply="وصلني القدر الكبير وفيه انبعاج في الجانب، مرفق الصور.",
         subject=f"رد: انبعاج في القدر - الطلب {o}", text=f"""مرحباً بك،

شكراً لإرسال الصور. راجعنا الصور مع فريق المستودع، وبعد تقييم الضرر تبيّن أن الانبعاج حدث أثناء الشحن بسبب ضغط على زاوية الكرتونة.

سنرسل لك قدراً بديلاً مجاناً خلال يومين إلى ثلاثة أيام عمل، ولا داعي لإعادة القدر المتضرر.

بقية قطع الطقم (الطلب {o}) سليمة ويمكنك استخدامها من الآن. ننصح بغسلها بالماء الدافئ والصابون قبل الاستخدام الأول.

مع التحية،
خدمة العملاء - دار الطهي""")

    o1, b1 = order("gulf-review", "ar", "سماعات رأس لاسلكية بخاصية عزل الضوضاء", tld="ae")
    case("gulf-casual-review-request", "relay", [],
         "لهجة خليجية: طلب رأي محايد «أي رأي يهمنا»، بلا مقابل ولا توجيه نحو تقييم إيجابي.",
         to=b1, frm="صوتيات الإمارات <hello@sawtiyat.ae>",
         subject=f"سماعاتك الجديدة - طلب رقم {o1}", text=f"""هلا والله،

إن شاء الله السماعات من طلبك {o1} وصلتك سليمة. لو الصوت فيه تقطيع مع الجوال، جرّب تحذف الاقتران من إعدادات البلوتوث وتعيده من جديد، وهذا يحل المشكلة غالباً.

وإذا عندك دقيقة، نتمنى تكتب لنا رأيك في المنتج على أمازون. أي رأي يهمنا، سواء عجبك المنتج أو لا.

تحياتنا،
فريق صوتيات""")

    case("gulf-review-reminder-repeat", "reject", ["review.repeat"],
         "تذكير ثانٍ بطلب التقييم لنفس الطلب بعد رسالة طلب الرأي الأولى: طلب متكرر.",
         to=b1, frm="صوتيات الإمارات <hello@sawtiyat.ae>", day=14, after=("gulf-casual-review-request",),
         subject=f"تذكير: رأيك في السماعات - طلب رقم {o1}", text=f"""مرحباً،

نذكّرك بلطف بأننا ننتظر تقييمك للسماعات من الطلب {o1}. لم نرَ مراجعتك على أمازون بعد، ويسعدنا أن تشاركنا تجربتك متى ما سمح وقتك.

شكراً لك،
فريق صوتيات""")

    o, b = order("delay", "", "مكتب خشبي قابل لتعديل الارتفاع", tld="eg", **PENDING)
    case("delay-notice-new-date", "relay", [],
         "إشعار بتأخر الشحن عن الموعد المعلن مع الموعد الجديد (مطلوب بالإرشادات)؛ اللغة من السوق المصري لأن لغة المشتري فارغة.",
         to=b, frm="أثاث النيل <orders@nile-furniture.com.eg>",
         subject=f"تأخير في شحن طلبكم {o}", text=f"""السيد العميل المحترم،

نود إعلامكم بأن شحن المكتب من طلبكم رقم {o} سيتأخر عن الموعد المعلن، وذلك لتأخر وصول أرجل المكتب المعدنية من المصنع.

الموعد المتوقع الجديد للشحن هو 20 يونيو، ومن المتوقع أن يصلكم المكتب في 23 يونيو تقريباً.

نعتذر عن هذا التأخير، وسنبلغكم فور خروج الشحنة من مستودعنا.

مع خالص التحية،
أثاث النيل""")

    o, b = order("oos-ok", "ar", "ماكينة قهوة إسبريسو 15 بار", tld="sa", **OOS)
    case("out-of-stock-amount-adjusted", "relay", [],
         "نفاد المخزون مع تأكيد تعديل مبلغ الطلب بالكامل وسببه (عدم توفر المنتج): ما تطلبه الإرشادات تماماً.",
         to=b, frm="بيت القهوة <service@bait-alqahwa.sa>",
         subject=f"بخصوص طلبكم رقم {o}", text=f"""عزيزنا العميل،

نعتذر منكم، فقد نفدت ماكينة القهوة من مخزوننا بعد تسجيل طلبكم رقم {o} بسبب خطأ في تحديث الكميات، ولن نتمكن من شحنها.

لقد قمنا بتعديل مبلغ الطلب بالكامل عبر أمازون، وسبب التعديل: عدم توفر المنتج في المخزون. سيعاد المبلغ كاملاً إلى وسيلة الدفع الأصلية خلال 3 إلى 5 أيام عمل، ولا يلزمكم القيام بأي إجراء.

مع الاعتذار،
بيت القهوة""")

    o, b = order("return-info", "ar", "خلاط كهربائي 1200 واط", tld="ae")
    case("return-needs-serial-number", "relay", [],
         "رسالة إرجاع تطلب معلومة لازمة لإتمام الإرجاع (الرقم التسلسلي وصورة العبوة): مسموح.",
         to=b, frm="مطبخي <returns@matbakhi.ae>",
         subject=f"طلب الإرجاع للطلب {o}", text=f"""مرحباً،

استلمنا طلب إرجاع الخلاط من الطلب رقم {o}. لإكمال عملية الإرجاع نحتاج منك معلومتين:

1. الرقم التسلسلي المكتوب على الملصق أسفل قاعدة الخلاط (يبدأ بالحرفين BL).
2. صورة للعبوة الأصلية إن كانت لا تزال لديك.

بعد استلام هذه المعلومات سنرسل لك ملصق الإرجاع خلال يوم عمل واحد.

مع التحية،
قسم المرتجعات - مطبخي""")

    o, b = order("partial", "ar", "ستارة تعتيم مقاس 140×240 سم", tld="eg")
    case("return-partial-refund-offer", "relay", [],
         "عرض استرداد جزئي مقابل الاحتفاظ بالمنتج بدلاً من إرجاعه: أحد الغرضين المسموحين لرسائل الإرجاع.",
         to=b, frm="بيت الستائر <info@bait-alsataer.com.eg>",
         subject=f"طلب الإرجاع - ستارة التعتيم، الطلب {o}", text=f"""أهلاً بحضرتك،

وصلنا طلب إرجاع الستارة من الطلب {o} بسبب اختلاف درجة اللون عن الصورة.

إذا كان ذلك يناسبك، نعرض عليك استرداداً جزئياً بقيمة 150 جنيهاً مع الاحتفاظ بالستارة، بدلاً من إرجاعها وانتظار الاسترداد الكامل. أما إذا فضّلت الإرجاع، فسنكمل إجراءاته كالمعتاد.

برجاء إبلاغنا بقرارك بالرد على هذه الرسالة.

مع التحية،
بيت الستائر""")

    o, b = order("warranty-phone", "ar", "غسالة أطباق 12 مكان، فضي", tld="sa")
    case("warranty-and-carrier-phones-arabic-digits", "relay", [],
         "رقم وكيل الضمان لدى الشركة المصنعة ورقم شركة الشحن، كلٌّ في سطر يذكر الضمان أو الشحن: أرقام مسموح بها.",
         to=b, frm="الأجهزة الذكية <support@smart-appliances.sa>",
         reply="غسالة الأطباق تعرض رمز الخطأ E24، هل يشملها الضمان؟ ومتى يصل الخرطوم البديل؟",
         subject=f"رد: رمز الخطأ E24 - الطلب {o}", text=f"""مرحباً،

رمز الخطأ E24 يعني أن الماء لا يُصرَّف جيداً، وغالباً يكون السبب انسداد الفلتر في قاع الغسالة. جرّب فكّ الفلتر وتنظيفه أولاً.

إذا استمر الخطأ، فالغسالة مشمولة بضمان الشركة المصنعة لمدة سنتين. لخدمة الضمان تواصل مع الوكيل المعتمد للشركة المصنعة على الرقم ٨٠٠١٢٤٤٥٥٥ واذكر رقم الطلب {o}.

أما الخرطوم البديل فقد شُحن أمس، ولمتابعة التوصيل يمكنك الاتصال بشركة الشحن سمسا على الرقم 920009999.

مع التحية،
الأجهزة الذكية""")

    o, b = order("invoice", "ar", "شاشة كمبيوتر 27 بوصة", tld="sa")
    invoice = make_pdf("Tax Invoice", ["Tax Invoice", f"Order {o}", "VAT No. 310123456700003",
                                       "CR No. 1010456789", "Monitor 27 inch   1 x 899.00 SAR"],
                       producer="ar-corpus")
    case("tax-invoice-vat-and-cr-numbers", "relay", [],
         "إرسال الفاتورة الضريبية (غرض مسموح) مع الرقم الضريبي والسجل التجاري بالأرقام الهندية: ليست أرقام هواتف.",
         to=b, frm="تقنية الرياض <billing@riyadh-tech.sa>",
         attach=[(invoice, "application", "pdf", "invoice.pdf")],
         subject=f"الفاتورة الضريبية للطلب {o}", text=f"""السلام عليكم،

بناءً على طلبكم، مرفق الفاتورة الضريبية للطلب رقم {o} بصيغة PDF.

بيانات المنشأة للفاتورة:
الرقم الضريبي: 310123456700003
السجل التجاري: {"1010456789".translate(AR_DIGITS)}

مع التحية،
تقنية الرياض - قسم الحسابات""")

    o, b = order("fridge", "ar", "ثلاجة بابين 620 لتر، ستانلس ستيل", tld="ae", **PENDING)
    case("bilingual-fridge-delivery-slot", "relay", [],
         "رسالة ثنائية اللغة (عربي ثم إنجليزي) لتحديد موعد توصيل جهاز كبير لمشترٍ لغته العربية: تتضمن لغته، فتمر.",
         to=b, frm="Cool Home Electronics <delivery@coolhome.ae>",
         subject=f"موعد توصيل الثلاجة / Fridge delivery slot - {o}", text=f"""عزيزي العميل،

ثلاجتك من الطلب {o} جاهزة للتوصيل. بما أن الثلاجة من الأجهزة الكبيرة، يحتاج فريق التوصيل إلى تحديد موعد مسبق معك.

الرجاء الرد على هذه الرسالة باختيار أحد الموعدين: الثلاثاء 16 يونيو من 9 صباحاً إلى 1 ظهراً، أو الأربعاء 17 يونيو من 2 إلى 6 مساءً. يرجى التأكد من أن عرض الباب لا يقل عن 80 سم.

Dear customer,

Your fridge from order {o} is ready for delivery. As it is a large appliance, our delivery team needs to book a slot with you in advance.

Please reply to this message choosing one of the two slots: Tuesday 16 June, 9 am to 1 pm, or Wednesday 17 June, 2 pm to 6 pm. Please make sure the door is at least 80 cm wide.

Cool Home Electronics""")

    o, b = order("engrave", "ar", "ساعة يد رجالية مع نقش شخصي", tld="ae", **PENDING)
    case("engraving-confirm-reply-ok", "relay", [],
         "التحقق من تصميم مخصص (نص النقش)؛ «الرجاء الرد بكلمة موافق» طلب تأكيد وليس إلغاء اشتراك.",
         to=b, frm="ساعات الريم <orders@alreem-watches.ae>",
         subject=f"تأكيد نص النقش - الطلب {o}", text=f"""مرحباً،

قبل تنفيذ النقش على الساعة من طلبك رقم {o}، نرجو تأكيد النص كما سيظهر على ظهر الساعة:

«إلى أحمد - ١٥ / ٦ / ٢٠٢٦»

الرجاء الرد بكلمة «موافق» إذا كان النص صحيحاً، أو أرسل لنا النص المعدّل. لن نبدأ النقش قبل وصول ردك، لأن النقش لا يمكن تعديله بعد تنفيذه.

مع التحية،
ساعات الريم""")

    o, b = order("curtain-en", "en", "Custom Linen Curtains, Made to Measure", tld="ae", **PENDING)
    case("english-to-english-buyer-ae", "relay", [],
         "An English message to an amazon.ae buyer whose language of preference is English: no mismatch.",
         to=b, frm="Linen Loft <orders@linenloft.ae>", lang="en",
         subject=f"Curtain measurements needed - order {o}", text=f"""Hello,

Thank you for your order {o} for made-to-measure linen curtains.

Before we cut the fabric, we need one detail that was missing from the order form: the drop of the curtains,
measured from the curtain rail to where you want the curtains to end (for example, 2 cm above the floor).

Please reply with the measurement in centimetres. We start sewing as soon as we have it.

Best regards,
Linen Loft""")

    o, b = order("tap-eg", "", "خلاط حوض مطبخ ستانلس", tld="eg")
    case("egyptian-leak-will-stop", "relay", [],
         "عامية مصرية في رد على سؤال المشتري؛ «التسريب هيتوقف» تعليمات إصلاح لا علاقة لها بإيقاف الرسائل.",
         to=b, frm="أدوات صحية المعادي <service@maadi-sanitary.com.eg>",
         reply="الخلاط اللي اشتريته بينقط مية من تحت اليد، أعمل إيه؟",
         subject=f"رد: الخلاط بينقط - طلب {o}", text="""أهلاً بحضرتك،

متأسفين جداً على الإزعاج. التنقيط ده غالباً سببه إن الخرطوشة اتحركت شوية في الشحن، وحلها سهل:

١- اقفل المحبس اللي تحت الحوض.
٢- شيل الغطا الصغير اللي على اليد وفك المسمار بالمفتاح اللي في العلبة.
٣- اربط صامولة الخرطوشة ربع لفة بس، من غير ما تضغط عليها جامد.

بعد كده افتح المحبس، والتسريب هيتوقف إن شاء الله. لو فضل بينقط، ابعتلنا هنا وهنبعت لحضرتك خرطوشة جديدة على حساب الضمان.

مع تحياتنا،
أدوات صحية المعادي""")

    o, b = order("price", "ar", "قارورة ماء حرارية 750 مل", tld="sa")
    case("price-difference-discount-refunded", "relay", [],
         "شرح لسبب فرق السعر: «الخصم» كان عرضاً انتهى، وتأكيد رد الفرق؛ لا عرض ترويجي ولا كود.",
         to=b, frm="قوارير <help@qawarir.sa>",
         reply="صديقي اشترى نفس القارورة بسعر أقل الأسبوع الماضي، لماذا دفعت أكثر؟",
         subject=f"رد: استفسار عن السعر - الطلب {o}", text=f"""أهلاً بك،

شكراً لسؤالك عن سعر القارورة في طلبك رقم {o}.

غالباً اشترى صديقك خلال أسبوع الإطلاق، حين كان على القارورة خصم بنسبة 20%. انتهى هذا الخصم في 31 مايو، وتم طلبك في 1 يونيو بالسعر العادي.

ولأن الخصم انتهى قبل طلبك بساعات قليلة فقط، قمنا برد فرق السعر (15 ريالاً) إلى وسيلة الدفع الأصلية عبر أمازون. لا يلزمك القيام بأي شيء آخر.

مع التحية،
قوارير""")

    o, b = order("gift", "ar", "وشاح حرير نسائي (مع تغليف هدية)", tld="ae", **PENDING)
    case("gift-wrap-card-text-missing", "relay", [],
         "«هدية» و«بطاقة الإهداء» هي ما طلبه المشتري؛ سؤال عن نص البطاقة لإكمال الطلب.",
         to=b, frm="حرير الشرق <orders@harir-alsharq.ae>",
         subject=f"نص بطاقة الإهداء - الطلب {o}", text=f"""مرحباً،

شكراً لاختيارك خدمة تغليف الهدايا للوشاح في طلبك رقم {o}. نغلّف كل هدية يدوياً ونضيف بطاقة إهداء بالنص الذي تختاره.

لكن خانة رسالة الإهداء في طلبك وصلتنا فارغة. هل يمكنك الرد بالنص الذي تود كتابته على البطاقة (حتى 200 حرف)؟ إذا لم يصلنا ردك حتى الأربعاء، سنرسل الهدية مع بطاقة فارغة حتى لا يتأخر الطلب.

مع أطيب التحيات،
حرير الشرق""")

    o, b = order("arabic-indic-id", "ar", "سجادة صلاة مبطنة", tld="eg", **PENDING)
    case("order-id-in-arabic-indic-digits", "relay", [],
         "رقم الطلب مكتوب بالأرقام الهندية على شكل 3-7-7 بالشرطات: هو الشكل المطلوب نفسه بأرقام أخرى (قراءتنا "
         "لقواعد RULES.md)، والطلب معروف.",
         to=b, frm="بيت السجاد <orders@bait-alsegad.com.eg>",
         subject=f"استفسار عن عنوان التوصيل - طلب رقم {o.translate(AR_DIGITS)}", text=f"""عزيزي العميل،

بخصوص طلبك رقم {o.translate(AR_DIGITS)}: عنوان التوصيل المسجل لا يحتوي على رقم الشقة، وشركة الشحن تحتاجه لتسليم الطرد.

نرجو الرد برقم الشقة والدور حتى نتمكن من شحن الطلب اليوم.

مع التحية،
بيت السجاد""")

    o, b = order("rtl-html", "ar", "خزانة أحذية خشبية 4 رفوف", tld="sa", **PENDING)
    html = page(f"""<div dir="rtl">
<p>عزيزي العميل،</p>
<p>خزانة الأحذية من طلبك رقم {o} متوفرة بلونين للمقابض: ذهبي وأسود مطفي. لم يُحدَّد لون المقابض في طلبك.</p>
<p>نرجو الرد باللون الذي تفضله حتى نجهز الطلب للشحن غداً.</p>
<p>مع التحية،<br>أثاث الريم</p>
</div>""", lang="ar")
    case("rtl-html-handle-colour-question", "relay", [],
         "رسالة HTML باتجاه dir=\"rtl\" (اتجاه الكتابة وليس محاذاة) تسأل عن معلومة ناقصة لإكمال الطلب.",
         to=b, frm="أثاث الريم <orders@alreem-furniture.sa>",
         subject=f"لون المقابض - الطلب {o}", html=html)

    # ----------------------------------------------------------------------------------------
    # Reviews
    # ----------------------------------------------------------------------------------------
    o, b = order("coupon5", "ar", "مجفف شعر أيوني 2200 واط", tld="ae")
    case("discount-code-for-five-stars", "reject", ["review.incentive"],
         "كود خصم على الطلب القادم مقابل تقييم بخمس نجوم: حافز ودفع نحو تقييم إيجابي.",
         to=b, frm="جمالك <care@jamalik.ae>", tolerated=("type.marketing",),
         subject=f"مجفف الشعر - الطلب {o}", text=f"""عزيزتي العميلة،

نأمل أن يكون مجفف الشعر من طلبك {o} قد نال إعجابك. للحصول على أفضل نتيجة استخدمي درجة الحرارة المتوسطة مع الشعر المصبوغ.

وكعربون شكر منا، سنرسل لك كود خصم بقيمة 20% على طلبك القادم بعد أن تقيّمي المنتج بخمس نجوم على أمازون.

مع الحب،
فريق جمالك""")

    o, b = order("giftcard", "ar", "ميزان مطبخ رقمي", tld="sa")
    case("gift-card-once-review-published", "reject", ["review.incentive"],
         "بطاقة هدايا أمازون بقيمة 50 ريالاً بمجرد نشر المراجعة: تعويض مقابل مراجعة.",
         to=b, frm="أدوات المطبخ الحديث <info@modern-kitchen.sa>", tolerated=("type.marketing",),
         subject=f"ميزان المطبخ - الطلب {o}", text=f"""مرحباً،

نشكرك على شراء الميزان الرقمي (الطلب {o}). لتصفير الميزان بعد وضع الوعاء اضغط زر TARE مرة واحدة.

يسعدنا أن تكتب مراجعة عن الميزان على أمازون، وبمجرد نشر مراجعتك سنرسل لك بطاقة هدايا أمازون بقيمة 50 ريالاً تقديراً لوقتك.

مع التحية،
أدوات المطبخ الحديث""")

    o, b = order("eg-refund", "", "مكواة بخار عمودية", tld="eg")
    case("egyptian-half-price-back-for-review", "reject", ["review.incentive"],
         "عامية مصرية: «لو كتبت تقييم للمنتج هنرجعلك نص تمنه» استرداد مالي مقابل التقييم.",
         to=b, frm="بيت الهدوم <sales@bait-elhodoom.com.eg>",
         subject=f"المكواة بتاعتك - طلب {o}", text=f"""أهلاً يا فندم،

نتمنى تكون المكواة اللي في طلب {o} عجبتك. متنساش تفضّي التنك بعد كل استعمال عشان الجير ميتجمعش.

وعندنا عرض خاص ليك: لو كتبت تقييم للمنتج على أمازون هنرجعلك نص تمنه على طول.

مع تحياتنا،
بيت الهدوم""")

    o, b = order("steer5", "ar", "وسادة طبية من الفوم الذكي", tld="ae")
    case("please-give-us-five-stars", "reject", ["review.incentive"],
         "«نرجو أن تمنحنا تقييم خمس نجوم، فهذا يعني لنا الكثير»: دفع المشتري نحو تقييم إيجابي دون مقابل.",
         to=b, frm="نوم هانئ <care@nawm-hanee.ae>",
         subject=f"وسادتك الطبية - الطلب {o}", text=f"""عزيزي العميل،

نأمل أن تكون الوسادة الطبية من طلبك {o} قد ساعدتك على نوم أفضل. قد تحتاج الوسادة إلى أسبوع حتى يعتاد عليها الرقبة والكتفان.

نحن متجر صغير، ونرجو أن تمنحنا تقييم خمس نجوم على أمازون، فهذا يعني لنا الكثير ويساعدنا على الاستمرار.

مع خالص الشكر،
نوم هانئ""")

    o, b = order("tatweel", "ar", "مصباح مكتب LED قابل للطي", tld="sa")
    case("tatweel-harakat-five-stars", "reject", ["review.incentive"],
         "تشكيل وتطويل وأرقام هندية: «لا تنسَ أن تُقيِّمَنا بـ٥ نجـــوم» توجيه نحو تقييم إيجابي.",
         to=b, frm="إضاءات <hello@idaat.sa>",
         subject=f"مصباحك الجديد - الطلب {o}", text=f"""أهلاً بك،

نتمنى أن يكون المصباح من طلبك {o} قد وصلك بحالة ممتازة. اضغط مطولاً على زر اللمس لتغيير درجة حرارة الضوء.

ولا تنسَ أن تُقيِّمَنا بـ٥ نجـــوم على أمازون، فتقييمك الإيجابي هو أكبر دعم لنا!

تحيات فريق إضاءات""")

    o, b = order("gating", "ar", "غلاية كهربائية زجاجية 1.7 لتر", tld="ae")
    case("review-only-if-satisfied-else-contact", "reject", ["review.conditional"],
         "إذا كنت راضياً فاترك تقييماً، وإن واجهت مشكلة فتواصل معنا أولاً قبل أي تقييم: انتقاء المراجعات.",
         to=b, frm="مطبخ الخليج <service@gulf-kitchen.ae>", tolerated=("review.incentive",),
         subject=f"الغلاية الكهربائية - الطلب {o}", text=f"""عزيزي العميل،

للتخلص من طعم البلاستيك في أول استخدام، اغلِ الماء مرتين وتخلص منه قبل تحضير الشاي.

إذا كنت راضياً عن الغلاية من طلبك {o} فنرجو أن تترك لنا تقييماً على أمازون، أما إذا واجهت أي مشكلة فيرجى التواصل معنا أولاً قبل كتابة أي تقييم.

مع التحية،
مطبخ الخليج""")

    o, b = order("eg-gating", "ar", "حامل موبايل للعربية مغناطيسي", tld="eg")
    case("egyptian-review-if-you-liked-it", "reject", ["review.conditional"],
         "عامية مصرية: «لو المنتج عجبك اكتب لنا تقييم، ولو فيه مشكلة كلمنا الأول»: طلب تقييم مشروط بالرضا.",
         to=b, frm="إكسسوارات الموبايل <shop@mobile-acc.com.eg>", tolerated=("review.incentive",),
         subject=f"الحامل بتاعك - طلب {o}", text=f"""أهلاً بحضرتك،

الحامل اللي في طلب {o} بيتركب على فتحة التكييف، ولو الموبايل تقيل حط اللوح المعدني الكبير ورا الجراب.

لو المنتج عجبك اكتب لنا تقييم على أمازون، ولو فيه أي مشكلة كلمنا هنا الأول قبل ما تقيّم.

تحياتنا،
إكسسوارات الموبايل""")

    o, b = order("remove", "ar", "مروحة عمودية بجهاز تحكم", tld="sa")
    case("please-delete-negative-review", "reject", ["review.removal-request"],
         "بعد حل المشكلة: «نرجو منك التكرم بحذف التقييم السلبي أو تعديله»: طلب إزالة أو تعديل مراجعة قائمة.",
         to=b, frm="نسمات <support@nasamat.sa>",
         reply="المروحة تصدر صوتاً عالياً، وكتبت ذلك في تقييمي.",
         subject=f"رد: صوت المروحة - الطلب {o}", text="""مرحباً،

نأسف للإزعاج. الصوت سببه غالباً أن غطاء الشفرات غير مثبت جيداً؛ أدر الحلقة البلاستيكية حتى تسمع صوت النقرة، وسيختفي الصوت.

وبما أننا قدمنا لك الحل، نرجو منك التكرم بحذف التقييم السلبي الذي كتبته أو تعديله.

مع التحية،
نسمات""")

    o, b = order("gulf-update", "ar", "جهاز تنقية هواء للغرف الكبيرة", tld="ae")
    case("gulf-change-your-rating", "reject", ["review.removal-request"],
         "لهجة خليجية: «ممكن تعدّل تقييمك وترفعه شوي؟» بعد حل المشكلة: طلب تعديل مراجعة.",
         to=b, frm="هواء نقي <care@hawa-naqi.ae>",
         reply="الجهاز ما يشتغل على الوضع الليلي، عطيته نجمتين.",
         subject=f"رد: الوضع الليلي - الطلب {o}", text="""هلا فيك،

الوضع الليلي يشتغل بس لازم تضغط زر المروحة ثلاث ثواني لين يطفي الضوء. جربها وإن شاء الله تضبط معك.

وبعد ما حلينا المشكلة، ممكن تعدّل تقييمك وترفعه شوي؟ نكون شاكرين لك.

تحياتنا،
هواء نقي""")

    # ----------------------------------------------------------------------------------------
    # Marketing
    # ----------------------------------------------------------------------------------------
    o, b = order("insta", "ar", "طقم فناجين قهوة عربية بورسلين", tld="sa")
    case("follow-us-instagram-snapchat", "quarantine", ["type.marketing"],
         "«تابعونا على إنستغرام وسناب شات لتصلكم أحدث العروض»: طلب متابعة على وسائل التواصل.",
         to=b, frm="فناجين <hello@fanajeen.sa>",
         subject=f"طقم الفناجين - الطلب {o}", text=f"""السلام عليكم،

ننصح بغسل فناجين البورسلين من طلبك {o} يدوياً بالماء الدافئ، وتجنب غسالة الأطباق للحفاظ على الخط الذهبي.

تابعونا على إنستغرام وسناب شات @fanajeen_sa لتصلكم أحدث التشكيلات والعروض أولاً بأول.

مع التحية،
فناجين""")

    o, b = order("newsletter", "ar", "حقيبة ظهر للحاسوب مقاومة للماء", tld="ae")
    case("newsletter-and-coupon-code", "quarantine", ["type.marketing"],
         "الاشتراك في النشرة البريدية وقسيمة خصم وكود ترويجي: رسالة تسويقية.",
         to=b, frm="حقائب المدينة <news@city-bags.ae>",
         subject=f"حقيبتك الجديدة - الطلب {o}", text=f"""مرحباً،

جيب الحاسوب في الحقيبة من طلبك {o} يتسع لأجهزة حتى 15.6 بوصة.

اشترك في نشرتنا البريدية لتصلك عروضنا الأسبوعية، واحصل على قسيمة خصم 15% على مشترياتك القادمة باستخدام الكود EID15 عند الدفع.

مع التحية،
حقائب المدينة""")

    o, b = order("crosssell", "", "موبايل سامسونج جالاكسي A55", tld="eg")
    case("egyptian-matching-case-cross-sell", "quarantine", ["type.marketing"],
         "عامية مصرية: جراب مناسب للموبايل «متوفر دلوقتي في متجرنا بسعر مخفض»: ترويج لمنتج آخر.",
         to=b, frm="موبايلاتي <shop@mobilaty.com.eg>",
         subject=f"موبايلك الجديد - طلب {o}", text=f"""أهلاً بحضرتك،

الموبايل اللي في طلب {o} بيشحن أسرع لو استخدمت شاحن 25 وات.

وكمان عندنا جراب جلد أصلي مناسب للموبايل ده، متوفر دلوقتي في متجرنا على أمازون بسعر مخفض لفترة محدودة.

تحياتنا،
موبايلاتي""")

    # ----------------------------------------------------------------------------------------
    # Opt-out, phones, e-mail, links
    # ----------------------------------------------------------------------------------------
    o, b = order("stop", "ar", "فلتر مياه للحنفية", tld="ae")
    case("send-stop-to-opt-out", "reject", ["link.opt-out"],
         "السطر الأخير «لإيقاف استلام رسائلنا أرسل توقف»: وسيلة لإلغاء الاشتراك في الرسائل.",
         to=b, frm="نقاء <service@naqaa-water.ae>",
         subject=f"تركيب فلتر المياه - الطلب {o}", text=f"""مرحباً،

قبل استخدام الفلتر من طلبك {o}، اترك الماء يجري من خلاله 5 دقائق لإزالة غبار الكربون. يُستبدل الخرطوش كل 3 أشهر.

مع التحية،
نقاء

لإيقاف استلام رسائلنا أرسل توقف""")

    o, b = order("unsub", "ar", "ماكينة حلاقة كهربائية", tld="sa")
    case("reply-unsubscribe-no-hamza", "reject", ["link.opt-out"],
         "«رد بكلمة الغاء الاشتراك» (بلا همزة كما يكتبها كثيرون): إلغاء اشتراك في الرسائل.",
         to=b, frm="رجل أنيق <care@rajul-aneeq.sa>",
         subject=f"العناية بماكينة الحلاقة - الطلب {o}", text=f"""مرحباً،

لإطالة عمر شفرات الماكينة من طلبك {o}، نظّفها بالفرشاة المرفقة بعد كل استخدام وزيّتها مرة في الشهر.

اذا كنت لا ترغب في استلام رسائل منا مستقبلا، رد على هذه الرسالة بكلمة "الغاء الاشتراك".

مع التحية،
رجل أنيق""")

    o, b = order("phone-ae", "ar", "كرسي مكتب طبي", tld="ae")
    case("uae-support-phone-numbers", "reject", ["content.phone-number"],
         "رقم جوال ورقم أرضي لخدمة عملاء البائع نفسه (وليس ضماناً أو شحناً أو مصنعاً).",
         to=b, frm="مكاتب الإمارات <care@uae-offices.ae>",
         subject=f"تركيب كرسي المكتب - الطلب {o}", text=f"""مرحباً،

لتعديل ارتفاع الكرسي من طلبك {o} اسحب الذراع الأيمن للأعلى وأنت جالس. لا تضع الكرسي قرب مصدر حرارة.

لأي استفسار اتصل بنا على 050 123 4567 أو على الرقم الأرضي +971 4 123 4567.

مع التحية،
مكاتب الإمارات""")

    o, b = order("phone-ai", "ar", "قدر ضغط كهربائي 6 لتر", tld="sa")
    case("whatsapp-number-arabic-indic", "reject", ["content.phone-number"],
         "رقم واتساب البائع مكتوب بالأرقام الهندية: رقم هاتف غير مسموح.",
         to=b, frm="طبخ سريع <care@tabkh-sarea.sa>",
         subject=f"قدر الضغط - الطلب {o}", text=f"""أهلاً بك،

قبل أول استخدام لقدر الضغط من طلبك {o}، تأكد أن الحلقة المطاطية مثبتة في مكانها داخل الغطاء.

للتواصل معنا بشكل أسرع راسلنا على الواتساب: {"0552345678".translate(AR_DIGITS)}

مع التحية،
طبخ سريع""")

    o, b = order("phone-fa", "ar", "ترمس قهوة 1 لتر", tld="sa")
    case("saudi-phone-eastern-digits", "reject", ["content.phone-number"],
         "رقم سعودي +966 مكتوب بالأرقام الهندية الشرقية (۰-۹) مع «اتصل بنا»: رقم هاتف البائع.",
         to=b, frm="دلة <hello@dallah-store.sa>",
         subject=f"الترمس - الطلب {o}", text=f"""مرحباً،

للحفاظ على حرارة القهوة في الترمس من طلبك {o} لأطول مدة، املأه بالماء الساخن 5 دقائق قبل سكب القهوة.

إذا احتجت أي مساعدة اتصل بنا على {"+966 50 123 4567".translate(FA_DIGITS)}

مع التحية،
دلة""")

    o, b = order("phone-eg", "", "شنطة سفر ترولي 28 بوصة", tld="eg")
    case("egyptian-call-us-mobile", "reject", ["content.phone-number"],
         "عامية مصرية: «كلمنا على +20 10 1234 5678»: رقم البائع نفسه.",
         to=b, frm="شنط مصر <sales@shonat-masr.com.eg>",
         subject=f"الشنطة بتاعتك - طلب {o}", text=f"""أهلاً يا فندم،

الرقم السري لقفل الشنطة اللي في طلب {o} بيكون 000 من المصنع، وتقدر تغيّره من الزرار الصغير جنب القفل.

لو محتاج أي حاجة كلمنا على +20 10 1234 5678 وإحنا في الخدمة.

تحياتنا،
شنط مصر""")

    o, b = order("mail-ar", "ar", "عطر عود 100 مل", tld="ae")
    case("email-spelled-with-arabic-at-dot", "reject", ["content.email-address"],
         "عنوان بريد مكتوب بالحروف: «info آت oud-house دوت com»: عنوان بريد إلكتروني.",
         to=b, frm="بيت العود <orders@oud-house.com>",
         subject=f"عطر العود - الطلب {o}", text=f"""مرحباً،

للحصول على أفضل ثبات لعطر العود من طلبك {o}، رشّه على نقاط النبض وعلى الملابس من مسافة 15 سم.

لأي استفسار راسلنا على info آت oud-house دوت com

مع التحية،
بيت العود""")

    o, b = order("mail-eg", "ar", "مفرش سرير قطن مصري", tld="eg")
    case("email-spelled-at-and-nuqta", "reject", ["content.email-address"],
         "عنوان مكتوب «sales at nile-home نقطة com»: عنوان بريد إلكتروني بصيغة محلية.",
         to=b, frm="بيت النيل <orders@nile-home.com.eg>",
         subject=f"المفرش بتاعك - طلب {o}", text=f"""أهلاً بحضرتك،

المفرش اللي في طلب {o} قطن مصري 100%، يتغسل على 40 درجة من غير مبيض.

لو عايز تسأل عن أي حاجة ابعتلنا على sales at nile-home نقطة com

تحياتنا،
بيت النيل""")

    o, b = order("http", "ar", "كاميرا مراقبة منزلية واي فاي", tld="ae")
    case("manual-on-insecure-http-link", "reject", ["link.insecure"],
         "رابط دليل الاستخدام على http:// غير آمن.",
         to=b, frm="عين الأمان <support@ain-alaman.ae>",
         subject=f"إعداد الكاميرا - الطلب {o}", text=f"""مرحباً،

لربط الكاميرا من طلبك {o} بشبكة الواي فاي، يجب أن تكون الشبكة على تردد 2.4 جيجاهرتز.

دليل الإعداد خطوة بخطوة متوفر هنا: http://ain-alaman.ae/setup-guide

مع التحية،
عين الأمان""")

    o, b = order("https-ext", "ar", "طاولة قهوة خشبية", tld="sa")
    case("assembly-video-external-link", "reject", ["link.external"],
         "رابط https لفيديو التركيب على موقع خارجي ليس من أمازون.",
         to=b, frm="أثاث الواحة <care@alwaha-furniture.sa>",
         subject=f"تركيب الطاولة - الطلب {o}", text=f"""مرحباً،

تحتاج الطاولة من طلبك {o} إلى مفتاح ألن واحد فقط (موجود في العلبة)، ويستغرق تركيبها نحو 20 دقيقة.

شاهد فيديو التركيب على قناتنا: https://www.youtube.com/watch?v=alwaha-table-01

مع التحية،
أثاث الواحة""")

    # ----------------------------------------------------------------------------------------
    # Sensitive content
    # ----------------------------------------------------------------------------------------
    o, b = order("curse", "ar", "مزهرية زجاجية كبيرة", tld="ae")
    case("cursing-the-courier", "quarantine", ["content.sensitive"],
         "شتم شركة الشحن «اللعنة على هؤلاء الحمقى الأغبياء»: لغة مسيئة.",
         to=b, frm="زجاجيات <care@zujajiyat.ae>",
         reply="المزهرية وصلت مكسورة!",
         subject=f"رد: المزهرية مكسورة - الطلب {o}", text="""مرحباً،

نعتذر بشدة. غلّفنا المزهرية بثلاث طبقات من الفقاعات، لكن اللعنة على هؤلاء الحمقى الأغبياء في شركة الشحن، يرمون الطرود وكأنها حجارة.

سنرسل لك مزهرية بديلة اليوم دون أي تكلفة عليك.

مع التحية،
زجاجيات""")

    o, b = order("eg-insult", "", "طقم كاسات عصير", tld="eg")
    case("egyptian-insult-delivery-man", "quarantine", ["content.sensitive"],
         "عامية مصرية: «المندوب ابن الكلب» شتيمة.",
         to=b, frm="بيت الزجاج <service@bait-elzogag.com.eg>",
         reply="الكاسات وصلت ناقصة اتنين ومكسورين.",
         subject=f"رد: الكاسات المكسورة - طلب {o}", text="""أهلاً يا فندم،

إحنا آسفين جداً. الكرتونة خرجت من عندنا سليمة، بس المندوب ابن الكلب رماها من على العربية.

هنبعت لحضرتك الكاسات الناقصة بكرة من غير أي مصاريف.

تحياتنا،
بيت الزجاج""")

    # ----------------------------------------------------------------------------------------
    # Order problems, confirmations, thank-you, returns
    # ----------------------------------------------------------------------------------------
    o, b = order("oos-cancel", "ar", "دراجة تمارين ثابتة", tld="sa", **OOS)
    case("out-of-stock-please-cancel", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "نفاد المخزون مع «نرجو منك إلغاء الطلب من صفحة طلباتك» ودون تأكيد تعديل المبلغ.",
         to=b, frm="لياقة <orders@liyaqa.sa>",
         subject=f"بخصوص طلبك {o}", text=f"""عزيزي العميل،

نعتذر، الدراجة من طلبك رقم {o} نفدت من المخزون ولا نعرف متى ستتوفر مجدداً.

نرجو منك إلغاء الطلب من صفحة «طلباتي» على أمازون حتى يُسترد مبلغك.

مع التحية،
لياقة""")

    o, b = order("oos-noadj", "ar", "مكبر صوت بلوتوث مقاوم للماء", tld="ae", **OOS)
    case("cannot-ship-no-adjustment", "quarantine", ["order-problem.no-adjustment"],
         "«لا يمكننا شحن طلبك لعدم توفر المنتج» دون تأكيد تعديل مبلغ الطلب.",
         to=b, frm="صوت البحر <orders@sawt-albahr.ae>",
         subject=f"طلبك رقم {o}", text=f"""مرحباً،

نأسف لإبلاغك بأننا لا نستطيع شحن مكبر الصوت من طلبك رقم {o}، لعدم توفر المنتج حالياً في مستودعنا.

نعتذر عن الإزعاج.

مع التحية،
صوت البحر""")

    o, b = order("shipped", "", "مكيف هواء متنقل 12000 وحدة", tld="eg")
    case("dispatch-confirmation-tracking", "quarantine", ["type.order-confirmation"],
         "«تم شحن طلبك اليوم مع أرامكس، رقم التتبع ...»: تأكيد شحن ترسله أمازون بالفعل.",
         to=b, frm="تكييف مصر <orders@takyeef-masr.com.eg>",
         subject=f"تم شحن طلبك {o}", text=f"""عزيزي العميل،

يسعدنا إبلاغك بأنه تم شحن طلبك رقم {o} اليوم مع أرامكس.

رقم التتبع: 4791033825
الموعد المتوقع للتسليم: خلال 2 إلى 4 أيام عمل.

مع التحية،
تكييف مصر""")

    o, b = order("thanks", "ar", "مبخرة كهربائية", tld="sa")
    case("thank-you-only-here-to-help", "quarantine", ["type.thank-you-only"],
         "شكر وترحيب وعرض مساعدة فقط، بلا أي غرض آخر.",
         to=b, frm="عبق <care@abaq.sa>",
         subject=f"شكراً لك - الطلب {o}", text=f"""عزيزي العميل،

شكراً جزيلاً لتسوقك من متجر عبق، ونتمنى أن ينال طلبك رقم {o} إعجابك.

يسعدنا دائماً خدمتك، ولا تتردد في التواصل معنا إذا احتجت أي مساعدة.

مع خالص التقدير،
فريق عبق""")

    o, b = order("return-sorry", "ar", "حذاء رياضي للجري", tld="ae")
    case("return-noted-sorry-only", "quarantine", ["return.unnecessary"],
         "رسالة عن الإرجاع لا تطلب معلومة ولا تعرض استرداداً جزئياً: أسف وأمنيات فقط.",
         to=b, frm="خطوات <service@khutuwat.ae>",
         subject=f"إرجاع الحذاء - الطلب {o}", text=f"""مرحباً،

علمنا أنك قمت بطلب إرجاع الحذاء من الطلب رقم {o}. نأسف لأن المنتج لم ينل إعجابك.

نتمنى أن نخدمك بشكل أفضل في المرة القادمة.

مع التحية،
خطوات""")

    # ----------------------------------------------------------------------------------------
    # Language of preference, order IDs, bilingual incentive
    # ----------------------------------------------------------------------------------------
    o, b = order("en-to-ar", "ar", "مثقاب كهربائي لاسلكي 18 فولت", tld="sa")
    case("english-message-arabic-buyer", "quarantine", ["language.mismatch"],
         "رسالة بالإنجليزية فقط إلى مشترٍ لغته المفضلة العربية على amazon.sa.",
         to=b, frm="Power Tools KSA <support@powertools-ksa.sa>", lang="en",
         subject=f"Your cordless drill - order {o}", text=f"""Hello,

Before the first use of the drill from order {o}, please charge the battery fully (about 90 minutes) until
the green light stays on.

Use the low gear (1) for screws and the high gear (2) for drilling. The clutch ring sets the torque: start
at 5 for small screws and go higher only if the screw does not go in.

Best regards,
Power Tools KSA""")

    o, b = order("ar-to-en", "en", "Yoga Mat 8 mm, Non-slip", tld="ae")
    case("arabic-message-english-buyer", "quarantine", ["language.mismatch"],
         "رسالة بالعربية فقط إلى مشترٍ على amazon.ae لغته المفضلة الإنجليزية.",
         to=b, frm="يوغا لايف <hello@yogalife.ae>",
         subject=f"سجادة اليوغا - الطلب {o}", text=f"""مرحباً،

قبل الاستخدام الأول لسجادة اليوغا من طلبك {o}، امسحها بقطعة قماش مبللة بالماء والصابون الخفيف لإزالة طبقة المصنع الزلقة.

لا تتركها تحت أشعة الشمس المباشرة، ولفّها دائماً بحيث يكون الوجه العلوي للخارج.

مع التحية،
يوغا لايف""")

    o, b = order("bi-inc", "ar", "Air Fryer 5.5 L / قلاية هوائية 5.5 لتر", tld="ae")
    case("bilingual-coupon-for-review", "reject", ["review.incentive"],
         "رسالة ثنائية اللغة تعرض قسيمة خصم مقابل مراجعة، بالعربية والإنجليزية.",
         to=b, frm="Smart Kitchen UAE <care@smartkitchen.ae>", tolerated=("type.marketing",),
         subject=f"قلايتك الهوائية / Your air fryer - {o}", text=f"""عزيزي العميل،

نتمنى أن تستمتع بالقلاية الهوائية من طلبك {o}. سخّن القلاية 3 دقائق قبل وضع الطعام.

اكتب مراجعتك على أمازون وأرسل لنا لقطة شاشة منها، وسنرسل لك قسيمة بقيمة 30 درهماً.

Dear customer,

We hope you enjoy the air fryer from order {o}. Preheat it for 3 minutes before adding food.

Write your review on Amazon and send us a screenshot, and we will send you a 30 AED voucher.

Smart Kitchen UAE""")

    o, b = order("no-dash", "ar", "مكواة شعر سيراميك", tld="eg")
    case("order-number-without-dashes", "reject", ["order-id.missing"],
         "رقم الطلب مكتوب 17 رقماً هندياً متصلة بلا شرطات: ليس الشكل 3-7-7، فلا رقم طلب.",
         to=b, frm="جمال مصر <care@gamal-masr.com.eg>",
         subject="مكواة الشعر بتاعتك", text=f"""أهلاً بحضرتك،

بخصوص طلب رقم {o.replace("-", "").translate(AR_DIGITS)}: مكواة الشعر لازم تتحط على درجة 160 للشعر الخفيف و200 للشعر التقيل.

استعملي السبراي الحامي للشعر قبل الفرد.

تحياتنا،
جمال مصر""")

    o, b = order("gulf-inc", "ar", "مبخرة سيارة", tld="ae")
    case("gulf-five-stars-we-give-discount", "reject", ["review.incentive"],
         "لهجة خليجية: «عطنا خمس نجوم وبنعطيك خصم على طلبك الجاي»: خصم مقابل تقييم إيجابي.",
         to=b, frm="بخور السيارة <hello@car-bakhoor.ae>", tolerated=("type.marketing",),
         subject=f"مبخرة السيارة - طلب {o}", text=f"""هلا والله،

المبخرة من طلبك {o} تشتغل على منفذ الولاعة، وحط فيها قطعة بخور صغيرة بس عشان الريحة ما تكون قوية.

وإذا عجبتك عطنا خمس نجوم على أمازون وبنعطيك خصم على طلبك الجاي.

تحياتنا،
بخور السيارة""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_ar,))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="corpus-ar"), verify,
                         after_must_precede=True)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
