"""HTML and text styling (section E): margins, font overrides, font sizes, alignment, line breaks.

Rules read the parsed `HtmlDoc` (elements with the CSS that applies to them, text runs with their
computed sizes, the longest run of line breaks); nothing here parses HTML or CSS itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from policies.context import Context
from policies.findings import Action, Hit
from policies.html import Declaration, Element, HtmlDoc, css_length_px
from policies.rule import rule


def _docs(ctx: Context) -> Iterator[HtmlDoc]:
    for part in ctx.message.html_parts:
        if part.html is not None:
            yield part.html


def _visible_elements(doc: HtmlDoc) -> list[Element]:
    return doc.visible_elements


def _where(el: Element, source: str) -> str:
    return f"<{el.tag}> {source}"


# ---------------------------------------------------------------------------------------------
# style.margin

_SIDES = ("top", "right", "bottom", "left")


def _box_sides(prop: str, value: str) -> list[tuple[str, str]]:
    """(side, value) pairs of a margin/padding declaration, shorthands expanded per CSS."""
    base, _, side = prop.partition("-")
    if not side:
        values = value.replace("!important", "").split()
        if not values or len(values) > 4:
            return []
        top = values[0]
        right = values[1] if len(values) > 1 else top
        bottom = values[2] if len(values) > 2 else top
        left = values[3] if len(values) > 3 else right
        return list(zip(_SIDES, (top, right, bottom, left), strict=True))
    side = {"inline-start": "left", "inline-end": "right", "block-start": "top", "block-end": "bottom"}.get(
        side, side
    )
    if side == "inline" or side == "block":
        values = value.split()
        if not values:
            return []
        pair = ("left", "right") if side == "inline" else ("top", "bottom")
        return [(pair[0], values[0]), (pair[1], values[-1])]
    return [(side, value)] if side in _SIDES else []


_MARGIN_ATTR_ORDER = ("leftmargin", "rightmargin", "marginwidth", "cellpadding", "hspace")
_MARGIN_ATTRS = frozenset(_MARGIN_ATTR_ORDER)


# Cached: mail HTML repeats the same few margin declarations on every element.
@lru_cache(maxsize=4096)
def _box_excess(prop: str, value: str, reference: float, limit: float) -> tuple[str, str] | None:
    """The first side of a margin/padding declaration wider than `limit` px, and its value as written."""
    for side, raw in _box_sides(prop, value):
        px = css_length_px(raw, reference)
        if px is not None and px > limit + 0.01:
            return side, raw
    return None


def _wide_boxes(
    decls: tuple[Declaration, ...], reference: float, limit: float
) -> list[tuple[Declaration, str, str]]:
    """The margin/padding declarations wider than `limit` px, with the first such side and its value."""
    out: list[tuple[Declaration, str, str]] = []
    for decl in decls:
        if not decl.prop.startswith(("margin", "padding")):
            continue
        excess = (
            _box_excess(decl.prop, decl.value, reference, limit)
            if len(decl.value) <= 256  # long (hostile) values are not kept in the cache
            else _box_excess.__wrapped__(decl.prop, decl.value, reference, limit)
        )
        if excess is not None:
            out.append((decl, *excess))
    return out


@lru_cache(maxsize=1024)
def _length_px(value: str, reference: float) -> float | None:
    return css_length_px(value, reference)


# Containers a message column is built from. Images, links and buttons centred with margin: auto are
# not columns (an image's place is judged by style.image-width).
_COLUMN_TAGS = frozenset({"div", "table", "section", "article", "main", "center", "blockquote", "p", "form"})
# A column holds the message: at least a sentence of text (a centred button or a label is not a column).
_COLUMN_MIN_CHARS = 80


def _auto_sides(decls: tuple[Declaration, ...]) -> tuple[bool, bool]:
    """Whether the winning left and right margins are `auto` (CSS order: the last declaration wins)."""
    left = right = False
    for decl in decls:
        if decl.prop not in ("margin", "margin-left", "margin-right", "margin-inline"):
            continue
        for side, raw in _box_sides(decl.prop, decl.value.replace("!important", "")):
            if side == "left":
                left = raw.strip().lower() == "auto"
            elif side == "right":
                right = raw.strip().lower() == "auto"
    return left, right


def _text_chars(el: Element) -> int:
    span = el.text_span()
    if span is None:
        return 0
    strings, start, end = span
    return sum(len(strings[i].strip()) for i in range(start, min(end, start + 64)))


def _centred_column_margin(
    el: Element, reference: float, auto_of: dict[int, tuple[bool, bool]] | None = None
) -> tuple[float, str, str] | None:
    """The margin on each side of a column centred with `margin: 0 auto` (px at the reference width) and
    the width that makes it, when the column is narrower than the message: `width: 50%; margin: 0 auto`
    leaves 25 % on either side, a margin the declarations never write as a number. `<table align="center"
    width="50%">` is the same column written in HTML attributes."""
    if el.tag not in _COLUMN_TAGS:
        return None
    # <table align="center"> is the HTML way of writing margin: auto for a table
    centring = "margin: auto"
    if el.tag == "table" and el.attrs.get("align", "").strip().lower() == "center":
        centring = 'align="center"'
    elif not el.declarations:
        return None
    else:
        decls = el.declarations
        sides = auto_of.get(id(decls)) if auto_of is not None else None
        if sides is None:
            sides = _auto_sides(decls)
            if auto_of is not None:
                auto_of[id(decls)] = sides
        if sides != (True, True):
            return None
    width_decl = el.style("width")
    raw = width_decl.value if width_decl is not None else el.attrs.get("width")
    width = css_length_px(raw.replace("!important", "").strip(), reference) if raw else None
    shown = raw
    max_decl = el.style("max-width")
    if max_decl is not None:
        cap = css_length_px(max_decl.value.replace("!important", "").strip(), reference)
        if cap is not None and (width is None or cap < width):
            width, shown = cap, f"max-width {max_decl.value}"
    if width is None or width <= 0 or width >= reference:
        return None
    if _text_chars(el) < _COLUMN_MIN_CHARS:
        return None
    return (reference - width) / 2, f"width {shown}", centring


@rule(
    "style.margin",
    guideline="Message margins over 20% maximum width",
    default=Action.REJECT,
    summary="a margin or padding above 20% (percent, or px against a 600 px reference width)",
    section="E",
)
def margin(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Reads every margin and padding (CSS, per side, shorthands expanded; `<body leftmargin>` and
    `cellpadding`) and fires when one is above 20 % of the width: percentages directly, lengths in
    px against a 600 px reference (above 120 px; 1pt = 4/3 px, 1em = 16 px). A text column centred
    with `margin: 0 auto` has the margin its width leaves: `width: 50%` leaves 25 % on each side.

    ## Why is this bad?
    Wide margins squeeze the message into a narrow column in Amazon's message view.

    ## Example
    `<div style="margin: 0 25%;">`

    ## Fix
    Remove the margin, or keep it at 20 % (120 px) or less.
    """
    reference = float(ctx.settings.reference_width_px)
    limit = reference * ctx.settings.max_margin_share
    for doc in _docs(ctx):
        # Elements with the same CSS share one declarations tuple: judged once per tuple.
        wide_of: dict[int, list[tuple[Declaration, str, str]]] = {}
        auto_of: dict[int, tuple[bool, bool]] = {}
        for el in _visible_elements(doc):
            decls = el.declarations
            wide = wide_of.get(id(decls)) if decls else ()
            if wide is None:
                wide = wide_of[id(decls)] = _wide_boxes(decls, reference, limit)
            for decl, side, raw in wide:
                yield Hit(
                    f"Reduce the {decl.prop.split('-')[0]} on the {side} to at most "
                    f"{ctx.settings.max_margin_share:.0%} of the message width ({limit:.0f} px); it is {raw}.",
                    _where(el, f"{decl.prop}: {decl.value}"),
                    "html",
                )
            centred = (
                _centred_column_margin(el, reference, auto_of) if el.declarations or el.tag == "table" else None
            )
            if centred is not None and centred[0] > limit + 0.01:
                yield Hit(
                    f"Widen the centred column ({centred[1]}) or remove {centred[2]}: it leaves "
                    f"{centred[0]:.0f} px on each side, more than {ctx.settings.max_margin_share:.0%} of the "
                    f"message width ({limit:.0f} px).",
                    _where(el, f"{centred[1]}, {centred[2]}"),
                    "html",
                )
            if _MARGIN_ATTRS.isdisjoint(el.attrs):
                continue
            for attr in _MARGIN_ATTR_ORDER:
                raw = el.attrs.get(attr)
                px = (_length_px(raw, reference) if len(raw) <= 256 else css_length_px(raw, reference)) if raw else None
                if px is not None and px > limit + 0.01:
                    yield Hit(
                        f"Reduce {attr} to at most {limit:.0f} px; it is {raw}.",
                        _where(el, f'{attr}="{raw}"'),
                        "html",
                    )


# ---------------------------------------------------------------------------------------------
# style.font-override

# -webkit-text-fill-color paints the glyphs in WebKit mail clients (Apple Mail, iOS): a text colour too
_OVERRIDE_PROPS = frozenset({"font-family", "color", "line-height", "font", "-webkit-text-fill-color"})
_NEUTRAL = frozenset({"inherit", "initial", "unset", "revert", "currentcolor", "normal", ""})


@rule(
    "style.font-override",
    guideline="Overrides of Amazon's default line height, font family, or font color",
    default=Action.REJECT,
    summary="CSS line-height, font-family, color, font shorthand, <font face/color>, in style attributes or <style>",
    section="E",
)
def font_override(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Finds CSS that sets the text's `font-family`, `color`, `line-height` or the `font` shorthand
    (in `style` attributes or a `<style>` sheet), `<font face>`/`<font color>`, and
    `<body text/link/vlink/alink>`. Background and border colours are not text colours and pass.
    Mail programs that set a font family on every paragraph do break the rule.

    ## Why is this bad?
    Amazon shows messages in its own font, size and colour; overrides make them look unlike
    other buyer messages and can hurt readability.

    ## Example
    `<body style="font-family: Arial; color: #333333; line-height: 1.6;">`

    ## Fix
    Remove the font, colour and line-height settings (in a helpdesk tool, use its plain template).
    """
    for doc in _docs(ctx):
        seen: set[tuple[str, str]] = set()
        for el in _visible_elements(doc):
            for decl in el.declarations:
                if decl.prop not in _OVERRIDE_PROPS or decl.value.strip().lower() in _NEUTRAL:
                    continue
                key = (decl.prop, decl.value)
                if key in seen:
                    continue
                seen.add(key)
                yield Hit(
                    f"Remove the {decl.prop} setting ({decl.value}); messages must use Amazon's default font, "
                    "colour and line height.",
                    _where(el, f"{decl.prop}: {decl.value}"),
                    "html",
                )
            names = (
                ("face", "color")
                if el.tag == "font"
                else ("text", "link", "vlink", "alink")
                if el.tag == "body"
                else ()
            )
            for attr in names:
                value = el.attrs.get(attr)
                if value and (attr, value) not in seen:
                    seen.add((attr, value))
                    yield Hit(
                        f'Remove <{el.tag} {attr}="{value}">; messages must use Amazon\'s default font and colour.',
                        f'<{el.tag} {attr}="{value}">',
                        "html",
                    )


# ---------------------------------------------------------------------------------------------
# style.font-sizes


def _size_key(font_size: str | None, heading: int | None, size_px: float | None) -> str:
    if size_px is not None:
        return f"{round(size_px * 2) / 2:g}px"
    if font_size is not None:
        return font_size.strip().lower()  # a size we cannot compute still differs from the others
    if heading is not None:
        return f"h{heading}"
    return "16px"  # the default size


@rule(
    "style.font-sizes",
    guideline="Fonts in more than three sizes",
    default=Action.REJECT,
    summary="more than three distinct font sizes, headings counted by level",
    section="E",
)
def font_sizes(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Counts the distinct sizes visible text is shown in: each explicit size (12pt and 16px are
    one size; em and % resolve against the parent), each heading level without its own size, and
    the default size when some text has none. More than three fires.

    ## Why is this bad?
    Many font sizes make a message look like an advertisement and are not allowed.

    ## Example
    A title at 26px, a subtitle at 20px, body text at 15px, a call to action at 18px and a
    footer at 11px: five sizes.

    ## Fix
    Use at most three sizes; best, leave the default size and at most one heading.
    """
    for doc in _docs(ctx):
        sizes: dict[str, str] = {}
        for run in doc.runs:
            sizes.setdefault(_size_key(run.font_size, run.heading, run.size_px), run.text[:20])
        if len(sizes) > 3:
            yield Hit(
                f"Use at most three font sizes; the message uses {len(sizes)} ({', '.join(sizes)}).",
                ", ".join(f"{k}: {v}" for k, v in sizes.items()),
                "html",
            )


# ---------------------------------------------------------------------------------------------
# style.alignment

_ALIGN_OK = frozenset(
    {"left", "start", "inherit", "initial", "unset", "revert", "-webkit-left", "-moz-left", ""}
)
# On <img>, these align values place the image vertically in the line, not the text.
_IMG_VERTICAL = frozenset({"top", "middle", "bottom", "baseline", "absmiddle", "absbottom", "texttop"})


@rule(
    "style.alignment",
    guideline="Message bodies that are centered or that otherwise override default text alignment settings",
    default=Action.REJECT,
    summary="text-align other than left/start, align= attributes, <center>",
    section="E",
)
def alignment(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Finds alignment overrides: CSS `text-align` with `center`, `right`, `justify` or `end`;
    `align="center|right|justify"` attributes; the `<center>` element. `left` and `start` are the
    default and pass.

    ## Why is this bad?
    Amazon shows messages left-aligned; centered or justified bodies are not allowed.

    ## Example
    `<div style="text-align: center;">`

    ## Fix
    Remove the alignment so the text is left-aligned.
    """
    for doc in _docs(ctx):
        for el in _visible_elements(doc):
            if el.tag == "center":
                yield Hit(
                    "Remove the <center> element; the message must be left-aligned.", "<center>", "html"
                )
                continue
            decl = el.style("text-align") if el.declarations else None
            if decl is not None and decl.value.strip().lower() not in _ALIGN_OK:
                yield Hit(
                    f"Remove text-align: {decl.value}; the message must be left-aligned.",
                    _where(el, f"text-align: {decl.value}"),
                    "html",
                )
            align = el.attrs.get("align")
            if not align:  # most elements: no strip and lower of nothing
                continue
            align = align.strip().lower()
            if align and align not in _ALIGN_OK and not (el.tag == "img" and align in _IMG_VERTICAL):
                yield Hit(
                    f'Remove align="{align}"; the message must be left-aligned.',
                    f'<{el.tag} align="{align}">',
                    "html",
                )


# ---------------------------------------------------------------------------------------------
# style.line-breaks

_BLANK_LINES = re.compile(r"\n[ \t\u00a0\u3000]*\n[ \t\u00a0\u3000]*\n")


@rule(
    "style.line-breaks",
    guideline="More than two line-breaks (spacing between paragraphs) in a row",
    default=Action.REJECT,
    summary="3+ consecutive <br>/empty blocks in HTML, or 3+ newlines in a row in plain text",
    section="E",
)
def line_breaks(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Finds more than two line breaks in a row: three or more consecutive `<br>`s or empty blocks
    (`<p>&nbsp;</p>`, `<div><br></div>`, `<o:p>&nbsp;</o:p>`) in HTML, or three or more newlines in
    a row (two empty lines) in plain text. A message with an HTML leg is judged by it: the plain-text
    alternative beside it is what the mail client made of the HTML for readers that cannot show it (Outlook
    writes each empty paragraph as a line of a no-break space, so two empty paragraphs that pass in the
    HTML become two blank lines there). RULES.md names both counts without saying which leg of an
    alternative counts; this is Permitted's reading: the buyer reads the HTML.

    ## Why is this bad?
    Amazon allows at most one empty line between paragraphs.

    ## Example
    A signature preceded by three empty lines.

    ## Fix
    Leave a single empty line between paragraphs.
    """
    has_html = any(p.html is not None for p in ctx.message.parts)
    for part in ctx.message.parts:
        if part.html is not None:
            if part.html.max_break_run >= 3:
                yield Hit(
                    f"Remove the extra empty lines: there are {part.html.max_break_run} line breaks in a row; "
                    "leave one empty line between paragraphs.",
                    part.html.break_evidence,
                    "html",
                )
            continue
        if has_html:
            continue  # the client-made text leg of an HTML message (see above)
        m = _BLANK_LINES.search(part.text)
        if m is not None:
            before = part.text[: m.start()].rstrip().rsplit("\n", 1)[-1][-50:]
            after = part.text[m.end() :].lstrip().split("\n", 1)[0][:50]
            count = part.text[m.start() :].lstrip(" \t\n\u00a0\u3000")
            run = part.text[m.start() : len(part.text) - len(count)].count("\n")
            yield Hit(
                f"Remove the extra empty lines: there are {run} line breaks in a row; leave one empty line "
                "between paragraphs.",
                f"{before} ⏎×{run} {after}",
                "text",
            )
