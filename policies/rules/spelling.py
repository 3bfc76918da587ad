"""`content.spelling`: egregious spelling errors, as the share of words no dictionary knows."""

from __future__ import annotations

import bisect
import threading
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

import regex

from policies.context import Context
from policies.findings import Action, Hit
from policies.rule import rule

# ---------------------------------------------------------------------------------------------
# content.spelling

_SPELL_LANGS = frozenset({"en", "de", "fr", "es", "it"})
_SPELL_LOCK = threading.Lock()
_TOKEN = regex.compile(r"[\p{L}][\p{L}\p{M}'’\-]*[\p{L}]|[\p{L}]")
# Each alternative starts at a word start ((?<!\S)): otherwise a 60 000-character "word" is retried
# from every offset, quadratic time on hostile input.
_SKIP_SPAN = regex.compile(r"https?://\S+|www\.\S+|(?<!\S)\S+@\S+|\b\d{3}-\d{7}-\d{7}\b|(?<!\S)\S*\d\S*")
_EN_CLITIC = regex.compile(r"(?:'s|'re|'ll|'ve|'d|'m|n't|s')$")
# Compiled once: regex's own cache lookup per call was ~40 % of this rule's time (profiled per token).
_SENTENCE_END = regex.compile(r"[.!?:]\s*$")
_CAMEL = regex.compile(r"\p{Ll}\p{Lu}")
_HYPHEN = regex.compile(r"[-]")


@lru_cache(maxsize=8)
def _dictionary(lang: str) -> Any:
    from spellchecker import SpellChecker  # loaded only when a message needs spell-checking

    with _SPELL_LOCK:
        return SpellChecker(language=lang, distance=1)


def _known(word: str, dictionaries: list[Any]) -> bool:
    w = word.lower()
    return any(w in d.word_frequency for d in dictionaries)


# Dictionaries that list lemmas only (pyspellchecker's Spanish has no plurals or conjugations):
# a word counts as known when a listed word shares its stem.
_LEMMA_ONLY = frozenset({"es"})


def _fold(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(ch))


@lru_cache(maxsize=4)
def _folded_sorted(lang: str) -> list[str]:
    return sorted({_fold(w) for w in _dictionary(lang).word_frequency.dictionary})


def _stem_known(word: str, lang: str) -> bool:
    folded = _fold(word)
    stem = folded[: max(4, len(folded) - 5)] if len(folded) >= 6 else folded[: len(folded) - 1]
    if len(stem) < 3:
        return False
    words = _folded_sorted(lang)
    i = bisect.bisect_left(words, stem)
    return i < len(words) and words[i].startswith(stem)


@lru_cache(maxsize=4096)
def _known_compound(word: str, langs: tuple[str, ...]) -> bool:
    """German-style compounds: known parts, optionally joined by s/es/n/en/e."""
    w = word.lower()
    if len(w) < 8:
        return False
    dictionaries = [_dictionary(lang) for lang in langs]
    for i in range(4, len(w) - 3):
        head, tail = w[:i], w[i:]
        if not (_known(tail, dictionaries) or (len(tail) >= 8 and _known_compound(tail, langs))):
            continue
        for joint in ("", "s", "es", "n", "en", "e"):
            if joint and not head.endswith(joint):
                continue
            stem = head[: len(head) - len(joint)] if joint else head
            if len(stem) >= 3 and _known(stem, dictionaries):
                return True
    return False


_SKIP, _CAPITAL, _CHECK = 0, 1, 2


def unknown_words(text: str, lang: str, extra_langs: list[str], ignore: set[str]) -> tuple[list[str], int]:
    """(unknown words, words checked) of `text` in `lang`."""
    langs = (lang, *(x for x in extra_langs if x != lang and x in _SPELL_LANGS))
    dictionaries = [_dictionary(x) for x in langs]
    clean = _SKIP_SPAN.sub(" ", text)
    checked = 0
    unknown: list[str] = []
    sentence_start = True
    # A word's verdict depends only on the word (and the languages): repeated words are judged once.
    verdicts: dict[str, bool | None] = {}  # None: no word long enough to check
    # What a token is, whatever its place: skipped (short, ignored, acronym), capitalised, or to check.
    kinds: dict[str, int] = {}
    for m in _TOKEN.finditer(clean):
        token = m.group(0).replace("’", "'")
        first = sentence_start
        sentence_start = False
        kind = kinds.get(token)
        if kind is None:
            if len(token) < 3 or token.lower() in ignore or token.isupper() or _CAMEL.search(token):
                kind = _SKIP  # short, ignored, or acronyms, SKUs and brand spellings
            else:
                kind = _CAPITAL if lang != "de" and token[0].isupper() else _CHECK
            kinds[token] = kind
        if kind == _SKIP:
            continue
        if kind == _CAPITAL and not first and _SENTENCE_END.search(clean[max(0, m.start() - 3) : m.start()]) is None:
            continue  # names of people, places and brands
        if token in verdicts:
            checked += verdicts[token] is not None
            if verdicts[token]:
                unknown.append(token)
            continue
        parts = [p for p in _HYPHEN.split(token) if p]
        words: list[str] = []
        for p in parts:
            if lang == "en":
                p = _EN_CLITIC.sub("", p)
            elif "'" in p:
                p = p.rsplit("'", 1)[-1]  # l'ordre, dall'ordine, qu'il
            if len(p) >= 3:
                words.append(p)
        if not words:
            verdicts[token] = None
            continue
        checked += 1
        bad = [
            w
            for w in words
            if not _known(w, dictionaries)
            and not (lang == "de" and _known_compound(w, langs))
            and not any(x in _LEMMA_ONLY and _stem_known(w, x) for x in langs)
        ]
        verdicts[token] = bool(bad)
        if bad:
            unknown.append(token)
    return unknown, checked


@rule(
    "content.spelling",
    guideline="Egregious spelling errors or grammar issues",
    default=Action.WARN,
    summary="misspelled-word share above a threshold, in the message's language; names, SKUs, order IDs, URLs ignored",
    section="E",
    heuristic=True,
)
def spelling(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Checks the words the seller wrote against a dictionary of the message's language (English,
    German, French, Spanish, Italian) and warns when at least 15 % of at least 30 words are
    unknown. Names, brands, acronyms, SKUs, order IDs, numbers, URLs and the product's title
    are ignored; German compounds count as known when their parts are.

    ## Why is this bad?
    Egregious spelling errors make a message hard to understand and look careless or fraudulent.

    ## Example
    `We are very sory to infrom you that you're oder will be dispached later then expected`

    ## Fix
    Run a spelling checker over the message before sending it.
    """
    msg = ctx.message
    detected = msg.languages
    if not detected or detected[0][0] not in _SPELL_LANGS:
        return
    lang = detected[0][0]
    extra = [code for code, share in detected[1:] if share >= 0.15]
    text = msg.own_text
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) > 3:
        text = "\n".join(lines[:-2])  # the signature: names and company names
    ignore: set[str] = set()
    for source in [msg.header("From") or "", *(t for o in ctx.orders.values() for t in o.product_titles)]:
        ignore.update(w.lower() for w in _TOKEN.findall(source))
    unknown, checked = unknown_words(text, lang, extra, ignore)
    if checked < ctx.settings.spelling_min_words:
        return
    share = len(unknown) / checked
    if share >= ctx.settings.spelling_max_unknown_share:
        yield Hit(
            f"Correct the spelling: {len(unknown)} of {checked} words are not in the {lang} dictionary "
            f"({share:.0%}), e.g. {', '.join(dict.fromkeys(unknown[:6]))}.",
            ", ".join(dict.fromkeys(unknown))[:120],
            "text",
        )
