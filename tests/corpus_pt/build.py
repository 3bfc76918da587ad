#!/usr/bin/env python3
"""Build the Portuguese (amazon.com.br) labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_pt/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, before any Portuguese phrase data existed. Nearly all cases in Brazilian Portuguese to
amazon.com.br buyers (a few in European Portuguese, two in English or Spanish for language.mismatch, one in
Portuguese to an amazon.com buyer). About 40 % compliant near-misses with the same vocabulary: 'avaliação' as an
inspection, 'cupom fiscal', 'sair do modo de pareamento', 'siga os passos', the toy brand 'Estrela', a CEP and a
CNPJ beside a return address, a carrier's 0800 number.
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
    text2html,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(55_2026_0615)
_PREFIX = {"com.br": "70", "com": "11"}
_TLD = {"pt": "com.br", "en": "com", "": "com.br"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-02T10:00:00Z", shipped="2026-06-03T08:00:00Z",
                 delivered="2026-06-06T12:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-11T09:00:00Z"}
PENDING = {"shipped": "", "delivered": ""}


def _d(day: int) -> str:
    return mail_date(day, "11:20:00", "-0300")


HEURISTIC = ["type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
             "review.removal-request", "review.conditional", "order-problem.cancellation-request",
             "order-problem.no-adjustment", "return.unnecessary", "content.sensitive", "link.opt-out"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "language.mismatch", "content.email-address",
         "content.phone-number", "link.external", "link.insecure", "style.emoji", "style.line-breaks",
         "style.link-text", "review.repeat", "attachment.not-allowed"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str,
         text: str, day: int = 12, reply: str = "", tolerated: tuple[str, ...] = (), html: str | None = None,
         attach=(), after: tuple[str, ...] = (), lang: str = "") -> None:
    """Plain-text (or text + HTML) case. Every rule of HEURISTIC and OTHER not named in `rules` (or
    tolerated) must stay silent. `reply` is the buyer's quoted question: the message then answers a buyer."""
    hdrs = reply_headers(f"0100019b.pt.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*HEURISTIC, *OTHER) if r not in rules and r not in tol]
    msg = mk(frm, to, subject, _d(day), f"<pt.{slug}@{dom}>", headers=hdrs, text=body, html=html,
             attach=attach)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, lang=lang)


# --------------------------------------------------------------------------------------------
# Portuguese, compliant near-misses
# --------------------------------------------------------------------------------------------

def cases_pt() -> None:
    o, b = order("neutral-review", "pt", "Panela de Pressão Inox 6 Litros")
    case("pedido-avaliacao-neutra", "relay", [],
         "Pedido de avaliação neutro ('seja qual for a sua experiência'), sem benefício nem condição: permitido.",
         to=b, frm="Cozinha Prática <contato@cozinhapratica.com.br>",
         subject=f"Sua panela de pressão - pedido {o}", text=f"""Olá,

Sua panela de pressão do pedido {o} foi entregue há alguns dias e
esperamos que já tenha conseguido usá-la.

Uma dica importante: antes de abrir a tampa, espere a válvula parar de
apitar e deixe o vapor sair por completo. Nunca force a alça.

Se tiver um minutinho, gostaríamos de saber sua opinião sobre o produto.
Você pode deixar uma avaliação na página do pedido na Amazon, seja qual for
a sua experiência. Isso ajuda outros clientes na hora da compra.

Atenciosamente,
Equipe Cozinha Prática""")

    o, b = order("repeat-review", "pt", "Luminária de Mesa LED Articulada")
    case("primeiro-pedido-de-comentario", "relay", [],
         "Primeiro pedido de comentário para este pedido, neutro: permitido (o segundo é review.repeat).",
         to=b, frm="Luz & Cia <vendas@luzecia.com.br>", day=9,
         subject=f"Como está sua luminária? Pedido {o}", text=f"""Boa tarde,

A luminária do pedido {o} tem três níveis de intensidade: toque uma
vez no botão para o mais fraco, duas vezes para o médio e três para o mais
forte. Segurar o botão por dois segundos desliga a luz.

Quando puder, conte aos outros compradores o que achou, escrevendo um
comentário sobre o produto na Amazon.

Um abraço,
Luz & Cia""")
    case("segundo-pedido-de-comentario", "reject", ["review.repeat"],
         "Segundo pedido de avaliação para o mesmo pedido, depois do primeiro já enviado: pedido repetido.",
         to=b, frm="Luz & Cia <vendas@luzecia.com.br>", after=("primeiro-pedido-de-comentario",),
         subject=f"Lembrete: sua opinião sobre o pedido {o}", text=f"""Olá,

Passando para lembrar: ainda dá tempo de avaliar a luminária do pedido
{o} na Amazon. Sua avaliação do produto é muito importante para nós.

Obrigado,
Luz & Cia""")

    o, b = order("inspection", "pt", "Cafeteira Expresso 15 Bar")
    case("avaliacao-tecnica-das-fotos", "relay", [],
         "'Avaliação' no sentido de inspeção técnica das fotos; troca sem custo de uma peça com defeito: "
         "resolve o problema do pedido, não é pedido de avaliação nem brinde.",
         to=b, frm="Café em Casa <suporte@cafeemcasa.com.br>",
         reply="A cafeteira chegou com o reservatório de água trincado. Mandei fotos.",
         subject=f"Re: Reservatório trincado - pedido {o}", text=f"""Olá, tudo bem?

Recebemos as fotos do reservatório da sua cafeteira (pedido {o}).
Nossa equipe técnica fez a avaliação das imagens e concluiu que a trinca é
um defeito de fabricação do lote, e não mau uso.

Por isso vamos enviar um reservatório novo, sem nenhum custo para você. Ele
sai do nosso depósito amanhã e deve chegar em até cinco dias úteis. Não é
preciso devolver a peça trincada.

Até lá, evite usar a cafeteira para não molhar a base elétrica.

Atenciosamente,
Marcos - Café em Casa""")

    o, b = order("price-diff", "pt", "Fone de Ouvido Bluetooth Esportivo")
    case("desconto-explicado-diferenca-reembolsada", "relay", [],
         "O comprador perguntou por que pagou mais; o vendedor explica que o desconto de lançamento terminou e "
         "confirma o reembolso da diferença. Nenhuma oferta.",
         to=b, frm="SomMax Eletrônicos <sac@sommax.com.br>",
         reply="Vi o mesmo fone mais barato uma semana antes. Por que paguei mais caro?",
         subject=f"Re: Diferença de preço - pedido {o}", text=f"""Olá,

Obrigado pela pergunta sobre o preço do fone do pedido {o}.

Na semana anterior o anúncio estava com um desconto de lançamento de 15%,
que terminou no dia 31 de maio. Seu pedido foi feito em 2 de junho, já pelo
preço normal.

Como a diferença foi de poucas horas, reembolsamos os R$ 22,50 pela Amazon,
na forma de pagamento original. O estorno aparece nos detalhes do pedido e
pode levar até duas faturas para constar no cartão.

Atenciosamente,
SomMax Eletrônicos""")

    o, b = order("delay", "pt", "Banco Imobiliário Estrela - Edição Clássica", **PENDING)
    case("atraso-brinquedo-estrela", "relay", [],
         "Aviso de atraso exigido pelas diretrizes; 'Estrela' é a marca do brinquedo, não uma nota; 'sem "
         "estoque até o dia 19' é um atraso, não um cancelamento.",
         to=b, frm="Mundo dos Jogos <pedidos@mundodosjogos.com.br>",
         subject=f"Atraso no envio do pedido {o}", text=f"""Olá,

Escrevemos sobre o seu pedido {o}, o Banco Imobiliário da Estrela.

O jogo deveria ter sido despachado ontem, mas o lote que recebemos do
distribuidor veio com as notas de dinheiro faltando em várias caixas, e
preferimos não enviar um jogo incompleto. Estamos sem estoque até o dia 19,
quando chega o lote de reposição.

Vamos despachar seu pedido no mesmo dia, e a nova previsão de entrega é 24
de junho. Se essa data não for boa para você, é possível cancelar o pedido
pela sua conta na Amazon sem nenhuma cobrança.

Pedimos desculpas pela espera.
Mundo dos Jogos""")

    o, b = order("oos-ok", "pt", "Vaso de Cerâmica Artesanal Grande", **OOS)
    case("esgotado-valor-ajustado", "relay", [],
         "Produto esgotado: o vendedor confirma que o valor total do pedido foi ajustado (reembolsado) com o "
         "motivo 'sem estoque'. Nenhum pedido de cancelamento.",
         to=b, frm="Ateliê Barro Vivo <atelie@barrovivo.com.br>",
         subject=f"Seu pedido {o} - produto indisponível", text=f"""Prezada cliente,

Lamentamos informar que o vaso de cerâmica grande do pedido {o} não
está mais disponível e não poderá ser enviado. A última peça da fornada
quebrou durante a embalagem, e o próximo lote só sai do forno em agosto.

Já ajustamos o valor total do pedido na Amazon, com o motivo "sem estoque",
e o reembolso integral de R$ 189,00 foi feito na forma de pagamento
original. Dependendo do banco, ele pode levar alguns dias para aparecer.

Mais uma vez, pedimos desculpas pelo transtorno.

Ateliê Barro Vivo""")

    o, b = order("return-serial", "pt", "Aspirador de Pó Vertical 2 em 1")
    case("devolucao-numero-de-serie-cep", "relay", [],
         "Devolução: pede o número de série e o defeito, necessários para concluir a devolução; o CEP e o CNPJ "
         "do endereço de devolução não são telefones.",
         to=b, frm="Casa Limpa Utilidades <devolucoes@casalimpa.com.br>",
         subject=f"Sua solicitação de devolução - pedido {o}", text=f"""Olá,

Recebemos a sua solicitação de devolução do aspirador do pedido {o},
com o motivo "parou de funcionar".

Para concluir a devolução, precisamos de duas informações:
1. O número de série, impresso na etiqueta branca embaixo do reservatório
(começa com as letras SN).
2. Uma breve descrição do defeito: o motor não liga, liga e desliga
sozinho, ou perdeu a força de sucção?

Com isso conseguimos saber se o aparelho vai para o conserto do fabricante
ou se o reembolso é feito direto. Quando for enviar, o endereço é:
Casa Limpa Utilidades Ltda. - CNPJ 12.345.678/0001-90
Rua Voluntários da Pátria, 1450 - Galpão 3
Curitiba/PR - CEP 80020-000

Obrigado,
Equipe de devoluções Casa Limpa""")

    o, b = order("partial", "pt", "Jogo de Cama Queen 400 Fios")
    case("reembolso-parcial-devolucao", "relay", [],
         "Mensagem sobre devolução que oferece um reembolso parcial como alternativa: permitido.",
         to=b, frm="Enxoval Bonito <loja@enxovalbonito.com.br>",
         subject=f"Sobre a devolução do pedido {o}", text=f"""Olá,

Vimos que você abriu uma devolução do jogo de cama do pedido {o},
porque uma das fronhas veio com a costura solta.

Se preferir ficar com o jogo, oferecemos um reembolso parcial de R$ 60,00,
o que cobre com folga o conserto da fronha. Se ainda assim quiser devolver,
tudo bem: é só seguir com a devolução normalmente pela Amazon.

Basta responder esta mensagem dizendo qual opção prefere.

Atenciosamente,
Enxoval Bonito""")

    o, b = order("carrier-phone", "pt", "Sofá Retrátil 3 Lugares Cinza")
    case("agendamento-entrega-transportadora-0800", "relay", [],
         "Agendamento de entrega de item volumoso; o 0800 é da transportadora, na mesma frase: permitido.",
         to=b, frm="Móveis Aconchego <entregas@moveisaconchego.com.br>",
         subject=f"Agendamento da entrega do sofá - pedido {o}", text=f"""Olá,

O sofá retrátil do seu pedido {o} já está com a transportadora e
precisa de entrega agendada, porque vai em caminhão e com dois montadores.

Por favor, responda esta mensagem com dois dias e períodos (manhã ou tarde)
da próxima semana em que haverá alguém em casa, e confirme se o prédio tem
elevador de serviço.

Se preferir combinar direto, a transportadora Rodonaves atende pelo
0800 771 2345, de segunda a sexta, das 8h às 18h.

Obrigado,
Móveis Aconchego""")

    o, b = order("warranty-phone", "pt", "Smart TV 50 Polegadas 4K")
    case("assistencia-tecnica-fabricante-telefone", "relay", [],
         "Telefone da assistência técnica autorizada do fabricante, para a garantia: permitido.",
         to=b, frm="Eletro Center <atendimento@eletrocenter.com.br>",
         reply="A TV desliga sozinha depois de meia hora. Está na garantia?",
         subject=f"Re: TV desligando - pedido {o}", text=f"""Olá,

Sim, a TV do pedido {o} tem um ano de garantia do fabricante.

Antes de tudo, vale desativar o "desligamento automático" em
Configurações > Geral > Economia de energia; muitas vezes é só isso.

Se continuar desligando, a garantia é atendida pela rede autorizada do
fabricante. Central de assistência técnica do fabricante: (11) 4003-5500.
Tenha em mãos a nota fiscal e o número de série da TV.

Atenciosamente,
Eletro Center""")

    o, b = order("pairing", "pt", "Caixa de Som Bluetooth à Prova d'Água")
    case("sair-do-modo-de-pareamento", "relay", [],
         "'Sair' e 'cancelar' em instruções de uso (sair do modo de pareamento, cancelar o pareamento), não "
         "como descadastro; 'siga os passos' não é 'siga-nos'.",
         to=b, frm="SomMax Eletrônicos <sac@sommax.com.br>",
         reply="A caixa de som não aparece no meu celular. O que faço?",
         subject=f"Re: Caixa de som não conecta - pedido {o}", text=f"""Olá,

Siga os passos abaixo para conectar a caixa de som do pedido {o}:

1. Se a luz estiver piscando em vermelho, a caixa está em modo de
atualização. Para sair desse modo, segure o botão de volume por cinco
segundos.
2. No celular, cancele o pareamento antigo ("esquecer dispositivo").
3. Segure o botão de Bluetooth até a luz piscar em azul e escolha
"SM-Wave" na lista.

Se mesmo assim não funcionar, responda esta mensagem com o modelo do seu
celular que verificamos a compatibilidade.

Abraço,
SomMax Eletrônicos""")

    o, b = order("invoice", "pt", "Notebook 15,6 Polegadas 16 GB RAM")
    case("nota-fiscal-em-anexo", "relay", [],
         "Envio da nota fiscal (DANFE) em PDF, pedida pelo comprador; 'cupom fiscal' é documento, não cupom de "
         "desconto; o CPF não é telefone.",
         to=b, frm="InfoShop Informática <fiscal@infoshop.com.br>",
         reply="Preciso da nota fiscal para reembolso da empresa. Pode enviar?",
         attach=[(make_pdf("DANFE 000.123.456", ["InfoShop Informatica Ltda - DANFE", "NF-e 000.123.456 serie 1",
                                                  "Notebook 15,6 16 GB RAM - R$ 3.899,00"],
                           producer="NF-e Emissor 4.0"), "application", "pdf", "DANFE-000123456.pdf")],
         subject=f"Re: Nota fiscal do pedido {o}", text=f"""Olá,

Segue em anexo a nota fiscal eletrônica (DANFE) do pedido {o},
emitida no CPF 123.456.789-09, como informado na compra.

Como a venda foi feita pela internet, não emitimos cupom fiscal; a NF-e em
anexo é o documento válido para o reembolso da sua empresa.

Atenciosamente,
Setor fiscal - InfoShop Informática""")

    o, b = order("custom", "pt", "Caneca Personalizada com Foto", **PENDING)
    case("aprovacao-da-arte-personalizada", "relay", [],
         "Verificação do design personalizado antes da produção, em HTML com link da Amazon de texto "
         "explicativo: permitido.",
         to=b, frm="Arte na Caneca <arte@artenacaneca.com.br>",
         subject=f"Aprovação da arte da sua caneca - pedido {o}", text=f"""Olá,

Antes de imprimir a caneca do pedido {o}, precisamos da sua aprovação.

A foto enviada tem baixa resolução e, no tamanho da caneca, pode ficar um
pouco borrada. Você prefere que a gente imprima assim mesmo, ou vai nos
mandar uma versão maior pela mensagem da Amazon?

As medidas da área de impressão estão na página do produto:
https://www.amazon.com.br/dp/B0CANECA01

Aguardamos sua resposta para seguir com a produção.
Arte na Caneca""",
         html=page(text2html(f"""Olá,

Antes de imprimir a caneca do pedido {o}, precisamos da sua aprovação.

A foto enviada tem baixa resolução e, no tamanho da caneca, pode ficar um
pouco borrada. Você prefere que a gente imprima assim mesmo, ou vai nos
mandar uma versão maior pela mensagem da Amazon?""") + '\n<p>As medidas da área de impressão estão na '
                   '<a href="https://www.amazon.com.br/dp/B0CANECA01">página do produto na Amazon</a>.</p>\n'
                   "<p>Aguardamos sua resposta para seguir com a produção.<br>\nArte na Caneca</p>", lang="pt-BR"))

    o, b = order("thanks-info", "pt", "Carregador Portátil 20000 mAh")
    case("agradecimento-com-informacao-util", "relay", [],
         "Agradecimento seguido de informação real sobre o uso do produto: não é 'só obrigado'.",
         to=b, frm="Power Plus <contato@powerplus.com.br>",
         subject=f"Informações importantes sobre seu carregador - pedido {o}", text=f"""Olá,

Obrigado pela compra do carregador portátil (pedido {o}).

Um aviso importante: a bateria sai da fábrica com cerca de 30% de carga.
Antes do primeiro uso, carregue-a por completo com o cabo USB-C que vem na
caixa, até as quatro luzes ficarem acesas. Não use carregadores de
notebook acima de 20 W, porque a bateria limita a corrente e o
carregamento fica mais lento, não mais rápido.

Equipe Power Plus""")

    o, b = order("tracking-reply", "pt", "Tênis de Corrida Masculino 42")
    case("resposta-com-codigo-de-rastreio", "relay", [],
         "Resposta a 'cadê meu pacote?' com o código de rastreio: é resposta ao comprador, não confirmação "
         "proativa de envio.",
         to=b, frm="Corre Mais Esportes <sac@corremais.com.br>",
         reply="Meu tênis ainda não chegou. Vocês já enviaram?",
         subject=f"Re: Onde está meu pedido {o}?", text="""Olá,

Seu tênis foi postado nos Correios no dia 3 de junho, com o código de
rastreio AA123456789BR. A última atualização mostra o objeto em trânsito
para a unidade de distribuição da sua cidade, então a entrega deve
acontecer nos próximos dois dias úteis.

Se não chegar até sexta-feira, responda esta mensagem que abrimos uma
reclamação com os Correios.

Atenciosamente,
Corre Mais Esportes""")

    o, b = order("pt-pt", "pt", "Máquina de Costura Portátil")
    case("portugues-europeu-telemovel-contacte", "relay", [],
         "Português europeu ('contacte-nos', 'telemóvel', 'a sua encomenda'): uma pergunta necessária para a "
         "encomenda, na língua do comprador.",
         to=b, frm="Costura Fácil <encomendas@costurafacil.pt>",
         subject=f"Questão sobre a sua encomenda {o}", text=f"""Caro cliente,

A sua encomenda {o} inclui a opção de pedal elétrico, mas o modelo que
escolheu existe com ficha europeia e com ficha brasileira. Como a morada
de entrega é no Brasil, vamos enviar a ficha brasileira, salvo indicação em
contrário.

Se preferir a ficha europeia, basta responder a esta mensagem até
quarta-feira. Não precisa de nos ligar nem de indicar o número de
telemóvel: contacte-nos apenas por aqui.

Com os melhores cumprimentos,
Costura Fácil""")

    o, b = order("default-lang", "", "Garrafa Térmica 1 Litro Aço Inox")
    case("idioma-padrao-do-marketplace", "relay", [],
         "Pedido sem idioma do comprador: vale o padrão da amazon.com.br (português); mensagem em português, "
         "pergunta necessária para o envio.",
         to=b, frm="Térmicos Brasil <pedidos@termicosbrasil.com.br>",
         subject=f"Cor da garrafa do pedido {o}", text=f"""Olá,

A garrafa térmica do pedido {o} foi comprada na cor "grafite", mas a
foto do anúncio mostrava a cor "chumbo", que é um pouco mais clara. Temos
as duas em estoque.

Qual das duas você prefere receber? Se não tivermos resposta até amanhã às
14h, enviaremos a cor grafite, que é a que consta no pedido.

Obrigado,
Térmicos Brasil""")

    o, b = order("casual-neutral", "pt", "Kit Pincéis de Maquiagem 12 Peças")
    case("pedido-de-avaliacao-informal", "relay", [],
         "Registro informal ('oi', 'pra', 'a gente'), pedido de avaliação neutro e sem recompensa: permitido.",
         to=b, frm="Beleza da Ju <ju@belezadaju.com.br>",
         subject=f"E aí, curtiu os pincéis? Pedido {o}", text=f"""Oi, tudo bem?

Aqui é a Ju, da Beleza da Ju! Seus pincéis do pedido {o} chegaram
direitinho?

Uma dica: lave os pincéis uma vez por semana com xampu neutro e deixe secar
deitados, pra água não escorrer pra dentro do cabo.

Se puder, deixa uma avaliação lá na Amazon contando o que achou, seja
elogio ou crítica. A gente lê todas!

Beijos,
Ju""")

    o, b = order("feedback-factory", "pt", "Cadeira de Escritório Ergonômica")
    case("comentario-repassado-ao-fabricante", "relay", [],
         "'Seu comentário foi repassado ao fabricante' e 'agradecemos o retorno': não é pedido de avaliação nem "
         "incentivo; resposta com peça de reposição em garantia.",
         to=b, frm="Office Conforto <suporte@officeconforto.com.br>",
         reply="O pistão da cadeira está descendo sozinho. E o manual é bem confuso.",
         subject=f"Re: Pistão da cadeira - pedido {o}", text=f"""Olá,

Agradecemos o retorno sobre a cadeira do pedido {o}.

O pistão que desce sozinho é coberto pela garantia, e vamos enviar um
pistão novo sem custo. A troca é simples: vire a cadeira, tire o pistão
antigo com algumas batidas leves de martelo de borracha e encaixe o novo
sob pressão.

Seu comentário sobre o manual foi repassado ao fabricante, que já está
revisando a próxima edição.

Atenciosamente,
Office Conforto""")

    # --------------------------------------------------------------------------------------------
    # Portuguese, violations
    # --------------------------------------------------------------------------------------------

    o, b = order("coupon-5stars", "pt", "Mochila Escolar Reforçada")
    case("cupom-por-avaliacao-5-estrelas", "reject", ["review.incentive"],
         "Cupom de desconto na próxima compra em troca de uma avaliação 5 estrelas: incentivo.",
         to=b, frm="Volta às Aulas Store <loja@voltaasaulas.com.br>", tolerated=("type.marketing",),
         subject=f"Sua mochila - pedido {o}", text=f"""Olá,

Esperamos que a mochila do pedido {o} esteja aguentando bem a rotina
da escola. As alças podem ser ajustadas pela fivela de trás.

Deixe uma avaliação de 5 estrelas na Amazon e ganhe um cupom de 15% de
desconto na sua próxima compra! É só responder esta mensagem com o print.

Equipe Volta às Aulas""")

    o, b = order("giftcard", "pt", "Fritadeira Elétrica Air Fryer 4L")
    case("vale-presente-apos-publicar-avaliacao", "reject", ["review.incentive"],
         "Vale-presente da Amazon prometido depois de publicada a avaliação: compensação por avaliação.",
         to=b, frm="Cozinha Prática <contato@cozinhapratica.com.br>", tolerated=("type.marketing",),
         subject=f"Dicas para sua air fryer - pedido {o}", text=f"""Olá,

Para aproveitar melhor a air fryer do pedido {o}: pré-aqueça por três
minutos, não encha o cesto mais do que dois terços e chacoalhe os alimentos
na metade do tempo.

Assim que sua avaliação estiver publicada na Amazon, mandaremos um
vale-presente de R$ 25 como forma de agradecimento.

Bom apetite!
Cozinha Prática""")

    o, b = order("shipping-refund", "pt", "Tapete de Yoga Antiderrapante 6mm")
    case("reembolso-do-frete-por-comentario", "reject", ["review.incentive"],
         "Reembolso do frete oferecido a quem escrever um comentário sobre o produto.",
         to=b, frm="Zen Fitness <contato@zenfitness.com.br>",
         subject=f"Seu tapete de yoga - pedido {o}", text=f"""Olá,

O tapete do pedido {o} pode ser limpo com um pano úmido e algumas gotas
de sabão neutro. Evite deixá-lo ao sol.

Estamos reembolsando o valor do frete para os clientes que escreverem um
comentário sobre o tapete na Amazon. Basta nos avisar depois de publicar.

Namastê,
Zen Fitness""")

    o, b = order("persuade", "pt", "Kit Facas de Churrasco 5 Peças")
    case("persuade-cinco-estrelas-pequena-loja", "reject", ["review.incentive"],
         "Persuasão para uma avaliação positiva ('aquelas cinco estrelinhas', 'ajuda muito a pequena loja'), "
         "sem benefício: ainda assim direciona a nota.",
         to=b, frm="Churrasco Raiz <vendas@churrascoraiz.com.br>",
         subject=f"Cuidados com suas facas - pedido {o}", text=f"""Fala, churrasqueiro!

Suas facas do pedido {o} são de aço carbono: lave e seque logo depois
do uso e passe um fio de óleo na lâmina antes de guardar.

Somos uma lojinha familiar e cada avaliação conta muito. Se puder, dá
aquelas cinco estrelinhas pra gente na Amazon, vai ajudar demais!

Abraço,
Churrasco Raiz""")

    o, b = order("casual-brinde", "pt", "Organizador de Maquiagem Acrílico")
    case("informal-brinde-por-avaliacao", "reject", ["review.incentive"],
         "Registro informal: um brinde surpresa para quem avaliar com nota máxima.",
         to=b, frm="Beleza da Ju <ju@belezadaju.com.br>", tolerated=("type.marketing",),
         subject=f"Surpresinha pra você! Pedido {o}", text=f"""Oi, linda!

Seu organizador do pedido {o} chegou certinho? As gavetas saem puxando
pra cima, e dá pra lavar com água e sabão.

Avalia a gente com nota máxima lá na Amazon e manda o print aqui: a gente
te envia um brinde surpresa no próximo pedido!

Beijos,
Ju""")

    o, b = order("gating", "pt", "Purificador de Água Refrigerado")
    case("avaliacao-so-se-gostou", "reject", ["review.conditional"],
         "Avaliação pedida só a quem gostou; quem não gostou deve falar primeiro com a loja: seleção de "
         "avaliações.",
         to=b, frm="Água Pura Eletro <atendimento@aguapuraeletro.com.br>", tolerated=("review.incentive",),
         subject=f"Seu purificador - pedido {o}", text=f"""Prezado cliente,

O refil do purificador do pedido {o} deve ser trocado a cada seis
meses. Na primeira instalação, deixe correr cinco litros de água antes de
beber.

Se você ficou satisfeito com o purificador, deixe sua avaliação na Amazon.
Caso contrário, entre em contato conosco antes, que resolvemos o problema.

Atenciosamente,
Água Pura Eletro""")

    o, b = order("gating-after", "pt", "Ventilador de Coluna 40cm")
    case("avaliacao-condicao-depois", "reject", ["review.conditional"],
         "A condição vem depois do pedido: 'mas só se tiver gostado, claro'.",
         to=b, frm="Brisa Lar <contato@brisalar.com.br>", tolerated=("review.incentive",),
         subject=f"Montagem do ventilador - pedido {o}", text=f"""Olá,

Para montar a grade do ventilador do pedido {o}, encaixe primeiro os
ganchos de baixo e depois feche as presilhas de cima.

Adoraríamos ler seu comentário na Amazon, mas só se você tiver gostado do
ventilador, claro. Se algo não estiver bem, fale com a gente por aqui.

Um abraço,
Brisa Lar""")

    o, b = order("remove-review", "pt", "Cortina Blackout 2,80 x 2,30")
    case("remover-avaliacao-negativa", "reject", ["review.removal-request"],
         "Depois de resolver o problema, pede para remover a avaliação negativa.",
         to=b, frm="Decora Lar <sac@decoralar.com.br>",
         reply="A cortina veio com um furo. Já deixei uma avaliação de uma estrela.",
         subject=f"Re: Cortina com defeito - pedido {o}", text=f"""Olá,

Lamentamos pelo furo na cortina do pedido {o}. Já enviamos uma cortina
nova, que chega até quinta-feira, e não é preciso devolver a outra.

Agora que o problema foi resolvido, será que você poderia retirar a
avaliação negativa que deixou na Amazon? Ela prejudica muito a nossa loja.

Atenciosamente,
Decora Lar""")

    o, b = order("change-rating", "pt", "Relógio Smartwatch Monitor Cardíaco")
    case("rever-nota-de-duas-estrelas", "reject", ["review.removal-request"],
         "Pede para rever e alterar a nota de duas estrelas já publicada.",
         to=b, frm="Tech Pulso <suporte@techpulso.com.br>",
         reply="O relógio não sincroniza com o meu celular. Dei duas estrelas.",
         subject=f"Re: Sincronização do relógio - pedido {o}", text=f"""Olá,

Para sincronizar o relógio do pedido {o}, atualize o aplicativo para a
versão 3.2 e ative a permissão de "dispositivos próximos" no Android.

Com isso, o relógio deve funcionar normalmente. Se tudo estiver certo
agora, poderia reconsiderar a sua nota e atualizar o comentário de duas
estrelas?

Abraço,
Tech Pulso""")

    o, b = order("newsletter", "pt", "Jogo de Toalhas de Banho 5 Peças")
    case("newsletter-nova-colecao-cupom", "quarantine", ["type.marketing"],
         "Divulgação da nova coleção com cupom de desconto: mensagem promocional.",
         to=b, frm="Enxoval Bonito <loja@enxovalbonito.com.br>",
         subject=f"Novidades da coleção de inverno - pedido {o}", text=f"""Olá!

Esperamos que esteja aproveitando as toalhas do pedido {o}.

Acabou de chegar a nossa coleção de inverno: mantas, edredons e roupões
de plush macios. Use o cupom INVERNO10 e ganhe 10% de desconto em toda a
loja na Amazon até domingo. Frete grátis nas compras acima de R$ 199!

Equipe Enxoval Bonito""")

    o, b = order("instagram", "pt", "Kit Vasos Autoirrigáveis 3 Unidades")
    case("siga-nos-no-instagram", "quarantine", ["type.marketing"],
         "Mensagem útil com um pedido para seguir a loja no Instagram no final: marketing.",
         to=b, frm="Verde Casa <ola@verdecasa.com.br>",
         subject=f"Como usar seus vasos autoirrigáveis - pedido {o}", text=f"""Olá,

Os vasos do pedido {o} têm um reservatório na base: encha pelo tubo
lateral até o indicador chegar ao máximo, e reabasteça quando ele baixar.
Nas primeiras duas semanas, regue também por cima, até as raízes chegarem
ao pavio.

Siga-nos no Instagram @verdecasa.oficial para mais dicas de jardinagem!

Verde Casa""")

    o, b = order("crosssell", "pt", "Smart TV 43 Polegadas Full HD")
    case("oferta-suporte-de-parede", "quarantine", ["type.marketing"],
         "Venda cruzada: oferece outro produto da loja que 'combina' com a TV comprada.",
         to=b, frm="Eletro Center <atendimento@eletrocenter.com.br>",
         subject=f"Sua nova TV - pedido {o}", text=f"""Olá,

Sua TV do pedido {o} já deve ter chegado. Para a primeira configuração,
tenha à mão a senha do Wi-Fi e a conta do seu e-mail do Google.

Aproveite também para conhecer o nosso suporte articulado de parede, que
combina perfeitamente com a sua TV e está com preço especial para clientes
da loja. Confira na nossa vitrine da Amazon!

Atenciosamente,
Eletro Center""")

    o, b = order("optout", "pt", "Cafeteira Italiana Moka 6 Xícaras")
    case("responda-sair-para-nao-receber", "reject", ["link.opt-out"],
         "Instrução de descadastro no final ('responda SAIR'): texto de opt-out.",
         to=b, frm="Café em Casa <suporte@cafeemcasa.com.br>",
         subject=f"Primeiro uso da sua moka - pedido {o}", text=f"""Olá,

Antes de usar a moka do pedido {o} pela primeira vez, faça três cafés
e descarte-os: isso tira o gosto de metal do alumínio novo.

Encha a base até a válvula, sem apertar o pó no funil, e use fogo baixo.

Café em Casa

Não quer mais receber nossas mensagens? Responda SAIR.""")

    o, b = order("optout-pt", "pt", "Conjunto de Panelas Antiaderentes")
    case("cancelar-subscricao-portugal", "reject", ["link.opt-out"],
         "Português europeu: 'para deixar de receber estes e-mails, responda CANCELAR': opt-out.",
         to=b, frm="Costura Fácil <encomendas@costurafacil.pt>",
         subject=f"Cuidados com as suas panelas - encomenda {o}", text=f"""Caro cliente,

As panelas da sua encomenda {o} não devem ir à máquina de lavar
loiça. Utilize utensílios de silicone ou madeira para não riscar o
revestimento.

Com os melhores cumprimentos,
Costura Fácil

Para deixar de receber estes e-mails, responda CANCELAR.""")

    o, b = order("phone-cell", "pt", "Guarda-Roupa Casal 6 Portas")
    case("ligue-whatsapp-celular", "reject", ["content.phone-number"],
         "Celular da loja para 'qualquer dúvida' na montagem, sem contexto de garantia, transportadora ou "
         "fabricante.",
         to=b, frm="Móveis Aconchego <entregas@moveisaconchego.com.br>",
         subject=f"Montagem do guarda-roupa - pedido {o}", text=f"""Olá,

O guarda-roupa do pedido {o} vem em seis volumes. Confira se todos
chegaram antes de começar a montagem e separe as ferragens pelo saquinho
numerado.

Qualquer dúvida na montagem, é só ligar ou chamar no WhatsApp:
(11) 98765-4321, falar com o Rogério.

Móveis Aconchego""")

    o, b = order("phone-intl", "pt", "Impressora Multifuncional Tanque de Tinta")
    case("central-de-atendimento-mais-55", "reject", ["content.phone-number"],
         "Central de atendimento da própria loja em formato internacional (+55 21 ...): telefone não "
         "permitido.",
         to=b, frm="InfoShop Informática <fiscal@infoshop.com.br>",
         reply="A impressora não puxa o papel. Podem me ajudar?",
         subject=f"Re: Impressora não puxa papel - pedido {o}", text=f"""Olá,

Verifique se a guia lateral da bandeja não está apertando demais as
folhas da impressora do pedido {o}, e use papel de 75 g/m².

Se preferir, fale com a nossa central de atendimento pelo telefone
+55 21 3456-7890, de segunda a sábado.

InfoShop Informática""")

    o, b = order("phone-sac", "pt", "Micro-ondas 30 Litros Espelhado")
    case("sac-da-loja-0800", "reject", ["content.phone-number"],
         "SAC da própria loja (0800), não do fabricante nem da transportadora.",
         to=b, frm="Casa Limpa Utilidades <devolucoes@casalimpa.com.br>",
         subject=f"Seu micro-ondas - pedido {o}", text=f"""Olá,

Retire a película protetora da porta do micro-ondas do pedido {o} e
deixe o aparelho funcionar dez minutos com um copo de água antes do
primeiro uso, para eliminar o cheiro de novo.

Nosso SAC atende pelo 0800 723 4455, todos os dias das 9h às 21h.

Casa Limpa Utilidades""")

    o, b = order("email-spelled", "pt", "Kit Ferramentas 129 Peças com Maleta")
    case("email-escrito-com-arroba-e-ponto", "reject", ["content.email-address"],
         "Endereço de e-mail escrito por extenso com 'arroba' e 'ponto': ainda é um endereço de e-mail.",
         to=b, frm="Ferramentas Forte <vendas@ferramentasforte.com.br>",
         reply="Faltou uma chave na maleta. Como resolvo?",
         subject=f"Re: Peça faltando - pedido {o}", text=f"""Olá,

Sentimos muito pela chave faltando no kit do pedido {o}. Para agilizar,
mande uma foto da maleta aberta para pecas arroba ferramentasforte ponto
com ponto br e enviamos a peça em seguida.

Ferramentas Forte""")

    o, b = order("email-plain", "pt", "Cadeira Gamer Reclinável")
    case("email-direto-na-assinatura", "reject", ["content.email-address"],
         "Endereço de e-mail comum na assinatura.",
         to=b, frm="Game Seat <contato@gameseat.com.br>",
         subject=f"Montagem da sua cadeira - pedido {o}", text=f"""Olá,

Na montagem da cadeira do pedido {o}, aperte os parafusos do encosto só
depois de encaixar os dois braços, para os furos ficarem alinhados.

Atenciosamente,
Game Seat - suporte.montagem@gameseat.com.br""")

    o, b = order("http", "pt", "Máquina de Lavar 12kg")
    case("manual-em-link-http", "reject", ["link.insecure"],
         "Manual num link http (inseguro).",
         to=b, frm="Eletro Center <atendimento@eletrocenter.com.br>",
         subject=f"Manual da sua lavadora - pedido {o}", text=f"""Olá,

O manual completo da lavadora do pedido {o}, com a tabela de programas,
está disponível em http://www.eletrocenter.com.br/manuais/lavadora-12kg.pdf

Lembre-se de retirar as travas de transporte da parte de trás antes da
primeira lavagem.

Eletro Center""")

    o, b = order("ext-link", "pt", "Kit Jardinagem 10 Peças")
    case("link-para-loja-propria", "reject", ["link.external", "type.marketing"],
         "Link https para a loja virtual própria do vendedor, com convite para conhecer outros produtos.",
         to=b, frm="Verde Casa <ola@verdecasa.com.br>",
         subject=f"Seu kit de jardinagem - pedido {o}", text=f"""Olá,

As ferramentas do pedido {o} devem ser lavadas e secas depois do uso;
uma vez por mês, passe um pouco de óleo nas lâminas da tesoura de poda.

Conheça também os nossos outros produtos na loja oficial:
https://www.verdecasa.com.br/loja

Verde Casa""")

    o, b = order("clique-aqui", "pt", "Purificador de Ar com Filtro HEPA")
    case("link-clique-aqui", "reject", ["style.link-text"],
         "Link HTML da Amazon cujo texto é só 'clique aqui'.",
         to=b, frm="Água Pura Eletro <atendimento@aguapuraeletro.com.br>",
         subject=f"Troca do filtro - pedido {o}", text=f"""Olá,

O filtro HEPA do purificador do pedido {o} deve ser trocado a cada 12
meses. Para ver o filtro de reposição na Amazon, clique aqui:
https://www.amazon.com.br/dp/B0FILTRO12

Água Pura Eletro""",
         html=page(f"<p>Olá,</p>\n<p>O filtro HEPA do purificador do pedido {o} deve ser trocado a cada 12\n"
                   "meses. Para ver o filtro de reposição na Amazon, "
                   '<a href="https://www.amazon.com.br/dp/B0FILTRO12">clique aqui</a>.</p>\n'
                   "<p>Água Pura Eletro</p>", lang="pt-BR"))

    o, b = order("profanity", "pt", "Bicicleta Aro 29 21 Marchas")
    case("palavrao-sobre-a-transportadora", "quarantine", ["content.sensitive"],
         "Palavrão sobre a transportadora numa resposta, de resto útil: linguagem ofensiva.",
         to=b, frm="Pedal Brasil <sac@pedalbrasil.com.br>",
         reply="A bicicleta ainda não chegou, já faz dez dias!",
         subject=f"Re: Bicicleta não chegou - pedido {o}", text=f"""Olá,

Pedimos desculpas. A merda da transportadora extraviou a bicicleta do
pedido {o} no centro de distribuição de Campinas, e eles só admitiram
isso hoje.

Já despachamos outra bicicleta por outra transportadora, sem nenhum custo,
com previsão de entrega para segunda-feira.

Pedal Brasil""")

    o, b = order("insult", "pt", "Fone de Ouvido Sem Fio com Cancelamento de Ruído")
    case("insulto-ao-comprador", "quarantine", ["content.sensitive"],
         "O vendedor xinga o comprador ('idiota', 'porra'): linguagem ofensiva.",
         to=b, frm="SomMax Eletrônicos <sac@sommax.com.br>",
         reply="Esse fone é uma porcaria, quero meu dinheiro de volta!",
         subject=f"Re: Fone com defeito - pedido {o}", text=f"""Olá,

Porra, já explicamos duas vezes: o fone do pedido {o} precisa ser
carregado por duas horas antes do primeiro uso. Só um idiota não lê o
manual.

Se ainda quiser devolver, abra a devolução pela Amazon.

SomMax""")

    o, b = order("cancel-request", "pt", "Geladeira Frost Free 375 Litros", **OOS)
    case("esgotado-pede-para-cancelar", "reject", ["order-problem.cancellation-request",
                                                   "order-problem.no-adjustment"],
         "Sem estoque, o vendedor pede que o comprador solicite o cancelamento, e não confirma ajuste algum.",
         to=b, frm="Eletro Center <atendimento@eletrocenter.com.br>",
         subject=f"Problema com o pedido {o}", text=f"""Prezado cliente,

Infelizmente a geladeira do pedido {o} esgotou no nosso estoque e não
conseguiremos enviá-la.

Pedimos, por gentileza, que solicite o cancelamento do pedido pela sua
conta na Amazon, em "Seus pedidos".

Desculpe o transtorno,
Eletro Center""")

    o, b = order("no-adjust", "pt", "Tênis Casual Feminino Couro 37", **OOS)
    case("sem-estoque-sem-ajuste", "quarantine", ["order-problem.no-adjustment"],
         "Aviso de que o produto acabou e não será enviado, sem confirmar o ajuste do valor nem o motivo.",
         to=b, frm="Corre Mais Esportes <sac@corremais.com.br>",
         subject=f"Seu pedido {o}", text=f"""Olá,

Infelizmente o tênis do pedido {o} no tamanho 37 acabou e não temos
mais como enviar o seu pedido. O fornecedor não tem previsão de reposição.

Pedimos sinceras desculpas pelo ocorrido.

Corre Mais Esportes""")

    o, b = order("dispatch", "pt", "Aparelho de Jantar 30 Peças Porcelana")
    case("confirmacao-de-envio-rastreio", "quarantine", ["type.order-confirmation"],
         "Mensagem proativa que só confirma o envio e o código de rastreio: a Amazon já faz isso.",
         to=b, frm="Mesa Posta <pedidos@mesaposta.com.br>", day=4,
         subject=f"Seu pedido {o} foi enviado!", text=f"""Olá,

Boa notícia: seu pedido {o} foi enviado hoje pelos Correios!

Código de rastreio: AB987654321BR
Previsão de entrega: 3 a 5 dias úteis.

Mesa Posta""")

    o, b = order("thanks-only", "pt", "Edredom Casal Dupla Face")
    case("so-obrigado-pela-compra", "quarantine", ["type.thank-you-only"],
         "Só agradece a compra e se coloca à disposição: não é mensagem permitida.",
         to=b, frm="Enxoval Bonito <loja@enxovalbonito.com.br>",
         subject=f"Obrigado pela sua compra! Pedido {o}", text=f"""Olá,

Muito obrigado pela sua compra (pedido {o})! Ficamos muito felizes em
ter você como cliente.

Estamos à disposição para o que precisar. Qualquer dúvida, é só nos
chamar por aqui.

Um grande abraço,
Equipe Enxoval Bonito""")

    o, b = order("return-nothing", "pt", "Liquidificador 1200W 3 Litros")
    case("devolucao-sem-pergunta-nem-reembolso-parcial", "quarantine", ["return.unnecessary"],
         "Mensagem proativa sobre a devolução que não pede informação nem oferece reembolso parcial.",
         to=b, frm="Cozinha Prática <contato@cozinhapratica.com.br>",
         subject=f"Sua devolução - pedido {o}", text=f"""Olá,

Recebemos a sua solicitação de devolução do liquidificador do pedido
{o}. Lamentamos que o produto não tenha atendido às suas expectativas.

Nosso liquidificador é testado um a um antes do envio, e a grande maioria
dos clientes fica muito satisfeita com ele.

Atenciosamente,
Cozinha Prática""")

    o, b = order("english", "pt", "Câmera de Segurança Wi-Fi 1080p")
    case("ingles-para-comprador-brasileiro", "quarantine", ["language.mismatch"],
         "Mensagem em inglês para comprador da amazon.com.br com idioma português.",
         to=b, frm="SecureHome <support@securehome-store.com>", lang="en",
         subject=f"Setting up your camera - order {o}", text=f"""Hello,

To set up the security camera from order {o}, download the app, hold
the reset button for five seconds until the light blinks blue, and scan
the QR code on the back of the camera with your phone.

The camera only connects to 2.4 GHz Wi-Fi networks.

Best regards,
SecureHome""")

    o, b = order("english-default", "", "Mouse Sem Fio Ergonômico")
    case("ingles-idioma-padrao-br", "quarantine", ["language.mismatch"],
         "Pedido sem idioma do comprador na amazon.com.br (padrão português), mensagem em inglês.",
         to=b, frm="ClickTech <help@clicktech-store.com>", lang="en",
         subject=f"Your mouse - order {o}", text=f"""Hello,

The mouse from order {o} ships with the USB receiver stored inside the
battery compartment. Please remove it from there and plug it into your
computer before switching the mouse on.

Kind regards,
ClickTech""")

    o, b = order("spanish", "pt", "Chaleira Elétrica Inox 1,8L")
    case("espanhol-para-comprador-brasileiro", "quarantine", ["language.mismatch"],
         "Mensagem em espanhol (língua vizinha) para comprador brasileiro.",
         to=b, frm="Hogar Latino <ventas@hogarlatino.com>", lang="es",
         subject=f"Su hervidor eléctrico - pedido {o}", text=f"""Hola,

Antes de usar por primera vez el hervidor del pedido {o}, llénelo
hasta la marca máxima, hiérvalo y deseche el agua. Repita el proceso dos
veces para eliminar el olor a nuevo.

No lo encienda nunca sin agua en el interior.

Saludos cordiales,
Hogar Latino""")

    o, b = order("pt-to-en", "en", "Portable Espresso Maker", tld="com")
    case("portugues-para-comprador-ingles", "quarantine", ["language.mismatch"],
         "Mensagem em português para um comprador da amazon.com com idioma inglês.",
         to=b, frm="Café em Casa <suporte@cafeemcasa.com.br>",
         subject=f"Sua cafeteira portátil - pedido {o}", text=f"""Olá,

Antes de usar a cafeteira portátil do pedido {o}, carregue a bateria
por completo pelo cabo USB-C e lave o reservatório com água morna.

Use café moído fino e não aperte o pó no filtro.

Atenciosamente,
Café em Casa""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_pt,))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="corpus-pt"), verify,
                         after_must_precede=True)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
