"""HTML parsed once into plain facts the rules read: visible text, links, images, styles, breaks.

This is the only module that knows the HTML parser (BeautifulSoup on lxml); rules read the
`HtmlDoc` it returns, so the parser can be swapped without touching a rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import tinycss2
from bs4 import BeautifulSoup, Comment, NavigableString, Tag

_BLOCK_TAGS = frozenset(
    ["address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "o:p"]
)
_INVISIBLE_TAGS = frozenset(["script", "style", "head", "title", "template", "noscript", "meta", "link"])
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
# Browsers' default heading sizes, for relative sizes set inside a heading.
_HEADING_PX = {1: 32.0, 2: 24.0, 3: 18.72, 4: 16.0, 5: 13.28, 6: 10.72}
_WS = re.compile(r"[\s\u00a0\u200b\u200c\u200d\ufeff]+")


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


@dataclass
class Element:
    """An element of the body, with the CSS that applies to it (stylesheet, then inline)."""

    tag: str
    attrs: dict[str, str]
    declarations: list[Declaration] = field(default_factory=list)
    hidden: bool = False
    text: str = ""  # its own visible text, shortened, for evidence

    def style(self, prop: str) -> Declaration | None:
        """The winning declaration of `prop` (the last one written), if any."""
        for decl in reversed(self.declarations):
            if decl.prop == prop:
                return decl
        return None


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


@dataclass(frozen=True)
class TextRun:
    """A piece of visible text and the size it is shown in."""

    text: str
    font_size: str | None  # the nearest explicit font-size (CSS or <font size>), as written
    heading: int | None  # the level of the nearest heading element
    size_px: float | None = None  # the computed size when some ancestor sets one explicitly


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


# Blocks that make no empty line when empty: rules, table scaffolding (spacer cells), list wrappers.
_NOT_LINE_BLOCKS = frozenset({"hr", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "ol", "dl"})


def _closes_block(br: Tag) -> bool:
    """The <br> is the last visible thing in a block element."""
    for sib in br.next_siblings:
        if isinstance(sib, Tag) or (isinstance(sib, NavigableString) and _WS.sub("", str(sib))):
            return False
    parent = br.parent
    return isinstance(parent, Tag) and parent.name.lower() in _BLOCK_TAGS


def _visible_text(node: Tag) -> str:
    return _WS.sub(" ", node.get_text(" ")).strip()


def _visible_prefix(node: Tag, n: int) -> str:
    """`_visible_text(node)[:n]`, reading only as many of the node's strings as that needs: asked of
    every element, the whole text made parsing quadratic in the nesting depth."""
    parts: list[str] = []
    size, check_at = 0, 2 * n + 16
    for string in node._all_strings(False):
        parts.append(string)
        size += len(string) + 1
        if size >= check_at:
            text = _WS.sub(" ", " ".join(parts)).lstrip()
            if len(text) > n:  # more follows the first n characters: the trailing strip cannot reach them
                return text[:n]
            check_at = 2 * size
    return _WS.sub(" ", " ".join(parts)).strip()[:n]


def _is_hidden(decls: list[Declaration], attrs: dict[str, str]) -> bool:
    if "hidden" in attrs:
        return True
    for d in decls:
        v = d.value.lower().replace(" ", "")
        if (d.prop == "display" and v == "none") or (d.prop == "visibility" and v == "hidden"):
            return True
        if d.prop in ("opacity",) and v in ("0", "0.0"):
            return True
        if d.prop in ("max-height", "max-width", "height", "width", "font-size") and v in ("0", "0px"):
            return True
    return False


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


def _dimension(attrs: dict[str, str], decls: list[Declaration], name: str) -> str | None:
    for d in reversed(decls):
        if d.prop == name:
            return d.value
    value = attrs.get(name)
    return value.strip() if value is not None else None


def parse_html(source: str) -> HtmlDoc:
    """Parse an HTML body once and extract everything the rules need."""
    soup = BeautifulSoup(source, "lxml")
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()

    # Stylesheet declarations matched to elements with soupsieve; unsupported selectors are skipped.
    sheet: dict[int, list[Declaration]] = {}
    for style in soup.find_all("style"):
        css = style.get_text()
        for rule in tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True):
            if rule.type != "qualified-rule":
                continue  # @media and friends: their bodies apply only sometimes
            selector = tinycss2.serialize(rule.prelude).strip()
            decls = parse_declarations(tinycss2.serialize(rule.content))
            if not decls:
                continue
            try:
                matched = soup.select(selector)
            except Exception:
                continue
            for el in matched:
                sheet.setdefault(id(el), []).extend(Declaration(p, v, selector) for p, v in decls)

    html_tag = soup.find("html")
    lang = html_tag.get("lang") if isinstance(html_tag, Tag) else None
    root = soup.body or soup

    elements: list[Element] = []
    links: list[HtmlLink] = []
    images: list[HtmlImage] = []
    runs: list[TextRun] = []
    info: dict[int, Element] = {}

    def element_for(tag: Tag, parent_hidden: bool) -> Element:
        attrs = {k.lower(): (" ".join(v) if isinstance(v, list) else str(v)) for k, v in tag.attrs.items()}
        decls = list(sheet.get(id(tag), []))
        if "style" in attrs:
            decls.extend(Declaration(p, v, f'style="{attrs["style"][:80]}"') for p, v in parse_declarations(attrs["style"]))
        el = Element(tag=tag.name.lower(), attrs=attrs, declarations=decls)
        el.hidden = parent_hidden or _is_hidden(decls, attrs)
        return el

    # Break counting: a stream of tokens, 'B' for a line break or an empty block, 'C' for content.
    tokens: list[tuple[str, str]] = []

    def walk(
        tag: Tag,
        hidden: bool,
        font_size: str | None,
        heading: int | None,
        link: Tag | None,
        size_px: float | None = None,
    ) -> None:
        for child in tag.children:
            if isinstance(child, NavigableString):
                if hidden:
                    continue
                text = _WS.sub(" ", str(child)).strip()
                if text:
                    runs.append(TextRun(text, font_size, heading, size_px))
                    tokens.append(("C", text))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower()
            if name in _INVISIBLE_TAGS:
                continue
            el = element_for(child, hidden)
            info[id(child)] = el
            elements.append(el)
            size = font_size
            px = size_px
            decl = el.style("font-size")
            if decl is not None:
                size = decl.value
            elif name == "font" and "size" in el.attrs:
                size = f"font-size-{el.attrs['size'].strip()}"
            elif name in ("small", "big"):
                size = "smaller" if name == "small" else "larger"
            elif name in _HEADINGS:
                # A heading without its own size is shown at its level's size, not the inherited one.
                size, px = None, None
            if size is not None and size is not font_size:
                # Relative sizes (em, %, smaller) resolve against the parent's computed size.
                base = px if px is not None else _HEADING_PX.get(heading or 0, DEFAULT_FONT_PX)
                px = font_size_px(size or "", base)
            level = _HEADINGS.get(name, heading)
            if name == "br":
                # A <br> that closes a block (<div>text<br></div>) adds no line of its own.
                if not el.hidden and not _closes_block(child):
                    tokens.append(("B", "<br>"))
                continue
            if name == "img":
                alt = el.attrs.get("alt")
                images.append(
                    HtmlImage(
                        src=el.attrs.get("src", "").strip(),
                        alt=alt,
                        title=el.attrs.get("title", ""),
                        width=_dimension(el.attrs, el.declarations, "width"),
                        height=_dimension(el.attrs, el.declarations, "height"),
                        hidden=el.hidden,
                        link_href=(link.get("href") or "").strip() if link is not None else None,
                        element=el,
                    )
                )
                if not el.hidden:
                    tokens.append(("C", "<img>"))
                continue
            if name in _BLOCK_TAGS and not el.hidden:
                visible = _visible_prefix(child, 1)
                if not visible and child.find("img") is None and name not in _NOT_LINE_BLOCKS:
                    # An empty block (<p>&nbsp;</p>, <div><br></div>, <o:p>&nbsp;</o:p>) is one line
                    # break; one holding several <br>s shows that many empty lines.
                    for _ in range(max(1, len(child.find_all("br")))):
                        tokens.append(("B", f"<{name}> (empty)"))
                    # Links with no text still are links (style.link-text judges them).
                    for a in child.find_all("a", href=True):
                        a_el = element_for(a, el.hidden)
                        elements.append(a_el)
                        links.append(HtmlLink(href=str(a.get("href")).strip(), text="", has_image=False, element=a_el))
                    continue
            el.text = _visible_prefix(child, 80)
            walk(child, el.hidden, size, level, child if name == "a" else link, px)
            if name == "a" and child.get("href") is not None:
                text = _visible_text(child)
                imgs = child.find_all("img")
                if not text and imgs:
                    text = " ".join((i.get("alt") or "").strip() for i in imgs).strip()
                links.append(HtmlLink(href=str(child.get("href")).strip(), text=text, has_image=bool(imgs), element=el))

    body_el: Element | None = None
    start_size: str | None = None
    start_px: float | None = None
    start_hidden = False
    if isinstance(soup.body, Tag):
        # The <body> itself carries styles (font, colour, alignment) that apply to all the text.
        body_el = element_for(soup.body, False)
        start_hidden = body_el.hidden
        decl = body_el.style("font-size")
        if decl is not None:
            start_size = decl.value
            start_px = font_size_px(decl.value, DEFAULT_FONT_PX)
    walk(root, start_hidden, start_size, None, None, start_px)

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

    text = "\n".join(_block_lines(root))
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


def _block_lines(root: Tag) -> list[str]:
    """Visible text with one line per block, as a reader would see it."""
    parts: list[str] = []

    def walk(tag: Tag, hidden: bool) -> None:
        for child in tag.children:
            if isinstance(child, NavigableString):
                if not hidden:
                    parts.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower()
            if name in _INVISIBLE_TAGS:
                continue
            style = child.get("style")
            child_hidden = hidden or (
                isinstance(style, str) and re.search(r"display\s*:\s*none", style, re.I) is not None
            )
            if name == "br":
                parts.append("\n")
                continue
            block = name in _BLOCK_TAGS
            if block:
                parts.append("\n")
            walk(child, child_hidden)
            if block:
                parts.append("\n")

    walk(root, False)
    lines = [_WS.sub(" ", line).strip() for line in "".join(parts).split("\n")]
    return [line for line in lines if line]
