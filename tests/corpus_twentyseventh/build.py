#!/usr/bin/env python3
"""Build the twenty-seventh labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_twentyseventh/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data, and without reading the first-round corpora of these languages.
A SECOND blind round for Portuguese (amazon.com.br; Brazilian and European forms), Dutch (amazon.nl, Flemish on
amazon.com.be), Swedish (amazon.se), Polish (amazon.pl), Turkish (amazon.com.tr) and Arabic (amazon.ae, .sa, .eg;
MSA, Gulf and Egyptian): the heuristic rules of RULES.md section C, content.sensitive, link.opt-out,
content.phone-number with local formats and carriers, and language.mismatch between close languages.
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
    text2html,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(27_2026_0615)
_PREFIX = {"com.br": "70", "nl": "40", "com.be": "40", "se": "40", "pl": "40", "com.tr": "40", "ae": "40",
           "sa": "40", "eg": "40"}
_TLD = {"pt": "com.br", "nl": "nl", "sv": "se", "pl": "pl", "tr": "com.tr", "ar": "ae"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-02T10:00:00Z", shipped="2026-06-03T08:00:00Z",
                 delivered="2026-06-06T12:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-11T09:00:00Z"}
L1 = {"charset": "iso-8859-1"}
L2 = {"charset": "iso-8859-2"}
L9 = {"charset": "iso-8859-9"}
B64 = {"charset": "utf-8", "cte": "base64"}

HEURISTIC = ["type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
             "review.removal-request", "review.conditional", "order-problem.cancellation-request",
             "order-problem.no-adjustment", "return.unnecessary", "content.sensitive", "link.opt-out",
             "content.phone-number", "language.mismatch"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "content.email-address", "link.external",
         "link.insecure", "style.emoji", "style.line-breaks"]


def _d(day: int) -> str:
    return mail_date(day, "09:40:00", "+0000")


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 13, reply: str = "", tolerated: tuple[str, ...] = (), enc: dict | None = None,
         html: bool = False, html_lang: str = "", crlf: bool = False) -> None:
    """A case. Every heuristic rule not named in `rules` (or tolerated) must stay silent. `reply` is the buyer's
    quoted message: the case then answers a buyer (In-Reply-To / References). `html` adds an HTML alternative."""
    hdrs = reply_headers(f"0100019b.r27.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*HEURISTIC, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    if html:
        kw["html"] = page(text2html(body), html_lang or "und")
    msg = mk(frm, to, subject, _d(day), f"<r27.{slug}@{dom}>", headers=hdrs, text=body, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf)


# --------------------------------------------------------------------------------------------
# Portuguese (amazon.com.br)
# --------------------------------------------------------------------------------------------

def cases_pt() -> None:
    o, b = order("pt-endereco", "pt", "Fritadeira Elétrica Sem Óleo 4L 127V", **OOS)
    case("pt-nao-e-promocao-complemento", "relay", [],
         "'Não é uma promoção' introduces a request for the missing address complement: information needed to "
         "complete the order.",
         to=b, frm="Casa Prática <sac@casapratica.com.br>", subject=f"Pedido {o} - falta o complemento do endereço",
         html=True, html_lang="pt-BR", text=f"""Olá, tudo bem?

Fique tranquilo, não é uma promoção nem propaganda: é sobre o seu pedido {o}
(Fritadeira Elétrica Sem Óleo 4L).

O endereço de entrega chegou pra nós sem o número do apartamento e sem o bloco.
A transportadora não consegue entregar em condomínio sem essa informação.

Poderia nos responder por aqui com o complemento (apto e bloco)? Assim que
recebermos, liberamos o envio no mesmo dia.

Obrigado!
Equipe Casa Prática""")

    o, b = order("pt-serie", "pt", "Liquidificador Turbo 1200W Preto")
    case("pt-devolucao-numero-de-serie", "relay", [],
         "A return-related message that asks for the information needed to complete the return (serial number "
         "and a photo of the plug): allowed.",
         to=b, frm="EletroJá <atendimento@eletroja.com.br>", subject=f"Sua devolução - pedido {o}",
         enc=L1, text=f"""Prezado(a) cliente,

Recebemos a solicitação de devolução do liquidificador do pedido {o}.

Para concluirmos a devolução precisamos de duas informações:
- o número de série, que fica na etiqueta prateada embaixo da base;
- uma foto do plugue, para sabermos se é o modelo 127V ou 220V.

Pode responder esta mensagem com os dados e a foto em anexo.

Atenciosamente,
Rafael - EletroJá""")

    o, b = order("pt-correios", "pt", "Kit 3 Panelas Antiaderentes Cerâmica")
    case("pt-correios-telefone", "relay", [],
         "The Correios call-centre number, on the line naming the carrier, answers the buyer's delivery question: "
         "a shipping provider's phone number is allowed.",
         to=b, frm="Cozinha Bonita <contato@cozinhabonita.com.br>", reply="O rastreio não atualiza há 5 dias, o que eu faço?",
         subject=f"Re: rastreio parado - pedido {o}", text=f"""Oi! Entendemos a preocupação.

O pacote do pedido {o} está parado no centro de distribuição de Cajamar,
isso costuma acontecer quando tem greve ou muito volume.

Se quiser falar direto com os Correios, a central de atendimento é 3003-0100
(capitais) ou 0800 725 0100 (demais localidades), é só informar o código de
rastreio.

Se até sexta não andar, abrimos uma reclamação junto aos Correios e enviamos
outro kit pra você.

Abraço,
Bia""")

    o, b = order("pt-eu-stock", "pt", "Candeeiro de Mesa LED Regulável", **OOS)
    case("pt-europeu-sem-stock-reembolsado", "relay", [],
         "European Portuguese to a Brazilian buyer is still Portuguese; the out-of-stock notice confirms the full "
         "refund with the reason (no stock): no mismatch, no missing adjustment.",
         to=b, frm="Luz & Casa <apoio@luzecasa.pt>", subject=f"A sua encomenda {o}",
         enc=L1, text=f"""Caro cliente,

Lamentamos informar que o candeeiro LED da encomenda {o} ficou sem stock no
nosso armazém e não o conseguimos enviar.

O valor total da encomenda já foi reembolsado através da Amazon, com o motivo
"sem inventário" (artigo indisponível). O reembolso aparece no seu cartão
dentro de 3 a 5 dias úteis.

Pedimos desculpa pelo incómodo.

Com os melhores cumprimentos,
Luz & Casa""")

    o, b = order("pt-pix", "pt", "Fone de Ouvido Bluetooth ANC")
    case("pt-print-avaliacao-pix", "reject", ["review.incentive"],
         "Money back by Pix in exchange for a screenshot of the review: a review tied to compensation.",
         to=b, frm="SomMax <vendas@sommax.com.br>", subject=f"Seu fone chegou bem? Pedido {o}",
         tolerated=("type.marketing",), text=f"""Oii, aqui é a Carol da SomMax!

Vimos que seu fone (pedido {o}) foi entregue. Lembra de carregar 2h antes do
primeiro uso pra bateria durar mais.

Uma coisinha: se vc avaliar o fone la na Amazon e mandar o print pra gente,
devolvemos R$ 20 no seu Pix na hora, combinado?

Valeu demais!
Carol - SomMax""")

    o, b = order("pt-apagar", "pt", "Cafeteira Italiana Alumínio 6 Xícaras")
    case("pt-apagar-comentario-uma-estrela", "reject", ["review.removal-request"],
         "Asking the buyer to delete the one-star comment now that the problem was solved (no diacritics).",
         to=b, frm="Cafe & Cia <sac@cafeecia.com.br>", reply="A valvula chegou solta, ja resolvi com a peça nova.",
         subject=f"Re: valvula da cafeteira - pedido {o}", text=f"""Bom dia!

Que bom que a valvula nova resolveu, obrigado pela paciencia com o pedido {o}.

Sera que voce poderia apagar aquele comentario de 1 estrela que ficou la na
pagina do produto? Ja que ta tudo certo agora, ia ajudar muito a gente.

Abs,
Marcos""")

    o, b = order("pt-queima", "pt", "Jogo de Lençol Casal 400 Fios")
    case("pt-queima-de-estoque-lancamentos", "quarantine", ["type.marketing"],
         "A stock-clearance sale and the shop's new arrivals after a washing tip: promotional messaging.",
         to=b, frm="Lar Doce Lar <contato@lardocelar.com.br>", subject=f"Cuidados com seu lençol - pedido {o}",
         html=True, html_lang="pt-BR", text=f"""Olá!

Para o seu jogo de lençol (pedido {o}) durar mais, lave em água fria e
seque à sombra; evite amaciante nas primeiras lavagens.

E tem novidade: começou a nossa queima de estoque de inverno, com edredons e
mantas até 40% mais baratos, e os lançamentos da coleção primavera já estão
na nossa loja na Amazon. Corre que é só até domingo!

Beijos,
Equipe Lar Doce Lar""")

    o, b = order("pt-cancel", "pt", "Cadeira Gamer Reclinável Azul", **OOS)
    case("pt-esgotou-solicite-cancelamento", "reject", ["order-problem.cancellation-request",
                                                         "order-problem.no-adjustment"],
         "Out of stock, and the buyer is asked to request the cancellation in the Amazon app; no adjustment is "
         "confirmed.",
         to=b, frm="GameSeat <suporte@gameseat.com.br>", subject=f"Problema com o pedido {o}",
         text=f"""Olá,

Infelizmente a cadeira azul do pedido {o} esgotou no fornecedor e não temos
previsão de reposição.

Pedimos por gentileza que você solicite o cancelamento pelo app da Amazon
(Seus pedidos > Cancelar itens), assim o processo fica mais rápido.

Desculpe o transtorno.
GameSeat""")

    o, b = order("pt-espanhol", "pt", "Mochila Notebook 15,6 Impermeável")
    case("pt-mensagem-em-espanhol", "quarantine", ["language.mismatch"],
         "A short Spanish message to a Brazilian buyer (buyer_language pt): Spanish is not Portuguese.",
         to=b, frm="Mochilas Andinas <ventas@mochilasandinas.com>", subject=f"Pedido {o}",
         text=f"""Hola,

Necesitamos el número de su departamento para poder entregar el pedido {o}.
Por favor, respóndanos con esa información.

Muchas gracias,
Mochilas Andinas""")

    o, b = order("pt-zap", "pt", "Smartwatch Fitness Pulseira Preta")
    case("pt-chama-no-zap", "reject", ["content.phone-number"],
         "The seller's own WhatsApp mobile number for questions: not a warranty, carrier or manufacturer line.",
         to=b, frm="TecFit <loja@tecfit.com.br>", subject=f"Como parear seu smartwatch - pedido {o}",
         text=f"""E aí, tudo certo?

Pra parear o relógio do pedido {o}, baixe o app FitPro, ative o Bluetooth e
segure o botão lateral por 3 segundos até aparecer o QR code.

Qualquer dúvida chama a gente no zap: (11) 98765-4321, respondemos rapidinho.

Tmj!
TecFit""")

    o, b = order("pt-sair", "pt", "Garrafa Térmica Inox 1L")
    case("pt-responda-sair", "reject", ["link.opt-out"],
         "'Se não quiser mais receber nossas mensagens, responda SAIR': an opt-out from messaging.",
         to=b, frm="Térmicos BR <oi@termicosbr.com.br>", subject=f"Sua garrafa térmica - pedido {o}",
         enc=L1, text=f"""Olá!

Antes do primeiro uso da garrafa do pedido {o}, escalde com água quente por
5 minutos: isso melhora a conservação da temperatura.

Se não quiser mais receber nossas mensagens, é só responder SAIR.

Abraços,
Térmicos BR""")

    o, b = order("pt-despachado", "pt", "Luminária de Chão Tripé Madeira")
    case("pt-despachado-codigo-rastreio", "quarantine", ["type.order-confirmation"],
         "A proactive message whose only purpose is saying the order was dispatched, with the tracking code.",
         to=b, frm="Arte Luz <pedidos@arteluz.com.br>", subject=f"Pedido {o} despachado!",
         text=f"""Olá!

Boa notícia: seu pedido {o} foi despachado hoje pelos Correios.

Código de rastreio: QB482913375BR

Obrigado por comprar com a gente!
Arte Luz""")


# --------------------------------------------------------------------------------------------
# Dutch (amazon.nl, Flemish buyers on amazon.com.be)
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:
    o, b = order("nl-huisnummer", "nl", "Staande Ventilator 40 cm Zwart", **OOS)
    case("nl-geen-reclame-huisnummer", "relay", [],
         "'Geen reclame' introduces a question about the missing house-number addition: information needed to "
         "deliver the order.",
         to=b, frm="KoelThuis <service@koelthuis.nl>", subject=f"Vraag over uw bestelling {o}",
         text=f"""Goedemiddag,

Dit is geen reclame, maar een vraag over uw bestelling {o} (staande ventilator).

In het adres ontbreekt de huisnummertoevoeging. Op uw straat staan nummers
12, 12A en 12B, dus de bezorger weet niet waar het pakket heen moet.

Kunt u ons laten weten welke toevoeging het is? Dan versturen we de ventilator
nog vandaag.

Met vriendelijke groet,
Sanne van KoelThuis""")

    o, b = order("nl-postnl", "nl", "Opbergbox met Deksel 3 stuks")
    case("nl-postnl-klantenservice-nummer", "relay", [],
         "PostNL's customer-service number on the line that names the carrier, in a reply about a lost parcel.",
         to=b, frm="Opruimwinkel <hallo@opruimwinkel.nl>", reply="Volgens de track & trace is het bezorgd maar ik heb niks.",
         subject=f"Re: pakket niet ontvangen ({o})", html=True, html_lang="nl", text=f"""Hoi,

Vervelend dat je het pakket van bestelling {o} niet hebt gekregen! Volgens
PostNL is het om 14:12 bij een buur afgegeven, kijk je even bij nr. 23?

Ligt het daar niet, dan kun je PostNL zelf bellen op 088 225 5651 en een
onderzoek starten; wij doen dat vanaf onze kant ook.

Groetjes,
Mirthe""")

    o, b = order("nl-be-gedeeltelijk", "nl", "Waterkoker Glas 1,7 L", tld="com.be")
    case("nl-be-gedeeltelijke-terugbetaling", "relay", [],
         "A Flemish return follow-up offering a partial refund instead of the return: allowed by the return "
         "guideline; buyer_language nl on amazon.com.be.",
         to=b, frm="Kookgerief BV <klantendienst@kookgerief.be>", subject=f"Uw retouraanvraag - bestelling {o}",
         enc=L1, text=f"""Beste klant,

We hebben uw retouraanvraag voor de waterkoker van bestelling {o} goed ontvangen.
U schrijft dat het deksel wat stroef sluit, maar dat het toestel verder goed werkt.

Indien u de waterkoker wenst te houden, kunnen wij u een gedeeltelijke
terugbetaling van 12 euro aanbieden. Gelieve ons te laten weten of u daarmee
akkoord gaat; anders gaat de retour gewoon verder zoals aangevraagd.

Met vriendelijke groeten,
Kookgerief BV""")

    o, b = order("nl-neutraal", "nl", "Yogamat Kurk 6 mm")
    case("nl-neutrale-review-goed-of-minder-goed", "relay", [],
         "A neutral review request: any opinion, good or less good, nothing offered, no condition.",
         to=b, frm="Zen Goods <team@zengoods.nl>", subject=f"Hoe bevalt je yogamat? ({o})",
         text=f"""Hoi!

Je yogamat van bestelling {o} ligt inmiddels een weekje bij je. Kurk wordt
grijpiger naarmate je hem vaker gebruikt, dus geef het even tijd.

Als je er zin in hebt, zouden we het fijn vinden als je een review op Amazon
schrijft, of je ervaring nu goed of minder goed was. Zo leren wij ervan.

Namaste,
Zen Goods""")

    o, b = order("nl-gating", "nl", "Elektrische Tandenborstel Sonic Wit")
    case("nl-alleen-als-alles-naar-wens", "reject", ["review.conditional"],
         "Review gating: a review only if everything is to the buyer's liking, otherwise contact the seller first.",
         to=b, frm="Smile Care <info@smilecare.nl>", subject=f"Uw tandenborstel - bestelling {o}",
         tolerated=("review.incentive",), text=f"""Beste klant,

Laad de tandenborstel van bestelling {o} de eerste keer 16 uur op.

Is alles naar wens? Dan zouden we een recensie op Amazon erg waarderen.
Zo niet, laat het ons dan eerst weten voordat u iets plaatst, dan lossen
we het samen op.

Met vriendelijke groet,
Smile Care""")

    o, b = order("nl-filters", "nl", "Luchtreiniger HEPA H13")
    case("nl-wie-review-schrijft-gratis-filters", "reject", ["review.incentive"],
         "A free extra set of filters for whoever writes a review: a review tied to a free product.",
         to=b, frm="PureAir <service@pureair.nl>", subject=f"Tips voor je luchtreiniger ({o})",
         tolerated=("type.marketing",), text=f"""Hallo,

Zet de luchtreiniger van bestelling {o} de eerste dag op stand 3, daarna is
automatisch ruim voldoende.

Wie een review schrijft, krijgt van ons een gratis extra set filters
toegestuurd. Laat je even weten als je er een geplaatst hebt?

Groet,
PureAir""")

    o, b = order("nl-bedankt", "nl", "Fotolijst Hout 30x40")
    case("nl-alleen-bedankt-klaar-voor-je", "quarantine", ["type.thank-you-only"],
         "Only thanks, a wish and an offer of help: nothing else.",
         to=b, frm="Lijstenmakerij De Rand <post@derand.nl>", subject=f"Bedankt! ({o})",
         text=f"""Hoi,

Hartelijk dank voor je bestelling {o}! We hopen dat je er veel plezier van hebt.
Mocht er iets zijn, we staan altijd voor je klaar.

Fijne dag nog,
Team De Rand""")

    o, b = order("nl-duits", "nl", "Koffiemolen Handmatig Keramisch")
    case("nl-duitse-mail-aan-nederlandse-koper", "quarantine", ["language.mismatch"],
         "A short German message to a Dutch buyer (buyer_language nl): German is not Dutch.",
         to=b, frm="Mühlenwerk GmbH <service@muehlenwerk.de>", subject=f"Ihre Bestellung {o}",
         text=f"""Hallo,

für Ihre Bestellung {o} brauchen wir noch die Hausnummer, sie fehlt in der
Lieferadresse. Bitte antworten Sie uns kurz.

Viele Grüße
Mühlenwerk""")

    o, b = order("nl-be-uitverkocht", "nl", "Tuinset Aluminium 4-delig", tld="com.be", **OOS)
    case("nl-be-uitverkocht-zonder-terugbetaling", "quarantine", ["order-problem.no-adjustment"],
         "A Flemish out-of-stock notice that apologises but never confirms that the order amount was adjusted.",
         to=b, frm="Tuin & Terras <klantendienst@tuinenterras.be>", subject=f"Bestelling {o}",
         text=f"""Geachte klant,

Tot onze spijt moeten wij u meedelen dat de tuinset van bestelling {o}
uitverkocht is bij onze leverancier. Wij kunnen uw bestelling dus niet leveren.

Onze excuses voor het ongemak.

Met vriendelijke groeten,
Tuin & Terras""")

    o, b = order("nl-klote", "nl", "Bureaustoel Ergonomisch Mesh")
    case("nl-klotebezorger-eikel", "quarantine", ["content.sensitive"],
         "Offensive language about the courier ('die klotebezorger', 'wat een eikel') in a reply.",
         to=b, frm="Kantoorplek <info@kantoorplek.nl>", reply="De doos was helemaal ingedeukt.",
         subject=f"Re: doos beschadigd ({o})", text=f"""Hoi,

Balen! Die klotebezorger heeft de doos van bestelling {o} gewoon over het hek
gegooid, we zagen het op de foto van de bezorging. Wat een eikel.

We sturen je morgen een nieuwe rugleuning op, de rest kun je houden.

Groeten,
Kantoorplek""")

    o, b = order("nl-uitschrijven", "nl", "Theepot Gietijzer 0,8 L")
    case("nl-uitschrijven-link", "reject", ["link.opt-out"],
         "'Wil je geen berichten meer van ons? Schrijf je hier uit' with an unsubscribe link: an opt-out.",
         to=b, frm="Theehuis Oost <thee@theehuisoost.nl>", subject=f"Je theepot inwijden ({o})",
         text=f"""Hoi,

Spoel de gietijzeren theepot van bestelling {o} eerst twee keer om met heet
water, zonder zeep. Laat hem na gebruik altijd open drogen.

Wil je geen berichten meer van ons ontvangen? Schrijf je uit via
https://www.amazon.nl/gp/help/customer/display.html?nodeId=uitschrijven

Groetjes,
Theehuis Oost""")


# --------------------------------------------------------------------------------------------
# Swedish (amazon.se)
# --------------------------------------------------------------------------------------------

def cases_sv() -> None:
    o, b = order("sv-farg", "sv", "Namnskylt Ek med gravyr", **OOS)
    case("sv-ingen-reklam-gravyr", "relay", [],
         "'Ingen reklam' introduces a check of a custom engraving: verifying a custom design is permitted.",
         to=b, frm="Gravyrverkstan <order@gravyrverkstan.se>", subject=f"Din gravyr - order {o}",
         enc=L1, text=f"""Hej!

Det här är ingen reklam, bara en fråga om din beställning {o} (namnskylt i ek).

Du skrev "Familjen Lindqvist" i gravyrfältet. Ska det vara med versaler hela
vägen, eller som du skrev det? Och vill du ha skylten med eller utan hål för
skruvar?

Svara bara på det här mejlet, så gör vi skylten klar i morgon.

Mvh
Jonas, Gravyrverkstan""")

    o, b = order("sv-postnord", "sv", "Vattenkokare Stål 1,7 L")
    case("sv-postnord-kundtjanst", "relay", [],
         "PostNord's customer-service number on the line naming the carrier, in a reply about a parcel.",
         to=b, frm="Köksboden <kundtjanst@koksboden.se>", reply="Paketet står som 'försenat' sedan i måndags?",
         subject=f"Re: försenat paket {o}", text=f"""Hej,

Vi ser samma sak i spårningen för order {o}: paketet ligger kvar på
terminalen i Rosersberg.

PostNords kundtjänst nås på 0771-33 33 10 om du vill fråga dem direkt. Vi har
också gjort en efterlysning hos dem i dag.

Vänliga hälsningar
Elin på Köksboden""")

    o, b = order("sv-retur-bild", "sv", "Hörlurar Trådlösa Over-Ear")
    case("sv-retur-bild-pa-serienummer", "relay", [],
         "A return-related message that asks for the serial number and a photo needed to process the return.",
         to=b, frm="Ljudbutiken <support@ljudbutiken.se>", subject=f"Angående din retur ({o})",
         text=f"""Hej!

Vi har fått din returförfrågan för hörlurarna i order {o}.

Innan vi kan skapa returetiketten behöver vi serienumret (sitter under den
vänstra kudden) och en bild på laddporten, eftersom du skrev att den glappar.

Tack på förhand!
Ljudbutiken""")

    o, b = order("sv-neutral", "sv", "Ullfilt 130x170 Grå")
    case("sv-neutral-recension-bra-som-daliga", "relay", [],
         "A neutral review request: all reviews, good as bad, nothing offered.",
         to=b, frm="Nordisk Ull <hej@nordiskull.se>", subject=f"Hur blev filten? Order {o}",
         html=True, html_lang="sv", text=f"""Hej!

Ullfilten från order {o} behöver sällan tvättas: vädra den ute en blåsig dag
så fräschas den upp.

Om du har tid får du gärna lämna en recension på Amazon. Vi blir glada för alla
omdömen, bra som dåliga, eftersom de hjälper andra att välja.

Varma hälsningar
Nordisk Ull""")

    o, b = order("sv-danska", "sv", "Skärbräda Bambu 3-pack")
    case("sv-dansk-mail-till-svensk-kund", "quarantine", ["language.mismatch"],
         "A short Danish message to a Swedish buyer (buyer_language sv): Danish is a close language, not Swedish.",
         to=b, frm="Køkkenhuset ApS <kundeservice@koekkenhuset.dk>", subject=f"Din ordre {o}",
         text=f"""Hej,

Vi mangler dit husnummer for at kunne sende din ordre {o}. Vil du venligst
svare på denne mail med det fulde adresse?

Med venlig hilsen
Køkkenhuset""")

    o, b = order("sv-norska", "sv", "Termos 0,5 L Mattsvart")
    case("sv-norsk-mail-till-svensk-kund", "quarantine", ["language.mismatch"],
         "A short Norwegian (bokmål) message to a Swedish buyer: not Swedish.",
         to=b, frm="Fjellutstyr AS <kundeservice@fjellutstyr.no>", subject=f"Bestillingen din {o}",
         text=f"""Hei,

Vi trenger leilighetsnummeret ditt for å levere bestillingen {o}. Kan du
svare på denne e-posten med nummeret?

Vennlig hilsen
Fjellutstyr""")

    o, b = order("sv-frakt", "sv", "Hundsele Reflex Storlek M")
    case("sv-recension-bjuder-pa-frakten", "reject", ["review.incentive"],
         "Free shipping on the next order for writing a review: a future benefit tied to a review.",
         to=b, frm="Tassar & Co <hej@tassarco.se>", subject=f"Passar selen? ({o})",
         tolerated=("type.marketing",), text=f"""Hejsan!

Hoppas selen från order {o} sitter bra. Två fingrar ska få plats under
bröstremmen.

Skriv gärna en recension på Amazon så bjuder vi på frakten nästa gång du
handlar hos oss!

Kram från oss på Tassar & Co""")

    o, b = order("sv-skickat", "sv", "Blomkruka Terrakotta 25 cm")
    case("sv-paketet-har-lamnat-lagret", "quarantine", ["type.order-confirmation"],
         "A proactive message that only says the parcel left the warehouse, with the tracking number.",
         to=b, frm="Grönt Hemma <order@gronthemma.se>", subject=f"Din order {o} är på väg",
         enc=L1, text=f"""Hej!

Nu har ditt paket med order {o} lämnat vårt lager i Borås.
Spårningsnummer (PostNord): 00370712345678901234

Hälsningar
Grönt Hemma""")

    o, b = order("sv-facebook", "sv", "Doftljus Soja Lavendel 2-pack")
    case("sv-gilla-oss-pa-facebook", "quarantine", ["type.marketing"],
         "'Gilla oss på Facebook och följ oss på TikTok' after a care tip: a social-media follow request.",
         to=b, frm="Ljuslyktan <info@ljuslyktan.se>", subject=f"Så brinner ditt ljus jämnt ({o})",
         text=f"""Hej!

Första gången du tänder doftljusen från order {o}: låt dem brinna tills hela
ytan har smält, annars bildas en grop.

Gilla oss gärna på Facebook och följ oss på TikTok för fler tips och
nyheter!

Ljuslyktan""")

    o, b = order("sv-hoja", "sv", "Cykelhjälm MIPS Vuxen")
    case("sv-kan-du-hoja-betyget", "reject", ["review.removal-request"],
         "Asking the buyer to raise the rating they already gave: a request to update an existing review.",
         to=b, frm="CykelHörnan <service@cykelhornan.se>", reply="Spännet gick sönder efter en vecka, gav två stjärnor.",
         subject=f"Re: trasigt spänne ({o})", text=f"""Hej,

Ett nytt spänne till hjälmen från order {o} skickades i går med brev.

När det har kommit fram och allt funkar, kan du tänka dig att höja betyget
du gav oss? Två stjärnor känns lite hårt nu när det är fixat.

Mvh
CykelHörnan""")

    o, b = order("sv-mobil", "sv", "Robotdammsugare med Mopp")
    case("sv-ring-mig-mobil", "reject", ["content.phone-number"],
         "The seller's own mobile number ('ring mig direkt'): not a warranty, carrier or manufacturer line.",
         to=b, frm="Städproffsen <info@stadproffsen.se>", subject=f"Kom igång med robotdammsugaren ({o})",
         text=f"""Hej!

Ladda robotdammsugaren från order {o} i fyra timmar innan första körningen,
och ta bort skyddsplasten på stötfångaren.

Om appen krånglar kan du ringa mig direkt på 070-123 45 67, jag hjälper gärna
till.

Mvh
Peter, Städproffsen""")

    o, b = order("sv-avbryt", "sv", "Soffbord Ek Runt 80 cm", **OOS)
    case("sv-slut-i-lager-avbryt-sjalv", "reject", ["order-problem.cancellation-request",
                                                     "order-problem.no-adjustment"],
         "Out of stock, the buyer is asked to cancel the order themselves; no adjustment is confirmed.",
         to=b, frm="Möbelmagasinet <order@mobelmagasinet.se>", subject=f"Angående order {o}",
         text=f"""Hej,

Tyvärr är soffbordet i order {o} slut i lager och vi vet inte när det kommer in
igen. Vänligen avbryt beställningen själv via Dina beställningar på Amazon.

Ledsen för besväret.
Möbelmagasinet""")


# --------------------------------------------------------------------------------------------
# Polish (amazon.pl)
# --------------------------------------------------------------------------------------------

def cases_pl() -> None:
    o, b = order("pl-mieszkanie", "pl", "Odkurzacz Pionowy Bezprzewodowy", **OOS)
    case("pl-to-nie-jest-reklama-numer-mieszkania", "relay", [],
         "'To nie jest reklama' introduces a request for the missing flat number: needed to deliver the order.",
         to=b, frm="Sprzątnij.pl <sklep@sprzatnij.pl>", subject=f"Zamówienie {o} - brak numeru mieszkania",
         enc=L2, text=f"""Dzień dobry,

to nie jest reklama, tylko pytanie dotyczące zamówienia {o}.

W adresie dostawy brakuje numeru mieszkania, a kurier nie doręczy paczki do
bloku bez tej informacji. Prosimy o odpowiedź z numerem mieszkania i, jeśli
jest, kodem do domofonu.

Pozdrawiamy,
Zespół Sprzątnij.pl""")

    o, b = order("pl-inpost", "pl", "Plecak Turystyczny 40 L")
    case("pl-infolinia-inpost", "relay", [],
         "InPost's hotline on the line naming the carrier, in a reply about a locker that did not open.",
         to=b, frm="Górskie Szlaki <kontakt@gorskieszlaki.pl>", reply="Paczkomat sie nie otworzyl, co teraz?",
         subject=f"Re: paczkomat ({o})", text=f"""Cześć,

przykro nam, że skrytka się nie otworzyła. Paczka z zamówienia {o} nadal jest
w paczkomacie KRA12M.

Najszybciej pomoże infolinia InPost: 722 444 000, podaj numer przesyłki, a
otworzą skrytkę zdalnie.

Pozdrawiamy,
Górskie Szlaki""")

    o, b = order("pl-czesciowy", "pl", "Lampa Biurkowa LED z Ładowarką")
    case("pl-czesciowy-zwrot-zamiast-odeslania", "relay", [],
         "A return follow-up offering a partial refund if the buyer keeps the lamp: allowed.",
         to=b, frm="Jasno Sp. z o.o. <obsluga@jasno.pl>", subject=f"Zgłoszenie zwrotu - zamówienie {o}",
         html=True, html_lang="pl", text=f"""Dzień dobry,

otrzymaliśmy zgłoszenie zwrotu lampy z zamówienia {o}. Rozumiemy, że ładowarka
indukcyjna działa, ale na obudowie jest rysa.

Jeśli zatrzyma Pan/Pani lampę, możemy zaproponować częściowy zwrot w kwocie
40 zł. Prosimy o informację, czy ta propozycja odpowiada; w przeciwnym razie
zwrot przebiegnie normalnie.

Z poważaniem,
Dział obsługi Jasno""")

    o, b = order("pl-brak", "pl", "Ekspres do Kawy Kolbowy 15 bar", **OOS)
    case("pl-brak-towaru-kwota-zwrocona", "relay", [],
         "An out-of-stock notice that confirms the full order amount was refunded with the reason (no stock).",
         to=b, frm="KawaDom <sklep@kawadom.pl>", subject=f"Zamówienie {o} - brak towaru",
         enc=L2, text=f"""Dzień dobry,

niestety ekspresu z zamówienia {o} zabrakło w magazynie i nie możemy go wysłać.

Cała kwota zamówienia została zwrócona przez Amazon z powodem "brak towaru"
(NoInventory). Środki pojawią się na koncie w ciągu kilku dni roboczych.

Przepraszamy za kłopot.
KawaDom""")

    o, b = order("pl-kod", "pl", "Bieżnia Składana 12 km/h")
    case("pl-opinia-piec-gwiazdek-darmowa-dostawa", "reject", ["review.incentive"],
         "A free-delivery code for a five-star review, written without diacritics.",
         to=b, frm="FitDom <kontakt@fitdom.pl>", subject=f"Twoja biezna - zamowienie {o}",
         tolerated=("type.marketing",), text=f"""Hej,

pamietaj, zeby biezne z zamowienia {o} smarowac silikonem co 3 miesiace.

Za opinie z 5 gwiazdkami na Amazonie dostaniesz od nas kod na darmowa dostawe
przy kolejnych zakupach. Wystarczy odpisac z nickiem.

Pozdro,
FitDom""")

    o, b = order("pl-gating", "pl", "Poduszka Ortopedyczna Memory")
    case("pl-jesli-wszystko-gra-opinia", "reject", ["review.conditional"],
         "Review gating: leave a review if all is fine, write to the seller first if not.",
         to=b, frm="SenDobry <pomoc@sendobry.pl>", subject=f"Jak się śpi? Zamówienie {o}",
         tolerated=("review.incentive",), text=f"""Cześć!

Poduszka z zamówienia {o} potrzebuje kilku nocy, żeby się dopasować.

Jeśli wszystko gra, wystaw nam opinię na Amazonie. A jeśli coś jest nie tak,
najpierw napisz do nas, zanim cokolwiek opublikujesz.

SenDobry""")

    o, b = order("pl-dzieki", "pl", "Kubek Termiczny 450 ml")
    case("pl-dziekujemy-jestesmy-do-dyspozycji", "quarantine", ["type.thank-you-only"],
         "Only thanks for the purchase and 'we are at your disposal'.",
         to=b, frm="Kubkowo <sklep@kubkowo.pl>", subject=f"Dziękujemy! Zamówienie {o}",
         enc=L2, text=f"""Dzień dobry,

serdecznie dziękujemy za zakupy w naszym sklepie (zamówienie {o}).
W razie jakichkolwiek pytań jesteśmy do Państwa dyspozycji.

Pozdrawiamy serdecznie,
Kubkowo""")

    o, b = order("pl-zwrot", "pl", "Sukienka Letnia Lniana Rozm. 38")
    case("pl-zwrot-zostanie-przetworzony", "quarantine", ["return.unnecessary"],
         "A proactive return message that neither asks for information nor offers a partial refund.",
         to=b, frm="LenStyl <kontakt@lenstyl.pl>", subject=f"Twój zwrot - zamówienie {o}",
         text=f"""Cześć,

widzimy, że zgłosiłaś zwrot sukienki z zamówienia {o}. Szkoda, że nie
przypadła Ci do gustu!

Zwrot zostanie przetworzony zaraz po tym, jak paczka do nas dotrze.

Pozdrawiamy,
LenStyl""")

    o, b = order("pl-debil", "pl", "Rower Dziecięcy 16 cali")
    case("pl-kurier-debil", "quarantine", ["content.sensitive"],
         "Insulting language about the courier ('jakiś debil', 'cholerny') in a reply.",
         to=b, frm="Rowerki24 <biuro@rowerki24.pl>", reply="Rower przyszedl z wygietym blotnikiem.",
         subject=f"Re: wygięty błotnik ({o})", text=f"""Dzień dobry,

ten kurier to jakiś debil, rzucił cholerny karton z rowerkiem z zamówienia {o}
prosto na beton. Przepraszamy.

Nowy błotnik wyślemy jutro, montaż to dwie śruby.

Rowerki24""")

    o, b = order("pl-wypisz", "pl", "Zestaw Noży Kuchennych 5 el.")
    case("pl-wypisz-sie-odpowiedz-nie", "reject", ["link.opt-out"],
         "'Aby wypisać się z naszych wiadomości, odpowiedz NIE': an opt-out from messaging.",
         to=b, frm="Ostrze <kontakt@ostrze.pl>", subject=f"Pielęgnacja noży - zamówienie {o}",
         text=f"""Dzień dobry,

noże z zamówienia {o} myj ręcznie i od razu wycieraj do sucha, zmywarka
stępia ostrza.

Aby wypisać się z naszych wiadomości, odpowiedz NIE.

Ostrze""")


# --------------------------------------------------------------------------------------------
# Turkish (amazon.com.tr)
# --------------------------------------------------------------------------------------------

def cases_tr() -> None:
    o, b = order("tr-kapi", "tr", "Buzdolabı No Frost 540 L", **OOS)
    case("tr-reklam-degildir-teslimat-randevusu", "relay", [],
         "'Bu bir reklam değildir' introduces scheduling the delivery of a bulky item and the missing door number.",
         to=b, frm="Beyaz Eşya Dünyası <destek@beyazesyadunyasi.com.tr>", subject=f"Siparişiniz {o} - teslimat günü",
         enc=L9, text=f"""Merhaba,

Bu bir reklam değildir; {o} numaralı buzdolabı siparişinizin teslimatı
hakkında yazıyoruz.

Ürün büyük olduğu için teslimatı randevu ile yapıyoruz. Perşembe veya cuma
günlerinden hangisi size uygun? Ayrıca adreste daire numarası eksik, onu da
iletebilir misiniz?

Saygılarımızla,
Beyaz Eşya Dünyası""")

    o, b = order("tr-yurtici", "tr", "Kahve Makinesi Filtre 1,2 L")
    case("tr-yurtici-kargo-cagri-merkezi", "relay", [],
         "Yurtiçi Kargo's call centre number next to the carrier's name, in a reply about a delayed parcel.",
         to=b, frm="Kahve Köşesi <bilgi@kahvekosesi.com.tr>", reply="Kargom 4 gündür aktarma merkezinde bekliyor.",
         subject=f"Re: kargo gecikmesi ({o})", text=f"""Merhaba,

{o} numaralı siparişinizin paketi Yurtiçi Kargo'nun Gebze aktarma merkezinde
görünüyor.

Yurtiçi Kargo çağrı merkezi 444 99 99 numaralı hattan gönderi kodunuzla bilgi
verebiliyor; biz de şube ile görüştük, yarın dağıtıma çıkacakmış.

İyi günler,
Kahve Köşesi""")

    o, b = order("tr-seri", "tr", "Saç Kurutma Makinesi 2200W")
    case("tr-iade-seri-numarasi", "relay", [],
         "A return message asking for the serial number and a photo needed to complete the return.",
         to=b, frm="Güzellik Deposu <iade@guzellikdeposu.com.tr>", subject=f"İade talebiniz - sipariş {o}",
         html=True, html_lang="tr", text=f"""Sayın müşterimiz,

{o} numaralı siparişiniz için iade talebinizi aldık.

İadeyi tamamlayabilmemiz için cihazın seri numarasını (kablonun yanındaki
etikette) ve arızalı ısıtıcının bir fotoğrafını gönderebilir misiniz?

Saygılarımızla,
Güzellik Deposu""")

    o, b = order("tr-notr", "tr", "Bambu Çarşaf Takımı Çift Kişilik")
    case("tr-notr-yorum-olumlu-olumsuz", "relay", [],
         "A neutral review request without Turkish letters: positive or negative, nothing offered.",
         to=b, frm="Uyku Evi <destek@uykuevi.com.tr>", subject=f"Carsaf takiminiz hakkinda ({o})",
         text=f"""Merhaba,

{o} numarali siparisinizdeki bambu carsaflari ilk yikamada 30 derecede
yikamanizi oneririz.

Urunle ilgili dusuncelerinizi, olumlu ya da olumsuz, Amazon'da paylasirsaniz
cok seviniriz. Yorumlariniz diger musterilere yol gosteriyor.

Iyi uykular,
Uyku Evi""")

    o, b = order("tr-sil", "tr", "Bluetooth Hoparlör Su Geçirmez")
    case("tr-bir-yildizli-yorumu-silebilir-misiniz", "reject", ["review.removal-request"],
         "Asking the buyer to delete their one-star review now that the problem is solved.",
         to=b, frm="Ses Dünyası <destek@sesdunyasi.com.tr>", reply="Hoparlör şarj olmuyordu ama yeni kabloyla oldu.",
         subject=f"Re: şarj sorunu ({o})", text=f"""Merhaba,

Yeni kablo ile sorunun çözülmesine çok sevindik ({o}).

Sorun çözüldüğüne göre, ürüne yazdığınız 1 yıldızlı yorumu silebilir misiniz?
Küçük bir işletmeyiz, bizim için çok önemli.

Teşekkürler,
Ses Dünyası""")

    o, b = order("tr-kargo-bedava", "tr", "Çocuk Scooter 3 Tekerlekli")
    case("tr-bes-yildiz-verene-kargo-bedava", "reject", ["review.incentive"],
         "Free shipping on the next order for whoever gives five stars: a benefit for a positive review.",
         to=b, frm="Oyuncak Kutusu <merhaba@oyuncakkutusu.com.tr>", subject=f"Scooter keyfi ({o})",
         tolerated=("type.marketing",), text=f"""Merhaba!

{o} numaralı siparişinizdeki scooterın gidonunu ilk kullanımdan önce
sıkıca kilitlemeyi unutmayın.

Amazon'da 5 yıldız verene bir sonraki siparişte kargo bizden bedava!

Sevgiler,
Oyuncak Kutusu""")

    o, b = order("tr-aras", "tr", "Çelik Tencere Seti 7 Parça")
    case("tr-aras-kargoya-teslim-edildi", "quarantine", ["type.order-confirmation"],
         "A proactive message whose only content is that the order was handed to Aras Kargo, with tracking.",
         to=b, frm="Mutfak Sepeti <siparis@mutfaksepeti.com.tr>", subject=f"Siparişiniz kargoda ({o})",
         enc=L9, text=f"""Merhaba,

{o} numaralı siparişiniz hazırlandı ve bugün Aras Kargo'ya teslim edildi.
Takip numaranız: 3412587790

İyi alışverişler dileriz,
Mutfak Sepeti""")

    o, b = order("tr-whatsapp", "tr", "Akıllı Saat Spor GPS")
    case("tr-whatsapp-hattimiz", "reject", ["content.phone-number"],
         "The shop's own WhatsApp line for questions: not a warranty, carrier or manufacturer number.",
         to=b, frm="SaatÇarşı <info@saatcarsi.com.tr>", subject=f"Saatinizi kurma ({o})",
         text=f"""Merhaba,

{o} numaralı siparişinizdeki saati telefonunuza bağlamak için uygulamayı
indirip Bluetooth'u açmanız yeterli.

Takıldığınız bir yer olursa WhatsApp hattımız: 0532 123 45 67, hemen yardımcı
oluruz.

SaatÇarşı""")

    o, b = order("tr-stok", "tr", "Oyun Koltuğu Kırmızı", **OOS)
    case("tr-stok-kalmadi-iptal-etmeniz-gerekiyor", "reject", ["order-problem.cancellation-request",
                                                                "order-problem.no-adjustment"],
         "Out of stock and the buyer must cancel the order themselves; no refund or adjustment confirmed.",
         to=b, frm="Oyuncu Mobilya <destek@oyuncumobilya.com.tr>", subject=f"Sipariş {o} hakkında",
         text=f"""Merhaba,

Maalesef {o} numaralı siparişinizdeki koltuk stokta kalmadı. Siparişi
Amazon hesabınızdan iptal etmeniz gerekiyor, aksi halde sistemde açık kalıyor.

Anlayışınız için teşekkürler,
Oyuncu Mobilya""")

    o, b = order("tr-indirim", "tr", "Bahçe Hortumu 30 m")
    case("tr-yaz-indirimi-basladi", "quarantine", ["type.marketing"],
         "A summer sale on all the shop's products after a usage tip: promotional messaging.",
         to=b, frm="Bahçem <bilgi@bahcem.com.tr>", subject=f"Hortumunuz için ipucu ({o})",
         text=f"""Merhaba,

{o} numaralı siparişinizdeki hortumu kışın içindeki suyu boşaltarak
saklarsanız çatlamaz.

Bu arada yaz indirimi başladı! Mağazamızdaki tüm sulama ürünlerinde ay sonuna
kadar %25 indirim var, kaçırmayın.

Bahçem""")


# --------------------------------------------------------------------------------------------
# Arabic (amazon.ae, amazon.sa, amazon.eg)
# --------------------------------------------------------------------------------------------

def cases_ar() -> None:
    o, b = order("ar-ثلاجة", "ar", "ثلاجة بابين 18 قدم فضي", **OOS)
    case("ar-laysat-risala-taswiqiya-mawid", "relay", [],
         "'This is not a marketing message' introduces scheduling the delivery of a heavy fridge (MSA).",
         to=b, frm="عالم الأجهزة <support@appliance-world.ae>", subject=f"موعد توصيل طلبكم {o}",
         html=True, html_lang="ar", text=f"""عزيزي العميل،

هذه ليست رسالة تسويقية، بل بخصوص طلبكم رقم {o} (ثلاجة بابين).

نظراً لحجم الثلاجة، يتم التوصيل بموعد مسبق مع فريق التركيب. هل يناسبكم يوم
الأربعاء أو الخميس بين الساعة 9 صباحاً و1 ظهراً؟ نرجو أيضاً تأكيد رقم الطابق
ووجود مصعد في المبنى.

مع التحية،
عالم الأجهزة""")

    o, b = order("ar-ارامكس", "ar", "مكنسة كهربائية لاسلكية")
    case("ar-aramex-raqm", "relay", [],
         "Aramex's customer-service number on the line that names the carrier, in a reply about a delivery.",
         to=b, frm="بيت النظافة <care@cleanhome.ae>", reply="الشحنة مكتوب عليها تم محاولة التوصيل وأنا كنت في البيت!",
         subject=f"Re: محاولة توصيل فاشلة {o}", text=f"""هلا والله،

آسفين على الإزعاج. شحنة الطلب {o} عند أرامكس في مستودع القوز.

تقدر تكلم خدمة عملاء أرامكس على 600544000 وتعطيهم رقم الشحنة عشان يحددون
لك موعد توصيل جديد، وإحنا بعد رفعنا لهم ملاحظة.

تحياتنا،
بيت النظافة""")

    o, b = order("ar-خلص", "ar", "خلاط كهربائي 1000 وات", tld="eg", **OOS)
    case("ar-eg-khelis-rag3na-el-mablagh", "relay", [],
         "An Egyptian colloquial out-of-stock notice that confirms the full amount was refunded, with the reason.",
         to=b, frm="مطبخك <help@matbakhak.com.eg>", subject=f"بخصوص طلبك {o}",
         text=f"""أهلاً بحضرتك،

للأسف الخلاط اللي في الطلب {o} خلص من المخزن ومش هنقدر نشحنه.

رجّعنالك المبلغ كله من خلال أمازون، والسبب المسجل: عدم توفر المنتج في المخزون.
الفلوس هتوصل حسابك خلال كام يوم شغل.

آسفين جداً على الإزعاج،
مطبخك""")

    o, b = order("ar-رأيك", "ar", "عطر عود 100 مل", tld="sa")
    case("ar-gulf-neutral-review", "relay", [],
         "A neutral Gulf-Arabic review request: your opinion matters, positive or negative, nothing offered.",
         to=b, frm="دار العود <info@daraloud.sa>", subject=f"كيف العطر؟ طلب {o}",
         text=f"""مرحبا،

إن شاء الله العطر من الطلب {o} عجبك. رشه على النبض بعد الشاور عشان يثبت أكثر.

لو عندك وقت، قيّم المنتج في أمازون. رأيك يهمنا سواء كان إيجابي أو سلبي.

دار العود""")

    o, b = order("ar-كوبون", "ar", "سماعة رأس ألعاب RGB", tld="eg")
    case("ar-eg-taqyim-kobon", "reject", ["review.incentive"],
         "Egyptian colloquial: a 20 % coupon for whoever writes a review.",
         to=b, frm="جيمرز زون <info@gamerszone.com.eg>", subject=f"السماعة وصلت؟ طلب {o}",
         tolerated=("type.marketing",), text=f"""إزيك يا باشا،

السماعة بتاعة الطلب {o} محتاجة تحديث سوفت وير من الموقع الرسمي للشركة
المصنعة عشان الميكروفون يشتغل صح.

ولو كتبت تقييم على أمازون هنبعتلك كوبون خصم ٢٠٪ على أي حاجة تانية.

جيمرز زون""")

    o, b = order("ar-راضيا", "ar", "جهاز قياس ضغط الدم", tld="sa")
    case("ar-itha-kunt-radiyan-khams-nujum", "reject", ["review.conditional"],
         "MSA review gating: five stars if satisfied, contact us first if not.",
         to=b, frm="صحتك أولاً <care@sehatak.sa>", subject=f"جهاز الضغط - طلب {o}",
         tolerated=("review.incentive",), text=f"""عزيزي العميل،

ننصحكم بقياس الضغط في نفس الوقت يومياً وأنتم جالسون، بعد خمس دقائق من الراحة
(الطلب {o}).

اذا كنت راضياً عن الجهاز نرجو تقييمنا بخمس نجوم، وإن لم تكن راضياً فتواصل
معنا أولاً قبل كتابة أي تقييم.

صحتك أولاً""")

    o, b = order("ar-سناب", "ar", "مبخرة كهربائية ذهبي", tld="sa")
    case("ar-tabiuna-snap-insta", "quarantine", ["type.marketing"],
         "A social-media follow request (Snapchat, Instagram) after a usage tip, Gulf Arabic.",
         to=b, frm="بخور الديرة <hala@bukhoor.sa>", subject=f"طريقة استخدام المبخرة ({o})",
         text=f"""هلا وغلا،

المبخرة من طلبك {o} حطها على الدرجة الثانية للبخور الناعم، والثالثة للعود.

وتابعونا على سناب شات وانستقرام عشان تشوفون كل جديد عندنا!

بخور الديرة""")

    o, b = order("ar-واتساب", "ar", "كاميرا مراقبة واي فاي", tld="sa")
    case("ar-sa-kallimna-whatsapp", "reject", ["content.phone-number"],
         "The shop's own Saudi mobile/WhatsApp number for questions: not a carrier, warranty or manufacturer line.",
         to=b, frm="عين الأمان <support@aynalaman.sa>", subject=f"تركيب الكاميرا - طلب {o}",
         text=f"""مرحبا،

لتشغيل الكاميرا من الطلب {o} حمّل التطبيق واضغط زر الإعادة خمس ثواني
لين يطلع صوت.

لأي استفسار كلمنا واتساب 0551234567 ونخدمك.

عين الأمان""")

    o, b = order("ar-تشيل", "ar", "حقيبة سفر كبيرة 28 انش")
    case("ar-gulf-tshil-altaqyim", "reject", ["review.removal-request"],
         "Gulf Arabic: asking the buyer to take down the negative review now that the wheel was replaced.",
         to=b, frm="سفرتي <care@safrati.ae>", reply="العجلة انكسرت من أول سفرة.",
         subject=f"Re: عجلة الحقيبة ({o})", text=f"""هلا،

أرسلنا لك عجلة جديدة مع المفك، والحمد لله انحلت المشكلة (الطلب {o}).

ممكن تشيل التقييم السلبي اللي كتبته؟ الحين كل شي تمام وبيفرق معنا وايد.

سفرتي""")

    o, b = order("ar-شكرا", "ar", "طقم فناجين قهوة عربية 12 قطعة")
    case("ar-shukran-fi-khidmatikum", "quarantine", ["type.thank-you-only"],
         "MSA: thanks for shopping and 'we are always at your service': nothing else.",
         to=b, frm="فناجين <info@fanajeen.ae>", subject=f"شكراً لكم - طلب {o}",
         text=f"""عزيزي العميل،

شكراً جزيلاً لتسوقكم معنا (الطلب {o}). نتمنى أن تنال مشترياتكم إعجابكم،
ونحن في خدمتكم دائماً لأي استفسار.

مع أطيب التحيات،
فناجين""")

    o, b = order("ar-ايقاف", "ar", "مصباح مكتب قابل للطي")
    case("ar-liiqaf-arsil-iqaf", "reject", ["link.opt-out"],
         "'To stop receiving our messages, send the word STOP' (hamza-less spellings): an opt-out.",
         to=b, frm="نور <hello@noor-lamps.ae>", subject=f"مصباحك الجديد - طلب {o}",
         text=f"""مرحبا،

المصباح من الطلب {o} فيه ثلاث درجات اضاءة، اضغط مطولا على الزر للتبديل بينها.

لايقاف استلام رسائلنا ارسل كلمة ايقاف.

نور""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_pt, cases_nl, cases_sv, cases_pl, cases_tr, cases_ar))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="twentyseventh"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
