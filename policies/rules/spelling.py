"""`content.spelling`: egregious spelling errors, as the share of words no dictionary knows."""

from __future__ import annotations

import re
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
_TOKEN_BODY = r"[\p{L}][\p{L}\p{M}'’\-]*[\p{L}]|[\p{L}]"
_TOKEN = regex.compile(_TOKEN_BODY)
# Each alternative starts at a word start ((?<!\S)): otherwise a 60 000-character "word" is retried
# from every offset, quadratic time on hostile input.
# The stdlib engine, and classes that cannot backtrack ([^\s@]+@, [^\s\d]*\d): a third faster than
# the same spans with the regex module and greedy \S*.
_SKIP_SPAN = re.compile(r"https?://\S+|www\.\S+|(?<!\S)[^\s@]+@\S+|\b\d{3}-\d{7}-\d{7}\b|(?<!\S)[^\s\d]*\d\S*")
_EN_CLITIC = regex.compile(r"(?:'s|'re|'ll|'ve|'d|'m|n't|s')$")
# Compiled once: regex's own cache lookup per call was ~40 % of this rule's time (profiled per token).
# A token right after a sentence end (. ! ? : and up to two spaces) in the first group, else the second.
_TOKEN_AT = regex.compile(rf"(?<=[.!?:]\s{{0,2}})({_TOKEN_BODY})|({_TOKEN_BODY})")
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


# Spanish inflection back to a listed lemma. A bare prefix match was far too lenient ("grasias" matched
# "grasa", "pedidio" "pedido"): a suffix is stripped only when what it leaves, plus a lemma ending of
# the right kind, is listed. Accent-folded; enclitic pronouns (informarle, escríbanos) come off first.
_ES_ENCLITICS = (
    "selo",
    "sela",
    "selos",
    "selas",
    "les",
    "los",
    "las",
    "nos",
    "le",
    "lo",
    "la",
    "se",
    "me",
    "te",
)
_ES_VERB_ENDINGS = tuple(
    sorted(
        {
            "o",
            "as",
            "a",
            "amos",
            "ais",
            "an",
            "e",
            "aste",
            "aron",
            "aba",
            "abas",
            "abamos",
            "aban",
            "are",
            "aras",
            "ara",
            "aremos",
            "aran",
            "aria",
            "arias",
            "ariamos",
            "arian",
            "ado",
            "ada",
            "ados",
            "adas",
            "ando",
            "es",
            "emos",
            "en",
            "ase",
            "asen",
            "ar",
            "er",
            "ir",
            "eis",
            "imos",
            "is",
            "i",
            "iste",
            "io",
            "ieron",
            "ia",
            "ias",
            "iamos",
            "ian",
            "ere",
            "eras",
            "era",
            "eremos",
            "eran",
            "eria",
            "erias",
            "eriamos",
            "erian",
            "ire",
            "iras",
            "ira",
            "iremos",
            "iran",
            "iria",
            "irias",
            "iriamos",
            "irian",
            "ido",
            "ida",
            "idos",
            "idas",
            "iendo",
            "yendo",
            "iera",
            "ieras",
            "ieran",
            "iese",
            "iesen",
        },
        key=len,
        reverse=True,
    )
)
# Frequent irregular forms and words pyspellchecker's Spanish list lacks.
_ES_EXTRA = frozenset(
    {
        "sea",
        "sean",
        "gracias",
        "fue",
        "fueron",
        "hay",
        "esta",
        "estan",
        "son",
        "soy",
        "somos",
        "tiene",
        "tienen",
        "hace",
        "hacen",
        "hizo",
        "puso",
        "pudo",
        "quiere",
        "quieren",
        "dice",
        "va",
        "vamos",
        "van",
        "dio",
        "vez",
        "veces",
        "dias",
        "que",
        "usted",
        "ustedes",
        "he",
        "has",
        "ha",
        "hemos",
        "han",
        "habia",
        "habian",
        "habra",
        "habria",
        "diremos",
        "dira",
        "diria",
        "haremos",
        "hara",
        "haria",
    }
)


@lru_cache(maxsize=4)
def _folded_set(lang: str) -> frozenset[str]:
    return frozenset(_fold(w) for w in _dictionary(lang).word_frequency.dictionary)


def _stem_known(word: str, lang: str) -> bool:
    words = _folded_set(lang)
    folded = _fold(word)
    if folded in _ES_EXTRA or folded in words:
        return True
    forms = [folded]
    for clitic in _ES_ENCLITICS:
        if folded.endswith(clitic) and len(folded) - len(clitic) >= 4:
            base = folded[: -len(clitic)]
            forms.append(base)
            if base.endswith("se"):
                forms.append(base[:-2])
    for form in forms:
        if form != folded and form in words:
            return True
        if (
            form.endswith(("isimo", "isima", "isimos", "isimas"))
            and form[: form.index("isim")] + "o" in words
        ):
            return True  # muchísimo
        # Nouns and adjectives: plural and gender.
        for suffix, repl in (("es", ""), ("s", ""), ("as", "o"), ("a", "o"), ("ces", "z")):
            if (
                form.endswith(suffix)
                and len(form) - len(suffix) >= 3
                and form[: len(form) - len(suffix)] + repl in words
            ):
                return True
        # Verbs: a conjugation ending off, an infinitive ending on (with o->ue, e->ie stem changes).
        for ending in _ES_VERB_ENDINGS:
            if not form.endswith(ending) or len(form) - len(ending) < 2:
                continue
            stem = form[: len(form) - len(ending)]
            stems = {stem, stem.replace("ue", "o"), stem.replace("ie", "e"), stem.replace("i", "e")}
            if stem.endswith(("qu", "gu")):
                stems |= {stem[:-2] + ("c" if stem.endswith("qu") else "g"), stem[:-1]}
            if stem.endswith("zc"):
                stems.add(stem[:-2] + "c")
            if stem.endswith("dr"):  # tendremos, mantendrá, saldría
                stems.add(stem[:-2] + "n")
                stems.add(stem[:-2])
            if stem.endswith(("ng", "lg")):  # tengamos, salga
                stems.add(stem[:-1])
            if any(s + inf in words for s in stems for inf in ("ar", "er", "ir")):
                return True
            # Verbs the list lacks but whose noun it has: adjuntamos (adjunto), presione (presión).
            # Only -ar endings: "pedidio" is not "pedido" + -io.
            if (
                len(stem) >= 4
                and (ending[0] == "a" or ending in ("e", "es", "en", "emos"))
                and (stem in words or stem + "o" in words)
            ):
                return True
    return False


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
# Everyday seller words a pyspellchecker list lacks (Italian has no "buongiorno" or "recensione").
_EXTRA_KNOWN = {
    "it": frozenset({"buongiorno", "buonasera", "recensione", "recensioni", "recensire", "feedback"}),
}


# The share of unknown words is read from the first words of a long message: a few hundred words show
# egregious misspelling as surely as thousands do, and a long message costs no more than a letter.
MAX_CHECKED = 250


def unknown_words(
    text: str, lang: str, extra_langs: list[str], ignore: set[str], limit: int = MAX_CHECKED
) -> tuple[list[str], int]:
    """(unknown words, words checked) of `text` in `lang`, reading at most `limit` checkable words."""
    langs = (lang, *(x for x in extra_langs if x != lang and x in _SPELL_LANGS))
    ignore = ignore | _EXTRA_KNOWN.get(lang, frozenset())
    dictionaries = [_dictionary(x) for x in langs]
    if len(text) > limit * 12:  # far more text than `limit` words need: cut at a word boundary
        text = text[: limit * 12].rsplit(None, 1)[0]
    clean = _SKIP_SPAN.sub(" ", text)
    checked = 0
    unknown: list[str] = []
    # A word's verdict depends only on the word (and the languages): repeated words are judged once.
    verdicts: dict[str, bool | None] = {}  # None: no word long enough to check
    # What a token is, whatever its place: skipped (short, ignored, acronym), capitalised, or to check.
    kinds: dict[str, int] = {}
    # Each token with whether it starts a sentence (right after . ! ? or :), in one C call.
    for i, (after_end, inside) in enumerate(_TOKEN_AT.findall(clean)):
        if checked >= limit:
            break
        token = after_end or inside
        if "’" in token:
            token = token.replace("’", "'")
        kind = kinds.get(token)
        if kind is None:
            if len(token) < 3 or token.lower() in ignore or token.isupper() or _CAMEL.search(token):
                kind = _SKIP  # short, ignored, or acronyms, SKUs and brand spellings
            else:
                kind = _CAPITAL if lang != "de" and token[0].isupper() else _CHECK
            kinds[token] = kind
        if kind == _SKIP:
            continue
        if kind == _CAPITAL and i and not after_end:
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


# Short messages (a few sentences: "the feet are in the bag, screw them in by hand") are checked too,
# down to half the minimum word count, with more evidence asked for: a higher share, rising
# linearly by _SHORT_EXTRA_SHARE towards the shortest, and at least _SHORT_MIN_UNKNOWN unknown words
# so that a name or two and a trade term in a well-written short note cannot tip it.
_SHORT_EXTRA_SHARE = 0.10
_SHORT_MIN_UNKNOWN = 5


def required_share(checked: int, min_words: int, max_share: float) -> float:
    """The unknown-word share that flags a message of `checked` words (above 1: never)."""
    if checked >= min_words:
        return max_share
    floor = max(1, min_words // 2)
    if checked < floor:
        return 2.0
    return max_share + _SHORT_EXTRA_SHARE * (min_words - checked) / (min_words - floor)


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
    unknown; shorter messages (from 15 words) need a higher share (up to 25 %) and at least five
    unknown words. A long message is judged on its first 250 checked words. Names, brands, acronyms, SKUs, order IDs, numbers, URLs and the product's title
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
    share = len(unknown) / checked if checked else 0.0
    if share >= required_share(
        checked, ctx.settings.spelling_min_words, ctx.settings.spelling_max_unknown_share
    ) and (checked >= ctx.settings.spelling_min_words or len(unknown) >= _SHORT_MIN_UNKNOWN):
        yield Hit(
            f"Correct the spelling: {len(unknown)} of {checked} words are not in the {lang} dictionary "
            f"({share:.0%}), e.g. {', '.join(dict.fromkeys(unknown[:6]))}.",
            ", ".join(dict.fromkeys(unknown))[:120],
            "text",
        )
