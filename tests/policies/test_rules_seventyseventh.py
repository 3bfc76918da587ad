"""Round seventy-seven: thanks padded with chatter, read with the message's own content cues.

A thank-you message whose only other sentence is a short product fact the buyer benefits from (how it changes
with use, that a change is natural, size and fit, what it is safe for, what follows separately, how it keeps) is a
real message and must pass: a blocked compliant message costs a sale. Thanks padded with nothing but news, a
mission or a wish is still thank-you-only. Made-up wordings (not the corpus's), en de fr es it ja.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import OID, fires

RULE = "type.thank-you-only"

COMPLIANT = [
    # en
    ("com", f"Hi Dana,\n\nThank you for order {OID}! Raw honey like ours may crystallise in the jar; that's natural "
            f"and it melts back gently in warm water.\n\nBest,\nHollow Tree Apiary"),
    ("com", f"Hello,\n\nThanks so much for your order {OID}. The indigo on your throw deepens a little in "
            f"sunlight over the first months.\n\nWarmly,\nBlue Loom"),
    ("co.uk", f"Dear customer,\n\nThank you for your order {OID}. The enamel mugs are dishwasher safe.\n\n"
              f"Kind regards,\nFolk & Tin"),
    ("com", f"Hi,\n\nThank you for your purchase! The second part of order {OID}, the lampshade, ships from our "
            f"other warehouse.\n\nCheers,\nLumen Co"),
    ("com", f"Hello Sam,\n\nThanks for ordering the trail boots ({OID}). This model runs a half size small.\n\n"
            f"All the best,\nRidgeline"),
    ("com.au", f"G'day,\n\nThank you for order {OID}! The leather will soften with wear.\n\nCheers,\n"
               f"Saddle & Co"),
    ("ca", f"Hi there,\n\nThanks a lot for your order {OID}. A faint cedar smell is perfectly normal for the "
           f"first few weeks.\n\nBest wishes,\nNorthwood Chests"),
    ("com", f"Hello,\n\nThank you for your order {OID}! The cold-pressed oil turns cloudy in a cold kitchen, "
            f"which is completely harmless.\n\nRegards,\nGrove Oils"),
    ("com", f"Dear Jordan,\n\nMany thanks for order {OID}. The wooden spoon comes pre-oiled.\n\nBest,\n"
            f"Ash & Spoon"),
    ("co.uk", f"Hi,\n\nThank you for your order {OID}. Each glass is mouth-blown, so no two are exactly alike.\n\n"
              f"Best regards,\nCullet Glassworks"),
    # de
    ("de", f"Hallo,\n\nvielen Dank für Ihre Bestellung {OID}! Der Blütenhonig kristallisiert mit der Zeit, das "
           f"ist ganz natürlich.\n\nViele Grüße\nImkerei Lindner"),
    ("de", f"Guten Tag,\n\nherzlichen Dank für Ihren Einkauf ({OID}). Die Schuhe fallen eher klein aus.\n\n"
           f"Freundliche Grüße\nSchuhwerk Bauer"),
    ("de", f"Hallo,\n\ndanke für Ihre Bestellung {OID}. Die Tassen sind spülmaschinenfest.\n\nBeste Grüße\n"
           f"Töpferei am Bach"),
    ("de", f"Liebe Kundin,\n\nvielen Dank für Ihre Bestellung {OID}! Der zweite Teil kommt aus unserem Lager in "
           f"Kassel nach.\n\nHerzliche Grüße\nWohnwerk"),
    ("de", f"Hallo,\n\nvielen Dank für Ihre Bestellung {OID}. Das Leder dunkelt mit der Zeit etwas nach.\n\n"
           f"Viele Grüße\nSattlerei Koch"),
    # fr
    ("fr", f"Bonjour,\n\nmerci pour votre commande {OID} ! Le miel cristallise avec le temps, c'est tout à fait "
           f"naturel.\n\nBelle journée,\nLe Rucher des Combes"),
    ("fr", f"Bonjour,\n\nmerci beaucoup pour votre achat ({OID}). Ce modèle taille petit.\n\nCordialement,\n"
           f"Atelier Sabots"),
    ("fr", f"Bonjour,\n\nmerci pour votre commande {OID}. Les bols passent au lave-vaisselle.\n\n"
           f"Bien à vous,\nTerre de Lune"),
    ("fr", f"Bonjour,\n\nnous vous remercions pour votre commande {OID}. Le coussin assorti suivra depuis notre "
           f"autre entrepôt.\n\nCordialement,\nMaison Lin"),
    ("fr", f"Bonjour,\n\nmerci pour votre commande {OID}. Le cuir s'assouplit au fil des semaines.\n\n"
           f"À bientôt,\nMaroquinerie Vidal"),
    # es
    ("es", f"Hola,\n\n¡gracias por tu pedido {OID}! La miel cristaliza con el frío y es completamente natural.\n\n"
           f"Un saludo,\nColmenar del Valle"),
    ("es", f"Hola,\n\nmuchas gracias por su compra ({OID}). Estas zapatillas tallan pequeñas.\n\nAtentamente,\n"
           f"Calzados Roig"),
    ("es", f"Hola,\n\ngracias por tu pedido {OID}. Las tazas son aptas para lavavajillas y microondas.\n\n"
           f"Saludos,\nCerámica Alba"),
    ("es", f"Buenos días,\n\nmuchas gracias por su pedido {OID}. El cuero se oscurece un poco con el uso.\n\n"
           f"Atentamente,\nTalabartería Gil"),
    # it
    ("it", f"Buongiorno,\n\ngrazie per il suo ordine {OID}! Il miele di acacia col tempo può cristallizzare: è del "
           f"tutto naturale.\n\nCordiali saluti,\nApicoltura Ferri"),
    ("it", f"Ciao,\n\ngrazie mille per l'ordine {OID}. Questo modello veste piccolo.\n\nUn saluto,\nMaglieria Bassi"),
    ("it", f"Buongiorno,\n\ngrazie per l'ordine {OID}. Le tazze vanno in lavastoviglie senza problemi.\n\n"
           f"Cordiali saluti,\nCeramiche Vietri Sole"),
    ("it", f"Salve,\n\nla ringraziamo per l'ordine {OID}. Il secondo articolo arriverà a parte dal nostro altro "
           f"magazzino.\n\nCordiali saluti,\nCasa Lino"),
    # ja
    ("co.jp", f"お客様\n\nこのたびはご注文（{OID}）ありがとうございます。\n天然のはちみつは寒くなると白く固まることがありますが、"
              f"品質に問題はございません。\n\nはちみつ工房 花蜜"),
    ("co.jp", "お客様\n\nこのたびはご注文ありがとうございます。\n革は使い込むほどに色が深くなり、手になじんでいきます。\n\n"
              "革工房 ひだまり"),
    ("co.jp", f"お客様\n\nご注文（{OID}）誠にありがとうございます。\nこちらの器は食洗機にも対応しております。\n\n陶房 つき"),
    ("co.jp", "お客様\n\nこのたびはお買い上げありがとうございます。\nこちらのスニーカーは小さめの作りです。\n\n靴工房 あゆみ"),
]

# facts with none of the listed words: the product is the subject of a present-tense statement
COMPLIANT += [
    ("com", f"Hi,\n\nThanks for your order {OID}! Your bulbs are best planted in autumn.\n\nBest,\nBulb Barn"),
    ("com", f"Hi,\n\nThanks for your order {OID}! The clay pot is unglazed inside, so plants breathe.\n\nBest,\n"
            f"Terracotta Row"),
    ("com", f"Hi,\n\nThanks for your order {OID}! The board is end-grain, which is kinder to your knives.\n\nBest,\n"
            f"Blockworks"),
    ("com", f"Hi,\n\nThanks for your order {OID}! The chocolate contains traces of hazelnut.\n\nBest,\nCacao Hut"),
    ("de", f"Hallo,\n\nvielen Dank für Ihre Bestellung {OID}! Der Honig ist naturbelassen und nicht erhitzt.\n\n"
           f"Grüße\nImkerei Sommer"),
    ("de", f"Hallo,\n\nvielen Dank für Ihre Bestellung {OID}! Der Tee schmeckt auch kalt sehr gut.\n\nGrüße\n"
           f"Teekontor"),
    ("fr", f"Bonjour,\n\nmerci pour votre commande {OID} ! L'encre est indélébile une fois sèche.\n\n"
           f"Cordialement,\nEncres Duval"),
    ("es", f"Hola,\n\n¡gracias por tu pedido {OID}! El té sabe mejor con agua no muy caliente.\n\nSaludos,\n"
           f"Casa del Té"),
    ("it", f"Ciao,\n\ngrazie per l'ordine {OID}! Il miele è crudo e non pastorizzato.\n\nSaluti,\nMiele Vivo"),
    ("co.jp", "お客様\n\nこのたびはご注文ありがとうございます。\nふたは別の箱でお送りしております。\n\n陶房 なぎ"),
]

# the languages whose cues came in this round
COMPLIANT += [
    ("nl", f"Hallo,\n\nHartelijk dank voor uw bestelling {OID}! De honing kan na een paar weken kristalliseren, dat "
           f"is heel natuurlijk.\n\nGroeten,\nImkerij De Linde"),
    ("com.br", f"Olá,\n\nmuito obrigado pela sua encomenda {OID}! O couro escurece um pouco com o tempo.\n\n"
               f"Cumprimentos,\nCouros Lima"),
    ("se", f"Hej,\n\ntack för din beställning {OID}! Muggarna tål diskmaskin.\n\nHälsningar,\nLera & Eld"),
    ("pl", f"Dzień dobry,\n\ndziękujemy za zamówienie {OID}! Miód z czasem krystalizuje, to całkowicie "
           f"naturalne.\n\nPozdrawiamy,\nPasieka Zofia"),
]

VIOLATIONS = [
    # en
    ("com", f"Hi,\n\nThe apple blossom is out in the orchard and the bees have been busy all week.\n\nThank you "
            f"for order {OID}!\n\nBest,\nHollow Tree Apiary"),
    ("co.uk", f"Hello,\n\nWe founded Thistle & Thread with one belief: good things must be made slowly and kindly. "
              f"Thank you for being part of that story with order {OID}.\n\nWarmly,\nThistle & Thread"),
    ("com", f"Hi there,\n\nOur studio cat has claimed the packing table again, and nobody dares to move her. "
            f"Thanks so much for order {OID}!\n\nCheers,\nCopper Kettle Studio"),
    ("ca", f"Hello,\n\nIt snowed on the lake last night, in June of all months, and the whole village came out to "
           f"look. Many thanks for your order {OID}.\n\nBest,\nLoon Lake Crafts"),
    ("com.au", f"G'day,\n\nThe team had a barbecue on Friday to celebrate our fifth birthday. Thanks heaps for "
               f"order {OID}!\n\nCheers,\nBillabong Bags"),
    ("com", f"Dear friend,\n\nEvery candle we pour carries a little of the valley where we grew up. We are so "
            f"grateful for your order {OID}.\n\nWith thanks,\nValley Wick"),
    # de
    ("de", f"Hallo,\n\nbei uns auf dem Hof blüht gerade der Raps, und die Hühner sind kaum zu halten. Vielen Dank "
           f"für Ihre Bestellung {OID}!\n\nHerzliche Grüße\nHof Wiesengrund"),
    ("de", f"Guten Tag,\n\nunser Gründer sagt immer, ein gutes Messer muss ein Leben lang begleiten. Herzlichen "
           f"Dank, dass Sie bei uns bestellt haben ({OID}).\n\nIhre Schmiede Falk"),
    ("de", f"Hallo,\n\ndiese Woche ist bei uns im Dorf Kirmes, und die halbe Werkstatt steht am Autoscooter. "
           f"Danke für Ihre Bestellung {OID}!\n\nViele Grüße\nHolzwerk Ebner"),
    # fr
    ("fr", f"Bonjour,\n\nà l'atelier, les hirondelles sont revenues sous le toit et tout le monde se réjouit. "
           f"Merci pour votre commande {OID} !\n\nBelle journée,\nLa Fabrique Bleue"),
    ("fr", f"Bonjour,\n\nnous croyons qu'un bel objet se transmet de génération en génération. Merci de nous "
           f"avoir fait confiance pour votre commande {OID}.\n\nL'équipe Héritage"),
    ("fr", f"Bonjour,\n\ntout le quartier a fêté la musique samedi soir, et notre souffleur a joué de l'accordéon "
           f"jusqu'à minuit. Merci pour votre commande {OID}.\n\nÀ bientôt,\nVerrerie Rose"),
    # es
    ("es", f"Hola,\n\nen el pueblo se celebran estos días las fiestas de San Juan y el taller huele a churros. "
           f"¡Gracias por tu pedido {OID}!\n\nUn abrazo,\nCerámica Luna"),
    ("es", f"Estimado cliente,\n\nnuestra familia se dedica a la cerámica desde hace tres generaciones. Muchas "
           f"gracias por su pedido {OID}.\n\nAtentamente,\nAlfarería Ruiz"),
    # it
    ("it", f"Buongiorno,\n\nin paese si festeggia il santo patrono e la bottega si è riempita di amici. Grazie di "
           f"cuore per l'ordine {OID}!\n\nUn caro saluto,\nBottega Rossi"),
    ("it", f"Ciao,\n\nper noi ogni tazza racconta una storia di famiglia. Grazie per il tuo ordine {OID}!\n\n"
           f"Un abbraccio,\nCeramiche Gialle"),
    # ja
    ("co.jp", f"お客様\n\n工房の庭では朝顔が咲き始め、職人たちも毎朝楽しみにしております。\nこのたびはご注文（{OID}）"
              f"誠にありがとうございました。\n\n木工房 こだま"),
    ("co.jp", "お客様\n\n私たちは「長く愛される物づくり」を大切にしています。\nこのたびはご注文いただき、"
              "ありがとうございます。\n\n陶房 しずく"),
    ("co.jp", f"お客様\n\n先週は地元の夏祭りで、スタッフ一同浴衣で参加いたしました。\nご注文（{OID}）、本当にありがとうございました。\n\n"
              f"染工房 あおい"),
    ("co.jp", "お客様\n\n当店の看板犬「こむぎ」は今日も店先でお昼寝中です。\nこのたびはお買い上げいただき、"
              "ありがとうございました。\n\n雑貨屋 こむぎ"),
    # nl pt sv pl
    ("nl", f"Hallo,\n\nDeze week was het kermis in ons dorp en de hele werkplaats was versierd. Hartelijk dank "
           f"voor uw bestelling {OID}.\n\nGroeten,\nAtelier Duin"),
    ("com.br", f"Olá,\n\nesta semana houve a festa da aldeia e a oficina ficou cheia de amigos. Muito obrigado pela "
               f"sua encomenda {OID}!\n\nCumprimentos,\nOficina Azul"),
    ("se", f"Hej,\n\nhär på gården har vi precis klippt fåren och alla är trötta men glada. Tack så mycket för din "
           f"beställning {OID}!\n\nHälsningar,\nGårdsull"),
    ("pl", f"Dzień dobry,\n\nw naszej pracowni właśnie zakwitły lipy i wszyscy chodzą uśmiechnięci. Bardzo "
           f"dziękujemy za zamówienie {OID}!\n\nPozdrawiamy,\nPracownia Lipa"),
]


@pytest.mark.parametrize(("tld", "body"), COMPLIANT)
def test_thanks_with_one_short_product_fact_stays_quiet(tld: str, body: str) -> None:
    assert not fires(RULE, body, tld)


# the tlds whose language has the small-talk reading on (small_talk = true in its types.toml): all of them now
_ON = ("com", "co.uk", "ca", "com.au", "in", "ie", "de", "at", "nl", "com.be", "es", "com.mx", "com.br", "pt", "fr", "it",
       "co.jp", "se", "pl")
_OFF = pytest.mark.xfail(strict=True, reason="the small-talk reading is on only where small_talk = true in policies/data/<lang>/types.toml")


@pytest.mark.parametrize(("tld", "body"),
                         [pytest.param(tld, body, marks=() if tld in _ON else _OFF) for tld, body in VIOLATIONS])
def test_thanks_padded_with_chatter_only_fires(tld: str, body: str) -> None:
    assert fires(RULE, body, tld)
