"""Round talkja: the small-talk reading of type.thank-you-only in Japanese, Swedish and Polish.

With `small_talk = true` in ja, sv and pl, a thank-you whose other sentences are all chatter (weather, the
harvest, the shop cat, a festival, the family, the mission, how it is made, a wish) only says thank you. A
thank-you with one real content sentence (a care or use instruction, a product fact, a delivery or part detail,
a question to the buyer, a warranty detail, a measure) must pass: a blocked compliant message costs a sale.
Made-up wordings, different from tests/corpus_eightythird.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

RULE = "type.thank-you-only"

COMPLIANT = [
    # ja: instruction, product fact, delivery detail, question, warranty, part, measure, storage, chatty + one line
    ("co.jp", f"お客様\n\nご注文({OID})ありがとうございます。\n鉄瓶は使用後、余熱で内側をしっかり乾かしてください。\n\n鋳物の店 くろがね"),
    ("co.jp", f"お客様\n\nこのたびはお買い上げありがとうございます({OID})。\n麻のシャツは洗うほどに柔らかくなります。\n\n麻屋 そよぎ"),
    ("co.jp", f"お客様\n\nご注文番号 {OID} ありがとうございます。\nクッションカバーは本体とは別便でお届けいたします。\n\nインテリア ゆらぎ"),
    ("co.jp", f"お客様\n\nご注文({OID})誠にありがとうございます。\n刻印の書体は明朝体とゴシック体のどちらになさいますか。\n\n判子工房 いろは"),
    ("co.jp", f"お客様\n\nご購入ありがとうございました({OID})。\nこちらの電気毛布にはメーカーの2年保証が付いております。\n\n寝具の森"),
    ("co.jp", f"お客様\n\nご注文({OID})ありがとうございます。\n予備のネジ2本を説明書の袋に入れております。\n\n家具の木の実"),
    ("co.jp", f"お客様\n\nこのたびはありがとうございます(ご注文 {OID})。\n開封後は冷暗所で保管し、一か月以内にお使いください。\n\n油の店 ごま屋"),
    ("co.jp", f"お客様\n\nご注文({OID})ありがとうございます。\n梅雨明けが待ち遠しい毎日です。\n開封後はお早めにお召し上がりいただくと、風味が長持ちします。\n"
              f"今年も畑の梅がたくさん実りました。\n\n梅農家 まるうめ"),
    # sv
    ("se", f"Hej!\n\nTack för din beställning {OID}. Olja in skärbrädan med matolja någon gång i månaden.\n\nTräkojan"),
    ("se", f"Hej,\n\ntack för ordern {OID}! Linnet blir mjukare för varje tvätt.\n\nHälsningar\nLinverket"),
    ("se", f"Hej!\n\nTack för ditt köp ({OID}). Lampskärmen kommer i ett eget paket från vårt andra lager.\n\nLjuskällan"),
    ("se", f"Hej,\n\ntack för beställningen {OID}! Vilken färg vill du ha på snöret till namnskylten?\n\nSkyltmakarna"),
    ("se", f"Hej!\n\nTack för ditt köp, order {OID}. Garantin på vattenkokaren gäller i två år.\n\nKöksmagasinet"),
    ("se", f"Hej,\n\ntack för din order {OID}. Två extra skruvar ligger i påsen med bruksanvisningen.\n\nMöbelmakarna"),
    ("se", f"Hej!\n\nTack för din beställning {OID}. Powerbanken laddas fullt på ungefär fyra timmar.\n\nLaddhörnan"),
    ("se", f"Hej!\n\nTack för ditt köp ({OID}). Här på gården har äppelträden precis blommat.\n"
           f"Förvara saften i kylen efter öppning.\nVi önskar dig en skön sommar!\n\nMustgården"),
    # pl
    ("pl", f"Dzień dobry,\n\ndziękujemy za zamówienie {OID}. Patelni nie należy myć w zmywarce.\n\nKuźnia Smaku"),
    ("pl", f"Dzień dobry,\n\ndziękujemy za zakup ({OID})! Skóra z czasem nabierze ciemniejszego odcienia.\n\nRymarnia Stara"),
    ("pl", f"Dzień dobry,\n\ndziękujemy za zamówienie {OID}. Klosz dotrze w osobnej paczce z drugiego magazynu.\n\nLampy Lux"),
    ("pl", f"Dzień dobry,\n\ndziękujemy za zamówienie {OID}! Jakie imię mamy wygrawerować na breloku?\n\nGrawernia"),
    ("pl", f"Dzień dobry,\n\ndziękujemy za zakupy ({OID}). Czajnik ma 2 lata gwarancji producenta.\n\nAGD Sklep"),
    ("pl", f"Dzień dobry,\n\ndziękujemy za zamówienie {OID}. W kartonie są dwie zapasowe nóżki do stolika.\n\nMeble Las"),
    ("pl", f"Dzień dobry,\n\ndziękujemy za zakup ({OID}). Warto przetrzeć deskę olejem raz w miesiącu.\n\nDrewniaki"),
    ("pl", f"Dzień dobry,\n\ndziękujemy za zamówienie {OID}! U nas w sadzie trwa właśnie zbiór wiśni.\n"
           f"Otwarty słoik konfitury przechowuj w lodówce.\nPozdrawiamy całą rodziną!\n\nSad Wiśniowy"),
    # where to collect it, what it needs, when it leaves (classes found by the unit tests of earlier rounds)
    ("co.jp", f"お客様\n\nご注文({OID})ありがとうございます。\nお荷物は最寄りの営業所でお受け取りいただけます。\n\n茶舗 あおば"),
    ("se", f"Hej!\n\nTack för din order {OID}. Taklampan kräver en GU10-lampa som inte ingår.\n\nBelysningsbutiken"),
    ("se", f"Hej,\n\ntack för din beställning {OID}! Tavlan skickar vi på torsdag när ramen har torkat.\n\nRamverkstaden"),
    ("pl", f"Dzień dobry,\n\ndziękujemy za zamówienie {OID}. Kinkiet wymaga żarówki E27, której nie ma w komplecie.\n\nOświetlenie Dom"),
    ("pl", f"Dzień dobry,\n\ndziękujemy za zamówienie {OID}! Obraz wyślę jutro, gdy werniks całkiem wyschnie.\n\nPracownia Akwarela"),
    # measures in other units, a modal before a passive, a colour that may differ, advice, what can be removed
    ("se", f"Hej!\n\nTack för ditt köp ({OID}). Karaffen rymmer 75 cl.\n\nGlasbruket"),
    ("se", f"Hej,\n\ntack för din order {OID}. Löparen är 3 meter lång.\n\nVävkammaren"),
    ("se", f"Hej!\n\nTack för beställningen {OID}. Skålarna kan diskas i maskin.\n\nKeramikhuset"),
    ("se", f"Hej!\n\nTack för ditt köp ({OID}). Nyansen kan skilja sig något från fotot.\n\nGarnboden"),
    ("pl", f"Dzień dobry,\n\ndziękujemy za zamówienie {OID}. Cebulki najlepiej posadzić we wrześniu.\n\nOgród Róż"),
    ("pl", f"Dzień dobry,\n\ndziękujemy za zakup ({OID}). Chodnik ma 4 metry długości.\n\nDywany Len"),
    ("co.jp", f"お客様\n\nご注文({OID})ありがとうございます。\n米袋は1袋あたり約5キロです。\n\n米屋 たわら"),
    ("co.jp", f"お客様\n\nご注文({OID})ありがとうございます。\nお弁当箱の仕切りは取り外して洗えます。\n\n曲げわっぱ 杉"),
]

VIOLATIONS = [
    # ja: weather + wish, shop cat, mission + how made, festival, bare offer of help
    ("co.jp", f"お客様\n\nご注文({OID})ありがとうございます。\n朝晩はまだ肌寒い日もございますが、どうぞ素敵な毎日をお過ごしください。\n\n紙の店 やまぶき"),
    ("co.jp", f"お客様\n\nこのたびはご注文({OID})ありがとうございました。\n店番の三毛猫「みかん」は、今日も窓辺で日向ぼっこをしています。\n\n雑貨店 ねこの手"),
    ("co.jp", f"お客様\n\nご注文番号 {OID} ありがとうございます。\n私たちは素材の良さを生かすものづくりを大切にしています。\n"
              f"ひとつひとつ職人が丁寧に仕上げております。\n\n竹細工 しなやか"),
    ("co.jp", f"お客様\n\nご注文({OID})ありがとうございます。\n先日、工房の前で秋祭りのお神輿を見送りました。\n\n藍染め工房 はなだ"),
    ("co.jp", f"お客様\n\nご注文({OID})ありがとうございます。\nご不明な点がございましたら、お気軽にお問い合わせください。\n\n文具店 つばめ"),
    # sv
    ("se", f"Hej!\n\nTack för din beställning {OID}. Här i Skåne regnar det äntligen efter flera torra veckor.\n\nGårdsbutiken"),
    ("se", f"Hej,\n\ntack för din order {OID}! Vår hund Bamse hälsar från butiksdisken.\n\nKeramikboden"),
    ("se", f"Hej!\n\nTack för ditt köp ({OID}). Vi har drejat keramik i vår lilla verkstad sedan 1987.\n"
           f"Hållbarhet och hantverk är det vi tror på.\n\nLerverket"),
    ("se", f"Hej,\n\ntack för din beställning {OID}. Om du undrar över något finns vi här för dig.\n\nNordväven"),
    # pl
    ("pl", f"Dzień dobry,\n\ndziękujemy za zamówienie {OID}. U nas od rana leje deszcz, ale humory dopisują.\n\nZiołowy Zakątek"),
    ("pl", f"Dzień dobry,\n\ndziękujemy za zakup ({OID})! Nasz kot Filemon codziennie sprawdza każdy karton.\n\nPapiernia"),
    ("pl", f"Dzień dobry,\n\ndziękujemy za zamówienie {OID}. Nasza rodzinna pracownia działa od trzech pokoleń.\n"
           f"Wierzymy w uczciwe rzemiosło.\n\nTkalnia Len"),
    ("pl", f"Dzień dobry,\n\ndziękujemy za zamówienie {OID}. W razie pytań jesteśmy do Państwa dyspozycji.\n\nSklep Kwiatek"),
]


@pytest.mark.parametrize(("tld", "body"), COMPLIANT)
def test_thanks_with_one_content_sentence_passes(tld: str, body: str) -> None:
    assert not fires(RULE, body, tld)


@pytest.mark.parametrize(("tld", "body"), VIOLATIONS)
def test_thanks_with_small_talk_only_fires(tld: str, body: str) -> None:
    assert fires(RULE, body, tld)
