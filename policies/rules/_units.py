"""What the seller wrote, cut into sentence-sized units, for the purpose and review rules.

The purpose rules judge meaning by combining cues inside one sentence (or neighbouring ones), so the
body is split once per message into units: hard-wrapped lines are joined back, then the text is cut at
sentence ends. Text is NFKC-normalised (full-width Japanese punctuation and digits, curly quotes) so
the phrase patterns can be written once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from itertools import chain, count, repeat
from typing import NamedTuple

import regex

from policies import phrases
from policies.context import Context
from policies.message import sub_order_ids

_PARAGRAPH = re.compile(r"\n\s*\n")
# A line this long that does not end a sentence was wrapped by the mail program.
_WRAP_MIN = 40
_WRAP_LONG = 60  # ...and one this long was wrapped whatever the next line starts with
# ...and so was a shorter one that the next line's first word would have pushed past this column: mail programs
# wrap at 72 to 78, so "...würden wir uns über eine kurze" (58) / "Verkäuferbewertung auf Amazon freuen." was
# wrapped before a long word, which in German starts with a capital as often as not
_WRAP_WIDTH = 72
_CONTINUES = re.compile(r"^[a-zà-ÿ0-9(\"']")
# Lines are stripped, so "ends with one of these" is what `[.!?:;。)」』]\s*$` asked of them.
_LINE_END_MARKS = frozenset(".!?:;。)」』")
# Japanese is wrapped at about half the characters (full-width), and joined back without a space.
_CJK_WRAP_MIN = 16
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)]|[a-z][)])\s")
_SENTENCE_END = re.compile(
    r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ0-9\"'¿¡(\[\u0621-\u064a])"  # latin scripts: end mark, space, capital; Arabic: a letter
    r"|(?<=[.!?。])(?=[\u3040-\u30ff\u4e00-\u9fff「『【])"  # Japanese: no space after the mark
    r"|(?<=。)\s*"
)
# The first branch alone: the same matches as _SENTENCE_END on a text without '。' and the Japanese
# characters the other branches need. _latin_sentences finds them without a regular expression.
_LATIN_SENTENCE_END = re.compile(r"\s(?<=[.!?]\s)\s*(?=[A-ZÀ-ÖØ-Þ0-9\"'¿¡(\[\u0621-\u064a])")
_JAPANESE_BREAK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff「『【。]")
# Arabic marks no phrase data is written with: tatweel (the stretching stroke, "نجـــوم"), the short-vowel
# marks (harakat, "تُقيِّمَنا") and the invisible direction marks right-to-left mail carries (LRM, RLM, ALM,
# embeddings, isolates): dropped, or they split the words the phrase data looks for.
_ARABIC_DROP = {
    "\u0640": None, **dict.fromkeys(map(chr, range(0x064B, 0x0653))), "\u0670": None,
    **dict.fromkeys("\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"),
}
_ARABIC_PLAIN = str.maketrans(_ARABIC_DROP)
_ARABIC_MARK = re.compile("[" + "".join(_ARABIC_DROP) + "]")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                         # Arabic punctuation reads as its Latin form (the sentence ends, clause breaks and
                         # question marks the rules look for)
                         "؟": "?", "؛": ";", "،": ",", **_ARABIC_DROP})


def without_arabic_marks(text: str) -> str:
    """`text` without the Arabic marks of `_ARABIC_DROP`, for rules that read a part's text itself (not its
    units): an insult or «أرسل توقف» stretched with tatweel or voweled is the same words."""
    return text if text.isascii() or _ARABIC_MARK.search(text) is None else text.translate(_ARABIC_PLAIN)


# soft hyphen, zero-width space and (non-)joiner, word joiner, Mongolian vowel separator, byte order mark
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\u180e\ufeff]")


def without_invisible(text: str) -> str:
    """`text` without the characters no reader sees: "info\u00ad@shop.com" and "north\u00adlight.com" are the
    address and the host they show; an alt text of "&#8203;" alone is empty."""
    return text if text.isascii() or _INVISIBLE.search(text) is None else _INVISIBLE.sub("", text)


# An address with a stand-in sign for its @ and, near it, the key to read it: "info★shop.jp（★を@に変えてください）",
# "sales#shop.com (replace # with @)", "info※shop.jp（@を※にしています）". Read by content.email-address (which
# reports it) and link.external (its domain is no web address); full-width signs are kept for the raw text.
STAND_IN_EMAIL = regex.compile(
    r"(?<![\w.+%-])[\w.+%-]{1,64}(?P<sign>[★☆●○◆◇■□▲△♪※#＃*＊])[\w-]{1,63}(?:\.[\w-]{1,63})*\.[A-Za-z]{2,24}(?![\w-])"
    r"(?=[^\n]{0,40}?(?:(?P=sign)[^\n@＠]{0,12}(?:[@＠]|アットマーク|\bat\b)|(?:[@＠]|アットマーク)[^\n]{0,12}(?P=sign)))"
)


def stand_in_emails(text: str) -> list[regex.Match[str]]:
    """The addresses in `text` whose @ is a stand-in sign with its key nearby (STAND_IN_EMAIL)."""
    if "@" not in text and "＠" not in text and "アットマーク" not in text:
        return []
    return list(STAND_IN_EMAIL.finditer(text))


# An address whose @ is the word "at" and whose dots are real: "write to jenny at northlight.com". Bare "at" is
# an everyday word ("the guide is at shop.com/care"), so it is an address only right after a word for writing
# (content.at_address_lead) and with a name, not a pronoun, before it ("contact us at shop.com" is a website).
_AT_ADDRESS = regex.compile(
    r"(?<![\w.+%-])(?P<local>[A-Za-z0-9._%+-]{1,64})[ \t]+at[ \t]+"
    r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}(?![\w-])",
    regex.IGNORECASE,
)
_NOT_LOCAL = frozenset({"us", "me", "him", "her", "them", "it", "you", "home", "work", "all", "least", "once"})


def at_addresses(text: str) -> list[regex.Match[str]]:
    """The addresses in `text` written "NAME at shop.com" after a word for writing (_AT_ADDRESS). Read by
    content.email-address (which reports them) and link.external (their domain is no web address)."""
    if " at " not in text and " AT " not in text and " At " not in text:
        return []
    return [
        m for m in _AT_ADDRESS.finditer(text)
        if m.group("local").lower() not in _NOT_LOCAL
        and phrases.search("content.at_address_lead", text[max(0, m.start() - 40) : m.start()]) is not None
    ]


class Unit(NamedTuple):
    """One sentence (or heading, greeting, signature line) of the subject or body. (A named tuple:
    a message has hundreds, made twice as fast as frozen dataclass instances.)"""

    text: str
    location: str  # "subject", "text" or "html"
    index: int  # position among the body units; -1 for the subject


_new_unit = tuple.__new__


def normalize(text: str) -> str:
    """NFKC (full-width forms), straight quotes, no non-breaking or zero-width spaces."""
    if text.isascii():
        return text.replace("`", "'")  # NFKC keeps ASCII as it is; the backtick is the one ASCII quote
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return text.replace("\u200b", "").replace("\u00a0", " ")


def _is_cjk(char: str) -> bool:
    return "\u3040" <= char <= "\u30ff" or "\u4e00" <= char <= "\u9fff"


def _wrapped_latin_start(nxt: str) -> bool:
    """A Japanese line wrapped before a number or a Latin word ("...次回使える" / "500円OFFクーポンを...。"):
    the next line goes on in Japanese prose (ends with 。 or a CJK character) and is no list item."""
    return (nxt[0].isascii() and nxt[0].isalnum() and _LIST_ITEM.match(nxt) is None
            and (nxt[-1] == "。" or _is_cjk(nxt[-1])))


def _first_word_len(line: str) -> int:
    """The length of the line's first word (the whole line when it has one word)."""
    space = line.find(" ")
    return len(line) if space < 0 else space


def split_units(text: str) -> list[str]:
    """Sentences of a text, with hard-wrapped lines joined back together."""
    out: list[str] = []
    text = normalize(text)
    japanese = not text.isascii() and _JAPANESE_BREAK.search(text) is not None
    for para in _PARAGRAPH.split(text):
        lines = [ln for raw in para.split("\n") if (ln := raw.strip())]
        buf = ""
        cjk_join = False
        last = len(lines) - 1
        for i, line in enumerate(lines):
            buf = (f"{buf}{line}" if cjk_join else f"{buf} {line}") if buf else line
            nxt = lines[i + 1] if i < last else ""
            tail = line[-1]
            # "...(order 702-5513380-1146729)" / "arrived OK": a closing bracket ends no sentence
            ends = tail in _LINE_END_MARKS and not (tail == ")" and _CONTINUES.match(nxt))
            cjk_join = (
                japanese
                and len(line) >= _CJK_WRAP_MIN
                and (_is_cjk(tail) or tail == "、")
                and nxt != ""
                and (_is_cjk(nxt[0]) or _wrapped_latin_start(nxt))
            )
            wrapped = cjk_join or (
                len(line) >= _WRAP_MIN
                and not ends
                and not _LIST_ITEM.match(nxt)
                and (len(line) >= _WRAP_LONG or _CONTINUES.match(nxt) is not None
                     or len(line) + 1 + _first_word_len(nxt) > _WRAP_WIDTH)
            )
            if wrapped and nxt:
                continue
            # a chunk is stripped lines joined: where no sentence can end inside, it is one sentence
            if not ("." in buf or "!" in buf or "?" in buf or (japanese and "。" in buf)):
                out.append(buf)
            elif japanese:
                out.extend([sentence for part in _SENTENCE_END.split(buf) if (sentence := part.strip())])
            else:
                out.extend(_latin_sentences(buf))
            buf = ""
    return out


# _LATIN_SENTENCE_END's look-ahead class, as a set of characters.
_SENTENCE_START = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789\"'¿¡([" + "".join(map(chr, range(0xC0, 0xD7))) + "".join(map(chr, range(0xD8, 0xDF)))
    # Arabic has no capitals: after an end mark and a space, any Arabic letter starts a sentence
    + "".join(map(chr, range(0x0621, 0x064B)))
)
_MARKS_AS_DOT = str.maketrans("!?", "..")


def _latin_sentences(buf: str) -> list[str]:
    """The stripped, non-empty parts of `_LATIN_SENTENCE_END.split(buf)`: a sentence ends at a mark
    (. ! ?) followed by whitespace and then a capital, digit, quote or bracket; the whitespace goes.

    The marks are found with str.find (in C) and only they are looked at: the pattern stopped at
    every space of the text to try its look-behind (three times slower)."""
    dots = buf.translate(_MARKS_AS_DOT) if "!" in buf or "?" in buf else buf  # every mark at its place
    out: list[str] = []
    n = len(buf)
    last = 0
    i = dots.find(".")
    while i >= 0:
        j = i + 1
        if j < n and buf[j].isspace():  # str.isspace is the stdlib pattern's \s
            k = j + 1
            while k < n and buf[k].isspace():
                k += 1
            if k < n and buf[k] in _SENTENCE_START:
                part = buf[last:j].strip()
                if part:
                    out.append(part)
                last = k
                i = dots.find(".", k)
                continue
        i = dots.find(".", j)
    part = buf[last:].strip()
    if part:
        out.append(part)
    return out


class Units(list[Unit]):
    """The units of one message, with the topics that can match in each.

    Each unit's text is scanned once for the literals of every topic (phrases.topics_in); a loop over
    the units for one topic then visits only the units where that topic can match. Exact: a unit left
    out cannot match the topic. A slice or filtered copy is a plain list and is searched unit by unit.
    """

    _topic_sets: list[frozenset[str]] | None = None
    _by_topic: dict[str, list[Unit]] | None = None
    _groups: list[tuple[frozenset[str], list[int]]] | None = None

    def topic_sets(self) -> list[frozenset[str]]:
        """The topics that can match in each unit, in order."""
        if self._topic_sets is None:
            # a text repeated (table rows, a template's lines, a signature) is looked up once
            seen: dict[str, frozenset[str]] = {}
            sets: list[frozenset[str]] = []
            for u in self:
                found = seen.get(u.text)
                if found is None:
                    found = seen[u.text] = phrases.topics_in(u.text)
                sets.append(found)
            self._topic_sets = sets
        return self._topic_sets

    def _positions_by_topics(self) -> list[tuple[frozenset[str], list[int]]]:
        """The distinct topic sets, each with the positions of its units: a message's hundreds of
        units have a few dozen distinct sets, so a topic is looked up in each set once."""
        if self._groups is None:
            positions: dict[frozenset[str], list[int]] = {}
            for i, topics in enumerate(self.topic_sets()):
                group = positions.get(topics)
                if group is None:
                    positions[topics] = [i]
                else:
                    group.append(i)
            self._groups = list(positions.items())
        return self._groups

    def candidates(self, topic: str) -> list[Unit]:
        # per topic asked (a dozen per message), not per topic of every unit (thousands)
        if self._by_topic is None:
            self._by_topic = {}
        found = self._by_topic.get(topic)
        if found is None:
            every = self._positions_by_topics()
            groups = [group for topics, group in every if topic in topics]
            if len(groups) == 1:
                found = [self[i] for i in groups[0]]
            elif len(groups) == len(every):
                found = list(self)
            else:  # in the units' order
                found = [self[i] for i in sorted(chain.from_iterable(groups))]
            self._by_topic[topic] = found
        return found


def candidates(topic: str, units: Iterable[Unit]) -> Iterable[Unit]:
    """The units, in order, where the topic can match (all of them when `units` is not a Units)."""
    return units.candidates(topic) if isinstance(units, Units) else units


def candidates_any(topics: tuple[str, ...], units: Units) -> list[Unit]:
    """The units, in order, where at least one of the topics can match."""
    return [u for u, found in zip(units, units.topic_sets(), strict=True) if not found.isdisjoint(topics)]


def body_units(ctx: Context) -> Units:
    """The sentences of what the seller wrote (the quoted reply left out), memoised per message."""
    cached = ctx.cache.get("purpose.units")
    if isinstance(cached, Units):
        return cached
    segments = ctx.message.own_segments
    # made by tuple.__new__, which Unit(...) calls through a Python-level __new__ (hundreds of units)
    if len(segments) == 1:
        units = Units([_new_unit(Unit, fields) for fields in zip(split_units(segments[0][1]), repeat(segments[0][0]), count())])
    else:  # lines only the HTML alternative holds, between the plain text's: each unit says where it is
        index = count()
        units = Units([_new_unit(Unit, (text, kind, next(index))) for kind, part in segments for text in split_units(part)])
    ctx.cache["purpose.units"] = units
    return units


# "Re:", "AW:", "RE:", "R:", "RV:", "Rif:", "Antw:", "Réf. :", "返信:"... A reply's subject repeats the buyer's.
_REPLY_SUBJECT = re.compile(r"^\s*(?:(?:re|aw|antw|antwort|r|rv|rif|ris|réf|ref|res|sv|vs|返信|答复)\s?\.?\s?(?:\[\d+\])?\s?:\s*)+", re.IGNORECASE)


def subject_unit(ctx: Context) -> Unit:
    """The subject, as the seller wrote it: the subject of a reply repeats the buyer's words, so a
    reply's subject ("Re: please cancel my order") is left empty."""
    subject = normalize(ctx.message.subject)
    if ctx.message.is_reply and _REPLY_SUBJECT.match(subject):
        subject = ""
    return Unit(subject, "subject", -1)


def all_units(ctx: Context) -> Units:
    """The subject unit, the body units, then the HTML text the buyer may read outside the body (image
    alt texts, a hidden preheader: `Message.unseen_texts`), memoised per message."""
    cached = ctx.cache.get("purpose.all_units")
    if isinstance(cached, Units):
        return cached
    body = body_units(ctx)
    units = Units([subject_unit(ctx), *body])
    unseen = ctx.message.unseen_texts
    if unseen:  # after the body, so no sign-off or order of sentences changes
        index = count(len(body))
        units += [_new_unit(Unit, (text, "html", next(index))) for part in unseen for text in split_units(part)]
    ctx.cache["purpose.all_units"] = units
    return units


def first(topic: str, units: Iterable[Unit]) -> tuple[Unit, regex.Match[str]] | None:
    """The first unit matching the topic, with its match."""
    for unit in candidates(topic, units):
        m = phrases.search(topic, unit.text)
        if m is not None:
            return unit, m
    return None


def matches(topic: str, units: Iterable[Unit]) -> Iterator[tuple[Unit, regex.Match[str]]]:
    for unit in candidates(topic, units):
        for m in phrases.matches(topic, unit.text, None):
            yield unit, m


def has(topic: str, text: str) -> bool:
    return phrases.search(topic, text) is not None


# Japanese asks without a question mark: a sentence ending in the particle か after a polite or plain
# verb ending (ですか, でしょうか, いただけますか, ませんか, ましたか, のか, ないか) is a question. A word that
# merely ends in か is none: a shop name in the signature (「フィットネス雑貨 しなやか」「さわやか」), 何か, どちらか.
_JA_QUESTION = re.compile(r"(?:す|しょう|せん|した|の|ん|ろう|ない)か[。.!]?\s*$")


def is_question(text: str) -> bool:
    """The unit asks something: a question mark, or a Japanese sentence ending in か."""
    return "?" in text or ("か" in text and _JA_QUESTION.search(text) is not None)  # the pattern needs a か


def without_order_ids(text: str) -> str:
    return sub_order_ids(lambda _m: " ", text)


def evidence(unit: Unit, m: regex.Match[str]) -> str:
    return phrases.excerpt(unit.text, m)


# --- negation: "we do not offer discounts", "ce n'est pas une newsletter", "割引はございません" -------------

_NEG_BEFORE = 60  # how far before a cue a negator is looked for (within the cue's clause)
_NEG_AFTER = 48  # how far after a cue a negative ending is looked for (Japanese: 割引はございません; Turkish
# lists: "kampanya ya da reklam mesajı değildir"); each language's pattern bounds its own reach
_DENIAL_AFTER = 60  # how far after a cue a denial of it ("...: we don't have one") is looked for
_DENIAL_STOP = re.compile(r"[.!?。！？]")
_LIST_GAP = 24  # two cues this close, separated only by list words, share a negation ("no discounts, gifts or refunds")
_GAP_BREAK = re.compile(r"[.;:!?。—–]| - ")
# A Latin word cut by the start of the negation window (Japanese runs have no spaces: left whole).
_LATIN_LETTER = regex.compile(r"\p{Latin}")
_LEADING_PART = regex.compile(r"^\p{Latin}+")


def _negated_alone(text: str, m: regex.Match[str]) -> bool:
    lo = max(0, m.start() - _NEG_BEFORE)
    before = text[lo : m.start()]
    if lo > 0 and _LATIN_LETTER.match(text, lo - 1) and _LATIN_LETTER.match(before):
        # the window starts inside a word: its tail is no word of its own ("Ye|ni" is not the negator "ni")
        before = _LEADING_PART.sub("", before, count=1)
    cuts = phrases.matches("negation.boundary", before, None)
    if cuts:
        before = before[cuts[-1].end() :]
    negs = phrases.matches("negation.before", before, None)
    if negs:
        neg = negs[-1]
        false = phrases.matches("negation.false", before, None)
        if not any(f.start() <= neg.start() < f.end() for f in false):
            return True
    after = text[m.end() : m.end() + _NEG_AFTER]
    cuts = phrases.matches("negation.boundary", after, None)
    if cuts:
        after = after[: cuts[0].start()]
    neg_after = phrases.search("negation.after", after)
    if neg_after is not None and neg_after.start() <= _NEG_AFTER:
        return True
    # the cue named as a topic, then denied: "About the newsletter: we don't have one" (negation.denial is
    # anchored at the cue's end; it may cross a colon or a comma, not a sentence end)
    tail = text[m.end() : m.end() + _DENIAL_AFTER]
    end = _DENIAL_STOP.search(tail)
    return phrases.search("negation.denial", tail[: end.start()] if end else tail) is not None


def unnegated(topic: str, text: str) -> regex.Match[str] | None:
    """The first match of `topic` in `text` that is not negated.

    A cue is negated by a negator shortly before it in the same clause ("we do not offer
    discounts", "das ist kein Newsletter", "ce n'est pas une lettre d'information", "sin regalos",
    "non offriamo sconti") or, in Japanese, by a negative ending after it ("特典はございません").
    "Not only a discount", "don't miss", "n'hésitez pas" and the like are no negation. A negation
    carries along a list of cues ("no discounts, gifts or refunds in exchange for reviews").
    """
    found = phrases.matches(topic, text, None)
    if not found:
        return None
    negated = [_negated_alone(text, m) for m in found]
    changed = True
    while changed:  # spread along lists, both ways
        changed = False
        for i in range(len(found) - 1):
            if negated[i] == negated[i + 1]:
                continue
            gap = text[found[i].end() : found[i + 1].start()]
            if len(gap) <= _LIST_GAP and not _GAP_BREAK.search(gap) and not phrases.search("negation.boundary", gap.replace(",", " ")):
                negated[i] = negated[i + 1] = True
                changed = True
    for m, neg in zip(found, negated, strict=True):
        if not neg:
            return m
    return None


def first_unnegated(topic: str, units: Iterable[Unit]) -> tuple[Unit, regex.Match[str]] | None:
    """The first unit with a match of the topic that is not negated, with that match."""
    for unit in candidates(topic, units):
        m = unnegated(topic, unit.text)
        if m is not None:
            return unit, m
    return None


# --- clauses: a sentence of several filler clauses ("..., and it means a lot to us that ...") ------------

_CLAUSE = regex.compile(
    r"\s*;\s*|,\s+(?:and|und|et|y|e|och)\s+|、"
    r"|,\s*(?=[\u0621-\u064a])"  # Arabic: a comma before an Arabic word ("تحية طيبة وبعد, نشكرك ...", "..., ونتمنى ...")
    r"|\s+(?:and|und|et|y|e)\s+(?=(?:we|i|it|that|wir|ich|es|nous|je|c'|esperamos|speriamo|ci|ti|le|la|vous|ojalá|que|you|dass"
    r"|every|each|jede[rsn]?|chaque|cada|ogni)\b)"
    # Dutch 'en' before a new subject ("..., en elke bestelling maakt ons blij"); its own branch so that the
    # Spanish and French preposition "en" before the words above splits nothing
    r"|,?\s+en\s+(?=(?:wij|we|ik|het|dat|dit|elke|iedere|ieder|jij|u|je)\b)"
    r"|\s+och\s+(?=(?:vi|jag|det|att|varje)\b)",  # Swedish: "..., och det betyder mycket för oss att ..."
    regex.IGNORECASE,
)


def clauses(text: str) -> list[str]:
    """The clauses of a sentence joined by 'and' (or a semicolon), for judging each on its own."""
    return [c.strip(" ,") for c in _CLAUSE.split(text) if c and c.strip(" ,")]
