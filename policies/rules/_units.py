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
from dataclasses import dataclass

import regex

from policies import phrases
from policies.context import Context
from policies.message import ORDER_ID

_PARAGRAPH = re.compile(r"\n\s*\n")
# A line this long that does not end a sentence was wrapped by the mail program.
_WRAP_MIN = 40
_WRAP_LONG = 60  # ...and one this long was wrapped whatever the next line starts with
_CONTINUES = re.compile(r"^[a-zà-ÿ0-9(\"']")
_LINE_END = re.compile(r"[.!?:;。)」』]\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·–]|\d{1,2}[.)]|[a-z][)])\s")
_SENTENCE_END = re.compile(
    r"(?<=[.!?])\s+(?=[A-ZÀ-ÖØ-Þ0-9\"'¿¡(\[])"  # latin scripts: end mark, space, capital
    r"|(?<=[.!?。])(?=[\u3040-\u30ff\u4e00-\u9fff「『【])"  # Japanese: no space after the mark
    r"|(?<=。)\s*"
)
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


@dataclass(frozen=True)
class Unit:
    """One sentence (or heading, greeting, signature line) of the subject or body."""

    text: str
    location: str  # "subject", "text" or "html"
    index: int  # position among the body units; -1 for the subject


def normalize(text: str) -> str:
    """NFKC (full-width forms), straight quotes, no non-breaking or zero-width spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return text.replace("\u200b", "").replace("\u00a0", " ")


def split_units(text: str) -> list[str]:
    """Sentences of a text, with hard-wrapped lines joined back together."""
    out: list[str] = []
    for para in _PARAGRAPH.split(normalize(text)):
        lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
        chunks: list[str] = []
        buf = ""
        for i, line in enumerate(lines):
            buf = f"{buf} {line}" if buf else line
            nxt = lines[i + 1] if i + 1 < len(lines) else ""
            wrapped = (
                len(line) >= _WRAP_MIN
                and not _LINE_END.search(line)
                and not _LIST_ITEM.match(nxt)
                and (len(line) >= _WRAP_LONG or _CONTINUES.match(nxt) is not None)
            )
            if not wrapped or not nxt:
                chunks.append(buf)
                buf = ""
        for chunk in chunks:
            out.extend(s.strip() for s in _SENTENCE_END.split(chunk) if s and s.strip())
    return out


def body_location(ctx: Context) -> str:
    """Where the body a buyer reads comes from: the plain-text part, else the HTML."""
    return "text" if any(p.text.strip() for p in ctx.message.text_parts) else "html"


def body_units(ctx: Context) -> list[Unit]:
    """The sentences of what the seller wrote (the quoted reply left out), memoised per message."""
    cached = ctx.cache.get("purpose.units")
    if isinstance(cached, list):
        return cached
    loc = body_location(ctx)
    units = [Unit(s, loc, i) for i, s in enumerate(split_units(ctx.message.own_text))]
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


def all_units(ctx: Context) -> list[Unit]:
    return [subject_unit(ctx), *body_units(ctx)]


def first(topic: str, units: Iterable[Unit]) -> tuple[Unit, regex.Match[str]] | None:
    """The first unit matching the topic, with its match."""
    for unit in units:
        m = phrases.search(topic, unit.text)
        if m is not None:
            return unit, m
    return None


def matches(topic: str, units: Iterable[Unit]) -> Iterator[tuple[Unit, regex.Match[str]]]:
    for unit in units:
        for m in phrases.finditer(topic, unit.text):
            yield unit, m


def has(topic: str, text: str) -> bool:
    return phrases.search(topic, text) is not None


def without_order_ids(text: str) -> str:
    return ORDER_ID.sub(" ", text)


def evidence(unit: Unit, m: regex.Match[str]) -> str:
    return phrases.excerpt(unit.text, m)
