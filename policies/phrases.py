"""Phrase patterns and word lists per language, loaded lazily from `policies/data/<lang>/*.toml`.

Each language is one folder; each file in it holds tables named by topic (`[review.request]`) with
`patterns` (regular expressions, case-insensitive, no named groups) and/or `words` (whole words).
Files of one folder are merged. Adding a language is adding one folder.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from importlib.resources import files
from operator import itemgetter
from re import _constants as C  # the stdlib parser reads these patterns' syntax exactly
from re import _parser
from typing import Any

import regex

FLAGS = regex.IGNORECASE | regex.UNICODE | regex.V0


@lru_cache(maxsize=1)
def _data() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for folder in files("policies").joinpath("data").iterdir():
        if not folder.is_dir() or folder.name.startswith(("_", ".")):
            continue
        merged: dict[str, Any] = {}
        for entry in sorted(folder.iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".toml"):
                _merge(merged, tomllib.loads(entry.read_text(encoding="utf-8")))
        out[folder.name] = merged
    return out


def _merge(into: dict[str, Any], new: dict[str, Any]) -> None:
    for key, value in new.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merge(into[key], value)
        elif isinstance(value, list) and isinstance(into.get(key), list):
            into[key] = into[key] + value
        else:
            into[key] = value


def languages() -> list[str]:
    return sorted(_data())


def _topic(lang: str, topic: str) -> dict[str, Any]:
    node: Any = _data().get(lang, {})
    for key in topic.split("."):
        if not isinstance(node, dict):
            return {}
        node = node.get(key, {})
    return node if isinstance(node, dict) else {}


def setting(topic: str, lang: str, key: str) -> Any:
    """A value a language's data gives a topic beside its patterns (`[types.content_cue] small_talk = true`),
    or None."""
    return _topic(lang, topic).get(key)


def _spellings(code: str) -> dict[str, str]:
    """The language's ASCII spellings of letters (`[phrases.spellings]`): German writes ä as "ae" on a
    keyboard without umlauts ("wuerden", "Gruesse"), so a pattern's ä also reads "ae"."""
    node = _topic(code, "phrases").get("spellings", {})
    return node if isinstance(node, dict) else {}


def _respell(alternative: str, spellings: dict[str, str]) -> str:
    """`alternative` with each letter of `spellings` outside a character class read as itself or its
    spelling: 'würden' -> 'w(?:ü|ue)rden'. Escapes and character classes are kept as written."""
    out: list[str] = []
    i, in_class = 0, False
    while i < len(alternative):
        ch = alternative[i]
        if ch == "\\":
            out.append(alternative[i : i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            out.append(ch)
            i += 1
            if alternative[i : i + 1] == "^":
                out.append("^")
                i += 1
            if alternative[i : i + 1] == "]":  # a literal ] first in the class
                out.append("]")
                i += 1
            continue
        else:
            spelled = spellings.get(ch.lower())
            if spelled:
                ch = f"(?:{ch}|{spelled})"
        out.append(ch)
        i += 1
    return "".join(out)


def _alternatives(topic: str, lang: str | None) -> list[str]:
    langs = [lang] if lang else languages()
    alternatives: list[str] = []
    for code in langs:
        found = list(_topic(code, topic).get("patterns", []))
        words = _topic(code, topic).get("words", [])
        if words:
            found.append(r"(?<!\w)(?:" + "|".join(regex.escape(w) for w in words) + r")(?!\w)")
        spellings = _spellings(code)
        alternatives.extend(_respell(a, spellings) if spellings else a for a in found)
    return alternatives


def _join(alternatives: list[str]) -> regex.Pattern[str]:
    return regex.compile("|".join(f"(?:{a})" for a in alternatives), FLAGS)


@cache
def pattern(topic: str, lang: str | None = None) -> regex.Pattern[str] | None:
    """One compiled alternation of the topic's patterns, in one language or in all of them."""
    alternatives = _alternatives(topic, lang)
    return _join(alternatives) if alternatives else None


# --- a literal prefilter: most sentences can match only a few of a topic's alternatives, or none ---------
#
# A topic is an alternation of hundreds of patterns (every language), and the regex engine tries every
# one at every position of the text. Almost every alternative needs some literal text to match ("review",
# "unsubscrib", "ご協力"): those literals are read from the parsed pattern once, and a text is searched
# only with the alternatives whose literals it contains, in their original order. Leaving out an
# alternative that can match nowhere in the text changes no match (first, all, full or substituted), so
# this is exact. Case-insensitive: a literal is compared casefolded with the casefolded text (casefold
# maps almost every case variant the regex engine equates onto one form, e.g. 'ſ' and 's', 'ς' and 'σ';
# _FOLD_FIRST covers the rest: the Turkish dotted/dotless i and a letter newer than Python's tables).
_FOLD_FIRST = str.maketrans({"ı": "i", "İ": "i", "\U0001df95": "ss"})


def fold(text: str) -> str:
    """The form in which literals and texts are compared."""
    if text.isascii():
        return text.lower()  # the same for ASCII, 5x faster than the translation table
    return text.translate(_FOLD_FIRST).casefold()


def _same(text: str) -> str:
    return text


def _required(items: Any, norm: Callable[[str], str] = fold) -> frozenset[str] | None:
    """Literals of which every match of the parsed sequence `items` contains at least one; None if unknown.
    `norm`: how a literal is compared (folded, or as written in a case-sensitive group)."""
    found = _required_all(items, norm)
    # the most selective: the longest shortest literal, then the fewest (the first on a tie)
    return max(found, key=lambda lits: (min(map(len, lits)), -len(lits))) if found else None


def _required_all(items: Any, norm: Callable[[str], str] = fold) -> list[frozenset[str]]:
    """Every literal set of which a match of the parsed sequence `items` contains at least one (a
    literal run, a small character class, a required group, an alternation of such), in order."""
    sets: list[frozenset[str]] = []

    def consider(found: frozenset[str] | None) -> None:
        if found and all(found):
            sets.append(found)

    # a run of literal characters, a small class spelling it out both ways: "sh[i1]t" is "shit" or "sh1t"
    run: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            run = {r + chr(av) for r in run} if run else {chr(av)}
            continue
        if op is C.IN:
            chars = _class_literals(av, _same)
            if chars is not None and max(len(run), 1) * len(chars) <= _RUN_VARIANTS:
                run = {r + c for r in run for c in chars} if run else set(chars)
                continue
        if run and op in (C.BRANCH, C.SUBPATTERN):
            # the parser factors a common prefix out of an alternation: "bize|bana" is "b" then "ize|ana";
            # the run goes on through it, so the literals are the words, not one letter and their tails
            spelled = _spelled([(op, av)])
            if spelled is not None and "" not in spelled and len(run) * len(spelled) <= _SPELLED_MAX:
                run = {r + w for r in run for w in spelled}
                continue
        if run:
            consider(frozenset(norm(r) for r in run))
            run = set()
        if op is C.IN:
            consider(_class_literals(av, norm))
        elif op is C.SUBPATTERN:
            consider(_required(av[-1], norm))
        elif op is C.ATOMIC_GROUP:
            consider(_required(av, norm))
        elif op is C.BRANCH:
            branches = [_required(b, norm) for b in av[1]]
            if all(b is not None for b in branches):
                consider(frozenset().union(*[b for b in branches if b is not None]))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            consider(_required(av[2], norm))
    if run:
        consider(frozenset(norm(r) for r in run))
    return sets


def _exact_required(items: Any) -> frozenset[str] | None:
    """Literals, as written, of a case-sensitive group `(?-i:STOP|QUIT)` that every match of the
    parsed sequence `items` goes through (one of which it contains); None if there is none."""
    best: frozenset[str] | None = None
    for op, av in items:
        found: frozenset[str] | None = None
        if op is C.SUBPATTERN:
            found = _required(av[-1], _same) if av[2] & C.SRE_FLAG_IGNORECASE else _exact_required(av[-1])
        elif op is C.ATOMIC_GROUP:
            found = _exact_required(av)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            found = _exact_required(av[2])
        if found and all(found) and (best is None or min(map(len, found)) > min(map(len, best))):
            best = found
    return best


_RUN_VARIANTS = 8  # spellings of a literal run with small classes in it, at most
_SPELLED_MAX = 32  # spellings of a literal run continued through an alternation, at most


def _spelled(items: Any) -> set[str] | None:
    """Every text the parsed sequence `items` matches, as written, when it is literal text only (literal
    characters, small classes, alternations and groups of those); None otherwise or when too many."""
    out = {""}
    for op, av in items:
        if op is C.LITERAL:
            words: set[str] | None = {chr(av)}
        elif op is C.IN:
            chars = _class_literals(av, _same)
            words = set(chars) if chars is not None else None
        elif op is C.BRANCH:
            words = set()
            for branch in av[1]:
                found = _spelled(branch)
                if found is None:
                    return None
                words |= found
        elif op is C.SUBPATTERN:
            words = _spelled(av[-1])
        else:
            return None
        if words is None or len(out) * len(words) > _SPELLED_MAX:
            return None
        out = {o + w for o in out for w in words}
    return out


_CLASS_MAX = 16  # a character class of more characters than this ([a-z]) is no useful prefilter


def _class_literals(items: Any, norm: Callable[[str], str] = fold) -> frozenset[str] | None:
    """The characters of a parsed character class (`[$€£]`, and `星|★` which the parser makes one),
    one of which every match of it is; None for a negated, category or wide class."""
    chars: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            chars.add(norm(chr(av)))
        elif op is C.RANGE and av[1] - av[0] < _CLASS_MAX:
            chars.update(norm(chr(c)) for c in range(av[0], av[1] + 1))
        else:
            return None
        if len(chars) > _CLASS_MAX:
            return None
    return frozenset(chars) if chars else None


def _parsed(alternative: str) -> Any:
    """The stdlib parser's reading of `alternative`, or None for syntax only the regex module knows (no
    prefilter then)."""
    try:
        return _parser.parse(alternative)
    except Exception:
        return None


_ALSO_MIN = 2  # a shorter literal (one letter) is in almost every long text


def _analysis(alternative: str) -> tuple[frozenset[str] | None, list[frozenset[str]], frozenset[str] | None]:
    """_literals, _also_required and _exact_literals of one alternative, from one parse: parsing is most of
    the cost of building the index, which every process pays before its first message."""
    parsed = _parsed(alternative)
    if parsed is None:
        return None, [], None
    found = _required_all(parsed)
    best = max(found, key=lambda lits: (min(map(len, lits)), -len(lits))) if found else None
    also = [lits for lits in found if lits != best and min(map(len, lits)) >= _ALSO_MIN]
    exact = None if "(?i" in alternative else _exact_required(parsed)
    return best, also, exact


def _literals(alternative: str) -> frozenset[str] | None:
    """The literals one of which every match of `alternative` contains (the most selective set)."""
    return _analysis(alternative)[0]


def _also_required(alternative: str) -> list[frozenset[str]]:
    """The alternative's other required literal sets (besides _literals'): "opt" and "out" of
    "opt(ing)? out ... (messages|mails|list)", chosen by "mail" (in "email")."""
    return _analysis(alternative)[1]


def _exact_literals(alternative: str) -> frozenset[str] | None:
    """What a case-sensitive group of the alternative needs, compared with the text as it is: "reply
    ... STOP" is looked for only in a text with an upper-case STOP (or QUIT...), though "reply" and
    "stop" are everywhere. None when the alternative has no such group (or turns IGNORECASE back on)."""
    return _analysis(alternative)[2]


_NONE: frozenset[int] = frozenset()
# Alternations kept per topic: the same combinations of alternatives come back message after message
# (a busy topic sees a few hundred distinct ones over the corpus).
_COMPILED_MAX = 512
_LONG = 1000  # characters: a text this long is a whole part, searched once or twice per message


class _Prefiltered:
    """A topic's alternatives with their required literals, and the alternations compiled so far."""

    def __init__(self, alternatives: list[str]) -> None:
        self.alternatives = alternatives
        always: list[int] = []
        by_literal: dict[str, set[int]] = {}
        self.exact: dict[int, frozenset[str]] = {}
        self.also: dict[int, list[frozenset[str]]] = {}
        for i, alt in enumerate(alternatives):
            lits, also, exact = _analysis(alt)
            if lits is None:
                always.append(i)
            else:
                for lit in lits:
                    by_literal.setdefault(lit, set()).add(i)
                if also:
                    self.also[i] = also
            if exact:
                self.exact[i] = exact
        self.always = frozenset(always)
        self.by_literal = {lit: frozenset(idx) for lit, idx in by_literal.items()}
        self.literals = frozenset(by_literal)
        self._by_id: dict[int, frozenset[int]] | None = None  # by_literal by the index's literal numbers
        self._ids: frozenset[int] = frozenset()
        self._exact_by_id: dict[int, tuple[frozenset[int], frozenset[str]]] = {}
        self._exact_ids: frozenset[int] = frozenset()
        self._exact_always = False
        self.compiled: dict[tuple[int, ...], regex.Pattern[str]] = {}
        # the alternation for each combination of literals found (and case-sensitive groups passed):
        # the same few combinations come back sentence after sentence
        self._for_hits: dict[tuple[frozenset[int], frozenset[int]], regex.Pattern[str] | None] = {}

    def for_text(self, text: str, found: frozenset[int] | None = None) -> regex.Pattern[str] | None:
        """The alternation for `text`, in which the literals `found` (by default _scan's) are."""
        if self._by_id is None:
            number = _index()[5]
            by_id = {number[lit]: alts for lit, alts in self.by_literal.items()}
            self._ids = frozenset(by_id)
            self._exact_by_id = {
                i: (frozenset(n for n, alts in by_id.items() if i in alts), lits) for i, lits in self.exact.items()
            }
            # the literals of every case-sensitive alternative: a text with none of them passes none
            self._exact_ids = frozenset().union(*(ids for ids, _lits in self._exact_by_id.values()))
            self._exact_always = not self.always.isdisjoint(self.exact)
            self._by_id = by_id  # last: another thread takes a set _by_id for all of them ready
        hits = (_scan(text)[0] if found is None else found) & self._ids
        if not hits and not self.always:
            return None
        # a case-sensitive group is looked for only when the rest of its alternative's literals are there
        passed = (
            frozenset(
                i
                for i, (ids, lits) in self._exact_by_id.items()
                if (i in self.always or not ids.isdisjoint(hits)) and any(lit in text for lit in lits)
            )
            if self._exact_by_id and (self._exact_always or not hits.isdisjoint(self._exact_ids))
            else _NONE
        )
        if len(text) >= _LONG:
            return self._for_long_text(text, hits, passed)
        memo = (hits, passed)
        if memo in self._for_hits:
            return self._for_hits[memo]
        active = set(self.always)
        by_id = self._by_id
        for lit in hits:
            active |= by_id[lit]
        exact = self.exact
        active = {i for i in active if i not in exact or i in passed}
        compiled = self._compile(tuple(sorted(active))) if active else None
        if len(self._for_hits) > 512:  # bounded: each value keeps a compiled pattern alive
            self._for_hits.clear()
        self._for_hits[memo] = compiled
        return compiled

    def _for_long_text(self, text: str, hits: frozenset[int], passed: frozenset[int]) -> regex.Pattern[str] | None:
        """A long text (a whole part) is searched at some tens of nanoseconds a character per
        alternative: an alternative is kept only if its other required literals are there too."""
        active = set(self.always)
        for lit in hits:
            active |= self._by_id[lit]
        folded = fold(text)
        active = {
            i
            for i in active
            if (i not in self.exact or i in passed)
            and all(any(lit in folded for lit in lits) for lits in self.also.get(i, ()))
        }
        return self._compile(tuple(sorted(active))) if active else None

    def _compile(self, key: tuple[int, ...]) -> regex.Pattern[str]:
        compiled = self.compiled.get(key)
        if compiled is None:
            if len(self.compiled) >= _COMPILED_MAX:  # bounded per topic: hostile text cannot grow it for ever;
                del self.compiled[next(iter(self.compiled))]  # the oldest goes, not all (no recompiling cliff)
            compiled = self.compiled[key] = _join([self.alternatives[i] for i in key])
        return compiled


def _topics(node: dict[str, Any], path: str = "") -> Iterator[str]:
    for key, value in node.items():
        if isinstance(value, dict):
            yield from _topics(value, f"{path}{key}.")
        elif key in ("patterns", "words") and path:
            yield path[:-1]


@lru_cache(maxsize=1)
def _index() -> tuple[
    Any, tuple[tuple[int, str], ...], tuple[str, ...], tuple[frozenset[str], ...], frozenset[str], dict[str, int]
]:
    """One Aho-Corasick automaton over the literals of every topic in every language (each literal
    numbered, with the topics that need it), and the topics some alternative of which has no literal:
    a text is scanned once (in C) for all of them, whatever number of topics then ask about it.

    Literals of one ASCII letter ("t", "m") occur every few characters: reported by the automaton
    they would be most of its hits; they are looked for with `in` instead (the `short` tuple).

    The automaton looks a character up among a state's next characters one by one, in the order they
    were added: the start state's would be the first characters of the literals in sorted order, and a
    digit or a full stop, which starts no literal, went through all of them (a tenth of a microsecond
    per character). _FIRST_ORDER is added first, as words that never occur (the character and
    U+FFFF, reported as -1 and dropped if a text has them), so common characters are found at once."""

    topics_of: dict[str, set[str]] = {}
    always: set[str] = set()
    for topic in sorted({t for node in _data().values() for t in _topics(node)}):
        pre = _prefiltered(topic, None)
        if pre is None:
            continue
        if pre.always:
            always.add(topic)
        for lit in pre.literals:
            topics_of.setdefault(lit, set()).add(topic)
    literals = tuple(sorted(topics_of))
    automaton, short = _automaton(list(enumerate(literals)))
    needing = tuple(frozenset(topics_of[lit]) for lit in literals)
    return automaton, short, literals, needing, frozenset(always), {lit: i for i, lit in enumerate(literals)}


def _automaton(numbered: list[tuple[int, str]]) -> tuple[Any, tuple[tuple[int, str], ...]]:
    """An automaton reporting each literal's number, and the one-letter literals left to `in`."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for char in _FIRST_ORDER:
        automaton.add_word(char + _NEVER, -1)
    short: list[tuple[int, str]] = []
    for i, lit in numbered:
        if len(lit) == 1 and lit.isascii() and lit.isalnum():
            short.append((i, lit))
        else:
            automaton.add_word(lit, i)
    automaton.make_automaton()
    return automaton, tuple(short)


# Topics searched in whole parts rather than sentences (link.opt-out, content.sensitive): a long text
# is scanned for their literals alone, by an automaton a sixteenth the size (2.5x faster a character).
_DOCUMENT_TOPICS = frozenset({"links.opt_out", "content.sensitive", "links.bare_dot_domain"})
# Word lists a rule looks for in a whole part before it runs a costly pattern there (content.email-address's
# words for @ and for the dot): their words of three characters or more are in that automaton too.
_DOCUMENT_WORDS = frozenset({"content.email_at", "content.email_dot"})


@lru_cache(maxsize=1)
def _document_index() -> tuple[
    Any, tuple[tuple[int, str], ...], tuple[str, ...], tuple[frozenset[str], ...], frozenset[str], dict[str, int]
]:
    """_index() for the literals of _DOCUMENT_TOPICS (numbered as in _index())."""
    _automaton_all, _short, literals, needing, always, number = _index()
    wanted = set()
    for topic in _DOCUMENT_TOPICS:
        pre = _prefiltered(topic, None)
        if pre is not None:
            wanted |= pre.literals
    wanted |= {folded for topic in _DOCUMENT_WORDS for w in word_set(topic) if len(folded := fold(w)) > 2}
    automaton, short = _automaton(sorted((number[lit], lit) for lit in wanted))
    return automaton, short, literals, needing, always, number


# Characters by how often they occur in (folded) messages, most often first; then the rest of ASCII.
_FIRST_ORDER = "".join(
    dict.fromkeys(" etaoinsrhldcu\nmwfgypb,.kv0123456789-'/:()x!?;jqz\"@#$%&*+=<>[]_\téüäöàèóíáñç" + "".join(map(chr, range(32, 127))))
)
_NEVER = "\uffff"  # a noncharacter: no text has it, and if one does the dummy word's hit is dropped


@lru_cache(maxsize=4096)
def _scan(text: str, document: bool = False) -> tuple[frozenset[int], frozenset[str]]:
    """The topic literals that occur in the folded text (by their number in the index), and the
    topics that can match in it at all (`document`: of _DOCUMENT_TOPICS only)."""
    automaton, short, _literals, needing, always, _number = _document_index() if document else _index()
    folded = fold(text)
    if not folded:
        return frozenset(), always
    found = set(map(itemgetter(1), automaton.iter(folded)))  # distinct literals, collected in C
    found.discard(-1)
    found.update([i for i, lit in short if lit in folded])
    return frozenset(found), always.union(*map(needing.__getitem__, found))  # one C call for the union


def topics_in(text: str) -> frozenset[str]:
    """The topics that can match somewhere in `text` (and so in any part of it): a topic not listed
    matches nowhere in the text nor in any substring of it."""
    return _scan(text)[1]


def document_words_in(text: str) -> frozenset[str]:
    """The words of _DOCUMENT_WORDS' lists (three characters or more, folded) that occur in the folded text:
    a word not in it is nowhere in the text. One scan of a whole part, shared with link.opt-out's and
    content.sensitive's."""
    literals = _index()[2]
    return frozenset(literals[i] for i in _scan(text, True)[0])


_PREFILTERED: dict[tuple[str, str | None], _Prefiltered | None] = {}


def _prefiltered(topic: str, lang: str | None) -> _Prefiltered | None:
    key = (topic, lang)
    if key not in _PREFILTERED:
        alternatives = _alternatives(topic, lang)
        _PREFILTERED[key] = _Prefiltered(alternatives) if alternatives else None
    return _PREFILTERED[key]


def forget_texts() -> None:
    """Forget everything remembered of texts seen (matches, scans, the alternation chosen for the
    literals found), as for a message never seen before: benchmarks of a new message use it.

    The alternations compiled so far are kept: they are made of the data's patterns, not of a text (a
    combination of alternatives, as the regex module's own cache of compiled patterns is kept), and a
    running server has the common ones from its earlier messages."""
    for memo in (search, _finditer, fullmatch, _scan):
        memo.cache_clear()
    for pre in _PREFILTERED.values():
        if pre is not None:
            pre._for_hits.clear()


def for_text(topic: str, text: str, lang: str | None = None) -> regex.Pattern[str] | None:
    """The topic's alternation reduced to the alternatives that can match somewhere in `text` (None:
    none can). Every match in `text` is the same as with `pattern(topic, lang)`."""
    # (one call form per kind: lru_cache keys _scan(text) and _scan(text, False) apart)
    found, topics = _scan(text, True) if topic in _DOCUMENT_TOPICS and len(text) >= _LONG else _scan(text)
    if topic not in topics:
        return None  # most topics can match nowhere in a given sentence: one set lookup says so
    pre = _prefiltered(topic, lang)
    return pre.for_text(text, found) if pre is not None else None


# --- a long text's first match, tried only where a match can start ------------------------------------
#
# A whole part (link.opt-out reads 16 KB of HTML text) is searched by the regex engine at every position,
# some tens of nanoseconds a character for a few alternatives. Most alternatives start with a literal
# ("reply", "opt", "unsubscrib") once zero-width assertions (\b, look-behinds) are passed: a match can
# start only where one of those literals is, and a match attempt there (`match(text, pos)`, which sees the
# text before `pos` as `search` does) is the attempt `search` makes there. Trying the places in order
# gives `search`'s match. Folded and original positions are the same when folding keeps the length.
_STARTS_MAX_SHARE = 16  # more places than one per this many characters: the engine's own scan is cheaper


def _starts(items: Any) -> frozenset[str] | None:
    """Folded literals one of which every match of the parsed sequence `items` starts with; None if unknown."""
    for i, (op, av) in enumerate(items):
        if op is C.AT or op is C.ASSERT or op is C.ASSERT_NOT:
            continue  # zero-width: the match starts where the next item does
        if op is C.LITERAL:
            run = [chr(av)]
            for op2, av2 in list(items)[i + 1 :]:
                if op2 is not C.LITERAL:
                    break
                run.append(chr(av2))
            return frozenset({fold("".join(run))})
        if op is C.IN:
            return _class_literals(av)
        if op is C.BRANCH:
            branches = [_starts(b) for b in av[1]]
            if any(b is None for b in branches):
                return None
            return frozenset().union(*[b for b in branches if b is not None])
        if op is C.SUBPATTERN:
            return _starts(av[-1])
        if op is C.ATOMIC_GROUP:
            return _starts(av)
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            return _starts(av[2])
        return None
    return None  # nothing but assertions: an empty match can be anywhere


@lru_cache(maxsize=256)
def _start_literals(pattern_text: str) -> frozenset[str] | None:
    try:
        found = _starts(_parser.parse(pattern_text))
    except Exception:  # syntax only the regex module knows
        return None
    return found if found and all(found) else None


def _start_places(compiled: regex.Pattern[str], text: str) -> list[int] | None:
    """The places in `text`, in order, where a match of `compiled` can start; None when unknown or when
    there are so many that the engine's own scan is cheaper."""
    starts = _start_literals(compiled.pattern)
    if starts is None:
        return None
    folded = fold(text)
    if len(folded) != len(text):
        return None  # a character folded into two: positions no longer line up
    bound = len(text) // _STARTS_MAX_SHARE
    places: set[int] = set()
    for lit in starts:
        i = folded.find(lit)
        while i >= 0:
            places.add(i)
            i = folded.find(lit, i + 1)
        if len(places) > bound:
            return None
    return sorted(places)


def _first_in_long(compiled: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    """`compiled.search(text)`, trying only the places where a match can start (the match's `pos` is
    the place tried: nothing reads it)."""
    places = _start_places(compiled, text)
    if places is None:
        return compiled.search(text)
    for place in places:
        m = compiled.match(text, place)
        if m is not None:
            return m
    return None


def _all_in_long(compiled: regex.Pattern[str], text: str) -> tuple[regex.Match[str], ...]:
    """`compiled.finditer(text)`'s matches, trying only the places where a match can start: finditer
    tries every place from the last match's end on, and no other place can start one. (Every start literal
    is non-empty, so no match is empty.)"""
    places = _start_places(compiled, text)
    if places is None:
        return tuple(compiled.finditer(text))
    found: list[regex.Match[str]] = []
    end = 0
    for place in places:
        if place < end:
            continue
        m = compiled.match(text, place)
        if m is not None:
            found.append(m)
            end = m.end()
    return tuple(found)


# Several rules ask the same question of the same sentence (is it a review request? is it negated?):
# remembering recent answers halves the regex work per message. Matches are immutable.
@lru_cache(maxsize=8192)
def search(topic: str, text: str, lang: str | None = None) -> regex.Match[str] | None:
    """The first place `text` matches the topic, or None."""
    compiled = for_text(topic, text, lang)
    if compiled is None:
        return None
    return _first_in_long(compiled, text) if len(text) >= _LONG else compiled.search(text)


def finditer(topic: str, text: str, lang: str | None = None) -> list[regex.Match[str]]:
    return list(_finditer(topic, text, lang))


@lru_cache(maxsize=8192)
def _finditer(topic: str, text: str, lang: str | None) -> tuple[regex.Match[str], ...]:
    compiled = for_text(topic, text, lang)
    if compiled is None:
        return ()
    return _all_in_long(compiled, text) if len(text) >= _LONG else tuple(compiled.finditer(text))


# finditer's matches as the memo's own tuple, lang given positionally (the memo's key): no copy and no
# Python call around the memo, for the loops over hundreds of units.
matches = _finditer


@lru_cache(maxsize=4096)
def fullmatch(topic: str, text: str, lang: str | None = None) -> regex.Match[str] | None:
    """`text` as a whole matches the topic, or None."""
    compiled = for_text(topic, text, lang)
    return compiled.fullmatch(text) if compiled is not None else None


def sub(topic: str, replacement: str, text: str, lang: str | None = None) -> str:
    """`text` with every match of the topic replaced."""
    compiled = for_text(topic, text, lang)
    return compiled.sub(replacement, text) if compiled is not None else text


def warm_up_message(lang: str) -> str:
    """The language's typical message (`[warm_up] message`), judged once when a server starts."""
    message = _topic(lang, "warm_up").get("message", "")
    return message if isinstance(message, str) else ""


@cache  # the data files do not change while running; rules ask per message (images, links)
def word_set(topic: str, lang: str | None = None) -> frozenset[str]:
    langs = [lang] if lang else languages()
    return frozenset(w.lower() for code in langs for w in _topic(code, topic).get("words", []))


def excerpt(text: str, match: regex.Match[str], around: int = 40) -> str:
    """The match with a little context, on one line, for a finding's evidence."""
    start = max(0, match.start() - around)
    end = min(len(text), match.end() + around)
    snippet = " ".join(text[start:end].split())
    return ("…" if start else "") + snippet + ("…" if end < len(text) else "")
