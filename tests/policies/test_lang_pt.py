"""Portuguese (amazon.com.br, and European spellings where they cost nothing): policies/data/pt.

Made-up wordings, not the sentences of tests/corpus_pt, one group per topic: violations that must fire (the
rule ID asserted) and compliant near-misses with the same vocabulary that must stay clean ('avaliação' as an
inspection, 'cupom fiscal', 'sair do modo', 'siga as instruções', the toy brand Estrela, a CNPJ, a CEP, a
carrier's 0800 number).
"""

from __future__ import annotations

import pytest

from tests.policies.test_rules_messagetypes import OID, hits, make_ctx


def _fires(rule_id: str, body: str, **kw: object) -> bool:
    return bool(hits(rule_id, make_ctx(body, subject=f"Pedido {OID}", **kw)))  # type: ignore[arg-type]


def _msg(middle: str, *, greeting: str = "Olá,", sign: str = "Atenciosamente,\nLoja Exemplo") -> str:
    return f"{greeting}\n\n{middle}\n\n{sign}"


# --- review.incentive ---------------------------------------------------------------------------------

INCENTIVES = [
    _msg(f"Sobre o pedido {OID}: quem publicar uma avaliação na Amazon ganha um vale-compras de R$ 30."),
    _msg(f"Pedido {OID}. Avalie o produto com 5 estrelas e receba 20% de desconto na próxima compra."),
    _msg(f"Pedido {OID}: depois de deixar o seu comentário na Amazon, mande o print que devolvemos o valor do frete."),
    _msg(f"Pedido {OID}. Como forma de agradecimento pela sua avaliação, enviaremos um brinde exclusivo."),
    _msg(f"Pedido {OID}: uma avaliação caprichada na Amazon ajudaria muito a nossa lojinha!",
         greeting="E aí, tudo certo?", sign="Valeu!\nLoja Exemplo"),
    _msg(f"Encomenda {OID}: por cada opinião publicada na Amazon oferecemos um cupão de 10 euros.",
         greeting="Caro cliente,", sign="Com os melhores cumprimentos,\nLoja Exemplo"),
    _msg(f"Pedido {OID}. Se puder, dê nota máxima pra gente na Amazon, isso faz toda a diferença!"),
    _msg(f"Pedido {OID}: não diríamos não a uma avaliação positiva na Amazon."),
    _msg(f"Pedido {OID}. Deixe sua resenha na Amazon e participe do sorteio de um fone de ouvido."),
]


@pytest.mark.parametrize("body", INCENTIVES)
def test_incentivised_or_steered_review_fires(body: str) -> None:
    assert _fires("review.incentive", body)


NEUTRAL_REQUESTS = [
    _msg(f"Pedido {OID}: se tiver um momento, deixe uma avaliação sincera do produto na Amazon. Sua opinião, "
         "positiva ou negativa, ajuda outros compradores."),
    _msg(f"Pedido {OID}. Nossa equipe técnica concluiu a avaliação das fotos: o defeito é de fábrica e enviaremos "
         "uma peça nova sem custo."),
    _msg(f"Pedido {OID}: agradecemos o seu comentário sobre a embalagem, que foi repassado ao fabricante. A "
         "tampa de reposição gratuita já está a caminho."),
    _msg(f"Pedido {OID}. O jogo Detetive da Estrela voltou ao estoque e será enviado amanhã."),
    _msg(f"Pedido {OID}: o hotel 5 estrelas onde faremos a feira fica no centro; o seu pedido sai antes disso."),
    _msg(f"Pedido {OID}: na nossa opinião vale a pena trocar a peça, e faremos isso sem custo."),
    _msg(f"Pedido {OID}: a avaliação do técnico é gratuita e o conserto sai sem custo, pela garantia."),
    _msg(f"Pedido {OID}: segue o cupom fiscal; se puder, deixe também sua avaliação do produto na Amazon."),
    _msg(f"Pedido {OID}: se voce puder, deixe uma avaliacao sincera na Amazon, elogio ou critica."),
]


@pytest.mark.parametrize("body", NEUTRAL_REQUESTS)
def test_neutral_request_or_inspection_is_no_incentive(body: str) -> None:
    assert not _fires("review.incentive", body)


def test_real_negation_still_negates() -> None:
    body = _msg(f"Pedido {OID}: não oferecemos brindes nem descontos por avaliações; pedimos apenas a sua "
                "opinião sincera na Amazon.")
    assert not _fires("review.incentive", body)


# --- review.conditional ---------------------------------------------------------------------------------

GATING = [
    _msg(f"Pedido {OID}: se você gostou da cafeteira, deixe um comentário na Amazon. Se algo deu errado, fale "
         "com a gente primeiro."),
    _msg(f"Pedido {OID}. Ficou satisfeita com a compra? Então avalie a nossa loja na Amazon! Se não, "
         "responda esta mensagem antes de publicar qualquer avaliação."),
    _msg(f"Encomenda {OID}: caso tenha ficado contente com o produto, deixe a sua opinião na Amazon; caso "
         "contrário, contacte-nos primeiro.", greeting="Caro cliente,"),
]


@pytest.mark.parametrize("body", GATING)
def test_review_gating_fires(body: str) -> None:
    assert _fires("review.conditional", body)


def test_review_for_everyone_is_no_gating() -> None:
    body = _msg(f"Pedido {OID}: gostando ou não, deixe a sua avaliação na Amazon. Se tiver qualquer problema "
                "com o produto, estamos à disposição por aqui.")
    assert not _fires("review.conditional", body)


# --- review.removal-request -------------------------------------------------------------------------------

REMOVALS = [
    _msg(f"Pedido {OID}: como já trocamos o produto, você poderia apagar o comentário negativo?"),
    _msg(f"Pedido {OID}. Será que daria para mudar a sua nota de uma estrela para cinco?"),
    _msg(f"Pedido {OID}: agora que tudo foi resolvido, pedimos que reveja a sua avaliação na Amazon."),
    _msg(f"Pedido {OID}. A avaliação de duas estrelas que o senhor deixou nos prejudica; poderia retirá-la?"),
]


@pytest.mark.parametrize("body", REMOVALS)
def test_request_to_change_a_review_fires(body: str) -> None:
    assert _fires("review.removal-request", body, reply=True)


NOT_REMOVALS = [
    _msg(f"Pedido {OID}: vamos corrigir a nota fiscal com o CPF certo e enviá-la ainda hoje."),
    _msg(f"Pedido {OID}. Você pode alterar a sua avaliação quando quiser na sua conta da Amazon."),
]


@pytest.mark.parametrize("body", NOT_REMOVALS)
def test_invoice_or_information_is_no_removal_request(body: str) -> None:
    assert not _fires("review.removal-request", body, reply=True)


# --- type.marketing ---------------------------------------------------------------------------------------

MARKETING = [
    _msg(f"Pedido {OID}: use o código VOLTA15 e ganhe 15% de desconto em qualquer produto da loja."),
    _msg(f"Pedido {OID}. Acompanhe a gente no TikTok para ver as novidades da semana!"),
    _msg(f"Pedido {OID}: não perca a nossa liquidação de fim de estação, com frete grátis para todo o Brasil."),
    _msg(f"Pedido {OID}. Você também pode gostar das nossas capas de almofada, que combinam com a manta."),
    _msg(f"Pedido {OID}: conheça os nossos outros produtos na vitrine da loja na Amazon."),
    _msg(f"Encomenda {OID}: siga-nos no Facebook e fique a par das nossas promoções.", greeting="Caro cliente,"),
]


@pytest.mark.parametrize("body", MARKETING)
def test_marketing_fires(body: str) -> None:
    assert _fires("type.marketing", body)


NOT_MARKETING = [
    _msg(f"Pedido {OID}: siga as instruções do manual para instalar o suporte na parede."),
    _msg(f"Pedido {OID}. Segue em anexo a nota fiscal; como a venda foi online, não há cupom fiscal."),
    _msg(f"Pedido {OID}: o desconto que aparecia no anúncio já tinha terminado, por isso estornamos a diferença."),
    _msg(f"Pedido {OID}. Não oferecemos cupons nem promoções por mensagem; esta é só uma pergunta sobre a entrega."),
]


@pytest.mark.parametrize("body", NOT_MARKETING)
def test_same_words_without_promotion_stay_clean(body: str) -> None:
    assert not _fires("type.marketing", body, reply=True)


# --- type.thank-you-only and type.order-confirmation (proactive) ------------------------------------------

def test_thank_you_only_fires() -> None:
    body = (f"Oi, tudo bem?\n\nValeu demais pela compra do pedido {OID}! Ficamos super felizes.\n\n"
            "Qualquer coisa, é só chamar a gente por aqui.\n\nAbraços,\nLoja Exemplo")
    assert _fires("type.thank-you-only", body)


def test_thanks_with_real_information_is_not_thank_you_only() -> None:
    body = _msg(f"Obrigado pela compra (pedido {OID}). Atenção: o adaptador que acompanha o produto é de 127 V; "
                "não ligue o aparelho em tomadas de 220 V.")
    assert not _fires("type.thank-you-only", body)


def test_dispatch_confirmation_fires() -> None:
    body = _msg(f"O seu pedido {OID} foi postado hoje pelos Correios. Código de rastreio: QB123456785BR.")
    assert _fires("type.order-confirmation", body)


def test_delay_notice_is_no_confirmation() -> None:
    body = _msg(f"O envio do pedido {OID} vai atrasar: o fornecedor entrega o lote novo só no dia 22, e "
                "enviaremos no mesmo dia. Se preferir, é possível cancelar sem custo pela Amazon.")
    assert not _fires("type.order-confirmation", body)
    assert not _fires("order-problem.cancellation-request", body)


# --- order problems and returns --------------------------------------------------------------------------

def test_out_of_stock_asking_to_cancel_fires() -> None:
    body = _msg(f"O item do pedido {OID} acabou no estoque. Por gentileza, peça o cancelamento na sua conta "
                "da Amazon.")
    assert _fires("order-problem.cancellation-request", body)


def test_out_of_stock_without_adjustment_fires() -> None:
    body = _msg(f"Lamentamos, mas o produto do pedido {OID} está indisponível e não conseguiremos enviá-lo.")
    assert _fires("order-problem.no-adjustment", body)


def test_out_of_stock_with_adjustment_is_clean() -> None:
    body = _msg(f"O produto do pedido {OID} esgotou e não poderá ser enviado. Já reembolsamos o valor total "
                "pela Amazon, com o motivo 'sem estoque'.")
    assert not _fires("order-problem.no-adjustment", body)
    assert not _fires("order-problem.cancellation-request", body)


def test_return_message_without_question_fires() -> None:
    body = _msg(f"Vimos que abriu uma devolução do pedido {OID}. É uma pena, o produto costuma agradar muito.")
    assert _fires("return.unnecessary", body)


RETURN_OK = [
    _msg(f"Sobre a devolução do pedido {OID}: poderia nos informar o número de série que está na etiqueta?"),
    _msg(f"Sobre a devolução do pedido {OID}: se preferir ficar com o produto, oferecemos um reembolso parcial "
         "de R$ 35,00."),
]


@pytest.mark.parametrize("body", RETURN_OK)
def test_return_message_asking_or_offering_partial_refund_is_clean(body: str) -> None:
    assert not _fires("return.unnecessary", body)


# --- link.opt-out ----------------------------------------------------------------------------------------

OPT_OUTS = [
    _msg(f"Pedido {OID}: dicas de uso em anexo.\n\nPara não receber mais e-mails como este, responda PARAR."),
    _msg(f"Pedido {OID}: dicas de uso em anexo.\n\nSe não quiser mais receber nossas dicas, é só responder sair."),
    _msg(f"Pedido {OID}: dicas de uso em anexo.\n\nDescadastre-se a qualquer momento respondendo esta mensagem."),
]


@pytest.mark.parametrize("body", OPT_OUTS)
def test_opt_out_text_fires(body: str) -> None:
    assert _fires("link.opt-out", body)


NOT_OPT_OUTS = [
    _msg(f"Pedido {OID}: para sair do modo de demonstração, segure o botão por dez segundos."),
    _msg(f"Pedido {OID}: se o alarme tocar, aperte PARAR no visor e cancele o timer."),
]


@pytest.mark.parametrize("body", NOT_OPT_OUTS)
def test_instruction_words_are_no_opt_out(body: str) -> None:
    assert not _fires("link.opt-out", body)


# --- content.phone-number ---------------------------------------------------------------------------------

PHONES = [
    _msg(f"Pedido {OID}: qualquer dúvida, chame no zap (21) 99876-5432."),
    _msg(f"Pedido {OID}. Ligue para a nossa loja: 11 3322-4455."),
    _msg(f"Encomenda {OID}: contacte-nos pelo telemóvel 912 345 678.", greeting="Caro cliente,"),
]


@pytest.mark.parametrize("body", PHONES)
def test_seller_phone_fires(body: str) -> None:
    assert _fires("content.phone-number", body)


PHONE_OK = [
    _msg(f"Pedido {OID}: a garantia é atendida pela assistência técnica autorizada, telefone 0800 707 1234."),
    _msg(f"Pedido {OID}. A Jadlog agenda a entrega pelo (11) 3563-2000."),
    _msg(f"Pedido {OID}: Loja Exemplo Ltda., CNPJ 98.765.432/0001-10, Av. Paulista, 900, CEP 01310-100."),
]


@pytest.mark.parametrize("body", PHONE_OK)
def test_carrier_warranty_or_register_number_is_allowed(body: str) -> None:
    assert not _fires("content.phone-number", body)


# --- content.email-address --------------------------------------------------------------------------------

def test_email_spelt_with_arroba_and_ponto_fires() -> None:
    body = _msg(f"Pedido {OID}: mande as fotos para fotos arroba lojaexemplo ponto com ponto br.")
    assert _fires("content.email-address", body)


def test_arroba_as_a_unit_is_no_address() -> None:
    body = _msg(f"Pedido {OID}: a saca tem uma arroba (15 kg) de café; ponto de moagem médio.")
    assert not _fires("content.email-address", body)


# --- content.sensitive ------------------------------------------------------------------------------------

SENSITIVE = [
    _msg(f"Pedido {OID}: esses correios de bosta atrasaram tudo de novo."),
    _msg(f"Pedido {OID}. Que saco, o entregador é um babaca e largou a caixa na chuva."),
    _msg(f"Pedido {OID}: a transportadora fez uma m*rda com o seu pacote."),
    _msg(f"Encomenda {OID}: o estafeta é um cabrão, deixou a caixa à chuva.", greeting="Caro cliente,"),
]


@pytest.mark.parametrize("body", SENSITIVE)
def test_offensive_portuguese_fires(body: str) -> None:
    assert _fires("content.sensitive", body)


SENSITIVE_OK = [
    _msg(f"Pedido {OID}: o fusível de ação retardada fica na tampa; o cabo é de cobre nu."),
    _msg(f"Pedido {OID}. O kit de facas de cozinha vem com bainhas de proteção para as lâminas."),
]


@pytest.mark.parametrize("body", SENSITIVE_OK)
def test_ordinary_portuguese_is_not_sensitive(body: str) -> None:
    assert not _fires("content.sensitive", body)


# --- style.link-text --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["clique aqui", "Saiba mais", "acesse", "neste link"])
def test_generic_portuguese_link_text_fires(text: str) -> None:
    body = f'<p>Pedido {OID}: o manual está <a href="https://www.amazon.com.br/dp/B0TESTE001">{text}</a>.</p>'
    assert _fires("style.link-text", body, html=True)


def test_explanatory_link_text_is_clean() -> None:
    body = (f'<p>Pedido {OID}: veja as <a href="https://www.amazon.com.br/dp/B0TESTE001">instruções de garantia '
            "na página do produto</a>.</p>")
    assert not _fires("style.link-text", body, html=True)


# --- content.spelling (pyspellchecker's Portuguese list, with Brazilian spellings) --------------------------

def test_egregious_portuguese_misspelling_warns() -> None:
    body = _msg(f"Infelismente o seu pedidu {OID} atrazou porque a transportadora nao pasou para a coleta. Vamo "
                "enviar amanha cem falta, pesso desculpa pelo trastorno e qualquer duvida estamo a disposisao, o "
                "produto e muinto bom e de otima qualidadi.")
    assert _fires("content.spelling", body)


SPELLED_RIGHT = [
    # Brazilian circumflex and the consonant Brazil drops: 'econômico', 'eletrônico', 'tênis', 'ação'
    _msg(f"O modelo econômico do aparelho eletrônico do pedido {OID} é bivolt, e o tênis infantil acompanha "
         "palmilha removível. A ação de limpeza deve ser feita com pano úmido, sem produtos abrasivos, e o "
         "bebê conforto vem com o manual em português. Qualquer dúvida, estamos à disposição por aqui."),
    # everyday Brazilian words and a message typed without accents
    _msg(f"Oi! Seu fone do pedido {OID} ja esta separado pra envio, e o cupom fiscal nao e emitido em vendas "
         "online. Voce recebe o estorno da diferenca em ate duas faturas, e qualquer duvida e so falar com a "
         "gente pelo contato da Amazon, que respondemos rapidinho."),
]


@pytest.mark.parametrize("body", SPELLED_RIGHT)
def test_brazilian_spelling_is_no_misspelling(body: str) -> None:
    assert not _fires("content.spelling", body)


# --- classes found by probing after the corpus ------------------------------------------------------------

PROBED = [
    ("content.phone-number", _msg(f"Pedido {OID}: fale conosco pelo (31) 3222-4455.")),
    ("content.phone-number", _msg(f"Pedido {OID}. Central de atendimento: 4003-9876, de segunda a sexta.")),
    ("type.thank-you-only", _msg(f"Só passando para saber se a encomenda {OID} chegou certinho!\n\nConte sempre "
                                 "com a gente.", greeting="Oi, tudo bem?")),
    ("type.thank-you-only", _msg(f"Agradecemos a preferência! Pedido {OID}. Pode contar conosco para o que "
                                 "precisar.")),
    ("type.order-confirmation", _msg(f"Informamos que o reembolso do pedido {OID} já foi efetuado hoje.")),
    ("review.conditional", _msg(f"Pedido {OID}: caso tenha ficado satisfeito com a luminária, deixe a sua "
                                "avaliação na Amazon; se não, fale primeiro com a gente.")),
    ("review.removal-request", _msg(f"Pedido {OID}: ficaríamos gratos se o senhor alterasse o comentário de "
                                    "duas estrelas, agora que a troca foi feita.")),
    ("order-problem.cancellation-request", _msg(f"O modelo do pedido {OID} saiu de linha. Pedimos, por "
                                                "gentileza, que solicite o cancelamento.")),
    ("order-problem.no-adjustment", _msg(f"Pedido {OID}: infelizmente já não temos mais a luminária azul "
                                         "disponível para envio.")),
    ("order-problem.cancellation-request", _msg(f"Pedido {OID}: o tapete está em falta. Se puder, cancele a "
                                                "compra pela Amazon.")),
    ("type.order-confirmation", _msg(f"Pedido {OID}: a sua encomenda já está com a transportadora e chega "
                                     "na quinta-feira.")),
]


@pytest.mark.parametrize(("rule_id", "body"), PROBED)
def test_probed_classes_fire(rule_id: str, body: str) -> None:
    assert _fires(rule_id, body)


PROBED_CLEAN = [
    # a date, an order reference, a price and a postcode are no Brazilian phone numbers
    ("content.phone-number", _msg(f"Pedido {OID}: entrega em 18/06/2026, valor R$ 1.234,56, CEP 04538-133.")),
    # the refund on the card statement ('na fatura') is no invoice, but a question keeps the message useful
    ("type.order-confirmation", _msg(f"Pedido {OID}: o estorno aparece na fatura em até dois ciclos. Prefere "
                                     "receber a peça nova ou o reembolso?")),
    ("type.thank-you-only", _msg(f"Obrigado pela compra do pedido {OID}! O filtro deve ser lavado a cada 15 dias "
                                 "em água corrente, sem sabão.")),
    # a delay because the supplier is out of stock, with a new dispatch date, is a delay notice
    ("order-problem.no-adjustment", _msg(f"O envio do pedido {OID} vai atrasar: a caneca está em falta no "
                                         "fornecedor, e enviaremos no dia 24.")),
    # delivered a few days ago, then a neutral review request: no delivery confirmation
    ("type.order-confirmation", _msg(f"O seu pedido {OID} foi entregue há três dias. Se tiver um momento, deixe "
                                     "uma avaliação sincera na Amazon.")),
]


@pytest.mark.parametrize(("rule_id", "body"), PROBED_CLEAN)
def test_probed_near_misses_stay_clean(rule_id: str, body: str) -> None:
    assert not _fires(rule_id, body)
