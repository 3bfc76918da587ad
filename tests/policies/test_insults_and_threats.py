"""content.sensitive: an insult or a threat aimed at the reader, in words that are not swear words
("you are clearly too stupid to ...", "you'll regret it"), in every language with phrase data, and the
same vocabulary used kindly or about things."""

from __future__ import annotations

import pytest

from tests.policies.plain_message import fires

OID = "113-4829175-6630214"

ABUSE = [
    ("com", f"About order {OID}: honestly, you're just too dumb to plug in a kettle."),
    ("com", f"About order {OID}: are you blind? The switch is on the side."),
    ("co.uk", f"About order {OID}: post one more one-star review and you'll regret it."),
    ("com", f"About order {OID}: take that review down or we will come for you."),
    ("de", f"Zu Bestellung {OID}: Bist du echt so blöd, dass du den Stecker nicht findest?"),
    ("de", f"Zu Bestellung {OID}: Wenn Sie die Bewertung nicht löschen, werden Sie das noch bereuen."),
    ("fr", f"Commande {OID} : êtes-vous vraiment aussi bête que votre avis le laisse penser ?"),
    ("fr", f"Commande {OID} : retirez ce commentaire, sinon vous le regretterez."),
    ("es", f"Pedido {OID}: ¿eres tan estúpido que no ves el botón de encendido?"),
    ("com.mx", f"Pedido {OID}: si vuelve a escribir esa reseña, se arrepentirá."),
    ("it", f"Ordine {OID}: sei proprio scemo se non trovi l'interruttore."),
    ("it", f"Ordine {OID}: tolga quella recensione o se ne pentirà."),
    ("co.jp", f"ご注文{OID}の件：こんなことも分からないなんて、頭が悪いとしか言えません。"),
    ("nl", f"Bestelling {OID}: bent u nou echt zo dom dat u de knop niet ziet?"),
    ("pl", f"Zamówienie {OID}: czy jest pan naprawdę tak głupi, że nie widzi przycisku?"),
    ("com.br", f"Pedido {OID}: você é tão burro que não acha o botão?"),
    ("se", f"Order {OID}: är du verkligen så korkad att du inte hittar knappen?"),
    ("com.tr", f"Sipariş {OID}: düğmeyi göremeyecek kadar kör müsünüz? Aptal mısınız?"),
]

KIND = [
    ("com", f"About order {OID}: there's no such thing as a stupid question, so ask away about the set-up."),
    ("com", f"About order {OID}: we will find you a replacement lid in the right size and post it on Monday."),
    ("co.uk", f"About order {OID}: you won't regret choosing the larger size; the spare cover is in the box."),
    ("de", f"Zu Bestellung {OID}: Es gibt keine dummen Fragen, schreiben Sie uns gern, wenn die Montage hakt."),
    ("fr", f"Commande {OID} : vous n'êtes pas le seul à nous poser la question, la notice est en page 4."),
    ("es", f"Pedido {OID}: no es tonto preguntar; el botón está debajo de la tapa."),
    ("it", f"Ordine {OID}: non è stupido chiedere, l'interruttore è sotto il coperchio."),
    ("it", f"Ordine {OID}: il foro cieco sul retro serve per il montaggio a parete."),
    ("nl", f"Bestelling {OID}: de knop zit aan de onderkant, dat is niet dom gevraagd."),
    ("se", f"Order {OID}: knappen sitter på undersidan, det är inte dumt att fråga."),
]


@pytest.mark.parametrize(("tld", "body"), ABUSE)
def test_insult_or_threat_at_the_reader_fires(tld: str, body: str) -> None:
    assert fires("content.sensitive", body, tld)


@pytest.mark.parametrize(("tld", "body"), KIND)
def test_the_same_words_said_kindly_stay_clean(tld: str, body: str) -> None:
    assert not fires("content.sensitive", body, tld)
