"""The one-pass reading of policies/html.py (`_parse_direct`) gives exactly the facts of the general
way (`_parse_general`: the lexbor tree copied into `_Node`s, then walked), on documents written to hit
what the one pass settles after the fact (empty blocks, a <br> closing its block, made-up elements),
on seeded generated documents and on every HTML part of the corpora."""

from __future__ import annotations

import dataclasses
import email
import email.policy
import random
from pathlib import Path

import pytest

from policies import html
from policies.message import _payload_text

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [ROOT.parent / "shared" / "corpus" / "cases", *sorted((ROOT / "tests").glob("corpus_*/cases"))]


def _facts(value: object) -> object:
    """Every fact, with the type of each value (a str subclass must stay one), texts of elements read."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, {f.name: _facts(getattr(value, f.name)) for f in dataclasses.fields(value)})
    if isinstance(value, html.Element):
        return ("Element", {name: _facts(getattr(value, name)) for name in html.Element.FACTS})
    if isinstance(value, list | tuple):
        return (type(value).__name__, [_facts(v) for v in value])
    if isinstance(value, dict):
        return {k: _facts(v) for k, v in value.items()}
    return (type(value).__name__, value)


def _direct(source: str) -> html.HtmlDoc | None:
    try:
        return html._parse_direct(source, source.lower())
    except html._Unusual:
        return None


def _same(source: str) -> bool:
    """The one pass read `source` (it did not leave it to the general way), and gave its facts."""
    direct = _direct(source)
    if direct is None:
        return False
    assert _facts(direct) == _facts(html._parse_general(source, source.lower())), source
    return True


DOCS = [
    # Empty blocks: what their children gave is taken back; links in them (hidden ones, and in
    # <noscript>) still are links; <br>s in them count; an image makes them not empty.
    "<p>a</p><p><a href='x'></a><br><br></p><div><span style='display:none'><a href=y style='color:red'></a></span></div>"
    "<p><noscript><a href=z>n</a><br></noscript></p><p><img src=i.png></p><p><noscript><img src=j></noscript></p>",
    "<div><p>&nbsp;</p><p> <b> </b> </p></div><div>\u200b<i>\u200c</i></div><p>x</p><o:p>&nbsp;</o:p>",
    "<table><tr><td></td><td><p><a href=q title=t></a></p></td></tr></table><ul><li></li></ul><p><rt> </rt></p>",
    # <br> closing its block, or not: text, white space, comments, hidden text and elements after it.
    "<div>a<br></div><div>b<br> <!-- c --> </div><p>c<br><span></span></p><p>d<br><br></p><span>e<br></span>"
    "<div>f<br style='display:none'></div><div>g<br><span style='display:none'>h</span></div><p>i<br>\u200b</p>",
    "<table><tr><td>x<br></td></tr></table><table><tr><td>y<br>\n</td></tr></table>",
    # Links: text, images' alt text, nested elements, image links.
    "<p><a href=' h '>Your <b>Orders</b></a> <a href=i><img alt=' logo ' src=l.png><img></a><a>no href</a></p>"
    "<a href=j><span style='font-size:0'>z</span></a><a href=k><p></p></a>",
    # Stylesheet in <head>, body styles, sizes, hidden elements, ruby text, odd attributes.
    '<html lang="de"><head><title>T</title><style>p { font-size: 10px } .h { display: none } td.c { padding: 1px }'
    "</style></head><body style='font-size:14px' class=' x  y '><p class='h'>hid</p><p>p<small>s</small></p>"
    "<h2>h<span style='font-size:50%'>s</span></h2><font size=+2>f</font><table><tr><td class=c>c</td></tr></table>"
    "<ruby>k<rt> </rt><rp>\n</rp></ruby><p hidden>h</p><P ID=' x ' DATA-A=1 title=''>u</P><svg viewBox='0'>s</svg>"
    "<p style='display:none'>a<b style='display:block'>b</b></p><div>\u200b</div></body></html>",
    "<head>\n<style>a[href] { color: blue }</style>\n</head>\n<body>\n<p>a</p>\n<script>x</script>\n</body>\n</html>",
]


@pytest.mark.parametrize("source", DOCS)
def test_one_pass_gives_the_general_facts(source: str) -> None:
    assert _same(source)


@pytest.mark.parametrize(
    "source",
    [
        "<table>stray<tr><td>c</td></tr></table>",  # moved by HTML5 tree building
        "<p>x</p><style>p { color: red }</style>",  # a stylesheet after elements it applies to
        "<tr><td>a</td></tr><table><tr><td>b</td></tr></table>",  # a written <tr> and a made-up one
        "",  # no body content
        "<frameset><frame></frameset>",
    ],
)
def test_documents_left_to_the_general_way_give_the_same_facts(source: str) -> None:
    assert _direct(source) is None
    assert _facts(html.parse_html(source)) == _facts(html._parse_general(source, source.lower()))


_TAGS = ["p", "div", "span", "b", "a", "img", "br", "table", "tr", "td", "tbody", "li", "h1", "font", "small",
         "o:p", "noscript", "rt", "center", "hr", "ul"]
_TEXTS = ["Hello", " ", "\n", "&nbsp;", "\u200b", "caf\u00e9", "a b", "\t", "", "<!-- c -->"]
_ATTRS = ["", " style='display:none'", " style='font-size:12px'", " class='h'", " hidden", " href=x", " alt=a",
          " style='font-size:0'", " class=' c  d '", " src=s.png"]


def _fragment(rng: random.Random, depth: int) -> str:
    parts = []
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.35 or depth > 4:
            parts.append(rng.choice(_TEXTS))
            continue
        tag = rng.choice(_TAGS)
        attrs = rng.choice(_ATTRS)
        if tag in ("img", "br", "hr"):
            parts.append(f"<{tag}{attrs}>")
        else:
            parts.append(f"<{tag}{attrs}>{_fragment(rng, depth + 1)}</{tag}>")
    return "".join(parts)


def test_generated_documents() -> None:
    rng = random.Random(11)
    read = 0
    for _ in range(1500):
        body = _fragment(rng, 0)
        if rng.random() < 0.4:
            body = f"<html><head><style>.h {{ display: none }} p {{ font-size: 9px }}</style></head><body>{body}"
        read += _same(body)
    assert read > 300  # many are read by the one pass, not left to the general way


def test_every_corpus_html_part() -> None:
    read = 0
    for corpus in CORPORA:
        for path in sorted(corpus.glob("*.eml")):
            msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            for part in msg.walk():
                if part.get_content_type() == "text/html":
                    read += _same(_payload_text(part, [])[0])
    assert read > 100


def test_lines_squashed_at_once_are_those_squashed_one_by_one() -> None:
    rng = random.Random(4)
    alphabet = [" ", "  ", "\n", "\n\n", "\t", "\r", "\x0b", "\x0c", "\x1c", "\x1f", "\x7f", "\x00", "a", "b.",
                "\u00e9", "\u200b", "\u00a0", "\x85", "\u3000"]
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14)))
        squashed = [html._squash(line) for line in text.split("\n") if line]
        assert html._lines_of(text) == [line for line in squashed if line], repr(text)
