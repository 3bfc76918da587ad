"""HTML parsed once into plain facts the rules read: visible text, links, images, styles, breaks.

This is the only module that knows the HTML parser (lexbor, through selectolax); rules read the
`HtmlDoc` it returns, so the parser can be swapped without touching a rule. Most documents are read
in one pass over the lexbor tree that gathers the facts as it goes (`_parse_direct`); the others
(those lexbor reads otherwise than lxml did, and a few shapes the one pass leaves) go the general
way: the tree read into small Python nodes (`_Node`, text as `str`), which the extraction walks, or
BeautifulSoup on lxml (`_parse_general`). Stylesheet selectors are matched by lexbor. The facts are
those the former BeautifulSoup-on-lxml reading gave (bench/html_equivalence.py compares them;
tests/policies/test_html_direct.py compares the one pass with the general way).
"""

from __future__ import annotations

import html as html_lib
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache

import tinycss2
from selectolax.lexbor import LexborHTMLParser, SelectolaxError

_BLOCK_TAGS = frozenset(
    ["address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "o:p"]
)
_INVISIBLE_TAGS = frozenset(["script", "style", "head", "title", "template", "noscript", "meta", "link"])
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
# Browsers' default heading sizes, for relative sizes set inside a heading.
_HEADING_PX = {1: 32.0, 2: 24.0, 3: 18.72, 4: 16.0, 5: 13.28, 6: 10.72}
_WS = re.compile(r"[\s\u00a0\u200b\u200c\u200d\ufeff]+")


# `_WS` is slow (about 60 ns a character: a Unicode category per character) and ran over the text of
# a document several times. \s is exactly str.isspace(), so str.split() does the same work in C; only
# the zero-width characters, rare, need the regex (tests/policies/test_html_parser.py checks both).
def _has_zero_width(text: str) -> bool:
    return "\u200b" in text or "\u200c" in text or "\u200d" in text or "\ufeff" in text


def _squash(text: str) -> str:
    """`_WS.sub(" ", text).strip()`: white space runs as one space, none at the ends."""
    if _is_squashed(text):
        return text
    if _has_zero_width(text):
        return _WS.sub(" ", text).strip()
    return " ".join(text.split())


def _is_squashed(text: str) -> bool:
    """`_squash(text) == text`, tested without splitting: every white space character but the space, and
    the zero-width ones, are not printable, so printable text has only spaces to squash. Most texts
    and lines are already squashed, and splitting them into words was a tenth of parse_html."""
    return text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " "


def _unspaced(text: str) -> str:
    """`_WS.sub("", text)`: the text without any white space."""
    if _has_zero_width(text):
        return _WS.sub("", text)
    return "".join(text.split())


def _shows_kept(text: str) -> bool:
    """`_shows(text)` of a string the walk kept (not white space alone): a non-empty ASCII one shows,
    as it has a character that is not white space and no zero-width one (asked of every block)."""
    return (text != "" and text.isascii()) or _shows(text)


def _shows(text: str) -> bool:
    """The text has a character that is not white space (`_WS.sub("", text) != ""`)."""
    if not text or text.isspace():
        return False
    return not _has_zero_width(text) or _WS.sub("", text) != ""


def parse_declarations(css: str) -> list[tuple[str, str]]:
    """CSS declarations of a style attribute or rule body, as (lowercase property, value) pairs."""
    return list(_declarations(css))


@lru_cache(maxsize=4096)
def _declarations(css: str) -> tuple[tuple[str, str], ...]:
    # Cached: mail HTML repeats the same few style attributes on every element, and tinycss2 was a
    # quarter of parse_html's time (profiled on a 30 KB message: 663 calls for a handful of strings).
    out: list[tuple[str, str]] = []
    for decl in tinycss2.parse_blocks_contents(css, skip_comments=True, skip_whitespace=True):
        if decl.type != "declaration":
            continue
        value = tinycss2.serialize(decl.value).strip()
        if decl.important:
            value = value.replace("!important", "").strip()
        out.append((decl.lower_name, value))
    return tuple(out)


@dataclass(frozen=True)
class Declaration:
    """One CSS declaration that applies to an element, and where it was written."""

    prop: str
    value: str
    source: str  # 'style="…"' or the <style> selector


class Element:
    """An element of the body, with the CSS that applies to it (stylesheet, then inline)."""

    # Slotted, with its text cut on first read: rules read `text` only for evidence, and cutting it
    # for every element was a tenth of parse_html.
    __slots__ = ("tag", "attrs", "declarations", "hidden", "_text", "_cut")
    FACTS = ("tag", "attrs", "declarations", "hidden", "text")  # what equality and the fact dumps compare

    def __init__(
        self, tag: str, attrs: dict[str, str], declarations: tuple[Declaration, ...] = (), hidden: bool = False
    ) -> None:
        self.tag = tag
        self.attrs = attrs
        # A tuple shared by every element with the same stylesheet rules and style attribute: read only.
        self.declarations = declarations
        self.hidden = hidden
        self._text: str | tuple[list[str], int, int] = ""

    @property
    def text(self) -> str:
        """Its own visible text, shortened, for evidence: cut on first read from the document's strings
        the extraction gave it, `(strings, start, end)`."""
        try:
            return self._cut
        except AttributeError:
            pass
        text = self._text
        if text.__class__ is tuple:
            strings, start, end = text  # type: ignore[misc]
            if end - start == 1:  # one string: the common case, without the general loop
                text = _squash(strings[start])[:80]
            else:
                text = _strings_prefix(strings, start, end, 80)
        self._cut = text
        return text  # type: ignore[return-value]

    def text_span(self) -> tuple[list[str], int, int] | None:
        """The document's strings and the range of them inside this element, when extraction gave them."""
        text = self._text
        return text if text.__class__ is tuple else None  # type: ignore[return-value]

    def style(self, prop: str) -> Declaration | None:
        """The winning declaration of `prop` (the last one written), if any."""
        for decl in reversed(self.declarations):
            if decl.prop == prop:
                return decl
        return None

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Element:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in self.FACTS)

    __hash__ = None  # type: ignore[assignment]  # equal by value, and changeable, as the dataclass it was

    def __repr__(self) -> str:
        return "Element(" + ", ".join(f"{name}={getattr(self, name)!r}" for name in self.FACTS) + ")"


# Made per text: slotted and not frozen (a frozen dataclass sets each field through
# object.__setattr__, which made it four times as slow to create; nothing changes it later).
@dataclass(slots=True)
class TextRun:
    """A piece of visible text and the size it is shown in."""

    text: str
    font_size: str | None  # the nearest explicit font-size (CSS or <font size>), as written
    heading: int | None  # the level of the nearest heading element
    size_px: float | None = None  # the computed size when some ancestor sets one explicitly


@dataclass(frozen=True)
class HtmlImage:
    src: str
    alt: str | None  # None when the attribute is missing
    title: str
    width: str | None  # attribute or CSS, as written
    height: str | None
    hidden: bool
    link_href: str | None  # the href of the link the image sits in
    element: Element


@dataclass(frozen=True)
class HtmlLink:
    href: str
    text: str  # visible text, or the alt text of the image(s) it holds
    has_image: bool
    element: Element


@dataclass
class HtmlDoc:
    text: str
    links: list[HtmlLink]
    images: list[HtmlImage]
    elements: list[Element]
    runs: list[TextRun]
    max_break_run: int  # the longest run of consecutive line breaks / empty blocks
    break_evidence: str
    lang: str | None  # <html lang>
    body: Element | None = None  # the <body> element itself (its attributes and CSS), when present

    @cached_property
    def hidden_texts(self) -> list[str]:
        """The whole text of each outermost hidden element (display: none, visibility: hidden, the
        `hidden` attribute): not in `text`, yet read all the same: a preheader shows in the inbox list,
        a mobile stylesheet shows its variant, and a screen reader may read it."""
        out: list[str] = []
        covered = -1  # where the strings of the last outermost hidden element end
        for el in self.elements:
            if not el.hidden:
                continue
            span = el.text_span()
            if span is None:
                continue
            strings, start, end = span
            if start < covered:
                continue  # inside the hidden element already read
            covered = end
            text = _squash(" ".join(strings[start:end]))
            if text:
                out.append(text)
        return out

    @cached_property
    def visible_elements(self) -> list[Element]:
        """The <body> (when shown) and every element not hidden, in document order: what the style
        rules read, listed once for all of them."""
        shown = [el for el in self.elements if not el.hidden]
        if self.body is not None and not self.body.hidden:
            shown.insert(0, self.body)
        return shown


# Blocks that make no empty line when empty: rules, table scaffolding (spacer cells), list wrappers.
# Word's paragraph mark <o:p></o:p> with nothing inside makes none either (Outlook closes every
# paragraph with one: "text<o:p></o:p></p>"); <o:p>&nbsp;</o:p> is an empty line.
_NOT_LINE_BLOCKS = frozenset({"hr", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "ol", "dl"})


class _Special(str):
    """Text inside <style>, <script>, <template>, <rt> or <rp>: not part of an element's text."""

    __slots__ = ()


# bs4's multi-valued attributes, whose values were read as whitespace-separated tokens.
_LIST_ATTRS = {"class", "accesskey", "dropzone"}
_LIST_ATTRS_BY_TAG = {
    "a": {"rel", "rev"}, "link": {"rel", "rev"}, "td": {"headers"}, "th": {"headers"}, "form": {"accept-charset"},
    "object": {"archive"}, "area": {"rel"}, "icon": {"sizes"}, "iframe": {"sandbox"}, "output": {"for"},
}
_SPECIAL_CONTAINERS = frozenset(["style", "script", "template", "rt", "rp"])

class _Node:
    """An element: lowercase name, attributes (lowercase names, values as text), children, and the
    range [start, end) of its plain strings in the document's string list (its text, read without a walk).
    No parent link: the tree then has no reference cycles and is freed as soon as the facts are read,
    without the cyclic garbage collector."""

    __slots__ = ("name", "attrs", "children", "start", "end")

    def __init__(self, name: str, attrs: dict[str, str], start: int = 0) -> None:
        self.name = name
        self.attrs = attrs
        self.children: list[_Node | str] = []
        self.start = start
        self.end = start

    def get(self, key: str) -> str | None:
        return self.attrs.get(key)

    def descendants(self) -> Iterator[_Node | str]:
        stack = [iter(self.children)]
        while stack:
            for child in stack[-1]:
                yield child
                if isinstance(child, _Node) and child.children:
                    stack.append(iter(child.children))
                    break
            else:
                stack.pop()

    def find(self, name: str) -> _Node | None:
        for d in self.descendants():
            if isinstance(d, _Node) and d.name == name:
                return d
        return None

    def find_all(self, name: str, href: bool = False) -> list[_Node]:
        return [d for d in self.descendants() if isinstance(d, _Node) and d.name == name and (not href or "href" in d.attrs)]


# Elements an HTML5 tree builder makes up where lxml did not: <tbody>/<tr> around table rows and cells,
# <p> for a stray </p>, <br> for </br>. Only those written in the source are kept.
_WRITTEN_ONLY = ("tbody", "tr", "p", "br")
_OPENING = re.compile(r"<(tbody|tr|p|br)(?=[\s/>])", re.I)
_OPENING_LOWER = re.compile(r"<(tbody|tr|p|br)(?=[\s/>])")  # `_OPENING` in the lowercased source
_MARK = "data-permitted-written"
_DOCTYPE = "<!DOCTYPE html>"
# Elements lxml (libxml2) reads as empty; HTML5 adds wbr, embed, source, track, keygen, which then
# read differently and leave the document to lxml.
_VOID = frozenset(["area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex", "link", "meta",
                   "param"])
# A start tag (key) that libxml2 lets close the element it meets open (values), where HTML5 may nest it
# (<b><p>, <span><td>...): measured with lxml on <div><OPEN><NEW>..</NEW></OPEN></div>.
_LXML_CLOSES = {k: frozenset(v.split()) for k, v in {
    "a": "a", "address": "p ul", "blockquote": "p", "caption": "p", "center": "b font i p",
    "colgroup": "caption colgroup p", "dd": "address dir dt listing menu p pre", "dir": "p", "div": "p",
    "dl": "address dir dt listing menu p pre", "dt": "address dd dir listing menu p pre",
    "fieldset": "a h1 h2 h3 h4 h5 h6 legend listing p pre",
    "form": "address dir dl form h1 h2 h3 h4 h5 h6 listing menu ol p pre ul", "h1": "p", "h2": "p", "h3": "p",
    "h4": "p", "h5": "p", "h6": "p", "iframe": "iframe", "li": "address dl h1 h2 h3 h4 h5 h6 li listing p pre",
    "listing": "p", "menu": "p ul", "ol": "p", "optgroup": "option", "option": "option",
    "p": "b big h1 h2 h3 h4 h5 h6 i p s small strike tt u", "pre": "p ul",
    "table": "a h1 h2 h3 h4 h5 h6 listing p pre", "tbody": "caption colgroup p tbody td tfoot th thead tr",
    "td": "a b font i p span td th u", "textarea": "textarea", "tfoot": "caption colgroup p tbody td th thead tr",
    "th": "a b font i p span td th u", "thead": "caption colgroup", "tr": "caption colgroup p td th tr",
    "ul": "address dir listing menu p pre", "xmp": "p xmp",
}.items()}
_NO_CLOSES: frozenset[str] = frozenset()
_IMPLIED = frozenset(["html", "head", "body"])
# The names `_build_tree` does something of its own for, looked up once per element.
_WRITTEN_ONLY_KIND, _IMPLIED_KIND, _STYLE_KIND = "written-only", "implied", "style"
_NAME_KINDS = {
    **dict.fromkeys(_WRITTEN_ONLY, _WRITTEN_ONLY_KIND), **dict.fromkeys(_IMPLIED, _IMPLIED_KIND), "style": _STYLE_KIND,
}
_NO_END_EVENT = _IMPLIED | _VOID
_COMMENT = re.compile(r"<!--.*?-->|<![^>]*>|<\?[^>]*>", re.S)
_RAW_TEXT = re.compile(r"(<(script|style)\b[^>]*>).*?(</\2\s*>)", re.S | re.I)
# One group, "/" and name: fewer strings to make. Possessive: what the name and the rest of the tag
# take is never given back (nothing given back could be the ">" that ends the tag), which spares
# re's backtracking bookkeeping (a tenth of the split).
_TAG = re.compile(r"<(/?[a-zA-Z][^\s/>]*+)[^>]*+>")
_IMPLIED_EVENTS = frozenset([*_IMPLIED, *(f"/{name}" for name in _IMPLIED)])


class _Built:
    """The lexbor reading as `_Node`s, and what the same-reading check and selector matching need."""

    __slots__ = ("tree", "document", "body", "styles", "nodes", "strings", "events", "made")

    def __init__(self, tree: LexborHTMLParser) -> None:
        self.tree = tree
        self.document = _Node("[document]", {})
        self.body: _Node | None = None
        self.styles: list[_Node] = []
        self.nodes: dict[int, _Node] = {}  # by lexbor mem_id: <html>, <head>, <body>, all with a stylesheet
        self.strings: list[str] = []  # plain strings in document order (_Node.start/end index them)
        self.events: list[str] = []  # the tree's tags and text, as `_source_events` reads the source
        self.made = dict.fromkeys(_WRITTEN_ONLY, 0)  # elements kept of the written-only names


# Attribute names lexbor gives as they are to be kept: lowercase already, and not one of bs4's
# multi-valued attributes (bar class, normalised on its own). An element whose attributes are all
# of these, each with a value, keeps lexbor's own dict (a new one per call): see `_build_tree`.
_PLAIN_ATTRS = frozenset([
    "style", "class", "id", "href", "src", "alt", "title", "width", "height", "align", "valign", "border",
    "cellpadding", "cellspacing", "bgcolor", "color", "face", "size", "role", "lang", "dir", "name", "type",
    "value", "target", "background", "colspan", "rowspan", "nowrap", "summary", "leftmargin", "rightmargin",
    "topmargin", "marginwidth", "marginheight", "hspace", "vspace",
])


def _attributes(raw: dict[str, str | None], name: str) -> dict[str, str]:
    """An element's attributes as the extraction reads them: lowercase names, the first of each name,
    values as text (empty for a name alone), bs4's multi-valued attributes with their white space
    collapsed, and without the written-element mark."""
    attrs: dict[str, str] = {}
    for key, value in raw.items():
        key = key.lower()
        if key in attrs or key == _MARK:
            continue
        value = value or ""
        if key in _LIST_ATTRS or key in _LIST_ATTRS_BY_TAG.get(name, ()):
            value = " ".join(value.split())
        attrs[key] = value
    return attrs


def _build_tree(tree: LexborHTMLParser, unwritten: frozenset[str], marked: bool, all_ids: bool) -> _Built:
    """One pass over the lexbor tree: the `_Node`s, the plain strings, and the tree's events (start
    and end tags, text) in the order `_source_events` reads the source. The texts between two tags
    are one event, made of the texts that are not white space alone: `_same_reading` compares the
    events without white space (when they differ with it), so the white space alone, which cannot
    count, is not gathered."""
    out = _Built(tree)
    strings, events, nodes, made, styles = out.strings, out.events, out.nodes, out.made, out.styles

    def visit(child, parent: _Node, special: bool, single: bool = False) -> None:
        """Add the lexbor node `child` and its next siblings (only it when `single`) to `parent`
        (recursive: one frame per level, as the extraction walk that follows)."""
        kids = parent.children
        while child is not None:
            tag = child.tag
            if tag == "-text":
                text = child.text_content or ""
                if special:
                    kids.append(_Special(text))
                else:
                    kids.append(text)
                    if not text.isspace():  # white space alone adds nothing to an element's text
                        strings.append(text)
                        if events and events[-1][0] == "#":  # texts with no tag between: one event
                            events[-1] += text
                        else:
                            events.append("#" + text)
            elif tag is not None and tag[0] not in "-_":  # not a comment or doctype
                name = tag.lower()
                raw = child.attributes
                kind = _NAME_KINDS.get(name)  # None for most elements: no check of their own
                if kind is _WRITTEN_ONLY_KIND and (name in unwritten or (marked and _MARK not in raw)):
                    visit(child.child, parent, special)  # made up: its children take its place
                else:
                    if not (_PLAIN_ATTRS.issuperset(raw) and all(raw.values())):
                        raw = _attributes(raw, name)
                    elif "class" in raw:  # the common case, checked in C: only class to normalise
                        raw["class"] = " ".join(raw["class"].split())
                    el = _Node(name, raw, len(strings))
                    kids.append(el)
                    # Every one only when a stylesheet needs selector matches.
                    if all_ids or kind is _IMPLIED_KIND:
                        nodes[child.mem_id] = el
                    if kind is _IMPLIED_KIND:  # <html>, <head>, <body>: no event of their own
                        visit(child.child, el, special)
                    else:
                        if kind is _WRITTEN_ONLY_KIND:
                            made[name] += 1
                        elif kind is _STYLE_KIND:
                            styles.append(el)
                        events.append(name)
                        if parent.name in _LXML_CLOSES.get(name, _NO_CLOSES):
                            events.append("!closed-by-lxml")
                        visit(child.child, el, special or name in _SPECIAL_CONTAINERS)
                        if name not in _VOID:
                            events.append("/" + name)
                    el.end = len(strings)
            if single:
                break
            child = child.next

    html = tree.root
    if html is not None:
        visit(html, out.document, False, True)
    visit = None  # type: ignore[assignment]  # the closure refers to itself: break the cycle, free the tree now
    return out


def _build(source: str, lower: str) -> _Built:
    """The lexbor reading as `_Node`s, without the elements HTML5 tree building made up (see
    `_WRITTEN_ONLY`)."""
    # Parsed in no-quirks mode, as by a doctype: class and id selectors then match case-sensitively,
    # as soupsieve did.
    tree = LexborHTMLParser(_DOCTYPE + source)
    written = Counter(_OPENING_LOWER.findall(lower))  # counted in C
    # Names of made-up elements to leave out (their children take their place).
    unwritten = frozenset(name for name in _WRITTEN_ONLY if f"<{name}" not in lower)
    all_ids = "<style" in lower
    out = _build_tree(tree, unwritten, False, all_ids)
    if any(out.made[name] != written[name] for name in _WRITTEN_ONLY if written[name]):
        # Some made-up ones sit among written ones: mark the written ones in the source to tell them apart.
        marked = _OPENING.sub(lambda m: f"<{m.group(1)} {_MARK}", source)
        out = _build_tree(LexborHTMLParser(_DOCTYPE + marked), unwritten, True, all_ids)
    document = out.document
    lex_body = out.tree.body
    if lex_body is not None:
        body = out.nodes.get(lex_body.mem_id)
        if body is not None and not body.children and not body.attrs and "<body" not in lower:
            # lxml made no <body> for a document without body content, nor a document for one
            # without any element.
            html_node = next(n for n in out.nodes.values() if body in n.children)
            html_node.children.remove(body)
            body = None
            if not any(isinstance(c, _Node) and c.children for c in html_node.children) and "<html" not in lower:
                document.children.clear()
        out.body = body
    return out


def _raw_text_tags(match: re.Match[str]) -> str:
    """A <script> or <style> element of `_RAW_TEXT` without its text (`\\1\\3`, without re's
    template machinery, a few microseconds a call)."""
    return match.group(1) + match.group(3)


def _source_events(source: str) -> list[str]:
    """The start and end tags written in the source and the text between them (entities decoded, none
    of white space alone), in order. The text still has its white space: `_unspaced_events` takes it
    out when the texts differ."""
    pieces = _TAG.split(_RAW_TEXT.sub(_raw_text_tags, _COMMENT.sub("", source)))
    # pieces: text, "/name" or "name", text, ...; the names lowercased in one call (a name holds no
    # white space, so the space-joined string splits back into the same names).
    names = " ".join(pieces[1::2]).lower().split(" ") if len(pieces) > 1 else []
    events: list[str] = []
    append = events.append
    for text, name in zip(pieces[0:-1:2], names, strict=True):
        if text and not text.isspace():
            if "&" in text:
                text = html_lib.unescape(text)
            append("#" + text)
        if name not in _IMPLIED_EVENTS:  # </br> and friends too: read differently by the two parsers
            append(name)
    text = html_lib.unescape(pieces[-1])
    if text and not text.isspace():
        append("#" + text)
    return events


def _unspaced_events(events: list[str]) -> list[str]:
    """The events with the white space taken out of each text, and texts of white space alone left out:
    where lexbor and the source differ only in white space, the reading is the same."""
    out: list[str] = []
    for event in events:
        if event[0] == "#":
            event = "#" + _unspaced(event[1:])
            if event == "#":
                continue
        out.append(event)
    return out


def _same_reading(source: str, built: _Built) -> bool:
    """The lexbor tree holds the tags and text of the source in their written order, each element
    closed where the source closes it: nothing was moved (foster parenting), closed early, cloned or
    dropped by HTML5 tree building, where lxml's reading can differ. A document without body content
    is left to lxml too (it read a doctype there as text)."""
    if built.body is None:
        return False
    events = _source_events(source)
    # The same texts with their white space are the same without it; only a difference needs a closer look.
    return events == built.events or _unspaced_events(events) == _unspaced_events(built.events)


class _Other(str):
    """A doctype or other non-text string of lxml's reading: shown by the walk, not an element's text."""

    __slots__ = ()


def _index_strings(node: _Node, strings: list[str]) -> None:
    """Set `start`/`end` of every element below `node`: its range in `strings`, the plain strings in
    document order, appended here."""
    for child in node.children:
        if child.__class__ is str:
            strings.append(child)  # type: ignore[arg-type]
        elif isinstance(child, _Node):
            child.start = len(strings)
            _index_strings(child, strings)
            child.end = len(strings)


def _build_lxml(source: str):
    """The former reading, BeautifulSoup on lxml, as `_Node`s, with soupsieve matching stylesheet
    selectors: for the documents HTML5 tree building reads differently (see `_same_reading`)."""
    from bs4 import BeautifulSoup, Comment, NavigableString, Tag
    from bs4.element import RubyParenthesisString, RubyTextString, Script, Stylesheet, TemplateString

    special = (Stylesheet, Script, TemplateString, RubyTextString, RubyParenthesisString)
    soup = BeautifulSoup(source, "lxml")
    by_id: dict[int, _Node] = {}
    styles: list[_Node] = []

    def convert(tag) -> _Node:
        attrs = {k.lower(): (" ".join(v) if isinstance(v, list) else str(v)) for k, v in tag.attrs.items()}
        el = _Node(tag.name.lower(), attrs)
        by_id[id(tag)] = el
        if el.name == "style":
            styles.append(el)
        for child in tag.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                kind = type(child)
                if kind in special:
                    el.children.append(_Special(child))
                elif kind is NavigableString or kind.__name__ == "CData":
                    el.children.append(str(child))
                else:
                    el.children.append(_Other(child))
            elif isinstance(child, Tag):
                el.children.append(convert(child))
        return el

    document = convert(soup)
    document.name = "[document]"
    body = by_id.get(id(soup.body)) if isinstance(soup.body, Tag) else None
    strings: list[str] = []
    _index_strings(document, strings)
    document.end = len(strings)

    def select(selector: str) -> list[_Node]:
        try:
            matched = soup.select(selector)
        except Exception:
            return []
        return [by_id[id(t)] for t in matched if id(t) in by_id]

    return document, body, styles, select, strings


def _select(tree: LexborHTMLParser, selector: str, nodes: dict[int, _Node]) -> list[_Node]:
    try:
        matched = tree.css(selector)
    except (SelectolaxError, ValueError):
        return []
    # The kept elements (made-up ones have none), each once, in document order.
    found = dict.fromkeys([nodes.get(node.mem_id) for node in matched])
    found.pop(None, None)
    return list(found)  # type: ignore[arg-type]


def _visible_text(node) -> str:
    """The visible text of a BeautifulSoup tag or a `_Node` with `_all_strings` (kept for tests)."""
    return _WS.sub(" ", node.get_text(" ")).strip()


def _visible_prefix(node, n: int) -> str:
    """`_visible_text(node)[:n]` of a BeautifulSoup tag, reading only as many strings as that needs."""
    return _strings_prefix(list(node._all_strings(False)), 0, None, n)


def _strings_prefix(strings: list[str], start: int, end: int | None, n: int) -> str:
    """The first `n` characters of the visible text of `strings[start:end]` (joined by spaces, white
    space collapsed, stripped), reading only as many strings as that needs: asked of every element,
    the whole text made parsing quadratic in the nesting depth."""
    stop = len(strings) if end is None else end
    if stop - start <= 4:
        return _squash(" ".join(strings[start:stop]))[:n]
    parts: list[str] = []
    size, check_at = 0, 2 * n + 16
    for i in range(start, stop):
        string = strings[i]
        parts.append(string)
        size += len(string) + 1
        if size >= check_at:
            text = _squash(" ".join(parts))
            if len(text) > n:  # more follows the first n characters: the trailing strip cannot reach them
                return text[:n]
            check_at = 2 * size
    return _squash(" ".join(parts))[:n]


def _has_visible(strings: list[str], start: int, end: int) -> bool:
    """Some string of `strings[start:end]` shows a character (not only white space)."""
    return any(_shows(strings[i]) for i in range(start, end))


def _is_hidden(decls: list[Declaration] | tuple[Declaration, ...], attrs: dict[str, str]) -> bool:
    if "hidden" in attrs:
        return True
    for d in decls:
        v = d.value.lower().replace(" ", "")
        if (d.prop == "display" and v == "none") or (d.prop == "visibility" and v == "hidden"):
            return True
        if d.prop in ("opacity",) and v in ("0", "0.0"):
            return True
        # (font-size: 0 is not here: it hides the text shown at that size, not the element's box; the
        # walks hide such text and the elements that show nothing else, see `_zero_font`)
        if d.prop in ("max-height", "max-width", "height", "width") and v in ("0", "0px"):
            return True
    return False


def _zero_font(name: str, px: float | None) -> bool:
    """Whether an element is hidden by a computed font size of 0 alone. Email builders put font-size: 0 on
    the cells of their column tables (against the gaps between inline-block columns) and set the size
    again on the text inside: that text, and any image (not sized by the font), shows. The element itself
    counts as hidden only when nothing inside it shows (a font-size: 0 preheader); the walks clear it then."""
    return px == 0 and name != "img"


_NO_ATTRS: dict[str, str] = {}


# Longer keys are not cached (the caches must not hold megabytes of hostile CSS); they still go
# through `_declarations`, whose value strings the font-size walk compares by identity.
_CACHED_STYLE_CHARS = 2048
_CACHED_SHEET_CHARS = 64 * 1024


def _inline_style(style: str) -> tuple[tuple[Declaration, ...], bool, Declaration | None, bool]:
    if len(style) > _CACHED_STYLE_CHARS:
        return _inline_style_cached.__wrapped__(style)
    return _inline_style_cached(style)


@lru_cache(maxsize=4096)
def _inline_style_cached(style: str) -> tuple[tuple[Declaration, ...], bool, Declaration | None, bool]:
    """The declarations of a style attribute, whether they hide the element, its font-size, and whether
    it says display: none as the visible-text lines read it: mail HTML repeats the same few style
    attributes on every element. The values are `_declarations`' own strings, whose identity the
    font-size walk compares."""
    source = f'style="{style[:80]}"'
    decls = tuple(Declaration(p, v, source) for p, v in _declarations(style))
    font = next((d for d in reversed(decls) if d.prop == "font-size"), None)
    return decls, _is_hidden(decls, _NO_ATTRS), font, _style_display_none(style)


def _stylesheet_rules(css: str) -> tuple[tuple[str, str], ...]:
    if len(css) > _CACHED_SHEET_CHARS:
        return _stylesheet_rules_cached.__wrapped__(css)
    return _stylesheet_rules_cached(css)


@lru_cache(maxsize=256)
def _stylesheet_rules_cached(css: str) -> tuple[tuple[str, str], ...]:
    """(selector, declarations text) of each plain rule of a <style> sheet: the same sheet comes with
    every message of a helpdesk template. @media and friends are left out: their bodies apply only
    sometimes (at another width, in print). One exception: the text colours of a colour-scheme block
    (`@media (prefers-color-scheme: dark)`) are what a buyer whose mail client is in that mode reads, so
    its rules join with those declarations only (see `_scheme_colours`)."""
    out: list[tuple[str, str]] = []
    for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
        if rule.type == "qualified-rule":
            out.append((tinycss2.serialize(rule.prelude).strip(), tinycss2.serialize(rule.content)))
        elif (
            rule.type == "at-rule" and rule.lower_at_keyword == "media" and rule.content is not None
            and "prefers-color-scheme" in tinycss2.serialize(rule.prelude).lower()
        ):
            out.extend(_scheme_colours(rule.content))
    return tuple(out)


# What a colour-scheme block may contribute: text colours (its backgrounds, borders, images and
# visibility swaps are left out, so the other rules read the document as before).
_SCHEME_PROPS = frozenset({"color", "-webkit-text-fill-color"})


def _scheme_colours(content: list) -> list[tuple[str, str]]:
    """(selector, text-colour declarations) of each rule inside an `@media (prefers-color-scheme)` block."""
    out: list[tuple[str, str]] = []
    for rule in tinycss2.parse_rule_list(content, skip_comments=True, skip_whitespace=True):
        if rule.type != "qualified-rule":
            continue
        kept = [f"{prop}: {value}" for prop, value in _declarations(tinycss2.serialize(rule.content))
                if prop in _SCHEME_PROPS]
        if kept:
            out.append((tinycss2.serialize(rule.prelude).strip(), "; ".join(kept)))
    return out


_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.I)


def _style_display_none(style: str) -> bool:
    return _DISPLAY_NONE.search(style) is not None


_FONT_KEYWORDS = {
    "xx-small": 9.0, "x-small": 10.0, "small": 13.0, "medium": 16.0, "large": 18.0,
    "x-large": 24.0, "xx-large": 32.0, "xxx-large": 48.0,
}
_FONT_TAG_SIZES = {1: 10.0, 2: 13.0, 3: 16.0, 4: 18.0, 5: 24.0, 6: 32.0, 7: 48.0}
_LENGTH = re.compile(r"^\s*(-?\d+(?:\.\d+)?|-?\.\d+)\s*(px|pt|pc|em|rem|%|ex|ch|in|cm|mm|q|vw)?\s*$", re.I)
_UNIT_PX = {"px": 1.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4, "q": 96 / 101.6}
DEFAULT_FONT_PX = 16.0


def css_length_px(value: str, reference: float, em: float = DEFAULT_FONT_PX) -> float | None:
    """A CSS length in px: percentages against `reference`, em/rem against `em` (1em = 16px)."""
    m = _LENGTH.match(value)
    if m is None:
        return None
    number, unit = float(m.group(1)), (m.group(2) or "px").lower()
    if unit == "%":
        return number * reference / 100
    if unit in ("em", "rem"):
        return number * (em if unit == "em" else DEFAULT_FONT_PX)
    if unit in ("ex", "ch"):
        return number * em / 2
    if unit == "vw":
        return number * reference / 100
    return number * _UNIT_PX[unit]


def font_size_px(value: str, parent_px: float) -> float | None:
    """The computed size of a CSS font-size (or `font-size-N` for <font size=N>) in px."""
    v = value.strip().lower()
    if v.startswith("font-size-"):
        raw = v.removeprefix("font-size-").strip()
        try:
            n = int(raw) if raw[:1] not in "+-" else 3 + int(raw)
        except ValueError:
            return None
        return _FONT_TAG_SIZES[min(7, max(1, n))]
    if v in _FONT_KEYWORDS:
        return _FONT_KEYWORDS[v]
    if v == "smaller":
        return parent_px / 1.2
    if v == "larger":
        return parent_px * 1.2
    if v in ("inherit", "initial", "unset", "revert"):
        return parent_px if v == "inherit" else None
    return css_length_px(v, parent_px, parent_px)


def _dimension(attrs: dict[str, str], decls: tuple[Declaration, ...], name: str) -> str | None:
    for d in reversed(decls):
        if d.prop == name:
            return d.value
    value = attrs.get(name)
    return value.strip() if value is not None else None


def parse_html(source: str) -> HtmlDoc:
    """Parse an HTML body once and extract everything the rules need."""
    lower = source.lower()
    try:
        return _parse_direct(source, lower)
    except _Unusual:
        return _parse_general(source, lower)


def _parse_general(source: str, lower: str) -> HtmlDoc:
    """`parse_html` by the general way: the lexbor tree copied into `_Node`s (or the lxml reading when
    lexbor's differs), then walked for the facts. `_parse_direct` gives the same facts in one pass."""
    built = _build(source, lower)
    if _same_reading(source, built):
        doc_root, body, styles, strings = built.document, built.body, built.styles, built.strings
        tree, nodes = built.tree, built.nodes

        def select(selector: str) -> list[_Node]:
            return _select(tree, selector, nodes)
    else:
        doc_root, body, styles, select, strings = _build_lxml(source)

    # lexbor's strings hold no white space alone: unless one is empty or has a zero-width character,
    # an element shows text when it has a string (asked of every block).
    every_string_shows = strings is built.strings and "" not in strings and not _has_zero_width("".join(strings))
    sheet = _sheet_declarations(
        ["".join(c for c in style.children if isinstance(c, str)) for style in styles],
        lambda selector: [id(el) for el in select(selector)],
    )
    html_tag = doc_root.find("html")
    lang = html_tag.get("lang") if isinstance(html_tag, _Node) else None
    root = body or doc_root

    elements: list[Element] = []
    links: list[HtmlLink] = []
    images: list[HtmlImage] = []
    runs: list[TextRun] = []
    # Break counting: a stream of tokens, 'B' for a line break or an empty block, 'C' for content.
    tokens: list[tuple[str, str]] = []
    # The visible text, one line per block (see `_block_lines`), gathered by the same walk.
    lines: list[str] = []
    # The CSS of an element depends only on its stylesheet rules and its style attribute: computed
    # once per pair (mail HTML repeats a handful of them on every element), see `_element_css`.
    css_of: dict[tuple[int, str | None], _Css] = {}

    def css_for(tag: _Node) -> _Css:
        style = tag.attrs.get("style")
        ruled = sheet.get(id(tag)) if sheet else None
        key = (id(ruled), style)
        css = css_of.get(key)
        if css is None:
            css = css_of[key] = _element_css(ruled, style)
        return css

    def element_for(tag: _Node, parent_hidden: bool) -> Element:
        decls, css_hidden, _, _ = css_for(tag)
        return Element(tag.name, tag.attrs, decls, parent_hidden or css_hidden or "hidden" in tag.attrs)

    def walk(
        tag: _Node,
        hidden: bool,
        lines_hidden: bool,
        font_size: str | None,
        heading: int | None,
        link: _Node | None,
        size_px: float | None = None,
    ) -> None:
        children = tag.children
        for index, child in enumerate(children):
            if isinstance(child, str):
                if not lines_hidden:
                    lines.append(child)
                if hidden or size_px == 0:  # (text at font-size 0 does not show)
                    continue
                if child.isspace():
                    continue
                text = _squash(child)
                if text:
                    runs.append(TextRun(text, font_size, heading, size_px))
                    tokens.append(("C", text))
                continue
            name = child.name
            if name in _INVISIBLE_TAGS:
                continue
            # css_for and element_for, inlined: this runs for every element.
            attrs = child.attrs
            style = attrs.get("style")
            ruled = sheet.get(id(child)) if sheet else None
            key = (id(ruled), style)
            css = css_of.get(key)
            if css is None:
                css = css_of[key] = _element_css(ruled, style)
            decls, css_hidden, decl, display_none = css
            child_lines_hidden = lines_hidden or display_none
            if decl is None and name not in _SIZED:
                size, px, level = font_size, size_px, heading  # the common case: all inherited
            else:
                size, px, level = _own_size(name, attrs, decl, font_size, size_px, heading)
            hard = hidden or css_hidden or "hidden" in attrs
            el_hidden = hard or _zero_font(name, px)
            el = Element(name, attrs, decls, el_hidden)
            elements.append(el)
            if name == "br":
                lines.append("\n")
                # A <br> that closes a block (<div>text<br></div>) adds no line of its own.
                if not el_hidden and not _closes_block(children, index, tag):
                    tokens.append(("B", "<br>"))
                continue
            if name == "img":
                if child.children:
                    _block_parts(child, child_lines_hidden, lines)
                images.append(
                    HtmlImage(
                        src=attrs.get("src", "").strip(),
                        alt=attrs.get("alt"),
                        title=attrs.get("title", ""),
                        width=_dimension(attrs, decls, "width"),
                        height=_dimension(attrs, decls, "height"),
                        hidden=el_hidden,
                        link_href=(link.get("href") or "").strip() if link is not None else None,
                        element=el,
                    )
                )
                if not el_hidden:
                    tokens.append(("C", "<img>"))
                continue
            block = name in _BLOCK_TAGS
            if (
                block
                and not el_hidden
                and name not in _NOT_LINE_BLOCKS
                and (name != "o:p" or child.children)
                and (
                    child.end == child.start if every_string_shows else not _has_visible(strings, child.start, child.end)
                )
                and child.find("img") is None
            ):
                lines.append("\n")
                _block_parts(child, child_lines_hidden, lines)
                lines.append("\n")
                # An empty block (<p>&nbsp;</p>, <div><br></div>, <o:p>&nbsp;</o:p>) is one line
                # break; one holding several <br>s shows that many empty lines.
                for _ in range(max(1, len(child.find_all("br")))):
                    tokens.append(("B", f"<{name}> (empty)"))
                # Links with no text still are links (style.link-text judges them).
                for a in child.find_all("a", href=True):
                    a_el = element_for(a, el_hidden)
                    elements.append(a_el)
                    links.append(HtmlLink(href=str(a.get("href")).strip(), text="", has_image=False, element=a_el))
                continue
            el._text = (strings, child.start, child.end)  # cut when read (Element.text)
            if block:
                lines.append("\n")
            shown_before = len(tokens)
            walk(child, hard, child_lines_hidden, size, level, child if name == "a" else link, px)
            if el_hidden and not hard and any(kind == "C" for kind, _ in tokens[shown_before:]):
                el.hidden = False  # font-size 0, but text set at its own size or an image shows inside
            if block:
                lines.append("\n")
            if name == "a" and child.get("href") is not None:
                text = _squash(" ".join(strings[child.start : child.end]))
                imgs = child.find_all("img")
                if not text and imgs:
                    text = " ".join((i.get("alt") or "").strip() for i in imgs).strip()
                links.append(HtmlLink(href=str(child.get("href")).strip(), text=text, has_image=bool(imgs), element=el))

    body_el: Element | None = None
    start_size: str | None = None
    start_px: float | None = None
    start_hidden = False
    if body is not None:
        # The <body> itself carries styles (font, colour, alignment) that apply to all the text.
        body_el = element_for(body, False)
        start_hidden = body_el.hidden
        decl = body_el.style("font-size")
        if decl is not None:
            start_size = decl.value
            start_px = font_size_px(decl.value, DEFAULT_FONT_PX)
    walk(root, start_hidden, False, start_size, None, None, start_px)
    walk = None  # type: ignore[assignment]  # the closure refers to itself: break the cycle, free the tree now

    return _doc(lines, tokens, links, images, elements, runs, lang, body_el)


def _doc(
    lines: list[str], tokens: list[tuple[str, str]], links: list[HtmlLink], images: list[HtmlImage],
    elements: list[Element], runs: list[TextRun], lang: str | None, body_el: Element | None,
    plain_space: bool = False,
) -> HtmlDoc:
    """The document from the extraction's pieces: the longest run of breaks in `tokens` ('B' for a
    line break or an empty block, 'C' for content) and the visible text of `lines` (`plain_space`:
    see `_plain_space`)."""
    best, evidence, current, start = 0, "", 0, 0
    for i, (kind, _) in enumerate(tokens):
        if kind == "B":
            if current == 0:
                start = i
            current += 1
            if current > best:
                best = current
                before = tokens[start - 1][1] if start > 0 else ""
                evidence = f"{before[-40:]} " + " ".join(t for _, t in tokens[start : i + 1])
        else:
            current = 0

    text = "\n".join(_lines_of("".join(lines), plain_space))
    return HtmlDoc(
        text=text,
        links=links,
        images=images,
        elements=elements,
        runs=runs,
        max_break_run=best,
        break_evidence=evidence.strip(),
        lang=str(lang) if lang else None,
        body=body_el,
    )


# By parent name: the start tags `_LXML_CLOSES` says close it.
_CLOSED_IN = {
    parent: frozenset(name for name, parents in _LXML_CLOSES.items() if parent in parents)
    for parent in {p for parents in _LXML_CLOSES.values() for p in parents}
}


_WRITTEN_ONLY_SET = frozenset(_WRITTEN_ONLY)
_OPENINGS = tuple((name, f"<{name}") for name in _WRITTEN_ONLY)
_TEXT_NODE, _NOT_ELEMENT = "#text", "#other"  # `_parse_direct`'s names of what is not an element


class _Unusual(Exception):
    """A document `_parse_direct` leaves to `_parse_general`: one lexbor reads differently from the
    source (see `_same_reading`), with written and made-up elements of the same name, a stylesheet
    outside <head>, or something else the direct reading does not handle."""


def _kept_attrs(raw: dict[str, str | None], name: str) -> dict[str, str]:
    """`_attributes`, with lexbor's own dict kept when it already is that (see `_PLAIN_ATTRS`)."""
    if not (_PLAIN_ATTRS.issuperset(raw) and all(raw.values())):
        return _attributes(raw, name)
    if "class" in raw:  # the common case, checked in C: only class to normalise
        raw["class"] = " ".join(raw["class"].split())  # type: ignore[union-attr]
    return raw  # type: ignore[return-value]


def _parse_direct(source: str, lower: str) -> HtmlDoc:
    """`_parse_general`'s facts read in one pass over the lexbor tree, without its `_Node` copy: the
    walk keeps the tree's events, strings and written-only counts as `_build_tree` does, and the
    facts as `_parse_general`'s walk does. What the general walk looks ahead for is settled after
    the element's children: a block found empty has what its children added taken back (and reads
    as an empty block), a <br> is taken back when nothing shows after it in its block. Raises
    `_Unusual` for the documents the general way reads otherwise (tests/policies/test_html_direct.py
    compares the two)."""
    tree = LexborHTMLParser(_DOCTYPE + source)
    plain_space = _plain_space(source, lower)
    written = [name for name, opening in _OPENINGS if opening in lower]
    unwritten = _WRITTEN_ONLY_SET.difference(written)
    made = dict.fromkeys(_WRITTEN_ONLY, 0)
    strings: list[str] = []
    events: list[str] = []
    sheets: list[str] = []
    # Every kept <img> (its alt), <br> and <a href> (its attributes and lexbor id), invisible ones
    # too: what an empty block and a link read of their descendants.
    img_alts: list[str | None] = []
    brs: list[None] = []
    anchors: list[tuple[dict[str, str], int]] = []
    elements: list[Element] = []
    links: list[HtmlLink] = []
    images: list[HtmlImage] = []
    runs: list[TextRun] = []
    tokens: list[tuple[str, str]] = []
    lines: list[str] = []
    css_of: dict[tuple[int, str | None], _Css] = {}
    sheet: dict[int, tuple[tuple[Declaration, ...], bool]] = {}
    # By lexbor tag id, this document's: the lowercase element name, `_TEXT_NODE` or `_NOT_ELEMENT`
    # (custom elements' ids are the document's own). Reading and lowercasing each node's name was
    # more than the id and a look-up.
    names: dict[int, str] = {}

    def name_of(node) -> str:
        tag = node.tag
        if tag == "-text":
            name = _TEXT_NODE
        elif tag is not None and tag[0] not in "-_":
            name = tag.lower()
        else:
            name = _NOT_ELEMENT
        names[node.tag_id] = name
        return name

    def scan(node, parent_name: str, special: bool) -> None:
        """The events and strings of `node` and its next siblings, no facts: <head> and invisible elements."""
        while node is not None:
            name = names.get(node.tag_id) or name_of(node)
            if name is _TEXT_NODE:
                if not special:
                    text = node.text_content or ""
                    if not text.isspace():
                        strings.append(text)
                        if events and events[-1][0] == "#":
                            events[-1] += text
                        else:
                            events.append("#" + text)
            elif name is not _NOT_ELEMENT:
                kind = _NAME_KINDS.get(name)
                if kind is _WRITTEN_ONLY_KIND and name in unwritten:
                    scan(node.child, parent_name, special)
                    node = node.next
                    continue
                if kind is _WRITTEN_ONLY_KIND:
                    made[name] += 1
                    if name == "br":
                        brs.append(None)
                elif kind is _STYLE_KIND:
                    text = node.child
                    parts = []
                    while text is not None:
                        if text.tag == "-text":
                            parts.append(text.text_content or "")
                        text = text.next
                    sheets.append("".join(parts))
                elif kind is _IMPLIED_KIND:
                    raise _Unusual
                elif name == "img":
                    img_alts.append(_kept_attrs(node.attributes, name).get("alt"))
                elif name == "a":
                    attrs = _kept_attrs(node.attributes, name)
                    if "href" in attrs:
                        anchors.append((attrs, node.mem_id))
                events.append(name)
                if parent_name in _LXML_CLOSES.get(name, _NO_CLOSES):
                    events.append("!closed-by-lxml")
                scan(node.child, name, special or name in _SPECIAL_CONTAINERS)
                if name not in _VOID:
                    events.append("/" + name)
            node = node.next

    def walk(
        node, parent_name: str, hidden: bool, lines_hidden: bool, font_size: str | None, heading: int | None,
        link: dict[str, str] | None, size_px: float | None, special: bool, pending: bool = False, top: bool = True,
    ) -> bool:
        """`scan`, and the facts of the shown elements and texts (`_parse_general`'s walk). `pending`:
        the last token is a <br> that nothing shown followed yet; `top` is False for the children of a
        made-up element, which take its place among its parent's."""
        closed_here = _CLOSED_IN.get(parent_name)
        while node is not None:
            name = names.get(node.tag_id) or name_of(node)
            if name is _TEXT_NODE:
                text = node.text_content or ""
                if text.isspace():  # white space between tags, most often: a line piece, no more
                    if not lines_hidden:
                        lines.append(text)
                    node = node.next
                    continue
                if special:
                    text = _Special(text)
                else:
                    strings.append(text)
                    if events and events[-1][0] == "#":
                        events[-1] += text
                    else:
                        events.append("#" + text)
                if not lines_hidden:
                    lines.append(text)
                if pending and _shows(text):
                    pending = False
                if not hidden and size_px != 0:  # (text at font-size 0 does not show)
                    # `_squash`, its common case inlined (and `_plain_space`'s)
                    if (
                        text and "  " not in text and text[0] != " " and text[-1] != " "
                        and ((plain_space and text.isascii() and "\n" not in text) or text.isprintable())
                    ):
                        squashed = text
                    else:
                        squashed = _squash(text)
                    if squashed:
                        # TextRun(...) without its __init__ call (see `_new`)
                        run = _new(TextRun)
                        run.text, run.font_size, run.heading, run.size_px = squashed, font_size, heading, size_px
                        runs.append(run)
                        tokens.append(("C", squashed))
                node = node.next
                continue
            if name is _NOT_ELEMENT:  # a comment or doctype
                node = node.next
                continue
            kind = _NAME_KINDS.get(name)
            if kind is not None:
                if kind is not _WRITTEN_ONLY_KIND:
                    raise _Unusual  # <html>, <head>, <body> or <style> in the body
                if name in unwritten:  # made up: its children take its place
                    pending = walk(node.child, parent_name, hidden, lines_hidden, font_size, heading, link, size_px,
                                   special, pending, False)
                    node = node.next
                    continue
                made[name] += 1
            pending = False
            if closed_here is not None and name in closed_here:
                raise _Unusual  # lxml would close the parent here: not the same reading
            events.append(name)
            if name in _INVISIBLE_TAGS:
                scan(node.child, name, special or name in _SPECIAL_CONTAINERS)
                if name not in _VOID:
                    events.append("/" + name)
                node = node.next
                continue
            attrs = node.attributes
            if attrs:  # `_kept_attrs`, inlined
                if not (_PLAIN_ATTRS.issuperset(attrs) and all(attrs.values())):
                    attrs = _attributes(attrs, name)
                elif "class" in attrs:
                    attrs["class"] = " ".join(attrs["class"].split())
            style = attrs.get("style")
            ruled = sheet.get(node.mem_id) if sheet else None
            key = (id(ruled), style)
            css = css_of.get(key)
            if css is None:
                css = css_of[key] = _element_css(ruled, style)
            decls, css_hidden, decl, display_none = css
            if decl is None and name not in _SIZED:
                size, px, level = font_size, size_px, heading  # the common case: all inherited
            else:
                size, px, level = _own_size(name, attrs, decl, font_size, size_px, heading)
            hard = hidden or css_hidden or "hidden" in attrs
            el_hidden = hard or _zero_font(name, px)
            # Element(name, attrs, decls, el_hidden) without its __init__ call (see `_new`)
            el = _new(Element)
            el.tag, el.attrs, el.declarations, el.hidden, el._text = name, attrs, decls, el_hidden, ""
            elements.append(el)
            if name == "br":
                brs.append(None)
                lines.append("\n")
                if node.child is not None:
                    raise _Unusual
                if not el_hidden:
                    tokens.append(("B", "<br>"))
                    pending = True  # taken back if nothing shown follows it in its block
                node = node.next
                continue
            if name == "img":
                alt = attrs.get("alt")
                img_alts.append(alt)
                if node.child is not None:
                    raise _Unusual
                images.append(
                    HtmlImage(
                        src=attrs.get("src", "").strip(),
                        alt=alt,
                        title=attrs.get("title", ""),
                        width=_dimension(attrs, decls, "width"),
                        height=_dimension(attrs, decls, "height"),
                        hidden=el_hidden,
                        link_href=(link.get("href") or "").strip() if link is not None else None,
                        element=el,
                    )
                )
                if not el_hidden:
                    tokens.append(("C", "<img>"))
                node = node.next
                continue
            href = None
            if name == "a":
                href = attrs.get("href")
                if href is not None:
                    anchors.append((attrs, node.mem_id))
            start = len(strings)
            imgs_before = len(img_alts)
            block = name in _BLOCK_TAGS
            if block:
                # Only a shown block that makes a line when empty may be taken back.
                if not el_hidden and name not in _NOT_LINE_BLOCKS and (name != "o:p" or node.child is not None):
                    marks = (len(elements), len(links), len(runs), len(tokens), len(brs), len(anchors))
                else:
                    marks = None
                lines.append("\n")
            shown_before = len(tokens)
            walk(node.child, name, hard, lines_hidden or display_none, size, level,
                 attrs if name == "a" else link, px, special or name in _SPECIAL_CONTAINERS)
            if el_hidden and not hard and any(kind == "C" for kind, _ in tokens[shown_before:]):
                el.hidden = False  # font-size 0, but text set at its own size or an image shows inside
            if name not in _VOID:
                events.append("/" + name)
            end = len(strings)
            if block:
                lines.append("\n")
                if (
                    marks is not None
                    and (start == end or (not _shows_kept(strings[start]) and not _has_visible(strings, start + 1, end)))
                    and len(img_alts) == imgs_before
                ):
                    # An empty block: what its children gave is taken back (lines aside, the same).
                    del elements[marks[0]:], links[marks[1]:], runs[marks[2]:], tokens[marks[3]:]
                    for _ in range(max(1, len(brs) - marks[4])):
                        tokens.append(("B", f"<{name}> (empty)"))
                    for a_attrs, a_id in anchors[marks[5]:]:
                        a_ruled = sheet.get(a_id) if sheet else None
                        a_css = _element_css(a_ruled, a_attrs.get("style"))
                        a_el = Element("a", a_attrs, a_css[0], el_hidden or a_css[1] or "hidden" in a_attrs)
                        elements.append(a_el)
                        links.append(HtmlLink(href=str(a_attrs.get("href")).strip(), text="", has_image=False,
                                              element=a_el))
                    node = node.next
                    continue
            el._text = (strings, start, end)  # cut when read (Element.text)
            if href is not None:
                text = _squash(" ".join(strings[start:end]))
                alts = img_alts[imgs_before:]
                if not text and alts:
                    text = " ".join((alt or "").strip() for alt in alts).strip()
                links.append(HtmlLink(href=str(href).strip(), text=text, has_image=bool(alts), element=el))
            node = node.next
        if top and pending and parent_name in _BLOCK_TAGS:
            tokens.pop()  # the <br> closes its block: no line of its own
        return pending

    def select(selector: str) -> list[int]:
        try:
            matched = tree.css(selector)
        except (SelectolaxError, ValueError):
            return []
        return list(dict.fromkeys([node.mem_id for node in matched]))

    html = tree.root
    if html is None or html.tag != "html":
        raise _Unusual
    lang = _kept_attrs(html.attributes, "html").get("lang")
    body_el: Element | None = None
    node = html.child
    while node is not None:
        tag = node.tag
        if tag == "-text":
            text = node.text_content or ""
            if not text.isspace():
                raise _Unusual  # (white space only, in an HTML5 tree)
        elif tag == "head" and body_el is None:
            scan(node.child, "head", False)
        elif tag == "body" and body_el is None:
            lex_body = tree.body
            if lex_body is None or lex_body.mem_id != node.mem_id or lower.count("<style") != len(sheets):
                raise _Unusual  # a stylesheet outside <head> applies to elements before it
            if sheets:
                sheet = _sheet_declarations(sheets, select)
            attrs = _kept_attrs(node.attributes, "body")
            ruled = sheet.get(node.mem_id) if sheet else None
            decls, css_hidden, _, _ = _element_css(ruled, attrs.get("style"))
            body_el = Element("body", attrs, decls, css_hidden or "hidden" in attrs)
            start_size: str | None = None
            start_px: float | None = None
            decl = body_el.style("font-size")
            if decl is not None:
                start_size = decl.value
                start_px = font_size_px(decl.value, DEFAULT_FONT_PX)
            before = len(events)
            walk(node.child, "body", body_el.hidden, False, start_size, None, None, start_px, False)
            if len(events) == before and not attrs and "<body" not in lower:
                raise _Unusual  # maybe a body without content, which lxml did not make
        elif tag is not None and tag[0] not in "-_":
            raise _Unusual
        node = node.next
    scan = walk = None  # type: ignore[assignment]  # the closures refer to themselves: break the cycles
    if body_el is None:
        raise _Unusual
    if written:
        openings = _OPENING_LOWER.findall(lower)
        for name in written:
            count = openings.count(name)
            if count and made[name] != count:
                raise _Unusual  # made-up elements among written ones of the same name
    source_events = _source_events(source)
    if source_events != events and _unspaced_events(source_events) != _unspaced_events(events):
        raise _Unusual
    return _doc(lines, tokens, links, images, elements, runs, lang, body_el, plain_space)


_SPACE_CONTROLS = ("\t", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f")


def _plain_space(source: str, lower: str) -> bool:
    """No text lexbor reads from `source` holds ASCII white space other than the space and the line
    feed: the source has none, nor a character reference that could make one (numeric ones, &Tab;).
    An ASCII text of such a document is then squashed (`_squash`) when it has no line feed, no double
    space and no space at its ends: `str.isprintable`, which reads every character, need not be asked
    (it was a tenth of the walk on a 30 KB message). Eight scans in C of the source, once."""
    # (A one-character test is a memchr; "&#" and "&tab;" are searched for only when the source has a "&".)
    return ("&" not in source or ("&#" not in source and "&tab;" not in lower)) and not any(
        c in source for c in _SPACE_CONTROLS
    )


_SIZED = frozenset(["font", "small", "big", *_HEADINGS])
# `_parse_direct` makes an Element per element and a TextRun per text: object.__new__ and the
# attributes set in the walk itself cost a fifth of what a call of their __init__ did (a Python frame
# per object). tests/policies/test_html_speed_paths.py compares them with the constructed ones.
_new = object.__new__


def _own_size(
    name: str, attrs: dict[str, str], decl: Declaration | None, font_size: str | None, size_px: float | None,
    heading: int | None,
) -> tuple[str | None, float | None, int | None]:
    """The font size an element sets (as written, and computed in px when known) and its heading
    level, from its font-size declaration, <font size>, <small>/<big> or heading level."""
    size, px = font_size, size_px
    if decl is not None:
        size = decl.value
    elif name == "font" and "size" in attrs:
        size = f"font-size-{attrs['size'].strip()}"
    elif name in ("small", "big"):
        size = "smaller" if name == "small" else "larger"
    elif name in _HEADINGS:
        # A heading without its own size is shown at its level's size, not the inherited one.
        size, px = None, None
    if size is not None and size is not font_size:
        # Relative sizes (em, %, smaller) resolve against the parent's computed size.
        base = px if px is not None else _HEADING_PX.get(heading or 0, DEFAULT_FONT_PX)
        px = font_size_px(size or "", base)
    return size, px, _HEADINGS.get(name, heading)


def _last_font_size(decls: tuple[Declaration, ...]) -> Declaration | None:
    for decl in reversed(decls):
        if decl.prop == "font-size":
            return decl
    return None


_Css = tuple[tuple[Declaration, ...], bool, Declaration | None, bool]


def _sheet_declarations(
    sheets: list[str], select: Callable[[str], list[int]],
) -> dict[int, tuple[tuple[Declaration, ...], bool]]:
    """By key of each element a <style> sheet rule matches (`select` gives the keys of the elements a
    selector matches, each once, in document order): the declarations of the rules that match it,
    in sheet order, and whether one hides it. Elements matched by the same rules share one entry (the
    walk computes the CSS of each entry once). Selectors are matched by lexbor (soupsieve on the lxml
    reading); unsupported ones are skipped."""
    rules: list[tuple[tuple[Declaration, ...], bool]] = []
    matched: dict[int, tuple[int, ...]] = {}  # the indices in `rules` of those that match an element
    for css in sheets:
        for selector, content in _stylesheet_rules(css):
            decls, hides, _, _ = _inline_style(content)
            if not decls:
                continue
            index = (len(rules),)
            rules.append((tuple(Declaration(d.prop, d.value, selector) for d in decls), hides))
            for key in select(selector):
                matched[key] = matched.get(key, ()) + index
    shared: dict[tuple[int, ...], tuple[tuple[Declaration, ...], bool]] = {}
    out: dict[int, tuple[tuple[Declaration, ...], bool]] = {}
    for key, indices in matched.items():
        entry = shared.get(indices)
        if entry is None:
            decls = tuple(decl for i in indices for decl in rules[i][0])
            entry = shared[indices] = (decls, any(rules[i][1] for i in indices))
        out[key] = entry
    return out


def _element_css(ruled: tuple[tuple[Declaration, ...], bool] | None, style: str | None) -> _Css:
    """The declarations that apply to an element (its stylesheet rules', then its style attribute's),
    whether they hide it, the font-size that wins, and whether the style attribute says display: none
    (which hides its text from the visible-text lines)."""
    sheet_decls, sheet_hides = ruled if ruled is not None else ((), False)
    sheet_font = _last_font_size(sheet_decls) if sheet_decls else None
    if style is None:
        return sheet_decls, sheet_hides, sheet_font, False
    inline, inline_hidden, font, display_none = _inline_style(style)
    decls = sheet_decls + inline if sheet_decls else inline
    return decls, sheet_hides or inline_hidden, font or sheet_font, display_none


def _closes_block(siblings: list[_Node | str], index: int, parent: _Node) -> bool:
    """The <br> at `siblings[index]` is the last visible thing in a block element."""
    for i in range(index + 1, len(siblings)):
        sib = siblings[i]
        if isinstance(sib, _Node) or _shows(sib):
            return False
    return parent.name in _BLOCK_TAGS


def _block_parts(tag: _Node, hidden: bool, parts: list[str]) -> None:
    """The pieces of `_block_lines` below `tag`: its strings, a newline for each <br> and around each block."""
    for child in tag.children:
        if isinstance(child, str):
            if not hidden:
                parts.append(child)
            continue
        name = child.name
        if name in _INVISIBLE_TAGS:
            continue
        style = child.attrs.get("style")
        child_hidden = hidden or (style is not None and _style_display_none(style))
        if name == "br":
            parts.append("\n")
            continue
        block = name in _BLOCK_TAGS
        if block:
            parts.append("\n")
        _block_parts(child, child_hidden, parts)
        if block:
            parts.append("\n")


def _lines_of(text: str, plain_space: bool = False) -> list[str]:
    """The non-empty lines of `text`, each squashed (`_squash`). `plain_space`: the text has no ASCII
    white space but the space and the line feed (`_plain_space`)."""
    if text.isascii() and (plain_space or len(text.encode().translate(None, _ASCII_CONTROLS_BUT_LF)) == len(text)):
        # Every line printable (asked of the whole text at once, in C), or at least without white space
        # but the space (a control character that is not white space is kept by `_squash` too): a
        # line is squashed when it has no double space and no space at its ends (`_is_squashed`,
        # without a call per line).
        lines = [
            line if ("  " not in line and line[0] != " " and line[-1] != " ") else _squash(line)
            for line in text.split("\n") if line
        ]
    else:
        lines = [_squash(line) for line in text.split("\n") if line]
    return list(filter(None, lines))


# ASCII's non-printable characters but the line feed (`str.isprintable` of an ASCII text, lines apart).
_ASCII_CONTROLS_BUT_LF = bytes([*(c for c in range(32) if c != 10), 127])


def _block_lines(root: _Node) -> list[str]:
    """Visible text with one line per block, as a reader would see it."""
    parts: list[str] = []
    _block_parts(root, False, parts)
    return _lines_of("".join(parts))
