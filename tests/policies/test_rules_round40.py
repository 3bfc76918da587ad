"""Round 40 (corpus_fortieth): section C message types in seven languages.

The wordings a native seller uses that the rules missed:
- thank-you-only letters: "I just wanted to drop you a line to say how much it means to us", "... only keep going
  because of people like you, so thank you", "we really do appreciate", "our Customer Happiness Team is on hand";
  German "haben Sie nicht einfach ... gekauft, sondern ... unterstützt", "Dafür möchten wir uns bedanken",
  "geht durch drei Paar Hände", "Sollte etwas nicht passen, melden Sie sich"; French "tient à vous dire un grand
  merci", "notre service client reste à votre écoute"; Spanish "Somos un taller pequeñito", "cada pedido lo
  celebramos", "Ojalá lo disfrutes", "Aquí seguimos para lo que te haga falta", "Un abrazo grande"; Italian "Il
  suo ordine è per noi motivo di orgoglio", "grazie davvero"; Japanese "一枚一枚に想いを込めて", "職人一同",
  "季節の変わり目、ご自愛ください"; Portuguese "só pra agradecer", "feita à mão por artesãs", "é só chamar";
- a care tip that is only filler ("prenez-en bien soin", "la tenga sempre a portata di mano", "take good care
  of it"), while a real instruction is content;
- marketing: "10 % the next time you shop" (en, de, fr, es, it, pt), Spanish "usa el código", "en julio sacamos
  la tabla a juego", "¿por qué no nos sigues en Instagram?", Portuguese "acompanhar a gente no Instagram";
- compliant: a reply explaining the coupon shown on the listing (pt, en); a replacement part sent ("os 4 pés
  corretos") is no dispatch confirmation.
Compliant near-misses with the same vocabulary stay clean.
"""

from __future__ import annotations

import pytest

from policies import Context, parse_message
from policies.rule import registered
from tests.policies.test_rules_messagetypes import NOW, OID


def _ctx(body: str, tld: str, *, reply: bool = False) -> Context:
    head = ["In-Reply-To: <q40@amazonses.com>"] if reply else []
    raw = "\r\n".join([
        "From: Shop <shop@example.com>", f"To: q8w2e4r6t1@marketplace.amazon.{tld}", f"Subject: {OID}",
        "Date: Mon, 15 Jun 2026 10:00:00 +0000", "Message-ID: <r40@example.com>", "MIME-Version: 1.0", *head,
        "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "", body.replace("\n", "\r\n"),
    ]).encode("utf-8")
    return Context(parse_message(raw), NOW)


def _fires(rule: str, body: str, tld: str, *, reply: bool = False) -> bool:
    return bool(list(registered()[rule].check(_ctx(body, tld, reply=reply))))


THANKS_ONLY: list[tuple[bool, str, str]] = [
    (True, "co.uk", "Hello,\n\nWe just wanted to write to say how much it means to us that you picked our mugs.\n\n"
                    "Independent potters only survive because of customers like you, so thank you.\n\nBest,\nClay Co"),
    (True, "co.uk", "Hi,\n\nThanks so much for your order. We really do appreciate it.\n\n"
                    "Our Support Team is available 7 days a week, should anything need sorting.\n\nRegards,\nKettle Co"),
    (True, "co.uk", "Hi,\n\nThank you for your purchase!\n\nTake good care of it and it will last you for years.\n\n"
                    "Cheers,\nAnna"),
    (False, "co.uk", "Hi,\n\nThank you for your purchase!\n\nTake care of it: oil the blade after each use and "
                     "never put it in the dishwasher.\n\nCheers,\nAnna"),
    (False, "co.uk", "Hi,\n\nThanks for your order. Our delivery team is available on Tuesday to carry the sofa "
                     "upstairs; please confirm a time.\n\nRegards,\nSofa Co"),
    (True, "de", "Hallo,\n\nmit Ihrem Einkauf haben Sie nicht nur Seife bestellt, sondern eine kleine Manufaktur "
                 "unterstützt. Dafür möchten wir uns herzlich bedanken.\n\nJedes Stück geht bei uns durch vier "
                 "Paar Hände.\n\nViele Grüße\nSeifenhaus"),
    (True, "de", "Hallo,\n\nvielen Dank für Ihre Bestellung!\n\nSollte etwas nicht passen, schreiben Sie uns einfach, "
                 "wir kümmern uns sofort darum.\n\nGrüße\nTeam Nord"),
    (False, "de", "Hallo,\n\nvielen Dank für Ihre Bestellung! Dafür möchten wir uns bedanken.\n\nBitte schicken Sie "
                  "uns noch die Maße Ihres Fensters, damit wir das Rollo zuschneiden können.\n\nGrüße\nTeam Nord"),
    (True, "fr", "Bonjour,\n\nNous tenons à vous dire un immense merci pour votre commande.\n\nNotre service client "
                 "reste à votre disposition du lundi au vendredi.\n\nCordialement,\nMaison Bleue"),
    (True, "fr", "Bonjour,\n\nMerci pour votre achat !\n\nPrenez-en grand soin et elle vous durera des années.\n\n"
                 "À bientôt,\nAtelier"),
    (False, "fr", "Bonjour,\n\nMerci pour votre achat !\n\nPrenez-en soin : lavez la housse à 30 °C, jamais au "
                  "sèche-linge.\n\nÀ bientôt,\nAtelier"),
    (True, "es", "¡Hola!\n\nSomos una tienda familiar de Cádiz y cada pedido lo vivimos con mucha ilusión.\n\n"
                 "Ojalá te guste mucho.\n\nAquí estamos para lo que necesites.\n\nUn fuerte abrazo,\nMar"),
    (False, "es", "¡Hola!\n\nSomos una tienda familiar de Cádiz.\n\nTu lámpara lleva un casquillo E14: la bombilla "
                  "no viene incluida.\n\nUn fuerte abrazo,\nMar"),
    (True, "it", "Gentile cliente,\n\ngrazie davvero per il suo acquisto. La sua fiducia è per noi un grande "
                 "onore.\n\nUn piccolo consiglio: ne abbia cura e la accompagnerà a lungo.\n\nCordiali saluti"),
    (True, "it", "Ciao,\n\nIl tuo acquisto è per noi un grande piacere.\n\nTante grazie e a presto!"),
    (False, "it", "Ciao,\n\nIl tuo pacco partirà lunedì perché il corriere non ritira nel weekend.\n\nTante grazie e a "
                  "presto!"),
    (False, "it", "Gentile cliente,\n\ngrazie davvero per il suo acquisto.\n\nUn piccolo consiglio: prima del primo "
                  "uso lavi la pentola con acqua e aceto.\n\nCordiali saluti"),
    (True, "co.jp", "お客様\n\nこの度はご注文ありがとうございます。\n\n創業以来五十年、スタッフ一同、"
                    "一点一点心を込めて仕立てております。\n\n暑い日が続きますが、くれぐれもご自愛くださいませ。\n\n"
                    "手ぬぐい屋"),
    (False, "co.jp", "お客様\n\nこの度はご注文ありがとうございます。\n\nお届けの手ぬぐいは最初の数回、色落ちすることが"
                     "ございますので、単独で手洗いしてください。\n\n手ぬぐい屋"),
    (True, "com.br", "Oi!\n\nSó passando pra agradecer pela compra.\n\nAqui na Ateliê Flor cada bolsa é costurada "
                     "à mão, e ver que uma foi pra você deixa a gente muito feliz.\n\nQualquer dúvida, é só chamar!"
                     "\n\nBeijos,\nAteliê Flor"),
    (False, "com.br", "Oi!\n\nSó passando pra agradecer pela compra.\n\nA alça da bolsa vem solta na caixa: encaixe "
                      "os dois mosquetões nas argolas laterais.\n\nBeijos,\nAteliê Flor"),
]


@pytest.mark.parametrize(("want", "tld", "body"), THANKS_ONLY)
def test_thank_you_only(want: bool, tld: str, body: str) -> None:
    assert _fires("type.thank-you-only", body, tld) is want


MARKETING: list[tuple[bool, str, str, bool]] = [
    (True, "co.uk", "As a thank you, here's 15% off the next time you shop with us.", False),
    (True, "de", "Als Dankeschön erhalten Sie 10 % Rabatt beim nächsten Mal.", False),
    (True, "fr", "Profitez de 10 % la prochaine fois que vous commandez chez nous.", False),
    (True, "es", "Tienes un 15 % para la próxima vez que nos compres.", False),
    (True, "es", "Si quieres, usa el código VERANO al pagar.", False),
    (True, "es", "En septiembre lanzamos la funda a juego con tu bolso.", False),
    (True, "es", "¿Por qué no nos sigues en Instagram?", False),
    (True, "it", "Ti regaliamo il 10% la prossima volta che acquisti da noi.", False),
    (True, "com.br", "Ganhe 10% da próxima vez que comprar com a gente.", False),
    (True, "com.br", "Não esqueça de acompanhar a gente no TikTok!", False),
    (False, "es", "La próxima vez que compres, revisa la talla en la tabla de medidas.", False),
    (False, "es", "Sacamos la mesa del palé y la revisamos antes del envío.", False),
    (False, "com.br", "Você pode acompanhar a entrega no app da transportadora.", False),
    (False, "com.br", "O cupom de R$ 15 que aparecia na página do produto era da Amazon e terminou no dia 10.", True),
    (False, "co.uk", "The coupon shown on the product page was Amazon's own and ended on 31 May.", True),
    (True, "com.br", "O cupom de R$ 15 que aparecia na página acabou, mas use o cupom VOLTA10 na próxima compra.", True),
]


@pytest.mark.parametrize(("want", "tld", "body", "reply"), MARKETING)
def test_marketing(want: bool, tld: str, body: str, reply: bool) -> None:
    assert _fires("type.marketing", body, tld, reply=reply) is want


CONFIRM: list[tuple[bool, str]] = [
    (False, "Olá,\n\nO kit do seu pedido saiu com os parafusos de 4 mm. Já postamos pelos Correios as peças "
            "corretas, sem custo.\n\nAtenciosamente"),
    (True, "Olá,\n\nSeu pedido já foi postado pelos Correios. Código de rastreio: QB123456789BR.\n\nAtenciosamente"),
]


@pytest.mark.parametrize(("want", "body"), CONFIRM)
def test_replacement_part_is_no_dispatch_confirmation(want: bool, body: str) -> None:
    assert _fires("type.order-confirmation", body, "com.br") is want
