"""Round 65: text-content rules (content.sensitive, link.opt-out) and their near-misses.

Made-up wordings, not copied from tests/corpus_sixtyfifth. Each class has sentences that must fire and
same-vocabulary near-misses that must stay silent.
"""

from __future__ import annotations

import pytest

from tests.policies.plain_message import fires

# --- content.sensitive: Troia is a town (Foggia) and the ancient city, not only the insult -----------------


@pytest.mark.parametrize("body", [
    "Il pacco parte domani dal nostro deposito di Troia (FG), con consegna in 48 ore.",
    "Il puzzle raffigura il cavallo di Troia e le mura della città.",
    "Spediamo da Troia, in provincia di Foggia, ogni mattina alle nove.",
])
def test_it_troia_as_a_place_is_no_insult(body: str) -> None:
    assert not fires("content.sensitive", body, "it")


@pytest.mark.parametrize("body", [
    "Quel figlio di Troia del corriere ha lasciato il pacco sotto la pioggia.",
    "La signora è una troia, ha preso il pacco e non lo restituisce.",
])
def test_it_troia_as_an_insult_still_fires(body: str) -> None:
    assert fires("content.sensitive", body, "it")


# --- content.sensitive: threats and curse compounds ----------------------------------------------------------


@pytest.mark.parametrize("body", [
    "Post that one-star review and we will come after you.",
    "Keep lying about the parcel and I'm going to come after you, personally.",
])
def test_en_come_after_you_threat_fires(body: str) -> None:
    assert fires("content.sensitive", body, "com")


@pytest.mark.parametrize("body", [
    "Our driver will come after you've signed for the fridge, to take the old one away.",
    "The technician will come after you get back from work; just tell us the time.",
])
def test_en_come_after_you_as_a_time_stays_silent(body: str) -> None:
    assert not fires("content.sensitive", body, "com")


@pytest.mark.parametrize("body", [
    "Pas op met wat u schrijft: wij weten precies waar u woont.",
    "Die kutbezorgdienst heeft de doos weer laten vallen.",
    "Het is die kankerpostbode weer, hij gooit alles over het hek.",
])
def test_nl_threat_and_curse_compounds_fire(body: str) -> None:
    assert fires("content.sensitive", body, "nl")


@pytest.mark.parametrize("body", [
    "De lotion is getest op kankerverwekkende stoffen en geschikt na een borstkankerbehandeling.",
    "Onze bezorgdienst weet waar de pakketautomaat in uw wijk staat.",
])
def test_nl_medical_and_delivery_words_stay_silent(body: str) -> None:
    assert not fires("content.sensitive", body, "nl")


def test_ja_hiragana_curse_fires() -> None:
    assert fires("content.sensitive", "あの配達員のくそったれが荷物を投げました。", "co.jp")


def test_ja_yakusoku_stays_silent() -> None:
    assert not fires("content.sensitive", "お届けのお約束（やくそく）の日時を守れず申し訳ございません。", "co.jp")


def test_en_crude_orgasm_slang_fires() -> None:
    assert fires("content.sensitive", "Trust us, the wand will make you cum faster than any toy you own.", "com")


@pytest.mark.parametrize("body", [
    "The author graduated magna cum laude before writing this cookbook.",
    "The daybed works as a sofa-cum-guest-bed and unfolds fast.",
])
def test_en_cum_as_latin_stays_silent(body: str) -> None:
    assert not fires("content.sensitive", body, "com")


# --- link.opt-out: a product app's own notifications are no opt-out from the seller --------------------------

APP_HOWTOS = [
    ("com", "You can unsubscribe from the app's daily battery alerts under Settings > Alerts."),
    ("com", "To opt out of the reminders sent by the app, switch off Care tips in its menu."),
    ("de", "Wenn Sie sich von den Push-Benachrichtigungen der Waagen-App abmelden wollen, tippen Sie auf Profil."),
    ("fr", "Pour vous désabonner des rapports hebdomadaires de l'appli, touchez Profil > Préférences."),
    ("es", "Si quiere darse de baja de los avisos diarios de la app, entre en Perfil > Avisos."),
    ("it", "Per disiscriversi dalle notifiche dell'app della bilancia, apra Profilo > Avvisi."),
    ("com.br", "Para se descadastrar dos lembretes do aplicativo, toque em Perfil > Avisos."),
    ("nl", "U kunt zich afmelden voor de pushmeldingen van de weegschaal-app onder Profiel."),
    ("co.jp", "アプリのプッシュ通知の配信停止は、アプリのプロフィール画面から設定できます。"),
]


@pytest.mark.parametrize(("tld", "body"), APP_HOWTOS)
def test_app_notification_howto_is_no_opt_out(tld: str, body: str) -> None:
    assert not fires("link.opt-out", body, tld)


SELLER_OPT_OUTS = [
    ("com", "You can unsubscribe from our shop's emails at any time by replying STOP."),
    ("de", "Sie können sich jederzeit von unseren E-Mails abmelden."),
    ("fr", "Pour vous désabonner de nos messages, répondez simplement STOP."),
    ("es", "Para darse de baja de nuestros correos, responda BAJA."),
    ("it", "Per disiscriverti dai nostri messaggi rispondi STOP."),
    ("com.br", "Para se descadastrar das nossas mensagens, responda SAIR."),
    ("nl", "U kunt zich afmelden voor onze e-mails door STOP te antwoorden."),
    ("co.jp", "当店からのメール配信停止をご希望の方は、このメールにご返信ください。"),
]


@pytest.mark.parametrize(("tld", "body"), SELLER_OPT_OUTS)
def test_seller_opt_out_still_fires(tld: str, body: str) -> None:
    assert fires("link.opt-out", body, tld)


def test_seller_opt_out_in_another_sentence_than_the_app_howto_fires() -> None:
    body = ("The app's weekly reports can be switched off in Settings. "
            "If you no longer wish to receive emails from us, reply STOP.")
    assert fires("link.opt-out", body, "com")


def test_it_disiscriverti_fires() -> None:
    assert fires("link.opt-out", "Se vuoi disiscriverti dalla nostra lista, clicca in fondo alla pagina.", "it")
