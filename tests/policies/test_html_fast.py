"""The cheap text helpers of policies/html.py equal the regex forms they replace, and the lexbor fast
path gives exactly the facts of the BeautifulSoup+lxml fallback."""

from __future__ import annotations

import dataclasses
import random
import sys
import warnings

import pytest

from policies import html

WHITE = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()] + ["\u200b", "\u200c", "\u200d", "\ufeff"]


def _samples() -> list[str]:
    rng = random.Random(5)
    alphabet = WHITE + list("ab é語") + ["\x00", "&", "<"]
    out = ["", " ", "\u200b", "a", " a ", "\u00a0a\u200bb\u3000", "\x1c\x1f x \x85"]
    out += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    return out


def test_whitespace_helpers_equal_the_regex() -> None:
    for text in _samples():
        assert html._squash(text) == html._WS.sub(" ", text).strip(), repr(text)
        assert html._unspaced(text) == html._WS.sub("", text), repr(text)
        assert html._shows(text) == bool(html._WS.sub("", text)), repr(text)


def test_string_prefix_is_the_visible_text_cut() -> None:
    rng = random.Random(9)
    pieces = ["", " ", "\n", "word", " two words ", "\u00a0", "\u200b", "x" * 90, "  padded  "]
    for _ in range(500):
        strings = [rng.choice(pieces) for _ in range(rng.randint(0, 12))]
        full = html._WS.sub(" ", " ".join(strings)).strip()
        for n in (1, 5, 80):
            assert html._strings_prefix(strings, 0, len(strings), n) == full[:n]


DOCS = [
    '<html lang="en"><head><style>p { margin: 0 0 12px 0; } .c { padding: 4px 30% }</style></head>'
    '<body style="margin:0"><p>Hi,</p><table><tr><td class="c">Line</td></tr></table>'
    '<p style="font-size:1.5em"><span style="font-size:1.5em">big</span> text<br></p><p>&nbsp;</p><div><br></div>'
    '<p><a href="https://www.amazon.com/x">Your <b>Orders</b></a> <img src="cid:a" alt="logo" width=20></p>'
    '<h2>Head <small>small</small></h2><font size=5>f</font><center>c</center></body></html>',
    "<p>a<br><br><br>b</p><div style='display:none'>hidden <b>x</b></div><p hidden>h</p>",
    "<div><p>  Hello <b>dear</b>\n\n customer, </p><p>&nbsp;</p><span> </span><div><i>x</i></div></div>",
    "<p>\u200b</p><p><a href='x'></a></p><ul><li>one</li><li>two <img src=x.png></li></ul><p>a\r\nb</p>",
]


def _facts(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _facts(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_facts(v) for v in value]
    if isinstance(value, dict):
        return {k: _facts(v) for k, v in value.items()}
    return value


@pytest.mark.parametrize("source", DOCS)
def test_fast_path_gives_the_fallback_facts(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert html._same_reading(source, html._build(source, source.lower()))  # the fast path reads it
    fast = _facts(html.parse_html(source))
    monkeypatch.setattr(html, "_same_reading", lambda *_: False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert fast == _facts(html.parse_html(source))


def test_texts_that_differ_only_in_white_space_are_the_same_reading() -> None:
    # lexbor reads CR LF as LF; the texts differ only in white space: still the fast path.
    source = "<p>a\r\nb</p>"
    built = html._build(source, source.lower())
    assert html._source_events(source) != built.events
    assert html._same_reading(source, built)
    # Foster-parented text moves: the fallback reads it.
    moved = "<table>stray<tr><td>c</td></tr></table>"
    assert not html._same_reading(moved, html._build(moved, moved.lower()))
