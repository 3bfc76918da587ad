"""`content.spelling`: egregious spelling errors, as the share of words no dictionary knows."""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from itertools import compress
from typing import Any

import regex

from policies.context import Context
from policies.findings import Action, Hit
from policies.rule import rule

# ---------------------------------------------------------------------------------------------
# content.spelling

# Dutch (nl) compounds like German: "waterfilterkan", "reviewverzoek" are read by _known_compound too.
_SPELL_LANGS = frozenset({"en", "de", "fr", "es", "it", "pt", "nl"})
_SPELL_LOCK = threading.Lock()
_TOKEN_BODY = r"[\p{L}][\p{L}\p{M}'’\-]*[\p{L}]|[\p{L}]"
_TOKEN = regex.compile(_TOKEN_BODY)
# Each alternative starts at a word start ((?<!\S)): otherwise a 60 000-character "word" is retried
# from every offset, quadratic time on hostile input.
# The stdlib engine, and classes that cannot backtrack ([^\s@]+@, [^\s\d]*\d): a third faster than
# the same spans with the regex module and greedy \S*.
_SKIP_SPAN = re.compile(r"(?:https?|s?ftps?)://\S+|www\.\S+|(?<!\S)[^\s@]+@\S+|\b\d{3}-\d{7}-\d{7}\b|(?<!\S)[^\s\d]*\d\S*")
# Every span of _SKIP_SPAN lies inside one whitespace-delimited word and holds a digit, an @, "www." or
# "http": only the words holding one are handed to it (trying its five alternatives at every offset was
# a fifth of the rule's time). Without links, a one-class pattern finds them (ASCII digits when the text
# is ASCII: a bitmap, faster than the \d category), skipping other characters in C.
_TRIGGER_TAIL = re.compile(r"(?:[\d@]|www\.|http)\S*")
_DIGIT_TAIL = re.compile(r"[\d@]\S*")
_ASCII_DIGIT_TAIL = re.compile(r"[0-9@]\S*")
_SPACE = re.compile(r"\s")
_EN_CLITIC = regex.compile(r"(?:'s|'re|'ll|'ve|'d|'m|n't|s')$")
_CAMEL = regex.compile(r"\p{Ll}\p{Lu}")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
# A token right after a sentence end (. ! ? : and up to two spaces, none of them token characters) gets
# _MARK in place of that end, in one substitution: the tokenizer keeps it, so a capitalised word at a
# sentence start is a token of its own, judged once like any other, instead of a look-behind tried at
# every offset.
_MARK = "\x01"
_MARKED_TOKEN = regex.compile(rf"{_MARK}?(?:{_TOKEN_BODY})")
_SENTENCE_END = regex.compile(r"[.!?:]\s{0,2}(?=\p{L})")
# The regex module's \s (Unicode White_Space; str.isspace also has \x1c-\x1f), for the stdlib patterns.
_WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"


# Words handed to _SKIP_SPAN one by one, at most; text[pos:] after a word starts with whitespace, so
# the rest can go through it in one piece (numbers everywhere, a table: cheaper than word by word).
_MAX_SKIP_WORDS = 64


def _skip_spans(text: str) -> str:
    """`_SKIP_SPAN.sub(" ", text)`, run on the words that can hold a span only.

    A span never crosses whitespace and the pattern's look-behinds and \\b see only whitespace (or
    nothing) before a word's start: a word matched on its own comes out as it would inside the text.
    """
    if "www." in text or "http" in text:
        tails = _TRIGGER_TAIL
    else:
        tails = _ASCII_DIGIT_TAIL if text.isascii() else _DIGIT_TAIL
    n = len(text)
    backwards = ""
    out: list[str] = []
    pos = 0
    # Each match runs from a word's first trigger to the word's end.
    for count, m in enumerate(tails.finditer(text)):
        if count == _MAX_SKIP_WORDS:
            out.append(_SKIP_SPAN.sub(" ", text[pos:]))
            return "".join(out)
        hit, end = m.span()
        if hit == 0 or text[hit - 1].isspace():  # most often: the word starts with its digit
            start = hit
        else:  # the word's start: the first whitespace going back from the hit
            backwards = backwards or text[::-1]
            space = _SPACE.search(backwards, n - hit)
            start = n - space.start() if space else 0
        out.append(text[pos:start])
        word = text[start:end]
        # A number (all \d) is one span whatever else: no need for the five alternatives.
        out.append(" " if word.isdecimal() else _SKIP_SPAN.sub(" ", word))
        pos = end
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


# Latin text (and the punctuation, spaces and currency signs of the General Punctuation and Currency
# blocks) is tokenized with a stdlib pattern, twice as fast as the regex module's \p{L}. Its classes
# are read from the regex module itself, so both engines find the very same tokens.
_FAST_RANGES = ((0x0, 0x250), (0x2000, 0x2070), (0x20A0, 0x20C1))
_OUTSIDE_FAST = re.compile("[^" + "".join(f"\\U{a:08x}-\\U{b - 1:08x}" for a, b in _FAST_RANGES) + "]")


def _char_class(test: regex.Pattern[str]) -> str:
    return "".join(f"\\U{c:08x}" for a, b in _FAST_RANGES for c in range(a, b) if test.fullmatch(chr(c)))


@lru_cache(maxsize=1)
def _fast_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """_MARKED_TOKEN and _SENTENCE_END for the fast ranges. The token as letters, then runs of other
    token characters each followed by letters, all possessive: the same tokens, without backtracking."""
    letter = _char_class(regex.compile(r"\p{L}"))
    mark = _char_class(regex.compile(r"\p{M}"))
    space = "".join(f"\\U{ord(c):08x}" for c in _WHITE_SPACE)
    token = re.compile(f"{_MARK}?[{letter}]++(?:[{mark}'’\\-]++[{letter}]++)*+")
    return token, re.compile(f"[.!?:][{space}]{{0,2}}(?=[{letter}])")


def _marked_tokens(clean: str) -> list[str]:
    """The tokens of `clean`, those that start a sentence with _MARK in front."""
    if _MARK in clean:
        clean = clean.replace(_MARK, "\x02")  # neither a token character, nor a space nor a sentence end
    fast = clean.isascii() or _OUTSIDE_FAST.search(clean) is None
    token, sentence_end = _fast_patterns() if fast else (_MARKED_TOKEN, _SENTENCE_END)
    # The sentence end itself (no token characters) gives way to the mark: a literal replacement, three
    # times cheaper than keeping it with a template.
    return token.findall(sentence_end.sub(_MARK, clean))


@lru_cache(maxsize=8)
def _dictionary(lang: str) -> Any:
    from spellchecker import SpellChecker  # loaded only when a message needs spell-checking

    with _SPELL_LOCK:
        return SpellChecker(language=lang, distance=1)


def _words(lang: str) -> Any:
    """The language's dictionary words, lowercase, as a mapping: membership is one C lookup."""
    if lang == "pt":
        return _portuguese_words()
    return _dictionary(lang).word_frequency.dictionary


# pyspellchecker's Portuguese list follows European spelling: the Brazilian forms of the same words are
# added once (a circumflex where Portugal writes an acute before m or n: "económico" / "econômico",
# "ténis" / "tênis"; the consonant Brazil does not write: "electrónico" / "eletrônico", "acção" / "ação"),
# with everyday Brazilian words the list lacks, and every word without its accents.
_PT_NASAL_ACUTE = re.compile(r"[óé](?=[mn])")
_PT_SILENT = re.compile(r"c(?=[tç])|p(?=[tç])")
_PT_BRAZILIAN = frozenset({
    "cupom", "cupons", "contato", "contatos", "contatar", "conosco", "fone", "fones", "pra", "pro", "pros",
    "xampu", "estorno", "estornos", "estornar", "estornado", "estornada", "embaixo", "pareamento", "refil",
    "refis", "liquidificador", "liquidificadores", "lojinha", "certinho", "certinha", "direitinho",
    "direitinha", "notebook", "mouse", "site", "sites", "mail", "online", "app", "motoboy", "rastreio",
    "microfibra", "luminária", "luminárias", "whatsapp", "zap", "sedex", "frete", "fretes", "ônibus",
    "bebê", "bebês", "você", "vocês", "time", "celular", "celulares", "checkout", "delivery", "print",
})


@lru_cache(maxsize=1)
def _portuguese_words() -> frozenset[str]:
    words = _dictionary("pt").word_frequency.dictionary
    brazilian = {_PT_NASAL_ACUTE.sub(lambda m: "ô" if m.group(0) == "ó" else "ê", w) for w in words if "ó" in w or "é" in w}
    brazilian |= {_PT_SILENT.sub("", w) for w in (*words, *brazilian) if "c" in w or "p" in w}
    every = frozenset(words) | brazilian | _PT_BRAZILIAN
    # written without accents, as quick messages often are ("nao", "voce", "informacao"): not egregious
    return every | {w.translate(_PT_PLAIN) for w in every if not w.isascii()}


_PT_PLAIN = str.maketrans("áàâãéêíóôõúüç", "aaaaeeiooouuc")


def _known(word: str, word_sets: list[Any]) -> bool:
    w = word.lower()
    return any(w in words for words in word_sets)


# Longer "words" are neither compounds nor inflected forms: splitting one costs time quadratic in its
# length and its tails recurse one level each (a 2 500-letter word overflowed the stack), and trying
# each Spanish ending costs time in its length too.
_MAX_COMPOUND = 64

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
    if len(folded) > _MAX_COMPOUND:
        return False
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
    if len(w) < 8 or len(w) > _MAX_COMPOUND:
        return False
    word_sets = [_words(lang) for lang in langs]
    for i in range(4, len(w) - 3):
        head, tail = w[:i], w[i:]
        if not (_known(tail, word_sets) or (len(tail) >= 8 and _known_compound(tail, langs))):
            continue
        for joint in ("", "s", "es", "n", "en", "e"):
            if joint and not head.endswith(joint):
                continue
            stem = head[: len(head) - len(joint)] if joint else head
            if len(stem) >= 3 and _known(stem, word_sets):
                return True
    return False


# Everyday seller words a pyspellchecker list lacks (Italian has no "buongiorno" or "recensione").
_EXTRA_KNOWN = {
    "it": frozenset({"buongiorno", "buonasera", "recensione", "recensioni", "recensire", "feedback"}),
    # the Dutch list lacks the stressed forms and a few loan words sellers write every day
    "nl": frozenset({"één", "vóór", "hé", "oké", "trace", "track", "app", "appen", "hey", "review", "reviews",
                     "feedback", "webshop"}),
}


# The share of unknown words is read from the first words of a long message: a few hundred words show
# egregious misspelling as surely as thousands do, and a long message costs no more than a letter.
MAX_CHECKED = 250


# What a token counts for: nothing (skipped), a known or an unknown checked word, or not judged yet.
_NOTHING, _KNOWN, _UNKNOWN, _PENDING = 0, 1, 2, 3
_PLAIN = re.compile(r"^[a-z]{3,}$", re.MULTILINE)  # one token a line


def _judge(token: str, lang: str, langs: tuple[str, ...], word_sets: list[Any]) -> int:
    """Whether a token to check is a known or unknown word (or holds no word long enough to check)."""
    words: list[str] = []
    for p in token.split("-"):
        if not p:
            continue
        if lang == "en":
            p = _EN_CLITIC.sub("", p)
        elif "'" in p:
            p = p.rsplit("'", 1)[-1]  # l'ordre, dall'ordine, qu'il
        if len(p) >= 3:
            words.append(p)
    if not words:
        return _NOTHING
    bad = any(
        not _known(w, word_sets)
        and not (lang in ("de", "nl") and _known_compound(w, langs))
        and not any(x in _LEMMA_ONLY and _stem_known(w, x) for x in langs)
        for w in words
    )
    return _UNKNOWN if bad else _KNOWN


def unknown_words(
    text: str, lang: str, extra_langs: list[str], ignore: set[str], limit: int = MAX_CHECKED
) -> tuple[list[str], int]:
    """(unknown words, words checked) of `text` in `lang`, reading at most `limit` checkable words."""
    langs = (lang, *(x for x in extra_langs if x != lang and x in _SPELL_LANGS))
    ignore = ignore | _EXTRA_KNOWN.get(lang, frozenset())
    word_sets = [_words(x) for x in langs]
    if len(text) > limit * 12:  # far more text than `limit` words need: cut at a word boundary
        text = text[: limit * 12].rsplit(None, 1)[0]
    clean = _skip_spans(text)
    if "’" in clean:
        clean = clean.replace("’", "'")  # both are token characters: the tokens keep their bounds
    tokens = _marked_tokens(clean)
    # A token's worth depends only on the token (and the languages): each distinct one is judged once.
    distinct = set(tokens)
    starts = {t for t in distinct if t[0] == _MARK}
    distinct -= starts
    distinct.update(t[1:] for t in starts)
    # Most are plain lowercase words of the dictionary: picked out with one pattern and one lookup each.
    plain = set(_PLAIN.findall("\n".join(distinct)))
    plain.difference_update(ignore)
    if len(word_sets) == 1:
        known = set(filter(word_sets[0].__contains__, plain))
    else:
        known = {w for w in plain if _known(w, word_sets)}
    inside = dict.fromkeys(known, _KNOWN)  # a token's worth within a sentence
    capital: dict[str, int] = {}  # capitalised ones at a sentence start (within one: names, skipped)
    only = word_sets[0] if len(word_sets) == 1 else None
    for token in distinct - known:
        if (
            len(token) < 3
            or token.lower() in ignore
            or token.isupper()
            # ASCII with no capital after the first letter ("Thanks"): no lower-upper pair to look for
            or (not (token.isascii() and token[1:].islower()) and _CAMEL.search(token))
            # Arabic words (the other half of a bilingual Arabic and English message): no dictionary here has them
            or (not token.isascii() and _ARABIC_LETTER.search(token) is not None)
        ):
            inside[token] = _NOTHING  # short, ignored, or acronyms, SKUs and brand spellings
            continue
        # A hyphen or an apostrophe, or not listed: judged below, in order, only if read before the limit.
        if "-" in token or "'" in token:
            value = _PENDING
        elif only is not None:
            value = _KNOWN if token.lower() in only else _PENDING
        else:
            value = _KNOWN if _known(token, word_sets) else _PENDING
        if lang != "de" and token[0].isupper():
            inside[token] = _NOTHING  # names of people, places and brands
            capital[token] = value
        else:
            inside[token] = value
    for token in starts:  # at a sentence start a capitalised word counts
        inside[token] = capital.get(token[1:], inside[token[1:]])
    values = list(map(inside.__getitem__, tokens))
    if tokens and tokens[0] in capital:  # so does the first one
        values[0] = capital[tokens[0]]
    checked = 0
    unknown: list[str] = []
    judged: dict[str, int] = {}
    for token, value in compress(zip(tokens, values, strict=True), values):
        if checked >= limit:
            break
        if value == _PENDING:
            word = token[1:] if token[0] == _MARK else token
            value = judged.get(word, _PENDING)
            if value == _PENDING:
                value = judged[word] = _judge(word, lang, langs, word_sets)
            if value == _NOTHING:
                continue
            if value == _UNKNOWN:
                unknown.append(word)
        checked += 1
    return unknown, checked


# Short messages (a few sentences: "the feet are in the bag, screw them in by hand") are checked too,
# down to half the minimum word count, with more evidence asked for: a higher share, rising
# linearly by _SHORT_EXTRA_SHARE towards the shortest, and at least _SHORT_MIN_UNKNOWN unknown words
# so that a name or two and a trade term in a well-written short note cannot tip it.
_SHORT_EXTRA_SHARE = 0.10
_SHORT_MIN_UNKNOWN = 5


_MAX_CORRECTED = 12  # unknown words corrected per text
_MAX_CORRECTED_LEN = 24  # letters: longer "words" are not misspellings of a dictionary word
_LOWER_WORD = regex.compile(r"(?<![\w'-])\p{Ll}{4,}(?![\w'-])")


@lru_cache(maxsize=4096)
def _nearest(word: str, lang: str) -> str:
    return _dictionary(lang).correction(word) or word


def corrected(text: str, lang: str) -> str:
    """`text` with each lowercase word of four letters or more that `lang`'s dictionary lacks replaced by its
    nearest known word (one edit away), for readings that look for words: a misspelt word ("curier",
    "delaied") still is the word the buyer reads. `text` itself when `lang` has no dictionary or one of lemmas
    only (Spanish: every plural and conjugated form would be "corrected" to another word). A German or Dutch
    compound of known words is kept."""
    if lang not in _SPELL_LANGS or lang in _LEMMA_ONLY:
        return text
    words = _words(lang)
    left = [_MAX_CORRECTED]  # each correction tries some hundred spellings: a text of gibberish is left as written

    def nearest(m: regex.Match[str]) -> str:
        word = m.group(0)
        if word in words or len(word) > _MAX_CORRECTED_LEN or (lang in ("de", "nl") and _known_compound(word, (lang,))):
            return word
        if left[0] == 0:
            return word
        left[0] -= 1
        return _nearest(word, lang)

    return _LOWER_WORD.sub(nearest, text)


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
    German, French, Spanish, Italian, Portuguese, Dutch) and warns when at least 15 % of at least 30 words are
    unknown; shorter messages (from 15 words) need a higher share (up to 25 %) and at least five
    unknown words. A long message is judged on its first 250 checked words. Names, brands, acronyms, SKUs, order IDs, numbers, URLs and the product's title
    are ignored; German and Dutch compounds count as known when their parts are. Swedish, Polish,
    Turkish, Arabic and Japanese have no dictionary here: their messages, and messages 15 % or more in them, are
    not judged.

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
    if any(code not in _SPELL_LANGS for code in extra):
        # A message partly written in a language without a dictionary (a Turkish paragraph beside the
        # English one): that part's words would all count as misspelt, so the message cannot be judged.
        return
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
