"""The phrase shortcuts give what the plain readings, kept here, give: a long text's first match and its
every match, tried only where a match can start, are the regex engine's own search and finditer over the
whole text."""

from __future__ import annotations

import random

import pytest
import regex

from policies import parse_message, phrases
from policies.message import strip_quoted
from tests.policies.corpus_sample import corpus_paths, spread


def reference_search(topic: str, text: str, lang: str | None = None) -> tuple[tuple[int, int], str] | None:
    """The whole alternation's first match, searched at every position."""
    full = phrases.pattern(topic, lang)
    m = full.search(text) if full is not None else None
    return (m.span(), m.group(0)) if m is not None else None


def reference_finditer(topic: str, text: str, lang: str | None = None) -> list[tuple[tuple[int, int], str]]:
    """The whole alternation's every match, searched at every position."""
    full = phrases.pattern(topic, lang)
    return [(m.span(), m.group(0)) for m in full.finditer(text)] if full is not None else []


def _got_all(topic: str, text: str, lang: str | None = None) -> list[tuple[tuple[int, int], str]]:
    phrases.forget_texts()
    return [(m.span(), m.group(0)) for m in phrases.finditer(topic, text, lang)]


def _got(topic: str, text: str, lang: str | None = None) -> tuple[tuple[int, int], str] | None:
    phrases.forget_texts()
    m = phrases.search(topic, text, lang)
    return (m.span(), m.group(0)) if m is not None else None


def _corpus_texts(count: int | None = None) -> list[str]:
    """The sampled messages' texts, or those of `count` messages spread over the sample."""
    paths = corpus_paths()
    if not paths:
        pytest.skip("no corpus")
    texts: list[str] = []
    for p in spread(paths, count) if count else paths:
        msg = parse_message(p.read_bytes())
        texts += [strip_quoted(t) for loc, t in msg.texts() if loc != "subject" and t.strip()]
    return texts


# Phrases of several topics and languages, and near-misses, put into long texts at random places.
PHRASES = [
    "To opt out of further messages from this seller, reply with UNSUBSCRIBE.",
    "reply STOP to stop these messages",
    "Reply with the text you would like engraved.",
    "Option 2: opt for the oak board. Answer: the text, and write back soon.",
    "Wenn Sie keine weiteren Nachrichten erhalten möchten, antworten Sie mit STOP.",
    "Pour ne plus recevoir nos messages, répondez STOP.",
    "Si no desea recibir más mensajes, responda BAJA.",
    "Per non ricevere più messaggi, rispondi STOP.",
    "配信停止をご希望の方は「配信停止」と返信してください。",
    "Manage your email preferences or unsubscribe here.",
    "What a crap parcel service, those idiots.",
    "ΟΠΤ ΟΥΤ ſtop Straße İSTANBUL",
]
FILLER = (
    "Thanks for ordering the Personalized Bamboo Cutting Board (order 113-4829175-6630214). We engrave every "
    "board by hand in our workshop; the parcel is tracked and Amazon will show you the tracking number.\n"
)


def _generated(rng: random.Random, count: int) -> list[str]:
    out: list[str] = []
    for _ in range(count):
        parts = [FILLER] * rng.randint(6, 30)
        for _ in range(rng.randint(0, 3)):
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(PHRASES) + rng.choice([" ", "\n", "\n\n"]))
        text = "".join(parts)
        if rng.random() < 0.3:
            text = text.upper()
        out.append(text)
    return out


# Messages whose texts are joined into long texts: the whole alternation runs slowly over them.
JOINED = 160
# Messages whose long texts are searched on their own.
LONG = 250
TOPICS = ["links.opt_out", "content.sensitive", "review.noun", "types.marketing", "negation.before"]


@pytest.mark.parametrize("topic", TOPICS)
def test_long_text_search_is_the_whole_search(topic: str) -> None:
    rng = random.Random(topic)
    texts = [t for t in _corpus_texts(LONG) if len(t) >= phrases._LONG]
    generated = _generated(rng, 40)
    texts += generated
    joined = "\n\n".join(_corpus_texts(JOINED))  # every language at once, well past the long-text length
    texts += [joined[i : i + 4000] for i in range(0, len(joined), 4000)]
    assert texts
    for text in texts:
        assert _got(topic, text) == reference_search(topic, text), (topic, text[:80])
    # every match: the whole alternation reads each text to its end (slow), so on a quarter of them, and on all
    # the generated ones, which hold the phrases and near-misses
    for text in texts[::4] + generated:
        assert _got_all(topic, text) == reference_finditer(topic, text), (topic, text[:80])
    for lang in phrases.languages():
        for i, text in enumerate(texts[:: max(1, len(texts) // 12)]):
            assert _got(topic, text, lang) == reference_search(topic, text, lang), (topic, lang, text[:80])
            if i % 3 == 0:  # every match on a third of them (the reference reads each text to its end)
                assert _got_all(topic, text, lang) == reference_finditer(topic, text, lang), (topic, lang, text[:80])


def test_start_literals_of_every_alternative_start_its_matches() -> None:
    """Where the shortcut has start literals for an alternative, each match of it begins with one."""
    rng = random.Random(7)
    joined = "\n\n".join(_corpus_texts(JOINED))
    texts = [joined[i : i + 20000] for i in range(0, len(joined), 20000)] + _generated(rng, 10)
    for topic in TOPICS:
        pre = phrases._prefiltered(topic, None)
        if pre is None:
            continue
        for alternative in pre.alternatives:
            starts = phrases._start_literals(alternative)
            if starts is None:
                continue
            compiled = regex.compile(alternative, phrases.FLAGS)
            for text in texts:
                folded = phrases.fold(text)
                if len(folded) != len(text):
                    continue
                for m in compiled.finditer(text):
                    assert any(folded.startswith(lit, m.start()) for lit in starts), (topic, alternative, m.group(0))
