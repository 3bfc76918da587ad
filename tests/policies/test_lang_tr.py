"""Turkish (amazon.com.tr): the phrase data in policies/data/tr and the code it needed.

- every heuristic rule of RULES.md section C and the content rules, in Turkish wordings of both registers
  (siz and sen), inflected (yorum, yorumunuzu, yorumlarınızı), with and without Turkish letters
  ("degerlendirmenizi", "yildiz"), with near-miss negatives that must stay clean: "değerlendirme" as an
  assessment, "yorumlamak" (to interpret), "takip" as parcel tracking, a refunded coupon difference,
  "götürmek", "sikke" and "seksen" next to the profanity list, tax and trade-register numbers next to the
  phone rule;
- Turkish phone numbers on amazon.com.tr (0 (532) 123 45 67, 0532 123 4567, +90 212 ..., 444 and 0850 lines);
- content.spelling is off for Turkish (pyspellchecker has no Turkish dictionary) and skips a message partly
  written in a language without a dictionary (an English paragraph beside a Turkish one);
- negation: a window cut inside a word ("Ye|ni") does not negate a cue with the French negator "ni".

Made-up wordings, not the sentences of tests/corpus_tr.
"""

from __future__ import annotations

import pytest

from policies import Context, parse_message, phrases
from policies.rules._units import unnegated
from tests.policies.test_rules_messagetypes import NOW, hits

OID = "405-4829175-6630214"


def make_ctx(body: str, *, reply: bool = False, tld: str = "com.tr", subject: str = f"Sipariş {OID}",
             reviewed: frozenset[str] = frozenset()) -> Context:
    headers = [
        "From: Mağaza <destek@magaza.com.tr>",
        f"To: k3x9m2p7q1w8z5v@marketplace.amazon.{tld}",
        f"Subject: {subject}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000",
        "Message-ID: <t1@magaza.com.tr>",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    if reply:
        headers.append("In-Reply-To: <buyer-question@marketplace.amazon.com.tr>")
    raw = ("\r\n".join(headers) + "\r\n\r\n" + body.replace("\n", "\r\n")).encode("utf-8")
    return Context(parse_message(raw), NOW, reviewed_orders=reviewed)


def wrap(text: str) -> str:
    return f"Merhaba,\n\n{OID} numaralı siparişinizdeki ürünle ilgili bir not.\n\n{text}\n\nSaygılarımızla,\nMağaza"


def fires(rule_id: str, text: str, *, reply: bool = False, raw: bool = False) -> bool:
    return bool(hits(rule_id, make_ctx(text if raw else wrap(text), reply=reply)))


# --- review.incentive ----------------------------------------------------------------------------------

INCENTIVES = [
    "Ürünümüze Amazon'da beş yıldız verirseniz size 100 TL'lik hediye kartı göndereceğiz.",
    "Yorumunu paylaşan herkese bir sonraki alışverişinde geçerli %10 indirim tanımlıyoruz.",
    "Değerlendirmenizi yaptıktan sonra ekran görüntüsünü gönderin, ürün bedelini iade edelim.",
    "Amazon'a yorum yazarsanız ikinci ürünü ücretsiz gönderiyoruz.",
    "Yorum yapan müşterilerimize küçük bir sürpriz hediyemiz var.",
    "Urune 5 yildiz verirsen sana hediye ceki yollayacagiz.",
    "Değerlendirme yapan her müşterimize kargo bedava!",
    "Yorumunuz yayınlandığında 50 lira değerinde çek kazanacaksınız.",
    "Ürünü değerlendirin, karşılığında ücretsiz kargo kazanın.",
    "Amazon'daki güzel sözleriniz yayınlandığında sizi küçük bir sürpriz bekliyor olacak.",
    "Yorumunuz için minnettarız; yorum yazan müşterilerimize bir teşekkür paketi yolluyoruz.",
    "Yorumunuzun ekran görüntüsünü gönderen herkese ücretsiz bir yedek filtre veriyoruz.",
]


@pytest.mark.parametrize("text", INCENTIVES)
def test_reward_for_a_review_fires(text: str) -> None:
    assert fires("review.incentive", text)


STEERING = [
    "Olumlu bir değerlendirme bırakmanız bizi çok mutlu eder.",
    "Lütfen bize 5 yıldız vermeyi unutmayın!",
    "Tam puan verirseniz çok seviniriz.",
    "Bize güzel bir yorum yazarsan çok seviniriz.",
    "Ürün hakkında olumlu yorumlarınızı bekliyoruz.",
]


@pytest.mark.parametrize("text", STEERING)
def test_steering_to_a_positive_review_fires(text: str) -> None:
    assert fires("review.incentive", text)


NEUTRAL_REVIEW_REQUESTS = [
    "Ürünü kullandıktan sonra Amazon'da dürüst bir yorum bırakırsanız seviniriz.",
    "Görüşleriniz bizim için önemli; deneyiminizi Amazon'da paylaşabilirsiniz, olumlu ya da olumsuz fark etmez.",
    "Ürünümüz hakkında dürüst yorumunuzu Amazon'da bekliyoruz; iyi ya da kötü, her görüş bizim için değerli.",
    "Urunu denedikten sonra Amazon'a kisa bir yorum yazar misin? Ne dusundugunu merak ediyoruz.",
]


@pytest.mark.parametrize("text", NEUTRAL_REVIEW_REQUESTS)
def test_neutral_review_request_is_clean(text: str) -> None:
    for rule_id in ("review.incentive", "review.conditional", "review.removal-request", "type.marketing"):
        assert not fires(rule_id, text), rule_id


REQUESTS = [
    "Deneyiminizi Amazon'da paylaşır mısınız?",
    "Vaktiniz olursa ürünümüzü Amazon'da değerlendirebilir misiniz?",
    "Satıcı değerlendirmesi bırakmanız bizim için çok değerli.",
    "Bir dakikanızı ayırıp ürünü puanlar mısınız?",
    "Urun hakkinda yorum yazarsan cok seviniriz.",
]


@pytest.mark.parametrize("text", REQUESTS)
def test_second_review_request_for_the_order_is_a_repeat(text: str) -> None:
    assert not hits("review.repeat", make_ctx(wrap(text)))
    assert hits("review.repeat", make_ctx(wrap(text), reviewed=frozenset({OID})))


@pytest.mark.parametrize("text", [
    "Fotoğraflarınızı değerlendirdik, lütfen parçayı bekleyin.",
    "Kılavuzu yanlış yorumlamış olabilirsiniz, lütfen 3. sayfaya bakın.",
    "Talebiniz değerlendirmeye alındı, lütfen bekleyin.",
])
def test_assessing_or_interpreting_is_no_review_request(text: str) -> None:
    assert not hits("review.repeat", make_ctx(wrap(text), reviewed=frozenset({OID})))


REMEDIES = [
    "Fotoğraflarınızı değerlendirdik ve size ücretsiz yeni bir kapak gönderiyoruz.",
    "Yorumunuz için teşekkür ederiz, sorununuzu çözmek için yeni bir parça gönderdik.",
    "Yorumunuzda belirttiğiniz eksik vidayı bugün ücretsiz olarak gönderdik.",
    "Teknik değerlendirme sonucunda ücretsiz onarım yapılacaktır; lütfen cihazı gönderin.",
    "Garanti başvurunuz değerlendirme aşamasındadır, sonuç çıkınca size ücret iadesi yapılacak.",
    "Kılavuzdaki 3. adımı farklı yorumlamış olabilirsiniz; lütfen vidayı saat yönünde çevirin.",
]


@pytest.mark.parametrize("text", REMEDIES)
def test_remedy_or_assessment_is_no_incentive(text: str) -> None:
    assert not fires("review.incentive", text, reply=True)


# --- review.conditional ------------------------------------------------------------------------------

GATING = [
    "Ürünü beğendiyseniz Amazon'da bir yorum yazar mısınız? Beğenmediyseniz lütfen önce bize yazın.",
    "Eğer her şey yolundaysa, değerlendirmenizi bekliyoruz.",
    "Sadece memnun kaldıysanız yorum bırakın lütfen.",
    "Ürünümüzden memnunsanız lütfen Amazon'da bizi değerlendirin.",
    "Memnun musun? O zaman bize bir yorum bırak!",
    "Sorun yaşarsanız puan vermeden önce bizimle iletişime geçin, aksi halde yorumunuzu bekleriz.",
]


@pytest.mark.parametrize("text", GATING)
def test_review_gating_fires(text: str) -> None:
    assert fires("review.conditional", text)


def test_a_problem_offer_beside_a_neutral_request_is_no_gating() -> None:
    text = ("Herhangi bir sorun yaşarsanız bize yazın. Ürünü kullandıktan sonra Amazon'da görüşlerinizi "
            "paylaşırsanız seviniriz.")
    assert not fires("review.conditional", text)


# --- review.removal-request --------------------------------------------------------------------------

CHANGE_REQUESTS = [
    "Yorumunuzu silmenizi rica ediyoruz.",
    "Olumsuz değerlendirmenizi kaldırabilir misiniz?",
    "Yazdığınız yorumu güncellerseniz çok memnun oluruz.",
    "Puanınızı tekrar gözden geçirir misiniz?",
    "Yorumunu duzeltebilir misin?",
    "Geri bildiriminizi güncellemenizi rica ederiz.",
    "Sorun çözüldü, 2 yıldızlı yorumunuzu 5 yıldıza çıkarmanız mümkün mü?",
    "Verdiğiniz tek yıldızı yeniden düşünmenizi rica ediyoruz.",
]


@pytest.mark.parametrize("text", CHANGE_REQUESTS)
def test_request_to_change_a_review_fires(text: str) -> None:
    assert fires("review.removal-request", text, reply=True)


@pytest.mark.parametrize("text", [
    "Yorumunuzu güncellediğiniz için çok teşekkür ederiz; yeni kapak yarın elinizde olur.",
    "Yorumunuzu dilediğiniz zaman Amazon'da güncelleyebilirsiniz.",
])
def test_thanks_for_an_update_or_saying_it_can_be_updated_is_no_change_request(text: str) -> None:
    assert not fires("review.removal-request", text, reply=True)


def test_review_mentioned_while_fixing_the_product_is_no_change_request() -> None:
    assert not fires("review.removal-request", "Yorumunuzu okuduk ve üreticiye ilettik; yeni üretimde kapak "
                     "değişecek.", reply=True)


# --- type.marketing ----------------------------------------------------------------------------------

MARKETING = [
    "Instagram hesabımızı takip ederek kampanyalardan haberdar olabilirsiniz.",
    "YENI20 kodu ile tüm ürünlerde %20 indirim!",
    "Mağazamızdaki diğer ürünlere de göz atın, yeni sezon ürünlerimiz satışa çıktı.",
    "E-bültenimize kaydolun, fırsatları kaçırmayın.",
    "Bizi sosyal medyada takip etmeyi unutmayın.",
    "Bir sonraki alışverişinizde kullanabileceğiniz indirim kuponunuz: YAZ2026",
    "TikTok ve YouTube kanalımıza abone olun.",
    "Yeni koleksiyonumuzu keşfetmek için mağazamızı ziyaret edin.",
    "Yaz kampanyamız başladı: tüm ürünlerde %30'a varan indirim!",
]


@pytest.mark.parametrize("text", MARKETING)
def test_marketing_fires(text: str) -> None:
    assert fires("type.marketing", text)


NOT_MARKETING = [
    "Bu ürün için kupon uygulanmıyor; fiyat farkını iade ettik.",
    "Takip numaranızla kargonuzu Yurtiçi Kargo sitesinden takip edebilirsiniz.",
    "Bizi aradığınızda kargo takip numaranızı hazır bulundurun.",
    "Siparişinizdeki hediye paketi notu: 'İyi ki doğdun'. Kontrol edip onaylar mısınız?",
    "Ürünün kutusunda yıldız şeklinde bir vida anahtarı bulunmaktadır; montaj için onu kullanın.",
    "Kampanya kapsamında aldığınız ikinci ürün ayrı bir pakette geliyor; iki paket de bu hafta ulaşacak.",
    "İndirimli fiyattan aldığınız ürünün garantisi normal fiyatlı ürünle aynıdır: iki yıl.",
]


@pytest.mark.parametrize("text", NOT_MARKETING)
def test_order_talk_is_no_marketing(text: str) -> None:
    assert not fires("type.marketing", text, reply=True)


# --- link.opt-out ------------------------------------------------------------------------------------

OPT_OUT = [
    "Bu e-postaları almak istemiyorsanız lütfen bize bildirin.",
    "Mesaj almak istemiyorsan IPTAL yaz.",
    "Listemizden çıkmak için HAYIR yazarak yanıt verin.",
    "Abonelikten çıkmak için bu e-postayı yanıtlayın.",
    "Bu mesajları almak istemezseniz DUR yazmanız yeterli.",
    "Artık e-posta almak istemiyorsan bize STOP yaz.",
]


@pytest.mark.parametrize("text", OPT_OUT)
def test_opt_out_text_fires(text: str) -> None:
    assert fires("link.opt-out", text)


@pytest.mark.parametrize("text", [
    "Ürünün arkasındaki stop düğmesine basarak cihazı durdurabilirsiniz.",
    "Siparişi iptal etmenize gerek yok; yeni ürün yarın kargoda.",
])
def test_stop_and_iptal_in_ordinary_sentences_are_clean(text: str) -> None:
    assert not fires("link.opt-out", text)


# --- content.phone-number and content.email-address ------------------------------------------------

PHONES = [
    "Sorularınız için 0212 345 67 89 numaralı telefonumuzu arayabilirsiniz.",
    "WhatsApp: 0555 444 33 22",
    "Bize 0 532 765 43 21'den ulaşın.",
    "Destek hattımız 0850 333 44 55.",
    "+90 532 111 22 33 numarasına mesaj atabilirsiniz.",
    "Müşteri hizmetleri: 444 7 123",
    "Bize cep telefonumuzdan ulaşın: 0 (505) 123 45 67",
    "Bize 05321234567 numarasından ulaşabilirsiniz.",
]


@pytest.mark.parametrize("text", PHONES)
def test_seller_phone_fires(text: str) -> None:
    assert fires("content.phone-number", text)


ALLOWED_NUMBERS = [
    "Kargonuzu Aras Kargo müşteri hizmetleri 444 25 52 üzerinden sorabilirsiniz.",
    "Garanti kapsamında üretici firmanın servisini arayabilirsiniz: 0850 111 22 33.",
    "Vergi No: 1234567890\nMERSİS No: 0123456789000015\nTicaret Sicil No: 456789",
    "Şikayet numaranız 48213; kargo takip numaranız 3451278906.",
]


@pytest.mark.parametrize("text", ALLOWED_NUMBERS)
def test_carrier_warranty_and_register_numbers_are_clean(text: str) -> None:
    assert not fires("content.phone-number", text, reply=True)


@pytest.mark.parametrize("text", [
    "Faturanızı fatura@magaza.com.tr adresinden isteyebilirsiniz.",
    "Bize destek et isareti magaza nokta com yazabilirsiniz.",
    "Sorularınızı satis et işareti magaza nokta com nokta tr adresine gönderin.",
    "E-posta: satis [at] magaza [nokta] com",
])
def test_email_address_fires(text: str) -> None:
    assert fires("content.email-address", text)


def test_et_alone_is_no_at_sign() -> None:
    assert not fires("content.email-address", "Kuzu et ve tavuk nokta atışıyla pişirilir; tarif kutunun içinde.")


# --- content.sensitive ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Bu kargo firması tam bir rezalet, salak kuryeler paketi ezmiş.",
    "Kargocu denen o şerefsiz yine geç kalmış, çok özür dileriz.",
    "Kargo firmasının beyinsiz çalışanları yüzünden gecikti, lanet olsun.",
    "Amk kargosu yine gecikti, yenisini yolluyoruz.",
])
def test_offensive_turkish_fires(text: str) -> None:
    assert fires("content.sensitive", text, reply=True)


@pytest.mark.parametrize("text", [
    "Kurye paketi kapıya götürdüğünde imza karşılığında teslim edecek.",
    "Sikke setinizdeki sertifikayı kutunun altında bulabilirsiniz; seksen sayfalık katalog da içinde.",
    "Defolu ürün için değişim talebinizi aldık; yeni ürün yarın yola çıkacak.",
    "Şikayetinizi aldık, sikayet numaranız 48213. Ürünü inceleyip size dönüş yapacağız.",
])
def test_innocent_turkish_words_are_clean(text: str) -> None:
    assert not fires("content.sensitive", text, reply=True)


# --- types, order problems, returns ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Siparişiniz onaylandı ve en kısa sürede hazırlanacaktır.",
    "Paketiniz bugün Yurtiçi Kargo'ya teslim edildi. Takip numaranız: 123456789012.",
    "Siparisiniz kargolandi, takip kodunuz 987654321.",
])
def test_order_or_dispatch_confirmation_fires(text: str) -> None:
    assert fires("type.order-confirmation", text)


def test_delay_notice_is_no_confirmation() -> None:
    assert not fires("type.order-confirmation", "Ürününüz 18 Haziran'da kargoya verilecek; gecikme için özür dileriz.")


@pytest.mark.parametrize("body", [
    f"Merhaba,\n\n{OID} numaralı siparişiniz için çok teşekkür ederiz! Herhangi bir sorunuz olursa bize "
    "ulaşabilirsiniz.\n\nSaygılarımızla,\nMağaza",
    f"Merhaba Ahmet Bey,\n\nBizi tercih ettiğiniz için teşekkürler. Her zaman yardıma hazırız.\n\nSipariş no: {OID}"
    "\n\nİyi günler,\nMağaza",
    f"Selam,\n\nKüçük bir aile işletmesiyiz ve her sipariş bizim için çok değerli. {OID} siparişin için "
    "teşekkürler!\n\nSevgiler,\nAtölye",
])
def test_thank_you_only_fires(body: str) -> None:
    assert fires("type.thank-you-only", body, raw=True)


def test_thanks_with_a_shipping_date_and_good_wishes_is_not_thank_you_only() -> None:
    body = (f"Merhaba,\n\n{OID} numaralı siparişiniz için teşekkür ederiz. Ürününüz yarın kargoya verilecek, keyifli "
            "kullanımlar dileriz.\n\nMağaza")
    assert not fires("type.thank-you-only", body, raw=True)


def test_thanks_with_real_information_is_not_thank_you_only() -> None:
    body = (f"Merhaba,\n\n{OID} numaralı siparişiniz için teşekkür ederiz. Cihazı ilk kullanımdan önce sekiz saat "
            "şarj edin; pil ancak o zaman tam kapasiteye ulaşır.\n\nSaygılarımızla,\nMağaza")
    assert not fires("type.thank-you-only", body, raw=True)


def test_a_turkish_postscript_after_the_closing_is_content() -> None:
    body = (f"Merhaba,\n\n{OID} numaralı siparişiniz için teşekkür ederiz.\n\nSaygılarımızla,\nMağaza\n\nNot: Cihazı "
            "ilk kullanımdan önce sekiz saat şarj edin, aksi halde pil kapasitesi düşer.")
    assert not fires("type.thank-you-only", body, raw=True)


def test_out_of_stock_asking_to_cancel_fires() -> None:
    text = "Ürün tükendiği için gönderemiyoruz, siparişinizi iptal eder misiniz?"
    assert fires("order-problem.cancellation-request", text)
    assert fires("order-problem.no-adjustment", text)


def test_out_of_stock_with_a_mutated_stem_asking_to_cancel_fires() -> None:
    text = "Maalesef bu ürünün stoğu kalmadı. Siparişinizi Amazon hesabınızdan iptal edebilir misiniz?"
    assert fires("order-problem.cancellation-request", text)


def test_out_of_stock_without_adjustment_fires() -> None:
    assert fires("order-problem.no-adjustment", "Üzgünüz, sipariş ettiğiniz ürün artık üretilmiyor ve gönderemiyoruz.")


@pytest.mark.parametrize("text", [
    "Ürün stokta kalmadığı için sipariş tutarının tamamını iade ettik. Bir işlem yapmanıza gerek yok.",
    "Stoklarımız tükendi; ödemenizi 'stok yok' nedeniyle düzelttik ve tamamını iade ettik.",
])
def test_out_of_stock_with_adjustment_is_clean(text: str) -> None:
    assert not fires("order-problem.no-adjustment", text)
    assert not fires("order-problem.cancellation-request", text)


def test_return_message_without_question_fires() -> None:
    assert fires("return.unnecessary", "İade talebinizi aldık. Ürün bize ulaşınca işleminiz tamamlanacaktır.")


@pytest.mark.parametrize("text", [
    "İade talebinizle ilgili olarak: ürünü saklamak isterseniz %30 kısmi iade yapabiliriz.",
    "İade işlemi için ürünün hangi bedeninin geldiğini bize yazar mısınız?",
])
def test_return_message_asking_or_offering_partial_refund_is_clean(text: str) -> None:
    assert not fires("return.unnecessary", text)


# --- language, spelling ---------------------------------------------------------------------------------

def test_english_message_to_a_turkish_marketplace_is_a_mismatch() -> None:
    body = (f"Hello,\n\nyour order {OID} will leave our warehouse on Wednesday because the courier did not collect "
            "on Monday. We are sorry for the delay.\n\nKind regards,\nShop")
    assert hits("language.mismatch", make_ctx(body))


def test_turkish_message_is_not_spell_checked() -> None:
    body = wrap("Cihazı ilk kullanımdan önce sekiz saat şarj edin; pil ancak o zaman tam kapasiteye ulaşır.")
    assert not hits("content.spelling", make_ctx(body))


def test_english_beside_turkish_is_not_spell_checked_as_english() -> None:
    body = (f"Merhaba,\n\n{OID} numaralı siparişinizdeki yoga matını ilk kullanımdan önce nemli bir bezle silip bir "
            "gün havalandırmanızı öneririz.\n\nHello,\n\nbefore using the yoga mat from order "
            f"{OID} for the first time, please wipe it with a damp cloth and let it air for a day. This removes "
            "the new smell.\n\nYoga Evi")
    assert not hits("content.spelling", make_ctx(body, tld="com"))


# --- negation ---------------------------------------------------------------------------------------------

def test_negated_turkish_cue() -> None:
    assert unnegated("types.marketing", "Bu bir kampanya mesajı değildir.") is None
    assert unnegated("types.marketing", "Hiçbir kampanya ya da indirim kodu sunmuyoruz.") is None


def test_a_word_cut_by_the_negation_window_is_no_negator() -> None:
    # 60 characters before "bizi ... takip edin" the window starts inside "Yeni": "ni" is not the French "ni"
    text = "Yeni ürünlerimizden ve kampanyalarımızdan haberdar olmak için bizi Instagram'da takip edin."
    assert unnegated("types.marketing", text) is not None


# --- precision in other languages: Turkish cues are whole Turkish words ---------------------------------

@pytest.mark.parametrize(("topic", "text"), [
    ("review.ask", "Die Sendung wird verarbeitet und vererbt nichts"),  # not 'ver' + a Turkish ending
    ("review.benefit", "To jest najlepszy produkt"),  # Polish 'jest' (is), not the Turkish 'jest' (gesture)
    ("oproblem.qualified", "Uw adres is correct"),  # a bare 'adres' qualifies no stock-out
    ("negation.boundary", "Ella ama su casa"),  # Spanish 'ama' cuts no negation window
])
def test_turkish_cue_does_not_match_another_language(topic: str, text: str) -> None:
    assert phrases.search(topic, text, "tr") is None


def test_et_alone_is_no_turkish_at_word() -> None:
    assert "et" not in phrases.word_set("content.email_at", "tr")
