"""Phrase patterns and word lists per language, loaded lazily from `policies/data/<lang>/*.toml`.

Each language is one folder; each file in it holds tables named by topic (`[review.request]`) with
`patterns` (regular expressions, case-insensitive, no named groups) and/or `words` (whole words).
Files of one folder are merged. Adding a language is adding one folder.
"""

from __future__ import annotations

import tomllib
from functools import cache, lru_cache
from importlib.resources import files
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


@cache
def pattern(topic: str, lang: str | None = None) -> regex.Pattern[str] | None:
    """One compiled alternation of the topic's patterns, in one language or in all of them."""
    langs = [lang] if lang else languages()
    alternatives: list[str] = []
    for code in langs:
        alternatives.extend(_topic(code, topic).get("patterns", []))
        words = _topic(code, topic).get("words", [])
        if words:
            alternatives.append(r"(?<!\w)(?:" + "|".join(regex.escape(w) for w in words) + r")(?!\w)")
    if not alternatives:
        return None
    return regex.compile("|".join(f"(?:{a})" for a in alternatives), FLAGS)


# Several rules ask the same question of the same sentence (is it a review request? is it negated?):
# remembering recent answers halves the regex work per message. Matches are immutable.
@lru_cache(maxsize=8192)
def search(topic: str, text: str, lang: str | None = None) -> regex.Match[str] | None:
    """The first place `text` matches the topic, or None."""
    compiled = pattern(topic, lang)
    return compiled.search(text) if compiled is not None else None


def finditer(topic: str, text: str, lang: str | None = None) -> list[regex.Match[str]]:
    return list(_finditer(topic, text, lang))


@lru_cache(maxsize=8192)
def _finditer(topic: str, text: str, lang: str | None) -> tuple[regex.Match[str], ...]:
    compiled = pattern(topic, lang)
    return tuple(compiled.finditer(text)) if compiled is not None else ()


def word_set(topic: str, lang: str | None = None) -> frozenset[str]:
    langs = [lang] if lang else languages()
    return frozenset(w.lower() for code in langs for w in _topic(code, topic).get("words", []))


def excerpt(text: str, match: regex.Match[str], around: int = 40) -> str:
    """The match with a little context, on one line, for a finding's evidence."""
    start = max(0, match.start() - around)
    end = min(len(text), match.end() + around)
    snippet = " ".join(text[start:end].split())
    return ("…" if start else "") + snippet + ("…" if end < len(text) else "")
