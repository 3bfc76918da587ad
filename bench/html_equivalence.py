"""Dump every fact parse_html extracts, for comparing two implementations of policies/html.py.

    python bench/html_equivalence.py dump OUT.json [--impl PATH/TO/html.py]
    python bench/html_equivalence.py diff A.json B.json [--show N]
    python bench/html_equivalence.py fallback [--show N]

`fallback` parses every source below with the lexbor fast path and again with the BeautifulSoup+lxml
fallback forced, and compares the facts of the documents the fast path reads itself (the fast path
must give exactly what the fallback gives); it exits 1 when one differs.

`dump` parses every HTML part of every message in ../shared/corpus/cases, tests/corpus_extra/cases
and tests/corpus_third/cases, the 30 KB HTML message of bench/throughput.py, and a few hundred
seeded generated snippets (well-formed and malformed: entities, Office <o:p>, comments and
conditional comments, misnesting, stray text in tables, stylesheet selectors, hidden elements,
font sizes...) and seeded mutations of them (comments, white space, entities, stray tags inserted),
with the given implementation (default: the installed policies.html), and writes
all HtmlDoc facts as JSON. `diff` compares two dumps and prints each case that differs, the corpus
and bench cases first; it exits 1 when a corpus or bench case differs.

The oracle for a parser swap is a dump made with a copy of the previous html.py:
    cp policies/html.py /tmp/oracle/html_oracle.py
    python bench/html_equivalence.py dump /tmp/oracle.json --impl /tmp/oracle/html_oracle.py
"""

from __future__ import annotations

import argparse
import dataclasses
import email
import email.policy
import importlib.util
import json
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

CORPORA = [ROOT.parent / "shared" / "corpus" / "cases", *sorted((ROOT / "tests").glob("corpus_*/cases"))]
SEED = 20260615
SNIPPETS = 400


def load_impl(path: str | None):
    if path is None:
        from policies import html

        return html
    spec = importlib.util.spec_from_file_location("html_impl_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def corpus_sources() -> list[tuple[str, str]]:
    from policies.message import _payload_text

    out: list[tuple[str, str]] = []
    for corpus in CORPORA:
        for path in sorted(corpus.glob("*.eml")):
            msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            for i, part in enumerate(msg.walk()):
                if part.get_content_type() == "text/html":
                    text, _ = _payload_text(part, [])
                    out.append((f"corpus:{corpus.parent.name}/{path.name}#{i}", text))
    return out


def bench_source() -> tuple[str, str]:
    import throughput

    msg = email.message_from_bytes(throughput.html_message(), policy=email.policy.default)
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            from policies.message import _payload_text

            return "bench:throughput.html_message", _payload_text(part, [])[0]
    raise SystemExit("no HTML part in the bench message")


# --- generated snippets --------------------------------------------------------------------------

_TAGS = ["p", "div", "span", "b", "i", "a", "img", "br", "table", "tr", "td", "th", "tbody", "ul", "ol", "li",
         "h1", "h2", "h3", "font", "small", "big", "o:p", "center", "blockquote", "pre", "hr", "u", "strong",
         "em", "section", "header", "footer", "dl", "dt", "dd", "sup", "label", "form", "input", "button"]
_TEXTS = ["Hello", "please leave a review", "  ", "\n", "&nbsp;", "&amp;", "&lt;b&gt;", "&#169;", "&#x2014;",
          "&eacute;t&eacute;", "&bogus;", "AT&T", "&amp", "&nbsp", "caf\u00e9", "\u00a0", "\u200b", "x&y;z",
          "5 < 6 > 4", "Gr\u00fc\u00dfe", "\u30ec\u30d3\u30e5\u30fc", "&quot;quoted&quot;", "&#0;", "&#xD800;",
          "&#128512;", "\t tab", "&notin;", "&noti", "line1\r\nline2", "\x0c"]
_STYLES = ["display:none", "display: none !important", "visibility:hidden", "opacity:0", "font-size:0",
           "font-size: 12px", "font-size:1.5em", "font-size:80%", "font-size: small", "font-size:larger",
           "height:0px", "max-height:0", "width: 1px", "color:#fff", "margin:0 0 12px 0", "FONT-SIZE:9PT",
           "color: red; font-size: 20px", "font-size:", "display :none", "/* c */ font-size: 2em",
           "mso-hide:all", "font-size: inherit", "font-family: 'Arial', sans-serif"]
_SHEETS = ["p { font-size: 10px }", ".hid { display: none }", "#x { color: red }", "td.cell { padding: 4px }",
           "div > p { font-size: 2em }", "a[href] { color: blue }", "li:nth-child(2) { display:none }",
           "p:first-child { font-size: 0 }", "p::before { content: 'x' }", "@media (max-width: 600px) { p { x: y } }",
           "span, b { font-size: 8pt }", "* { margin: 0 }", "div p span { opacity: 0 }", ":not(p) { z: 1 }",
           "table td { font-size: 11px }", "P.Hid { display:none }", "[hidden] { display: none }",
           "a:hover { color: red }", "o\\:p { margin: 0 }", "h1 + p { font-size: 1px }", "p ~ p { width: 0 }",
           "{ broken", "p { }", ".a.b { height: 0 }", "body { font-size: 14px }", "html { x: y }",
           "div:has(> img) { display:none }", "p:empty { display:none }", ".MsoNormal { margin: 0 }",
           "a:not([href]) { font-size:0 }", "td:nth-of-type(2n+1) { font-size: 9px }", "p:lang(en) { q: r }",
           "::selection { c: d }", "input:checked { e: f }", "p:contains(x) { g: h }", ":root { i: j }"]
_CLASSES = ["hid", "cell", "a", "b", "a b", "MsoNormal", "Hid", ""]
_MALFORMED = ["<p>unclosed", "</div>", "<b><i>x</b></i>", "<table>stray<tr><td>c</td></tr>text</table>",
              "<p><div>block in p</div></p>", "<a href='x'><a href='y'>nested</a></a>", "<br/>", "</br>", "</p>",
              "<!-- comment -->", "<!--[if mso]><p>mso only</p><![endif]-->", "<![if !supportLists]>1.<![endif]>",
              "<?xml:namespace prefix = o ns = \"urn:schemas-microsoft-com:office:office\" />", "<!DOCTYPE html>",
              "<![CDATA[cdata text]]>", "<o:p>&nbsp;</o:p>", "<o:p></o:p>", "<td>cell outside</td>",
              "<li>item outside", "<select><option>o</option></select>", "<textarea>t<b>x</b></textarea>",
              "<script>var x = '<p>';</script>", "<style>p{color:red}</style>", "<title>T</title>",
              "<noscript><p>ns</p></noscript>", "<svg><text>svg text</text></svg>", "<math><mi>x</mi></math>",
              "<img src=a.png alt>", "<img src='t.gif' width=1 height=1>", "<a href>empty href</a>", "<a>no href</a>",
              "<p hidden>hidden attr</p>", "<DIV STYLE='DISPLAY:NONE'>upper</DIV>", "<p style=\"font-size:0\">z</p>",
              "<font size=+2>big</font>", "<font size=\"x\">bad</font>", "<h2><span style='font-size:50%'>h</span></h2>",
              "<p>a<br><br><br>b</p>", "<div><br></div>", "<p id=x class=\"a b\">ids</p>", "<p class=a class=b>dup</p>",
              "<p title='t\"x'>q</p>", "<a href=' https://x.example/ '>sp</a>", "<img src=x.png><img>",
              "<template><p>tpl</p></template>", "<frameset><frame></frameset>", "<xmp><b>x</b></xmp>",
              "<plaintext>", "<body bgcolor=red>second body</body>", "<html lang=de>", "<head><p>p in head</p></head>",
              "<meta charset=utf-8>", "<base href=x>", "<p>\u00a0</p>", "<span>\u200b</span>", "<w:Sdt>word</w:Sdt>",
              "<st1:place>London</st1:place>", "<v:shape style='width:0'>v</v:shape>", "<iframe src=x>i</iframe>",
              "<object><param></object>", "<p <b>weird</p>", "<p =x>eq</p>", "<a href=\"x\"", "<p>end<", "&",
              "<table><td>direct td</td></table>", "<ul><p>p in ul</p></ul>", "<pre>\n pre\n  text</pre>",
              "<p>a</p>\n\n<p>b</p>", "<wbr>", "<nobr>nb</nobr>", "<center>c</center>", "<dl><dt>t<dd>d</dl>",
              "<h1>one<h2>two</h1>", "<form><form>ff</form></form>", "<button><p>bp</p></button>",
              "<input hidden>", "<label style='opacity:0.0'>l</label>", "<image src=im.png>", "<isindex>",
              "<p style='display:none'><b style='display:block'>nested hidden</b></p>", "\x00nul"]


def _attrs(rng: random.Random, tag: str) -> str:
    out = []
    if rng.random() < 0.4:
        out.append(f'style="{"; ".join(rng.sample(_STYLES, rng.randint(1, 2)))}"')
    if rng.random() < 0.3:
        out.append(f'class="{rng.choice(_CLASSES)}"')
    if rng.random() < 0.1:
        out.append(rng.choice(["id=x", "hidden", "lang=fr", "align=center", "ID='y'", "Style='font-size:3px'"]))
    if tag == "a" and rng.random() < 0.8:
        out.append(rng.choice(['href="https://www.amazon.com/r"', "href=x", "href=''", 'HREF="mailto:a@b.c"']))
    if tag == "img":
        out.append(rng.choice(['src="a.png"', "src=b.gif alt='logo'", "alt=''", 'src=" c.png " width=0']))
    if tag == "font" and rng.random() < 0.7:
        out.append(f"size={rng.choice(['1', '2', '+1', '-1', '7', '9', 'x', ' 3 '])}")
    return (" " + " ".join(out)) if out else ""


def _fragment(rng: random.Random, depth: int) -> str:
    parts = []
    for _ in range(rng.randint(1, 4)):
        roll = rng.random()
        if roll < 0.3 or depth > 4:
            parts.append(rng.choice(_TEXTS))
        elif roll < 0.45:
            parts.append(rng.choice(_MALFORMED))
        else:
            tag = rng.choice(_TAGS)
            if tag in ("img", "br", "hr", "input"):
                parts.append(f"<{tag}{_attrs(rng, tag)}>")
                continue
            close = f"</{tag}>" if rng.random() < 0.85 else ""
            name = tag.upper() if rng.random() < 0.1 else tag
            parts.append(f"<{name}{_attrs(rng, tag)}>{_fragment(rng, depth + 1)}{close}")
    return "".join(parts)


def snippet_sources() -> list[tuple[str, str]]:
    rng = random.Random(SEED)
    out = [(f"malformed:{i}", m) for i, m in enumerate(_MALFORMED)]
    for i in range(SNIPPETS):
        body = _fragment(rng, 0)
        shape = rng.random()
        if shape < 0.4:
            sheet = " ".join(rng.sample(_SHEETS, rng.randint(1, 4)))
            lang = rng.choice(["", " lang=en", ' LANG="de"'])
            html = (f"<html{lang}><head><style>{sheet}</style></head>"
                    f"<body{_attrs(rng, 'body')}>{body}</body></html>")
        elif shape < 0.55:
            html = f"<!DOCTYPE html><html><body>{body}"
        elif shape < 0.65:
            html = f"<style>{rng.choice(_SHEETS)}</style>{body}"
        else:
            html = body
        out.append((f"snippet:{i}", html))
    return out


# Pieces inserted at random places of the snippets: where the lexbor reading and its checks have
# shortcuts (texts split by comments, white space and zero-width characters, entities, tags
# HTML5 makes up or moves, attributes to normalise).
_INSERTS = ["<!--c-->", "<!---->", " ", "\n", "\r\n", "\u200b", "&#32;", "&nbsp;", "&#8203;", "x", "<br>", "</br>",
            "</p>", "<p>", "<b>", "</b>", "<table>", "<tr>", "<td>", "<tbody>", "</body>", "<body>",
            "<script>s</script>", "<P CLASS=' a  b '>", "<svg viewBox='0'>", "<style>p{color:red}</style>",
            "<a rel=' x  y ' href=h>", "<img alt>", "<span style='display:none'>"]
MUTATIONS = 600


def mutated_sources(snippets: list[tuple[str, str]]) -> list[tuple[str, str]]:
    rng = random.Random(SEED + 1)
    out = []
    for i in range(MUTATIONS):
        parts = list(rng.choice(snippets)[1]) if rng.random() < 0.8 else []
        for _ in range(rng.randint(1, 6)):
            parts.insert(rng.randint(0, len(parts)), rng.choice(_INSERTS))
        out.append((f"mutated:{i}", "".join(parts)))
    return out


def all_sources() -> list[tuple[str, str]]:
    snippets = snippet_sources()
    return corpus_sources() + [bench_source()] + snippets + mutated_sources(snippets)


# --- the facts ------------------------------------------------------------------------------------

def facts(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {"__type": type(value).__name__}
        for f in dataclasses.fields(value):
            out[f.name] = facts(getattr(value, f.name))
        return out
    names = getattr(type(value), "FACTS", None)  # a slotted class (Element): the fields it names
    if names is not None:
        return {"__type": type(value).__name__, **{name: facts(getattr(value, name)) for name in names}}
    if isinstance(value, dict):
        return {str(k): facts(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [facts(v) for v in value]
    return value


def dump(out: str, impl: str | None) -> None:
    module = load_impl(impl)
    result: dict[str, Any] = {}
    for name, source in all_sources():
        try:
            result[name] = {"source": source, "doc": facts(module.parse_html(source))}
        except Exception as exc:  # an exception is a fact too
            result[name] = {"source": source, "error": f"{type(exc).__name__}: {exc}"}
    Path(out).write_text(json.dumps(result, ensure_ascii=False, indent=0, sort_keys=True))
    print(f"{len(result)} HTML sources dumped to {out}")


def _first_difference(a: Any, b: Any, path: str = "") -> str:
    if type(a) is not type(b):
        return f"{path}: {a!r} != {b!r}"
    if isinstance(a, dict):
        for key in sorted(set(a) | set(b)):
            if key not in a or key not in b:
                return f"{path}.{key}: {a.get(key, 'missing')!r} vs {b.get(key, 'missing')!r}"
            if a[key] != b[key]:
                return _first_difference(a[key], b[key], f"{path}.{key}")
    if isinstance(a, list):
        if len(a) != len(b):
            for i, (x, y) in enumerate(zip(a, b, strict=False)):
                if x != y:
                    return _first_difference(x, y, f"{path}[{i}]") + f" (lengths {len(a)} vs {len(b)})"
            return f"{path}: lengths {len(a)} vs {len(b)}; extra {(a if len(a) > len(b) else b)[min(len(a), len(b))]!r}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return _first_difference(x, y, f"{path}[{i}]")
    return f"{path}: {a!r} != {b!r}"


def diff(a_path: str, b_path: str, show: int) -> int:
    a, b = json.loads(Path(a_path).read_text()), json.loads(Path(b_path).read_text())
    names = sorted(set(a) | set(b), key=lambda n: (not n.startswith(("corpus:", "bench:")), n))
    bad_real, bad_synthetic, shown = 0, 0, 0
    for name in names:
        if a.get(name) == b.get(name):
            continue
        if name.startswith(("corpus:", "bench:")):
            bad_real += 1
        else:
            bad_synthetic += 1
        if shown < show:
            shown += 1
            x, y = a.get(name, {}), b.get(name, {})
            print(f"== {name}\n   source: {str(x.get('source', y.get('source')))[:300]!r}")
            print(f"   {_first_difference(x, y)[:600]}")
    print(f"{len(names)} sources: {bad_real} corpus/bench and {bad_synthetic} synthetic differ")
    return 1 if bad_real else 0


def _leave_to_general(source: str, lower: str) -> Any:
    from policies import html

    raise html._Unusual


def fallback(show: int) -> int:
    """Fast path vs forced fallback on every source the fast path reads itself."""
    import warnings

    from policies import html

    warnings.filterwarnings("ignore")
    fast_taken, bad = 0, 0
    same_reading = html._same_reading
    for name, source in all_sources():
        built = html._build(source, source.lower())
        if not same_reading(source, built):
            continue
        fast_taken += 1
        fast = facts(html.parse_html(source))
        # The one-pass reading (`_parse_direct`) left out too: it makes its own same-reading check.
        parse_direct = html._parse_direct
        html._same_reading = lambda *_: False  # type: ignore[assignment]
        html._parse_direct = _leave_to_general  # type: ignore[assignment]
        try:
            slow = facts(html.parse_html(source))
        finally:
            html._same_reading = same_reading  # type: ignore[assignment]
            html._parse_direct = parse_direct  # type: ignore[assignment]
        if fast != slow:
            bad += 1
            if bad <= show:
                print(f"== {name}\n   source: {source[:300]!r}\n   {_first_difference(fast, slow)[:600]}")
    print(f"{fast_taken} sources read by the fast path: {bad} differ from the fallback")
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--impl")
    c = sub.add_parser("diff")
    c.add_argument("a")
    c.add_argument("b")
    c.add_argument("--show", type=int, default=40)
    f = sub.add_parser("fallback")
    f.add_argument("--show", type=int, default=10)
    args = parser.parse_args()
    if args.cmd == "fallback":
        return fallback(args.show)
    if args.cmd == "dump":
        dump(args.out, args.impl)
        return 0
    return diff(args.a, args.b, args.show)


if __name__ == "__main__":
    raise SystemExit(main())
