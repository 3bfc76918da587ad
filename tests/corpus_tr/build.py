#!/usr/bin/env python3
"""Build the Turkish labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_tr/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, before any Turkish phrase data existed. Nearly all cases are Turkish messages to buyers
of amazon.com.tr, in both registers (siz and sen), with and without Turkish letters (ğ ş ç ö ü ı İ), with
compliant near-misses that use the same vocabulary as the violations ('değerlendirme' as an inspection,
'takip' as parcel tracking, 'kupon' explaining a refunded price difference, 'yıldız' in a product name,
'götürmek' and 'sikke' next to the profanity rules, tax and trade-register numbers next to the phone rule).
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
    mk,
    page,
    quote,
    reply_headers,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(2026_0615_90)
_PREFIX = {"com.tr": "40", "com": "11", "de": "30"}
_TLD = {"tr": "com.tr", "en": "com.tr", "de": "com.tr", "": "com.tr"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-02T10:00:00Z", shipped="2026-06-03T08:00:00Z",
                 delivered="2026-06-06T12:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-10T09:00:00Z"}
PENDING = {"shipped": "", "delivered": ""}

HEURISTIC = ["type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
             "review.removal-request", "review.conditional", "review.repeat", "order-problem.cancellation-request",
             "order-problem.no-adjustment", "return.unnecessary", "content.sensitive", "link.opt-out"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "language.mismatch", "content.email-address",
         "content.phone-number", "link.external", "link.insecure", "style.link-text", "style.emoji",
         "style.line-breaks", "content.spelling"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 12, reply: str = "", tolerated: tuple[str, ...] = (), html: str | None = None,
         after: tuple[str, ...] = (), lang: str = "") -> None:
    """A plain-text case (with an HTML alternative when `html` is given). Every rule of HEURISTIC and OTHER
    not named in `rules` (or tolerated) must stay silent. `reply` is the buyer's quoted question: the message
    then answers a buyer (In-Reply-To)."""
    hdrs = reply_headers(f"0100019a.tr.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    absent = [r for r in (*HEURISTIC, *OTHER) if r not in rules and r not in tolerated]
    kw = {}
    if html is not None:
        kw["html"] = page(html, "tr")
    msg = mk(frm, to, subject, mail_date(day, "09:40:00", "+0300"), f"<tr.{slug}@{dom}>", headers=hdrs,
             text=body, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tolerated, after=after, lang=lang)


# --------------------------------------------------------------------------------------------
# Compliant near-misses
# --------------------------------------------------------------------------------------------

def cases_tr() -> None:  # noqa: PLR0915 - one long list of cases
    o, b = order("notr-review", "tr", "Filtre Kahve Makinesi 1,25 L")
    case("tarafsiz-degerlendirme-istegi", "relay", [],
         "Kullanım önerilerinden sonra olumlu ya da olumsuz fark etmeksizin tarafsız bir değerlendirme isteği.",
         to=b, frm="Kahve Dünyası Market <destek@kahvedunyasi-market.com.tr>",
         subject=f"Kahve makineniz hakkında - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizle aldığınız filtre kahve makinesi için birkaç
küçük öneri paylaşmak istedik.

İlk kullanımdan önce hazneyi yalnızca suyla iki kez çalıştırmanızı öneririz;
böylece üretimden kalan kokular giderilir. Ayda bir kez sirkeli su ile kireç
temizliği yapmanız makinenin ömrünü uzatır.

Ürünü bir süre kullandıktan sonra Amazon'da bir değerlendirme yazarsanız
memnun oluruz. Deneyiminiz olumlu ya da olumsuz olsun, dürüst yorumunuz diğer
müşterilere yol gösterir.

Saygılarımızla,
Kahve Dünyası Market""")

    o, b = order("notr-review-ascii", "tr", "Kamp Sandalyesi Katlanabilir")
    case("ascii-sen-tarafsiz-yorum", "relay", [],
         "Türkçe harfler olmadan, sen hitabıyla yazılmış tarafsız yorum isteği.",
         to=b, frm="Dogada Kamp <iletisim@dogadakamp.com.tr>",
         subject=f"Kamp sandalyen - siparis {o}", text=f"""Selam,

{o} nolu siparisindeki kamp sandalyesini ilk kez acarken kilit
pimini sonuna kadar itmeyi unutma, yoksa sandalye oturunca hafifce
esneyebilir. Kumasi nemli bir bezle silip golgede kurutabilirsin.

Vaktin olursa urun hakkinda Amazon'a kisa bir yorum birakabilir misin?
Begendigin ya da begenmedigin ne varsa yazman bizim icin yeterli.

Iyi kamplar,
Dogada Kamp""")

    o, b = order("degerlendirme-inspection", "tr", "Ahşap Çalışma Masası 120x60")
    case("fotograflar-degerlendirildi-ucretsiz-parca", "relay", [],
         "'Değerlendirdik' burada teknik incelemeyi anlatıyor; hasarlı parça için ücretsiz yenisi: sipariş sorunu çözümü.",
         to=b, frm="Mobilya Atölyesi <musteri@mobilyaatolyesi.com.tr>",
         reply="Masanın bir ayağı çatlak geldi, fotoğrafları ekledim.",
         subject=f"Ynt: Çatlak masa ayağı - sipariş {o}", text=f"""Merhaba Ayşe Hanım,

Gönderdiğiniz fotoğrafları teknik ekibimizle birlikte değerlendirdik. Çatlağın
taşıma sırasında oluştuğu anlaşılıyor; kolinin köşe koruması ezilmiş.

{o} numaralı siparişiniz için yeni bir masa ayağını ücretsiz olarak
gönderiyoruz. Parça yarın depodan çıkacak ve genellikle üç iş günü içinde
elinize ulaşır. Hasarlı ayağı geri göndermenize gerek yoktur.

Yeni ayak gelene kadar masayı kurup diğer üç ayağın vidalarını hafif gevşek
bırakırsanız, yeni parçayı takmak daha kolay olur.

İyi günler dileriz,
Mobilya Atölyesi""")

    o, b = order("refund-explained", "tr", "Bluetooth Kulaklık Kablosuz")
    case("iade-aciklamasi-yanit", "relay", [],
         "Alıcının sorusuna yanıt: para iadesinin ne zaman hesaba geçeceğini açıklıyor.",
         to=b, frm="Ses Teknoloji <destek@ses-teknoloji.com.tr>",
         reply="İade ettiğim kulaklığın parası hâlâ hesabıma geçmedi, ne zaman yatar?",
         subject=f"Ynt: Para iadesi - sipariş {o}", text=f"""Merhaba,

Kulaklık depomuza 10 Haziran'da ulaştı ve {o} numaralı siparişin
tutarının tamamı aynı gün Amazon üzerinden iade edildi.

Bankanıza bağlı olarak tutarın kartınıza yansıması 3 ila 7 iş günü
sürebilir. Kredi kartı ekstrenizde "AMAZON" açıklamasıyla görünecektir.

Bir haftanın sonunda hâlâ göremezseniz bankanızla iletişime geçmenizi
öneririz.

Saygılarımızla,
Ses Teknoloji""")

    o, b = order("return-info", "tr", "Akıllı Saat Spor Modeli")
    case("iade-icin-seri-numarasi", "relay", [],
         "İade ile ilgili mesaj, iadeyi tamamlamak için gereken bilgiyi (seri numarası, arıza) soruyor.",
         to=b, frm="Teknoloji Dükkanı <iade@teknolojidukkani.com.tr>",
         subject=f"İade talebiniz hakkında - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki akıllı saat için iade talebinizi aldık.

İadeyi tamamlayabilmemiz için iki bilgiye ihtiyacımız var:
1. Saatin arka kapağında yazan seri numarası (SN ile başlayan numara)
2. Yaşadığınız sorun (şarj olmuyor, ekran açılmıyor vb.)

Bu bilgilere göre cihazın üretici servisine mi gideceğine yoksa doğrudan
iade mi edileceğine karar vereceğiz.

Teşekkürler,
Teknoloji Dükkanı""")

    o, b = order("delay", "tr", "Bahçe Hortumu 30 m", **PENDING)
    case("gecikme-bildirimi", "relay", [],
         "Gönderimin ilan edilen süreyi aşacağını bildiren gecikme mesajı: yönergelerin istediği bildirim.",
         to=b, frm="Bahçe Market <siparis@bahcemarket.com.tr>",
         subject=f"Gönderiminizde gecikme - sipariş {o}", text=f"""Sayın Müşterimiz,

{o} numaralı siparişinizdeki bahçe hortumu, tedarikçimizden gelen
sevkiyatın gecikmesi nedeniyle planlanan tarihte kargoya verilemeyecek.

Ürünün 17 Haziran'da depomuza ulaşmasını ve aynı gün gönderilmesini
bekliyoruz. Bu tarih size uygun değilse siparişinizle ilgili tercihinizi
bize bildirebilirsiniz.

Gecikme için özür dileriz.

Bahçe Market""")

    o, b = order("carrier-phone", "tr", "Çamaşır Kurutma Makinesi 8 kg")
    case("kargo-firmasi-telefonu", "relay", [],
         "Alıcıya teslimat için kargo firmasının çağrı merkezi numarası veriliyor: kargo bağlamındaki telefon serbest.",
         to=b, frm="Beyaz Eşya Noktası <destek@beyazesyanoktasi.com.tr>",
         reply="Kurutma makinesi ne zaman gelecek? Kurye beni aramadı.",
         subject=f"Ynt: Teslimat randevusu - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki kurutma makinesi büyük ürün olduğu
için Yurtiçi Kargo tarafından randevulu teslim edilecek.

Randevu için Yurtiçi Kargo çağrı merkezini 444 99 99 numarasından
arayabilirsiniz; gönderi numaranızı sorduklarında 728391045562 numarasını
vermeniz yeterli.

Kurye makineyi kurulum yerine kadar götürecek, ambalajı da geri alacaktır.

İyi günler,
Beyaz Eşya Noktası""")

    o, b = order("warranty-phone", "tr", "Robot Süpürge Lazer Navigasyonlu")
    case("uretici-garanti-hatti", "relay", [],
         "Garanti için üreticinin yetkili servis hattı veriliyor: garanti/üretici bağlamındaki telefon serbest.",
         to=b, frm="Ev Teknolojileri <destek@evteknolojileri.com.tr>",
         reply="Süpürge şarj istasyonuna dönmüyor, garanti kapsamında mı?",
         subject=f"Ynt: Robot süpürge garanti - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki robot süpürge iki yıl üretici garantisi
kapsamındadır.

Önce şarj istasyonunun önünde en az yarım metre boşluk olduğundan ve
sensörlerin temiz olduğundan emin olun. Sorun devam ederse, garanti
başvurusu için üreticinin yetkili servis hattı: 0850 222 33 44 (hafta içi 09:00-18:00).

Servis fatura bilgisini isteyecektir; faturanızı Amazon hesabınızdaki
sipariş ayrıntılarından indirebilirsiniz.

Saygılarımızla,
Ev Teknolojileri""")

    o, b = order("tax-numbers", "tr", "Seramik Kupa Seti 6'lı")
    case("fatura-vergi-mersis-no", "relay", [],
         "Fatura gönderimi; imzadaki vergi numarası, MERSİS ve ticaret sicil numarası telefon numarası değildir.",
         to=b, frm="Çini Sanat Evi <fatura@cinisanatevi.com.tr>",
         reply="Şirketim adına fatura kesebilir misiniz?",
         subject=f"Ynt: Kurumsal fatura - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişiniz için şirketiniz adına düzenlenen e-faturayı
Amazon'daki sipariş sayfanıza yükledik. "Fatura" bağlantısından
indirebilirsiniz.

Faturada bilgilerimiz aşağıdaki gibidir:

Çini Sanat Evi Seramik Ltd. Şti.
Vergi Dairesi: Kadıköy - Vergi No: 4560123789
MERSİS No: 0456012378900017
İstanbul Ticaret Sicil No: 987654-5

Saygılarımızla,
Çini Sanat Evi""")

    o, b = order("oos-refunded", "tr", "Espresso Fincan Takımı", **OOS)
    case("stok-yok-iade-yapildi", "relay", [],
         "Stok tükendiği için tutar düzeltildi ve tamamı iade edildi, nedeni açıkça yazılmış; alıcıdan iptal istenmiyor.",
         to=b, frm="Fincan Evi <siparis@fincanevi.com.tr>",
         subject=f"Siparişinizle ilgili sorun - sipariş {o}", text=f"""Sayın Müşterimiz,

Üzgünüz, {o} numaralı siparişinizdeki espresso fincan takımı
depomuzda stokta kalmadığı için gönderilemiyor.

Sipariş tutarının tamamını "stok yok" gerekçesiyle Amazon üzerinden
düzelttik ve iade ettik. Tutar, ödeme yönteminize bağlı olarak birkaç iş
günü içinde hesabınıza yansıyacaktır. Sizin ayrıca bir işlem yapmanıza
gerek yoktur.

Anlayışınız için teşekkür ederiz.

Fincan Evi""")

    o, b = order("coupon-explained", "tr", "Çocuk Bisikleti 16 Jant")
    case("kupon-farki-iade-edildi", "relay", [],
         "Alıcının sorusuna yanıt: uygulanmayan kuponun fiyat farkı iade edildi; yeni bir kupon ya da kampanya yok.",
         to=b, frm="Pedal Çocuk <destek@pedalcocuk.com.tr>",
         reply="Ürün sayfasındaki kupon sepette uygulanmadı, fazla ödedim.",
         subject=f"Ynt: Kupon uygulanmadı - sipariş {o}", text=f"""Merhaba,

Haklısınız, ürün sayfasında görünen kupon {o} numaralı siparişinizde
uygulanmamış. Aradaki 75 TL'lik farkı bugün Amazon üzerinden iade ettik.

Tutar birkaç iş günü içinde kartınıza yansıyacaktır. Siparişinizin kendisi
etkilenmedi; bisiklet yarın kargoya verilecek.

Yaşanan karışıklık için özür dileriz.

Pedal Çocuk""")

    o, b = order("tracking-answer", "tr", "Yün Battaniye 150x200")
    case("takip-numarasi-yanit", "relay", [],
         "'Kargom nerede?' sorusuna takip numarasıyla yanıt: alıcıya yanıt olduğu için serbest; 'takip edebilirsiniz' pazarlama değil.",
         to=b, frm="Tekstil Pazarı <destek@tekstilpazari.com.tr>",
         reply="Siparişim hâlâ gelmedi, kargom nerede?",
         subject=f"Ynt: Kargom nerede? - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişiniz 3 Haziran'da Aras Kargo'ya teslim edildi.
Gönderi takip numaranız: 3451278906.

Kargonuzu Amazon'daki "Siparişlerim" sayfasından takip edebilirsiniz. Şu an
dağıtım şubesinde görünüyor; yarın dağıtıma çıkması bekleniyor.

Saygılarımızla,
Tekstil Pazarı""")

    o, b = order("partial-refund", "tr", "Deri Sırt Çantası")
    case("kismi-iade-teklifi", "relay", [],
         "İade konusunda kısmi para iadesi teklifi: yönergelerin izin verdiği iki durumdan biri.",
         to=b, frm="Deri Atölye <iade@deriatolye.com.tr>",
         subject=f"İade talebiniz - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki sırt çantasının fermuarındaki çizik
için iade talebinizi gördük.

Çantayı geri göndermek yerine saklamak isterseniz, size ürün bedelinin
%25'i kadar kısmi iade yapabiliriz. Bu teklifi kabul edip etmediğinizi bize
yazmanız yeterli; çantayı iade etmeyi tercih ederseniz o da elbette
mümkün.

Saygılarımızla,
Deri Atölye""")

    o, b = order("star-product", "tr", "Yıldız Desenli Nevresim Takımı Çift Kişilik")
    case("yildiz-desenli-urun-bakim", "relay", [],
         "'Yıldız' ürün adının parçası; yıkama talimatı soran alıcıya yanıt, değerlendirme isteği yok.",
         to=b, frm="Uyku Evi <destek@uykuevi.com.tr>",
         reply="Yıldız desenli nevresim kaç derecede yıkanmalı?",
         subject=f"Ynt: Yıldız desenli nevresim - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki yıldız desenli nevresim takımını 40
derecede, ters çevirerek yıkamanızı öneririz. Yıldızların baskısı bu sayede
uzun süre canlı kalır.

Çamaşır suyu kullanmayın ve kurutma makinesinde düşük ısı seçin.

İyi uykular,
Uyku Evi""")

    o, b = order("thanks-plus-info", "tr", "Elektrikli Su Isıtıcısı Çelik")
    case("tesekkur-ve-kullanim-bilgisi", "relay", [],
         "Teşekkürün yanında gerçek kullanım bilgisi var: yalnızca teşekkür mesajı değil.",
         to=b, frm="Mutfak Sepeti <destek@mutfaksepeti.com.tr>",
         subject=f"Su ısıtıcınızın ilk kullanımı - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişiniz için teşekkür ederiz.

Su ısıtıcısını ilk kullanımdan önce maksimum çizgisine kadar doldurup
kaynatın ve suyu dökün; bu işlemi iki kez tekrarlayın. Böylece yeni ürün
kokusu tamamen gider.

Kireçlenmeyi önlemek için ayda bir yarım limon suyu ekleyerek kaynatmanız
yeterlidir. Tabandaki filtre çıkarılıp musluk altında yıkanabilir.

Mutfak Sepeti""")

    o, b = order("sikke-gotur", "tr", "Osmanlı Sikke Replika Seti 12 Parça")
    case("sikke-seti-kurye-goturecek", "relay", [],
         "'Sikke' ürün adı, 'götürecek' olağan bir fiil: küfür değil; eksik parça için ücretsiz gönderim yanıtı.",
         to=b, frm="Koleksiyon Dünyası <destek@koleksiyondunyasi.com.tr>",
         reply="Sikke setinden bir parça eksik çıktı.",
         subject=f"Ynt: Eksik sikke - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki sikke setinden eksik çıkan parçayı
bugün ücretsiz olarak kargoya veriyoruz.

Kurye paketi yarın öğleden sonra adresinize götürecek. Sikkeleri
kutusundaki kadife yuvalarda saklarsanız kararmaları da önlenir.

Saygılarımızla,
Koleksiyon Dünyası""")

    o, b = order("default-lang", "", "Çelik Termos 750 ml")
    case("dil-bos-pazaryeri-varsayilani", "relay", [],
         "Siparişte alıcı dili boş: amazon.com.tr varsayılanı Türkçe; Türkçe bakım bilgisi uyuşmazlık değil.",
         to=b, frm="Termos Dükkanı <destek@termosdukkani.com.tr>",
         subject=f"Termosunuzun bakımı - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki çelik termosun kapağındaki conta
çıkarılabilir. Haftada bir çıkarıp ılık sabunlu suyla yıkamanız koku
oluşmasını engeller.

Termosu bulaşık makinesinde yıkamayın; dış boyası zarar görebilir.

Saygılarımızla,
Termos Dükkanı""")

    o, b = order("bilingual", "en", "Yoga Matı 6 mm Kaymaz")
    case("iki-dilli-ingilizce-alici", "relay", [],
         "İngilizce tercih eden alıcıya Türkçe ve İngilizce iki dilli mesaj: alıcının dilini içerdiği için uyuşmazlık yok.",
         to=b, frm="Yoga Evi <destek@yogaevi.com.tr>", lang="tr+en",
         subject=f"Yoga matınız / Your yoga mat - order {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki yoga matını ilk kullanımdan önce nemli
bir bezle silip bir gün havalandırmanızı öneririz.

Hello,

Before using the yoga mat from order {o} for the first time, please
wipe it with a damp cloth and let it air for a day. This removes the new
smell and makes the surface less slippery.

Yoga Evi""")

    o, b = order("amazon-link", "tr", "Masa Lambası LED Dokunmatik")
    case("amazon-iade-sayfasi-baglantisi", "relay", [],
         "Açıklayıcı metinli, Amazon'a giden https bağlantısı ile iade adımı anlatan yanıt.",
         to=b, frm="Işık Dünyası <destek@isikdunyasi.com.tr>",
         reply="Lambayı iade etmek istiyorum, nasıl yapabilirim?",
         subject=f"Ynt: Lamba iadesi - sipariş {o}",
         text=f"""Merhaba,

{o} numaralı siparişinizdeki lambanın iadesini Amazon'daki iade
merkezi üzerinden başlatabilirsiniz: https://www.amazon.com.tr/gp/css/returns/homepage.html

İade nedenini seçtikten sonra kargo etiketi otomatik olarak oluşturulur.

Saygılarımızla,
Işık Dünyası""",
         html=f"""<p>Merhaba,</p>
<p>{o} numaralı siparişinizdeki lambanın iadesini
<a href="https://www.amazon.com.tr/gp/css/returns/homepage.html">Amazon iade merkezi sayfası</a>
üzerinden başlatabilirsiniz.</p>
<p>İade nedenini seçtikten sonra kargo etiketi otomatik olarak oluşturulur.</p>
<p>Saygılarımızla,<br>Işık Dünyası</p>""")

    # ---- review.repeat: a first neutral request, then a second one for the same order ----
    o, b = order("repeat", "tr", "Şarj Edilebilir El Feneri")
    case("ilk-yorum-istegi", "relay", [],
         "Aynı sipariş için ilk (tarafsız) yorum isteği.",
         to=b, frm="Fener Market <destek@fenermarket.com.tr>", day=8,
         subject=f"El fenerinizle ilgili - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki el fenerini ilk kullanımdan önce
tam olarak şarj etmenizi öneririz (yaklaşık dört saat).

Ürünü denedikten sonra Amazon'da görüşlerinizi paylaşırsanız seviniriz.

Fener Market""")
    case("ikinci-yorum-hatirlatmasi", "reject", ["review.repeat"],
         "Aynı sipariş için ikinci yorum isteği: tekrarlanan istek.",
         to=b, frm="Fener Market <destek@fenermarket.com.tr>", day=13, after=("ilk-yorum-istegi",),
         subject=f"Hatırlatma: el feneri yorumunuz - sipariş {o}", text=f"""Merhaba,

Birkaç gün önce {o} numaralı siparişiniz için size yazmıştık.
Henüz fırsatınız olmadıysa, el feneri hakkındaki yorumunuzu Amazon'da
paylaşmanızı rica ederiz.

Fener Market""")

    # ----------------------------------------------------------------------------------------
    # Violations: reviews
    # ----------------------------------------------------------------------------------------
    o, b = order("coupon-5star", "tr", "Saç Kurutma Makinesi İyonik")
    case("bes-yildiz-icin-indirim-kodu", "reject", ["review.incentive"],
         "5 yıldızlı yorum karşılığında indirim kodu: teşvikli yorum isteği.",
         to=b, frm="Güzellik Deposu <destek@guzellikdeposu.com.tr>", tolerated=("type.marketing",),
         subject=f"Saç kurutma makineniz - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki saç kurutma makinesini kullanırken
soğuk hava düğmesini son birkaç saniye basılı tutarsanız fönünüz daha uzun
süre kalıcı olur.

Amazon'a 5 yıldızlı bir yorum bırakırsanız, bir sonraki alışverişinizde
geçerli %20 indirim kodunu hemen size gönderiyoruz.

Güzellik Deposu""")

    o, b = order("giftcard-sen", "tr", "Oyuncu Mouse RGB")
    case("yorum-yazana-hediye-ceki", "reject", ["review.incentive"],
         "Sen hitabıyla: yorum yazana 50 TL hediye çeki. Ödüllü yorum isteği.",
         to=b, frm="Oyun Ekipmanları <destek@oyunekipmanlari.com.tr>", tolerated=("type.marketing",),
         subject=f"Yeni mouse'un - sipariş {o}", text=f"""Selam,

{o} numaralı siparişindeki mouse'un yazılımını üreticinin
sayfasından indirip DPI ayarlarını kendine göre yapabilirsin.

Bu arada, Amazon'da ürün hakkında yorum yazarsan sana teşekkür olarak
50 TL değerinde bir hediye çeki göndereceğiz. Yorumunun ekran görüntüsünü
bu mesaja yanıt olarak atman yeterli.

Oyun Ekipmanları""")

    o, b = order("refund-review", "tr", "Ortopedik Yastık Visco")
    case("degerlendirme-sonrasi-kismi-iade", "reject", ["review.incentive"],
         "Değerlendirme yapıldıktan sonra ürün bedelinin bir kısmını iade sözü: teşvik.",
         to=b, frm="Uyku Sağlığı <musteri@uykusagligi.com.tr>",
         subject=f"Yastığınız hakkında - sipariş {o}", text=f"""Sayın Müşterimiz,

{o} numaralı siparişinizdeki visco yastık, vücut ısısıyla
şekil alır; ilk birkaç gece alışma süreci normaldir.

Amazon'da ürünü değerlendirdikten sonra bize haber verirseniz, ürün
bedelinin %30'unu teşekkürümüz olarak hesabınıza iade edeceğiz.

Saygılarımızla,
Uyku Sağlığı""")

    o, b = order("steer-5star", "tr", "Çay Makinesi Otomatik")
    case("bes-yildiz-bekliyoruz", "reject", ["review.incentive"],
         "Ödül yok ama alıcıyı açıkça beş yıldıza yönlendiriyor: olumlu yoruma ikna.",
         to=b, frm="Çaycı Market <destek@caycimarket.com.tr>",
         subject=f"Çay makineniz - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki çay makinesinde demleme süresini
ayar düğmesiyle 8 ile 15 dakika arasında seçebilirsiniz.

Küçük bir aile işletmesiyiz ve her yorum bizim için çok önemli. Bize beş
yıldız verirseniz çok mutlu oluruz; lütfen değerlendirmenizi beş yıldızlı
yapmayı unutmayın.

Çaycı Market""")

    o, b = order("gating-siz", "tr", "Blender Seti 1000 W")
    case("memnunsaniz-yorum-degilseniz-bize", "reject", ["review.conditional"],
         "Memnunsanız yorum yazın, değilseniz önce bize ulaşın: yorum ayıklama (gating).",
         to=b, frm="Mutfak Pratik <destek@mutfakpratik.com.tr>", tolerated=("review.incentive",),
         subject=f"Blender setiniz - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki blenderın bıçak ünitesini her
kullanımdan sonra ılık suyla durulayıp kurumaya bırakın.

Üründen memnun kaldıysanız lütfen Amazon'da bir yorum bırakın. Memnun
kalmadıysanız, yorum yazmadan önce bize ulaşın; sorunu birlikte çözelim.

Mutfak Pratik""")

    o, b = order("gating-ascii", "tr", "Telefon Kilifi Silikon")
    case("ascii-begendiysen-yorum-yap", "reject", ["review.conditional"],
         "Türkçe harfsiz, sen hitabı: beğendiysen yorum yap, sorun varsa önce bize yaz.",
         to=b, frm="Kilif Center <destek@kilifcenter.com.tr>", tolerated=("review.incentive",),
         subject=f"Kilifin hakkinda - siparis {o}", text=f"""Merhaba,

{o} numarali siparisindeki silikon kilifi ilk takarken kamera
kismindan baslarsan daha kolay oturur.

Urunu begendiysen Amazon'da yorum yapar misin? Bir sorun varsa yorum
yazmadan once bize yaz, hemen ilgilenelim.

Kilif Center""")

    o, b = order("remove-review", "tr", "Tost Makinesi Granit")
    case("olumsuz-yorumu-kaldirin", "reject", ["review.removal-request"],
         "Sorun çözüldükten sonra olumsuz yorumun kaldırılmasını rica ediyor.",
         to=b, frm="Ev Aletleri Merkezi <destek@evaletlerimerkezi.com.tr>",
         reply="Tost makinesi ısınmıyor, yorumumda da yazdım.",
         subject=f"Ynt: Tost makinesi - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki tost makinesi için yeni bir ürünü
bugün kargoya verdik; eskisini kurye kapınızdan alacak.

Sorun çözüldüğüne göre, Amazon'a yazdığınız olumsuz yorumu kaldırmanızı
rica ediyoruz.

Saygılarımızla,
Ev Aletleri Merkezi""")

    o, b = order("update-rating", "tr", "Kablosuz Şarj Standı")
    case("puaninizi-gunceller-misiniz", "reject", ["review.removal-request"],
         "Değişim sonrası verilen puanın güncellenmesini istiyor.",
         to=b, frm="Şarj Dünyası <destek@sarjdunyasi.com.tr>",
         reply="Şarj standı telefonu şarj etmiyor. Bu yüzden 1 yıldız verdim.",
         subject=f"Ynt: Şarj standı - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki şarj standı için değişim ürünü
yola çıktı. Yeni standda sorun yaşamayacağınızdan eminiz.

Yeni ürün elinize ulaştığında, verdiğiniz 1 yıldızlık puanı güncelleyebilir
misiniz? Değerlendirmenizi yeniden gözden geçirmeniz bizim için çok önemli.

Şarj Dünyası""")

    o, b = order("change-review-sen", "tr", "Spor Ayakkabı Koşu")
    case("yorumunu-degistirir-misin", "reject", ["review.removal-request"],
         "Sen hitabıyla: yazdığın yorumu değiştirir misin. Mevcut yorumun değiştirilmesi isteği.",
         to=b, frm="Koşu Mağazası <destek@kosumagazasi.com.tr>",
         reply="Ayakkabı küçük geldi, yorumda da belirttim.",
         subject=f"Ynt: Ayakkabı numarası - sipariş {o}", text=f"""Selam,

{o} numaralı siparişindeki ayakkabının bir büyük numarasını bugün
gönderdik, küçük gelen çifti aynı kutuyla geri yollayabilirsin.

Numara sorunu çözüldüğüne göre, Amazon'da yazdığın yorumu değiştirir misin?
Çok seviniriz.

Koşu Mağazası""")

    # ----------------------------------------------------------------------------------------
    # Violations: marketing
    # ----------------------------------------------------------------------------------------
    o, b = order("discount-next", "tr", "Bitki Çayı Karışımı 250 g")
    case("sonraki-siparise-indirim-kodu", "quarantine", ["type.marketing"],
         "Bir sonraki siparişte geçerli indirim kodu: promosyon.",
         to=b, frm="Doğal Çaylar <destek@dogalcaylar.com.tr>",
         subject=f"Bitki çayınız - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki bitki çayını 90 derecedeki suda beş
dakika demlemenizi öneririz.

Bir sonraki siparişinizde CAY15 kodunu kullanarak tüm ürünlerimizde %15
indirimden yararlanabilirsiniz. Kampanya ay sonuna kadar geçerlidir.

Doğal Çaylar""")

    o, b = order("social", "tr", "El Yapımı Zeytinyağlı Sabun 6'lı")
    case("bizi-instagramda-takip-edin", "quarantine", ["type.marketing"],
         "Sosyal medyada takip isteği: pazarlama.",
         to=b, frm="Sabun Atölyesi <destek@sabunatolyesi.com.tr>",
         subject=f"Sabunlarınız yolda - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki sabunları kuru bir sabunlukta
saklarsanız çok daha uzun süre dayanır.

Yeni ürünlerimizden ve kampanyalarımızdan haberdar olmak için bizi
Instagram ve Facebook'ta takip edin: sabunatolyesi_resmi

Sabun Atölyesi""")

    o, b = order("cross-sell", "tr", "Köpek Tasması Deri")
    case("diger-urunlerimize-goz-atin", "quarantine", ["type.marketing"],
         "Başka ürünlerin tanıtımı (çapraz satış).",
         to=b, frm="Pati Dükkanı <destek@patidukkani.com.tr>",
         subject=f"Tasmanız hakkında - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki deri tasmayı ara sıra deri bakım
kremiyle silerseniz çatlamaz.

Tasmayla uyumlu yeni deri gezdirme kayışımız ve mama kabı setimiz de
mağazamızda satışa çıktı. Amazon mağazamızdaki diğer ürünlerimize de göz
atmayı unutmayın, kaçırılmayacak fiyatlar sizi bekliyor!

Pati Dükkanı""")

    o, b = order("newsletter-sen", "tr", "Kahve Çekirdeği Kolombiya 1 kg")
    case("bultenimize-abone-ol", "quarantine", ["type.marketing"],
         "Sen hitabıyla bülten aboneliği ve kampanya duyurusu.",
         to=b, frm="Kavurma Evi <merhaba@kavurmaevi.com.tr>",
         subject=f"Kahven yolda - sipariş {o}", text=f"""Selam,

{o} numaralı siparişindeki kahve çekirdeklerini ağzı kapalı, ışık
almayan bir kapta saklarsan aroması daha uzun süre korunur.

Bültenimize abone ol, yeni kavrumlardan ve özel kampanyalardan ilk sen
haberdar ol! Abone olanlara her ay sürpriz fırsatlar gönderiyoruz.

Kavurma Evi""")

    # ----------------------------------------------------------------------------------------
    # Violations: opt-out
    # ----------------------------------------------------------------------------------------
    o, b = order("optout-iptal", "tr", "Duvar Saati Sessiz Mekanizma")
    case("iptal-yazarak-yanitlayin", "reject", ["link.opt-out"],
         "'Bu mesajları almak istemiyorsanız IPTAL yazarak yanıtlayın': mesajlaşmadan çıkma metni.",
         to=b, frm="Saat Evi <bilgi@saatevi.com.tr>",
         subject=f"Duvar saatiniz - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki duvar saatinin pilini takarken
yelkovanı elle çevirmeyin; ayar düğmesini kullanın.

Bu tür mesajları almak istemiyorsanız, bu e-postayı IPTAL yazarak
yanıtlayın.

Saat Evi""")

    o, b = order("optout-sen", "tr", "Bebek Battaniyesi Organik")
    case("abonelikten-cik-dur-yaz", "reject", ["link.opt-out"],
         "Sen hitabıyla: bizden mesaj almak istemiyorsan DUR yazıp yanıtla; abonelikten çıkma metni.",
         to=b, frm="Minik Adımlar <destek@minikadimlar.com.tr>",
         subject=f"Bebek battaniyen - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişindeki organik battaniyeyi ilk kullanımdan önce
30 derecede, yumuşatıcı kullanmadan yıkamanı öneririz.

Bizden artık mesaj almak istemezsen abonelikten çıkmak için bu mesaja DUR
yazıp yanıt vermen yeterli.

Minik Adımlar""")

    # ----------------------------------------------------------------------------------------
    # Violations: phone numbers and e-mail addresses
    # ----------------------------------------------------------------------------------------
    o, b = order("phone-mobile", "tr", "Halı Yıkama Makinesi")
    case("cep-telefonundan-arayin", "reject", ["content.phone-number"],
         "Satıcının kendi cep numarası 0 (532) ... biçiminde, 'arayın' ile: izin verilmeyen telefon numarası.",
         to=b, frm="Temizlik Market <destek@temizlikmarket.com.tr>",
         subject=f"Halı yıkama makineniz - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki halı yıkama makinesinin deterjan
haznesine yalnızca köpüğü az deterjan koyun.

Kullanımla ilgili aklınıza takılan her şey için bizi 0 (532) 123 45 67
numarasından arayabilirsiniz.

Temizlik Market""")

    o, b = order("phone-landline", "tr", "Ofis Koltuğu Ergonomik")
    case("sabit-hat-whatsapp", "reject", ["content.phone-number"],
         "+90 212 ... biçiminde satıcının kendi destek/WhatsApp hattı.",
         to=b, frm="Ofis Mobilya <destek@ofismobilya.com.tr>",
         subject=f"Koltuğunuzun kurulumu - sipariş {o}", text=f"""Sayın Müşterimiz,

{o} numaralı siparişinizdeki ergonomik koltuğun amortisörünü
takarken oturağı sertçe bastırmanız yeterlidir.

Kurulumda yardıma ihtiyaç duyarsanız destek ekibimize +90 212 123 45 67
numaralı WhatsApp hattımızdan ulaşabilirsiniz.

Ofis Mobilya""")

    o, b = order("phone-444", "tr", "Klima Uzaktan Kumandası Universal")
    case("musteri-hizmetlerimiz-444", "reject", ["content.phone-number"],
         "Satıcının genel 444 müşteri hizmetleri hattı: garanti/kargo/üretici hattı değil.",
         to=b, frm="Kumanda Dünyası <destek@kumandadunyasi.com.tr>",
         subject=f"Kumandanızın kodları - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki universal kumandayı klimanıza
tanıtmak için kutudaki kod listesinden markanızı bulun ve SET tuşuna üç
saniye basılı tutun.

Müşteri hizmetlerimiz: 444 5 678

Kumanda Dünyası""")

    o, b = order("phone-sen", "tr", "Akvaryum Filtresi 600 L/s")
    case("ascii-numaradan-ulasabilirsin", "reject", ["content.phone-number"],
         "Türkçe harfsiz, sen hitabı: satıcının cep numarası 0532 123 4567.",
         to=b, frm="Akvaryum Sepeti <destek@akvaryumsepeti.com.tr>",
         subject=f"Filtren hakkinda - siparis {o}", text=f"""Selam,

{o} numarali siparisindeki filtreyi akvaryuma yerlestirmeden once
suyla doldurursan motor kuru calismaz.

Bir sorun olursa 0532 123 4567 numarasindan bana direkt ulasabilirsin,
aksam da arayabilirsin.

Akvaryum Sepeti""")

    o, b = order("email-spelled", "tr", "Dikiş Makinesi Elektronik")
    case("et-isareti-nokta-eposta", "reject", ["content.email-address"],
         "E-posta adresi 'et işareti' ve 'nokta' ile yazılmış.",
         to=b, frm="Dikiş Dünyası <bilgi@dikisdunyasi.com.tr>",
         subject=f"Dikiş makineniz - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki dikiş makinesinin mekiğini
yağlamak için kutudaki yağ şişesini kullanın, ayda bir iki damla yeterli.

Dikiş desenleri kataloğumuzu isterseniz bize doğrudan yazın:
destek et işareti dikisdunyasi nokta com nokta tr

Dikiş Dünyası""")

    o, b = order("email-plain", "tr", "Kamera Tripodu Alüminyum")
    case("eposta-adresimize-yazin", "reject", ["content.email-address"],
         "Gövdede düz bir e-posta adresi.",
         to=b, frm="Foto Market <siparis@fotomarket.com.tr>",
         reply="Tripodun telefon tutucusu da kutudan çıkmadı.",
         subject=f"Ynt: Telefon tutucu - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki tripodun telefon tutucusu ayrı
paketlenmiş olabilir; kutunun alt kapağındaki karton bölmeye bakar mısınız?

Orada da yoksa bir fotoğrafını yardim@fotomarket.com.tr adresine
gönderin, eksik parçayı hemen yollayalım.

Foto Market""")

    # ----------------------------------------------------------------------------------------
    # Violations: links
    # ----------------------------------------------------------------------------------------
    o, b = order("http-link", "tr", "Akıllı Priz Wi-Fi")
    case("http-kurulum-baglantisi", "reject", ["link.insecure"],
         "Kurulum kılavuzu için güvensiz http bağlantısı.",
         to=b, frm="Akıllı Ev <destek@akilliev.com.tr>",
         subject=f"Akıllı prizinizin kurulumu - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki akıllı prizi uygulamaya eklerken
telefonunuzun 2,4 GHz ağa bağlı olduğundan emin olun.

Adım adım kurulum kılavuzu: http://www.akilliev.com.tr/kurulum/priz

Akıllı Ev""")

    o, b = order("external-link", "tr", "Diş Fırçası Elektrikli Şarjlı")
    case("magaza-sitesine-baglanti", "reject", ["link.external"],
         "Satıcının kendi web sitesine https bağlantısı: Amazon dışı, sipariş için gerekli değil.",
         to=b, frm="Ağız Bakım <destek@agizbakim.com.tr>",
         subject=f"Diş fırçanız - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki diş fırçasının başlığını üç ayda bir
değiştirmenizi öneririz.

Fırçalama teknikleri hakkındaki yazılarımızı web sitemizde
bulabilirsiniz: https://www.agizbakim.com.tr/blog

Ağız Bakım""")

    o, b = order("click-here", "tr", "Elektrikli Scooter 350 W")
    case("buraya-tiklayin-baglanti-metni", "reject", ["style.link-text"],
         "Amazon'a giden ama metni yalnızca 'buraya tıklayın' olan bağlantı: açıklayıcı olmayan bağlantı metni.",
         to=b, frm="Scooter Merkezi <destek@scootermerkezi.com.tr>",
         reply="Scooterın garanti belgesi kutudan çıkmadı.",
         subject=f"Ynt: Garanti belgesi - sipariş {o}",
         text=f"""Merhaba,

{o} numaralı siparişinizdeki scooterın garanti belgesi Amazon'daki
ürün sayfasında PDF olarak bulunuyor: https://www.amazon.com.tr/dp/B0C7K2LM9X

Scooter Merkezi""",
         html=f"""<p>Merhaba,</p>
<p>{o} numaralı siparişinizdeki scooterın garanti belgesi Amazon'daki ürün sayfasında
PDF olarak bulunuyor. Belgeye ulaşmak için
<a href="https://www.amazon.com.tr/dp/B0C7K2LM9X">buraya tıklayın</a>.</p>
<p>Scooter Merkezi</p>""")

    # ----------------------------------------------------------------------------------------
    # Violations: sensitive content
    # ----------------------------------------------------------------------------------------
    o, b = order("insult", "tr", "Cam Vazo El Yapımı")
    case("gerizekali-kurye-serefsizler", "quarantine", ["content.sensitive"],
         "Kargo çalışanları için hakaret içeren sözler ('gerizekalı', 'şerefsiz'): saldırgan dil.",
         to=b, frm="Cam Sanat <destek@camsanat.com.tr>",
         reply="Vazo kırık geldi, kutu ezikti.",
         subject=f"Ynt: Kırık vazo - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki vazo için çok üzgünüz. O gerizekalı
kurye paketi yine fırlatmış belli ki; bu şerefsizlerle çalışmayı bırakacağız.

Yeni vazoyu bugün çift kat balonlu naylonla paketleyip gönderiyoruz;
kırık olanı geri göndermenize gerek yok.

Cam Sanat""")

    o, b = order("swear-sen", "tr", "Bisiklet Kaskı Yetişkin")
    case("siktir-et-kargoyu", "quarantine", ["content.sensitive"],
         "Sen hitabıyla argo ve küfür ('siktir et', 'lanet olası'): saldırgan dil.",
         to=b, frm="Pedal Sporları <destek@pedalsporlari.com.tr>",
         reply="Kask hâlâ gelmedi, kargo firması bir şey söylemiyor.",
         subject=f"Ynt: Kask gelmedi - sipariş {o}", text=f"""Selam,

Siktir et o lanet olası kargoyu, {o} numaralı siparişindeki kaskı
bugün başka bir firmayla yeniden gönderiyorum. Perşembe günü elinde olur.

İlk paket sonradan gelirse onu reddetmen yeterli.

Pedal Sporları""")

    # ----------------------------------------------------------------------------------------
    # Violations: order problems and returns
    # ----------------------------------------------------------------------------------------
    o, b = order("oos-cancel", "tr", "Akıllı Tartı Bluetooth", **OOS)
    case("stok-yok-iptal-talebi-olusturun", "reject",
         ["order-problem.cancellation-request", "order-problem.no-adjustment"],
         "Stok yok; alıcıdan iptal talebi oluşturması isteniyor ve tutarın düzeltildiği söylenmiyor.",
         to=b, frm="Sağlık Ürünleri <siparis@saglikurunleri.com.tr>",
         subject=f"Siparişiniz hakkında - sipariş {o}", text=f"""Merhaba,

Maalesef {o} numaralı siparişinizdeki akıllı tartı stoklarımızda
kalmadı ve yakın zamanda gelmesi beklenmiyor.

Lütfen Amazon hesabınızdan siparişiniz için bir iptal talebi oluşturun;
talep bize ulaştığında işlemi hemen onaylayacağız.

Anlayışınız için teşekkürler,
Sağlık Ürünleri""")

    o, b = order("oos-no-adjust", "tr", "Bambu Kesme Tahtası 3'lü", **OOS)
    case("stok-tukendi-duzeltme-yok", "quarantine", ["order-problem.no-adjustment"],
         "Ürün gönderilemiyor ama tutarın düzeltildiği ya da iade edildiği söylenmiyor.",
         to=b, frm="Mutfak Atölyesi <siparis@mutfakatolyesi.com.tr>",
         subject=f"Siparişinizle ilgili bilgilendirme - sipariş {o}", text=f"""Merhaba,

Üzgünüz, {o} numaralı siparişinizdeki bambu kesme tahtası seti
tükendiği için siparişinizi gönderemiyoruz.

Tedarikçimizden yeni ürün gelmesi en az bir ay sürecek.

Anlayışınız için teşekkür ederiz.
Mutfak Atölyesi""")

    o, b = order("return-unnecessary", "tr", "Kadın Yağmurluk M Beden")
    case("iade-onaylandi-bilgi-yok", "quarantine", ["return.unnecessary"],
         "İadeyle ilgili mesaj bilgi istemiyor ve kısmi iade teklif etmiyor; yalnızca onay bildiriyor.",
         to=b, frm="Yağmur Giyim <iade@yagmurgiyim.com.tr>",
         subject=f"İade talebiniz - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki yağmurluk için iade talebinizi
gördük ve onayladık.

Ürün depomuza ulaştığında para iadeniz her zamanki gibi yapılacaktır.
İade kargo etiketiniz Amazon hesabınızda yer almaktadır.

Saygılarımızla,
Yağmur Giyim""")

    # ----------------------------------------------------------------------------------------
    # Violations: message types
    # ----------------------------------------------------------------------------------------
    o, b = order("order-confirm", "tr", "Çocuk Oyun Halısı 150x200", **PENDING)
    case("siparisiniz-alindi-hazirlaniyor", "quarantine", ["type.order-confirmation"],
         "Yalnızca siparişin alındığını ve hazırlandığını bildiren proaktif mesaj: sipariş onayı.",
         to=b, frm="Oyun Dünyası <siparis@oyundunyasi.com.tr>",
         subject=f"Siparişiniz alındı - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişiniz başarıyla alındı ve hazırlanmaya
başlandı.

Siparişiniz en kısa sürede kargoya verilecek ve kargo takip numaranız
Amazon üzerinden size iletilecektir.

Oyun Dünyası""")

    o, b = order("ship-confirm-ascii", "tr", "Termal Iclik Takimi Erkek")
    case("ascii-kargoya-verildi", "quarantine", ["type.order-confirmation"],
         "Türkçe harfsiz kargo bildirimi ve takip numarası: gönderim onayı.",
         to=b, frm="Kislik Giyim <siparis@kislikgiyim.com.tr>",
         subject=f"Siparisiniz kargoda - siparis {o}", text=f"""Merhaba,

{o} numarali siparisiniz bugun MNG Kargo ile yola cikti.
Kargo takip numaraniz: 7812345690.

Tahmini teslim tarihi 2-3 is gunudur.

Kislik Giyim""")

    o, b = order("thanks-only", "tr", "Defter Seti A5 Çizgili")
    case("sadece-tesekkur", "quarantine", ["type.thank-you-only"],
         "Yalnızca teşekkür ve 'her zaman yardıma hazırız': başka içerik yok.",
         to=b, frm="Kırtasiye Evi <destek@kirtasiyeevi.com.tr>",
         subject=f"Teşekkürler! - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişiniz için çok teşekkür ederiz. Bizi tercih
ettiğiniz için mutluyuz.

Herhangi bir sorunuz olursa size yardımcı olmaktan memnuniyet duyarız.

Sevgiler,
Kırtasiye Evi""")

    # ----------------------------------------------------------------------------------------
    # Violations: language
    # ----------------------------------------------------------------------------------------
    o, b = order("en-to-tr", "tr", "Kitap Okuma Lambası Şarjlı", **PENDING)
    case("ingilizce-mesaj-turk-aliciya", "quarantine", ["language.mismatch"],
         "Dili Türkçe olan alıcıya İngilizce gecikme mesajı.",
         to=b, frm="Reading Light Co <support@readinglight.co>", lang="en",
         subject=f"Delay with your order {o}", text=f"""Hello,

Your reading lamp from order {o} will leave our warehouse two days later
than planned, because the carrier did not collect our parcels on Friday.

We now expect it to ship on 16 June and to arrive within three working days.
We apologise for the delay.

Kind regards,
Reading Light Co""")

    o, b = order("tr-to-en", "en", "Çelik Tencere Seti 7 Parça")
    case("turkce-mesaj-ingilizce-aliciya", "quarantine", ["language.mismatch"],
         "Tercih dili İngilizce olan alıcıya yalnızca Türkçe mesaj.",
         to=b, frm="Tencere Dünyası <destek@tenceredunyasi.com.tr>",
         subject=f"Tencere setiniz - sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişinizdeki çelik tencereleri ilk kullanımdan
önce sirkeli suyla kaynatmanızı öneririz; lekelenmeyi önler.

Tencereleri yüksek ateşte boş bırakmayın ve bulaşık makinesinde yıkarken
tabanlarını aşağı bakacak şekilde yerleştirin.

Saygılarımızla,
Tencere Dünyası""")

    o, b = order("de-to-default-tr", "", "Kaffeemühle Elektrisch")
    case("almanca-mesaj-varsayilan-turkce", "quarantine", ["language.mismatch"],
         "Alıcı dili boş, amazon.com.tr varsayılanı Türkçe; mesaj Almanca.",
         to=b, frm="Kaffee Technik <service@kaffee-technik.de>", lang="de",
         subject=f"Ihre Kaffeemühle - Bestellung {o}", text=f"""Guten Tag,

bitte reinigen Sie das Mahlwerk Ihrer Kaffeemühle aus der Bestellung {o}
einmal im Monat mit dem beiliegenden Pinsel.

Stellen Sie den Mahlgrad nur bei laufendem Motor um, damit sich keine
Bohnen im Mahlwerk verklemmen.

Mit freundlichen Grüßen
Kaffee Technik""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_tr,))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="corpus_tr"), verify,
                         after_must_precede=True)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
