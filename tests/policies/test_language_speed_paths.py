"""`detect_languages`' shortcuts (a repeated paragraph weighed once, one model call per distinct sample,
k=1, letters counted in C for ASCII) give the shares of the plain per-paragraph reading, kept here."""

from __future__ import annotations

import random

import pytest

from policies import language as lg


def reference(subject: str, body: str) -> list[tuple[str, float]]:
    """Every paragraph read (the same choice: `_paragraphs`, `_chosen`) cleaned, counted and given to
    the model (top 3) on its own."""
    weights: dict[str, float] = {}
    chunks = lg._paragraphs(body)[: lg._MAX_CHUNKS]
    sample = max(lg._MIN_SAMPLE, min(lg._SAMPLE, lg._MESSAGE_SAMPLE // max(1, len(chunks))))
    chosen = lg._chosen(chunks)
    chunks = [c for c in chunks if c in chosen]
    for chunk in chunks:
        raw = chunk[: 3 * sample]
        clean = " ".join(
            w
            for w in (lg._LINKS.sub(" ", raw)).translate(lg._NOISE_CHARS).split()
            if len(w) <= lg._MAX_WORD or lg._JA.search(w)
        )
        letters = sum(map(str.isalpha, clean))
        if lg._JA.search(clean):
            letters = max(letters, 3 * len(lg._JA.findall(clean)))
        if len(chunk) > len(raw):
            letters = int(letters * len(chunk) / len(raw))
        if letters < 12:
            continue
        top = lg._predict(clean, sample)
        if top:
            weights[top[0][0]] = weights.get(top[0][0], 0.0) + letters * max(top[0][1], 0.3)
    if not weights:
        top = lg.detect(f"{subject}\n{body[: lg._RAW_SAMPLE]}")
        return [(top[0][0], 1.0)] if top else []
    total = sum(weights.values())
    return sorted(((k, v / total) for k, v in weights.items()), key=lambda kv: -kv[1])


PARAGRAPHS = [
    "Thanks for ordering the Personalized Bamboo Cutting Board (order 113-4829175-6630214). The order came "
    "through without any engraving text, so we cannot start on your board yet.",
    "Vielen Dank für Ihre Bestellung. Bitte teilen Sie uns den gewünschten Text für die Gravur mit, dann "
    "versenden wir das Brett innerhalb von zwei Werktagen.",
    "Merci pour votre commande. Pourriez-vous nous indiquer le texte à graver ? Nous expédierons la planche "
    "sous deux jours ouvrés.",
    "ご注文ありがとうございます。刻印する文字をお知らせください。二営業日以内に発送いたします。",
    "See https://www.example.com/orders/113 or write to support@acme.example for help with your order please",
    "Hi,",
    "Thanks,\nOwen Gallagher\nAcme Engraving",
    "Danke! " + "Rechtsschutzversicherungsgesellschaften" * 2 + " und so weiter, vielen herzlichen Dank",
]


@pytest.mark.parametrize(
    "body",
    [
        "\n\n".join(PARAGRAPHS[i % 4] for i in range(28)),  # the bench's shape: four paragraphs repeated
        "\n\n".join([PARAGRAPHS[0], PARAGRAPHS[1]] * 3),  # bilingual, repeated
        "\n\n".join(PARAGRAPHS),
        "Hi,\n\nThanks,\nOwen",  # nothing long enough: the subject and body together
        PARAGRAPHS[0] * 40,  # one long paragraph, weighed by the letters of its sample
        # long paragraphs in two languages: read from their starts, weighed by all their letters
        f"{PARAGRAPHS[0] * 9}\n\n{PARAGRAPHS[1] * 5}\n\n{PARAGRAPHS[2] * 3}\n\n{PARAGRAPHS[0] * 9}",
        "\n\n".join([PARAGRAPHS[4] * 8, "12345 67.89 " * 90 + PARAGRAPHS[1] * 4, PARAGRAPHS[3] * 9]),
    ],
)
def test_same_as_reference(body: str) -> None:
    assert lg.detect_languages("Order 113-4829175-6630214", body) == reference("Order 113-4829175-6630214", body)


def test_random_messages_same_as_reference() -> None:
    rnd = random.Random(3)
    for _ in range(150):
        chunks = [
            " ".join(rnd.choice(PARAGRAPHS) for _ in range(rnd.choice([1, 1, 1, 6])))
            for _ in range(rnd.randint(1, 40))
        ]
        body = "\n\n".join(chunks)
        assert lg.detect_languages("Your order", body) == reference("Your order", body), body


def test_both_languages_of_a_repeated_bilingual_message() -> None:
    shares = dict(lg.detect_languages("Order", "\n\n".join([PARAGRAPHS[0], PARAGRAPHS[1]] * 5)))
    assert set(shares) == {"en", "de"} and min(shares.values()) > 0.3


OTHER_TEXTS = [
    "",
    "ÄÖÜ äöü ß × ÷ ª º µ ¹ ½",
    "abc DEF 123 _-",
    "Nous l’expédierons sous deux jours ouvrés, 3,5 € — œuvre « ici »",
    "Ελληνικά κείμενα και English, Кириллица ２０２６ ①②",
    "混在 text ありがとう ÄÖ’x",
]


@pytest.mark.parametrize("text", [*PARAGRAPHS, *OTHER_TEXTS])
def test_clean_same_as_translate(text: str) -> None:
    words = lg._LINKS.sub(" ", text).translate(lg._NOISE_CHARS).split()
    assert lg._clean(text) == " ".join(w for w in words if len(w) <= lg._MAX_WORD or lg._JA.search(w))


@pytest.mark.parametrize("text", [*PARAGRAPHS, *OTHER_TEXTS])
def test_letters_fast_count(text: str) -> None:
    letters = sum(map(str.isalpha, text))
    if lg._JA.search(text):
        letters = max(letters, 3 * len(lg._JA.findall(text)))
    assert lg._letters(text) == letters


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_top_is_the_first_of_top_three(text: str) -> None:
    clean = lg._clean(text)
    assert lg._top(clean) == lg._predict(clean, len(clean))[0]


EN = [PARAGRAPHS[0], "We engrave every board by hand in our workshop; the engraving stays readable after years of washing.",
      "As soon as we have your answer we will engrave the board and ship it within two business days."]
FR = [PARAGRAPHS[2], "Nous gravons chaque planche à la main dans notre atelier ; la gravure reste lisible pendant des années.",
      "Dès que nous aurons votre réponse, nous graverons la planche et l'expédierons sous deux jours ouvrés."]


@pytest.mark.parametrize("order", ["en-fr", "fr-en"])
def test_html_text_one_line_per_block_shows_both_languages(order: str) -> None:
    """HTML text has no empty lines: read as one paragraph, only the first language was seen."""
    lines = EN * 2 + FR * 2 if order == "en-fr" else FR * 2 + EN * 2
    shares = dict(lg.detect_languages("Order", "\n".join(lines)))
    assert set(shares) == {"en", "fr"} and min(shares.values()) > 0.3


def test_many_distinct_paragraphs_are_read_within_the_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    top = lg._top
    monkeypatch.setattr(lg, "_top", lambda clean: calls.append(clean) or top(clean))
    body = "\n\n".join(f"{EN[i % 3]} Item {chr(65 + i % 26)}{chr(97 + i // 26)}." for i in range(30))
    body += "\n\n" + "\n\n".join(f"{FR[i % 3]} Article {chr(65 + i % 26)}{chr(97 + i // 26)}." for i in range(30))
    shares = dict(lg.detect_languages("Order", body))
    assert len(calls) <= lg._MAX_READ
    assert set(shares) == {"en", "fr"} and min(shares.values()) > 0.3
