"""`unknown_words`' fast paths (trigger words, stdlib tokens, gaps, one lookup per plain word) give the
results of the plain per-token reading they replace, kept here as the reference."""

from __future__ import annotations

import random

import pytest
import regex

from policies.rules import spelling as sp

_TOKEN_AT = regex.compile(rf"(?<=[.!?:]\s{{0,2}})({sp._TOKEN_BODY})|({sp._TOKEN_BODY})")


def reference(text: str, lang: str, extra: list[str], ignore: set[str], limit: int = 250) -> tuple[list[str], int]:
    """The reading before the fast paths: every token in order, a look-behind for sentence starts."""
    langs = (lang, *(x for x in extra if x != lang and x in sp._SPELL_LANGS))
    ignore = ignore | sp._EXTRA_KNOWN.get(lang, frozenset())
    word_sets = [sp._words(x) for x in langs]
    if len(text) > limit * 12:
        text = text[: limit * 12].rsplit(None, 1)[0]
    clean = sp._SKIP_SPAN.sub(" ", text)
    checked, unknown = 0, []
    for i, (after_end, inside) in enumerate(_TOKEN_AT.findall(clean)):
        if checked >= limit:
            break
        token = (after_end or inside).replace("’", "'")
        if len(token) < 3 or token.lower() in ignore or token.isupper() or sp._CAMEL.search(token):
            continue
        if lang != "de" and token[0].isupper() and i and not after_end:
            continue
        value = sp._judge(token, lang, langs, word_sets)
        if value != sp._NOTHING:
            checked += 1
            if value == sp._UNKNOWN:
                unknown.append(token)
    return unknown, checked


TEXTS = [
    "Hi,\n\nThanks for ordering (order 113-4829175-6630214). Ship it in 2 days! See www.acme.example/x or "
    "https://acme.example, mail me@acme.example.  Oil the board. Thanks. Bamboo-board sory infrom.",
    "Order 113-4829175-6630214.Then it ships:  Maybe.   Never:Again? Yes!No. USA iPhone McDonald O'Neil don't",
    "Hallo,\nvielen Dank für Ihre Bestelung. Die Rechnungsadresse ist falsch; Liferant geschikt. Größe: XL.",
    "Bonjour, l’ordre est arrivé aujourd’hui. Merci d’avoir commandé. Cordialmant, à bientôt\u202f!",
    "Hola: muchas grasias por su pedidio. Lamentamos informarle; escríbanos. ¿Llegó? Sí. Muchísimo.",
    "Grazie per l'ordine. Dall'ordine 12a3 non risulta nulla: buongiorno! Recensione mancante.",
    "x" * 5000 + " mid-sentence 42abc abc42 x@y http://a.b/c?d=1 www. httpx 3rd 1st",
    "Mixed Ελληνικά και English words, Кириллица too. 中文字 and e\u0301te\u0301 decomposed. Ωmega-Word.",
    ". Start\x1cafter a file separator. Then\u00a0non-breaking.\u2009Thin space: Here\u3000there.",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it"])
def test_same_as_reference(text: str, lang: str) -> None:
    ignore = {"bamboo", "acme"}
    for extra in ([], ["de"], ["en", "es"]):
        for limit in (250, 7, 1):
            assert sp.unknown_words(text, lang, extra, ignore, limit) == reference(text, lang, extra, ignore, limit)


def test_random_texts_same_as_reference() -> None:
    rnd = random.Random(7)
    pieces = [
        *" ".join(TEXTS).split(),
        *"äöüßéÉ’'-.!?:;,@/ \t\n\r\x0b\x1c\xa0\u202f\u0301ΣςДд中٣²0123456789",
        "www.", "http://", "113-4829175-6630214", ". The ", "?  We", ":   It", " l'ordre ",
    ]
    for _ in range(400):
        text = "".join(rnd.choice(pieces) + rnd.choice(["", " ", "\n"]) for _ in range(rnd.randint(1, 60)))
        lang = rnd.choice(["en", "de", "fr", "es", "it"])
        assert sp.unknown_words(text, lang, [], set()) == reference(text, lang, [], set()), text


@pytest.mark.parametrize("text", [*TEXTS, "a1 b@c 1-2-3 113-4829175-6630214x, (113-4829175-6630214). ٣٣ httpwww."])
def test_skip_spans_only_where_a_span_can_be(text: str) -> None:
    assert sp._skip_spans(text) == sp._SKIP_SPAN.sub(" ", text)


def test_fast_tokens_match_the_regex_module() -> None:
    """The stdlib patterns' classes are the regex module's \\p{L}, \\p{M} and \\s over the fast ranges."""
    chars = "".join(chr(c) for a, b in sp._FAST_RANGES for c in range(a, b)).replace(sp._MARK, "")
    text = " ".join(chars[i : i + 7] for i in range(0, len(chars), 3)) + ".  Ab:\u2009Cd!\u2003\u202fEf? ÿz"
    assert sp._OUTSIDE_FAST.search(text) is None
    fast_token, fast_end = sp._fast_patterns()
    marked = fast_end.sub(sp._MARK, text)
    assert marked == sp._SENTENCE_END.sub(sp._MARK, text) != text
    assert fast_token.findall(marked) == sp._MARKED_TOKEN.findall(marked)


def test_huge_german_word_is_unknown_not_a_stack_overflow() -> None:
    word = "x" * 2500
    assert sp.unknown_words(f"Hallo {word} Welt", "de", [], set()) == ([word], 3)


def test_white_space_is_the_regex_modules_s() -> None:
    everything = "".join(map(chr, range(0x110000))).encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    assert "".join(dict.fromkeys(regex.findall(r"\s", everything))) == sp._WHITE_SPACE


def test_a_mark_in_the_text_is_no_sentence_start() -> None:
    text = "we met\x01Paul. Then\x01 Anna came"
    assert sp.unknown_words(text, "en", [], set()) == reference(text, "en", [], set())


@pytest.mark.parametrize("text", ["1a " * 500, "Qty 2 x 14.99 = 29.98, ok " * 40 + "www.x.y me@x.y"])
def test_skip_spans_dense_numbers(text: str) -> None:
    assert sp._skip_spans(text) == sp._SKIP_SPAN.sub(" ", text)


@pytest.mark.parametrize("lang", ["de", "es"])
def test_huge_word_is_judged_without_splitting(lang: str) -> None:
    # A 2 500-letter German word overflowed the stack in compound splitting (no timed assertion:
    # bench/check_speed.py measures cost).
    word = "httpx" * 500
    assert word in sp.unknown_words(f"Hola {word} amigo", lang, [], set())[0]
