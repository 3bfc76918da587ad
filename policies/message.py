"""The message model: raw bytes parsed once into typed facts that every rule reads.

Nothing here raises on bad input: defects are recorded and the message is judged on what could be
read. Structure limits stop a MIME bomb before it is expanded.
"""

from __future__ import annotations

import binascii
import email
import email.parser
import email.policy
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.header import decode_header, make_header
from email.message import EmailMessage
from email.message import Message as StdMessage
from email.policy import Policy
from email.utils import getaddresses
from functools import cache, cached_property, lru_cache
from types import ModuleType

import filetype

from policies.html import Element, HtmlDoc, _has_zero_width, _squash, parse_html
from policies.mime_reader import parse_bytes

# The order ID as the buyer reads it: typed with a hyphen or the dashes that word processors and
# Japanese input put in its place (non-breaking hyphen, en and em dash, minus, full-width "－", the long
# vowel mark "ー" often typed for it), in ASCII or full-width digits ("１１４－３９４１６８９－…");
# `canonical_order_id` turns it into Amazon's own form.
_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc\uff0d"
ORDER_ID = re.compile(rf"(?<![\d{_DASHES}])(\d{{3}}([{_DASHES}])\d{{7}}\2\d{{7}})(?![\d{_DASHES}])")
# Where an order ID can start: 3 characters before each dash that 7 digits and a dash follow. A pattern
# that starts with a character set is searched for in C; ORDER_ID, which starts with a look-behind, is
# tried at every character (40x slower on a long text).
_ORDER_ID_DASH = re.compile(rf"[{_DASHES}](?=\d{{7}}[{_DASHES}])")
_ORDER_ID_HYPHEN = re.compile(r"-(?=\d{7}-)")  # the same for an ASCII text (str.isascii is O(1)): 6x faster
_CANONICAL = {ord(c): "-" for c in _DASHES[2:]}
# Invisible format characters that HTML mail puts inside long numbers (soft hyphen, zero-width space /
# non-joiner / joiner, word joiner, BOM; `&zwnj;` is the usual guard against mail apps' auto-linking):
# the buyer still reads one order ID, so `Message.order_ids` reads the text without them.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)


def canonical_order_id(written: str) -> str:
    """Amazon's form (ASCII digits and hyphens) of an order ID ORDER_ID matched as written."""
    if written.isascii():
        return written
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in written.translate(_CANONICAL))


_ATTRIBUTION = re.compile(
    r"^\s*(On .{4,200} wrote:|Am .{4,200} schrieb .{0,120}:|Le .{4,200} a écrit\s*:|El .{4,200} escribió\s*:|"
    r"Il giorno .{4,200} ha scritto\s*:|-{2,}\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|"
    r"Mensaje original|Messaggio originale)\s*-{2,}|.{0,80}のメッセージ:?|.{4,200}(さん|様)は書きました\s*:?|"
    r"(?:Sent|Gesendet|Envoyé|Enviado(?: el)?|Inviato|送信日時)\s*:\s*.{0,80}\d{1,2}:\d{2}.{0,20})\s*$",  # Outlook's header block
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Limits:
    """Structure limits: a message past any of them is refused as malformed, never expanded."""

    max_depth: int = 20
    max_parts: int = 500
    max_decoded_bytes: int = 50 * 1024 * 1024


@dataclass(frozen=True)
class Envelope:
    mail_from: str
    rcpt_to: tuple[str, ...]


@dataclass
class TextPart:
    kind: str  # "text" or "html"
    text: str  # what a reader sees
    html: HtmlDoc | None = None
    charset: str = ""


@dataclass
class Image:
    """An image the buyer sees: an HTML <img>, with the bytes of its inline part when it has one."""

    src: str
    alt: str | None
    title: str = ""
    width: str | None = None
    height: str | None = None
    hidden: bool = False
    link_href: str | None = None
    filename: str = ""
    content_type: str = ""
    data: bytes | None = None
    element: Element | None = None
    location: str = "html"

    @cached_property
    def pixels(self) -> ImageInfo | None:
        return image_info(self.data) if self.data else None


@dataclass
class Attachment:
    filename: str
    declared_type: str
    sniffed_type: str  # MIME type from the bytes ("" when unknown)
    size: int
    data: bytes
    inline: bool = False
    content_id: str = ""

    @property
    def location(self) -> str:
        return f"attachment:{self.filename or 'unnamed'}"

    @cached_property
    def pixels(self) -> ImageInfo | None:
        return image_info(self.data) if self.sniffed_type.startswith("image/") else None


@dataclass(frozen=True)
class ImageInfo:
    width: int
    height: int
    frames: int
    format: str


@cache
def _pil_image() -> ModuleType:
    from PIL import Image as PILImage

    # PIL refuses to open an image whose header claims more than ~179M pixels (and warns above ~89M):
    # a guard against decoding it. Nothing here decodes pixels, only the header, and the size it claims
    # is what style.image-width must judge: a 60000 px wide "bomb" is the widest image of all.
    PILImage.MAX_IMAGE_PIXELS = None
    return PILImage


def image_info(data: bytes) -> ImageInfo | None:
    """Intrinsic size and frame count, read from the header; never decodes the full pixel data."""
    from io import BytesIO

    PILImage = _pil_image()
    try:
        with PILImage.open(BytesIO(data)) as img:
            frames = getattr(img, "n_frames", 1)
            return ImageInfo(img.width, img.height, int(frames), img.format or "")
    except Exception:
        return None


@dataclass
class Link:
    href: str
    text: str
    location: str  # "html" or "text"
    has_image: bool = False
    element: Element | None = None  # the <a> element; None for a URL written as text

    @property
    def is_anchor(self) -> bool:
        """An HTML <a href>, as opposed to a URL written in text."""
        return self.element is not None


@dataclass
class Message:
    envelope: Envelope
    headers: list[tuple[str, str]]
    subject: str
    from_addr: str
    to_addrs: list[str]
    message_id: str
    is_reply: bool
    parts: list[TextPart]
    images: list[Image]
    attachments: list[Attachment]
    links: list[Link]
    defects: list[str] = field(default_factory=list)
    limit_exceeded: str | None = None
    size: int = 0

    def header(self, name: str) -> str | None:
        lname = name.lower()
        for key, value in self.headers:
            if key.lower() == lname:
                return value
        return None

    @property
    def html_parts(self) -> list[TextPart]:
        return [p for p in self.parts if p.kind == "html"]

    @property
    def text_parts(self) -> list[TextPart]:
        return [p for p in self.parts if p.kind == "text"]

    @cached_property
    def body(self) -> str:
        """The body as a buyer reads it: the plain-text parts, else the HTML's visible text."""
        plain = [p.text for p in self.text_parts if p.text.strip()]
        if plain:
            return "\n\n".join(plain)
        return "\n\n".join(p.text for p in self.html_parts)

    @cached_property
    def own_segments(self) -> list[tuple[str, str]]:
        """What the seller wrote, in reading order, as (part kind, text) pieces: the plain text without
        the quoted reply, and the lines that only an HTML alternative of it holds, each placed after the
        plain line it follows in the HTML. A mail program shows the HTML alternative when there is one,
        so a promotion written only there reaches the buyer all the same; lines both alternatives hold
        are read once."""
        plain = [p.text for p in self.text_parts if p.text.strip()]
        if not plain:
            return [("html", strip_quoted(self.body))]
        own = strip_quoted(self.body)
        html = [p.text for p in self.html_parts if p.text.strip()]
        if not html:
            return [("text", own)]
        return _with_html_only_lines(own, self.body, strip_quoted("\n\n".join(html)))

    @cached_property
    def unseen_texts(self) -> list[str]:
        """HTML text a buyer may read that the body's visible text does not hold: image alt and title
        texts (shown where images are blocked, read aloud by screen readers), the title of any shown
        element (a tooltip: of a link, a <span>, an <abbr> alike) and hidden elements' text (a preheader
        in the inbox list, a variant a mobile stylesheet shows). Each once, and none whose words the body
        or the subject already holds."""
        if not self.html_parts:
            return []
        texts: list[str] = []
        for part in self.html_parts:
            if part.html is not None:
                texts += part.html.hidden_texts
                texts += [el.attrs["title"] for el in part.html.elements if not el.hidden and "title" in el.attrs]
        for image in self.images:
            if not image.hidden:
                texts += (image.alt or "", image.title)
        for link in self.links:
            if link.element is not None:
                texts.append(link.element.attrs.get("title", ""))
        texts = [t for t in texts if t and not t.isspace()]
        if not texts:
            return []
        seen = f"{_words_key(self.subject)} {_words_key(self.body)}"
        out: list[str] = []
        for text in texts:
            key = _words_key(text)
            if key and key not in seen:
                seen += " " + key
                out.append(" ".join(text.split()))
        return out

    @cached_property
    def own_text(self) -> str:
        """The body without the quoted message a reply carries: what the seller wrote (`own_segments`)."""
        segments = self.own_segments
        return segments[0][1] if len(segments) == 1 else "\n\n".join(text for _, text in segments)

    @cached_property
    def order_ids(self) -> list[str]:
        seen: dict[str, None] = {}
        for text in [self.subject, *(p.text for p in self.parts)]:
            if not text.isascii():
                text = text.translate(_INVISIBLE)
            for m in find_order_ids(text):
                seen.setdefault(canonical_order_id(m.group(1)), None)
        for p in self.parts:
            if p.html is not None:
                for order_id in _zero_width_order_ids(p.html, p.text):
                    seen.setdefault(order_id, None)
        return list(seen)

    @cached_property
    def languages(self) -> list[tuple[str, float]]:
        """Languages of what the seller wrote, with the share of text in each, largest first."""
        from policies.language import detect_languages

        return detect_languages(self.subject, self.own_text)

    def texts(self) -> Iterator[tuple[str, str]]:
        """(location, text) for the subject and every readable part."""
        yield "subject", self.subject
        for p in self.parts:
            yield p.kind, p.text


def _attached_message_bytes(part: StdMessage, defects: list[str]) -> bytes:
    """The bytes of a message/rfc822 part's message, as the buyer would save them (.eml)."""
    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if inner is None:
        return b""
    try:
        return inner.as_bytes()
    except Exception:
        defects.append("unreadable attached message")
        return b""


def _zero_width_order_ids(doc: HtmlDoc, shown: str) -> list[str]:
    """Order IDs that an HTML document writes with zero-width characters inside one text node
    (`302&zwnj;-1234567&zwnj;-7654321`): its visible text reads them as spaces, the buyer sees one ID.
    Only a text node that is shown counts (its text, squashed, is in the visible text `shown`)."""
    span = next((el.text_span() for el in doc.elements if el.text_span() is not None), None)
    if span is None:
        return []
    out: list[str] = []
    for string in span[0]:
        if not string.isascii() and _has_zero_width(string):
            found = find_order_ids(string.translate(_INVISIBLE))
            if found and _squash(string) in shown:
                out += [canonical_order_id(m.group(1)) for m in found]
    return out


def find_order_ids(text: str) -> list[re.Match[str]]:
    """The matches of ORDER_ID in `text`, in order (what ORDER_ID.finditer gives, found faster).

    Every match starts 3 characters before a dash found by _ORDER_ID_DASH (overlapping ones included),
    and ORDER_ID's look-behind sees the text before the position it is tried at."""
    found: list[re.Match[str]] = []
    for dash in (_ORDER_ID_HYPHEN if text.isascii() else _ORDER_ID_DASH).finditer(text):
        start = dash.start() - 3
        if start >= 0 and (not found or start >= found[-1].end()):
            m = ORDER_ID.match(text, start)
            if m is not None:
                found.append(m)
    return found


def sub_order_ids(replacement: Callable[[re.Match[str]], str], text: str) -> str:
    """ORDER_ID.sub(replacement, text), from find_order_ids' matches."""
    found = find_order_ids(text)
    if not found:
        return text
    parts: list[str] = []
    last = 0
    for m in found:
        parts += (text[last : m.start()], replacement(m))
        last = m.end()
    parts.append(text[last:])
    return "".join(parts)


# Every attribution line above has one of these words (compared casefolded, which every case variant
# the IGNORECASE patterns accept folds to; the dotted and dotless i first): a text without any has no
# attribution line, and is not read line by line. Substring tests: a regular expression of these
# alternatives, IGNORECASE, is tried at every character (100x slower).
_ATTRIBUTION_HINTS = ("wrote", "schrieb", "écrit", "escribió", "scritto", "--", "のメッセージ", "書きました", "sent", "gesendet", "envoyé", "enviado", "inviato", "送信日時")
# An ASCII text holds none of the others (each `in` reads the whole text: 16 KB in some tens of µs).
_ASCII_HINTS = tuple(hint for hint in _ATTRIBUTION_HINTS if hint.isascii())
_DOTTED_I = str.maketrans({"ı": "i", "İ": "i"})


def may_quote(text: str) -> bool:
    """False when no line of `text` can be an attribution line ("On ... wrote:")."""
    if text.isascii():
        folded = text.lower()
        return any(hint in folded for hint in _ASCII_HINTS)
    folded = (text.translate(_DOTTED_I) if "ı" in text or "İ" in text else text).casefold()
    return any(hint in folded for hint in _ATTRIBUTION_HINTS)


_NOT_WORD = re.compile(r"[\W_]+")
_WRITTEN_URL = re.compile(r"(?:https?://|s?ftps?://|www\.|mailto:)\S+", re.IGNORECASE)


def _words_key(text: str) -> str:
    """The words of a text, casefolded, one space apart, written URLs left out: the same sentence reads
    the same in a plain alternative that is wrapped, marked up ("*bold*", "> " quotes) or writes a
    link's URL beside its text ("font samples <https://…>")."""
    if "://" in text or "www." in text or "mailto:" in text:
        text = _WRITTEN_URL.sub(" ", text)
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def _with_html_only_lines(own: str, plain: str, html_own: str) -> list[tuple[str, str]]:
    """`own` (the plain text's own part) as one or more "text" segments, with the lines of `html_own`
    that no part of `plain` (quotes included) holds inserted as "html" segments where they fall."""
    own_lines = own.split("\n")
    known_lines = {_words_key(line) for line in plain.split("\n")}
    whole: str | None = None  # the whole plain text's key, made only if a line is not one of its lines
    own_keys = [_words_key(line) for line in own_lines]
    own_whole = " ".join(k for k in own_keys if k)
    # where each own line's words end in own_whole: a found HTML line is anchored to the line it ends in
    ends: list[int] = []
    at = -1
    for k in own_keys:
        if k:
            at += len(k) + 1
        ends.append(at)
    extra: dict[int, list[str]] = {}  # own line index (-1: before the first) -> HTML-only lines after it
    anchor = -1
    for line in html_own.split("\n"):
        key = _words_key(line)
        if not key:
            continue
        if key in known_lines:
            found = own_whole.find(key)
        else:
            if whole is None:
                whole = _words_key(plain)
            if key not in whole:
                extra.setdefault(anchor, []).append(line.strip())
                continue
            found = own_whole.find(key)
        if found >= 0:
            end = found + len(key) - 1
            anchor = bisect_left(ends, end)
    if not extra:
        return [("text", own)]
    segments: list[tuple[str, str]] = []
    start = 0
    for index in sorted(extra):
        if index >= 0:
            segments.append(("text", "\n".join(own_lines[start : index + 1])))
            start = index + 1
        segments.append(("html", "\n".join(extra[index])))
    segments.append(("text", "\n".join(own_lines[start:])))
    return [(kind, text) for kind, text in segments if text.strip()]


@lru_cache(maxsize=64)
def strip_quoted(text: str) -> str:
    """The text without the quoted reply: lines starting with ">" and everything from an attribution
    line ("On ... wrote:") on. Memoised: several rules ask for the same part's own text."""
    lines = text.splitlines()
    if ">" not in text and not may_quote(text):
        return "\n".join(lines)
    out: list[str] = []
    for line in lines:
        if _ATTRIBUTION.match(line):
            break
        if line.lstrip().startswith(">"):
            continue
        out.append(line)
    return "\n".join(out)


def _decode_header(value: object) -> str:
    text = str(value)
    # Header values never carry line breaks into the model: they end up in replies and reports.
    return " ".join(text.replace("\r", " ").replace("\n", " ").split())


_SURROGATE = re.compile("[\udc80-\udcff]")


def _decode_words(value: str) -> str:
    """A raw header value with its RFC 2047 encoded words decoded; unknown charsets leniently."""
    value = str(value)
    if not value.isascii() and _SURROGATE.search(value):
        # Raw 8-bit header bytes arrive as surrogates: read them as UTF-8, as mail clients do.
        value = value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    if "=?" not in value:
        return value
    try:
        pieces = decode_header(value)
    except Exception:
        return value
    # An "ISO-8859-1" word with C1 bytes is windows-1252 (€, “ ”), as in a body part.
    pieces = [(t, _codecs_for(c.lower(), t)[0]) if isinstance(t, bytes) and c else (t, c) for t, c in pieces]
    try:
        return str(make_header(pieces))  # RFC 2047 spacing between encoded and plain words
    except Exception:  # an unknown charset or a superset's characters: decode piece by piece, leniently
        out: list[str] = []
        for text, charset in pieces:
            if isinstance(text, bytes):
                read = decode_labelled(text, (charset or "").lower())
                if read is not None:
                    out.append(read[0])
                    continue
                try:
                    out.append(text.decode(charset or "utf-8", "replace"))
                except LookupError:
                    out.append(text.decode("utf-8", "replace"))
            else:
                out.append(text)
        return " ".join(out)


# Labels mail programs put on text written in a superset (the WHATWG Encoding Standard reads them so, and
# so do the buyer's mail clients): Japanese Windows mailers label CP932 text (①, ～, ㈱) "Shift_JIS", and
# Western ones label windows-1252 text (€, “ ”) "ISO-8859-1". The superset is tried when the label fails.
_SUPERSETS = {
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932", "ms_kanji": "cp932",
    "csshiftjis": "cp932", "gb2312": "gbk", "euc-kr": "cp949", "ks_c_5601-1987": "cp949",
}  # fmt: skip
_LATIN1 = frozenset({"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819"})
# ISO-8859-1 never fails to decode: its C1 control bytes (never text) are windows-1252 characters instead.
_C1_BYTE = re.compile(rb"[\x80-\x9f]")
_ISO2022JP = frozenset({"iso-2022-jp", "csiso2022jp"})
_JIS_ESCAPES = {b"(B": "ascii", b"(J": "ascii", b"$@": "jis", b"$B": "jis", b"(I": "kana"}


def iso2022jp_text(raw: bytes) -> str | None:
    """ISO-2022-JP read as Windows and the WHATWG decoder read it: JIS X 0208 with the CP932 extensions
    (NEC row 13: ①, ㈱, №), which Python's iso2022_jp codec refuses; each two-byte JIS code is moved to
    its Shift_JIS code and the whole decoded as CP932. None when it is no such text."""
    out = bytearray()
    mode = "ascii"
    i, n = 0, len(raw)
    while i < n:
        b = raw[i]
        if b == 0x1B:
            mode_for = _JIS_ESCAPES.get(raw[i + 1 : i + 3])
            if mode_for is None:
                return None
            mode = mode_for
            i += 3
        elif b in (0x0A, 0x0D) or mode == "ascii":
            if b >= 0x80:
                return None
            out.append(b)
            mode = "ascii" if b in (0x0A, 0x0D) else mode
            i += 1
        elif mode == "kana":
            if not 0x21 <= b <= 0x5F:
                return None
            out.append(b + 0x80)
            i += 1
        else:
            j2 = raw[i + 1] if i + 1 < n else 0
            if not (0x21 <= b <= 0x7E and 0x21 <= j2 <= 0x7E):
                return None
            s1 = ((b - 0x21) >> 1) + 0x81
            s1 += 0x40 if s1 > 0x9F else 0
            s2 = (j2 + 0x1F + (j2 >= 0x60)) if b & 1 else j2 + 0x7E
            out += bytes((s1, s2))
            i += 2
    try:
        return out.decode("cp932")
    except UnicodeDecodeError:
        return None


def _codecs_for(label: str, raw: bytes) -> list[str]:
    """The codecs that read `raw`, labelled `label`, as the buyer's mail client does, in the order to try."""
    if label in _LATIN1 and _C1_BYTE.search(raw):
        return ["windows-1252", label]  # 0x81, 0x8D... are undefined in windows-1252: then the label
    if label in _SUPERSETS:
        return [label, _SUPERSETS[label]]
    return [label]


def decode_labelled(raw: bytes, label: str) -> tuple[str, str] | None:
    """(`raw` decoded, the codec that read it) as its charset label is read by mail clients (see
    `_SUPERSETS`, `_C1_BYTE`, `iso2022jp_text`), for a body part and an RFC 2047 word alike; None when
    the label is unknown or the bytes are no text in it."""
    for codec in _codecs_for(label, raw):
        try:
            return raw.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            continue
    if label in _ISO2022JP:
        jis = iso2022jp_text(raw)
        if jis is not None:
            return jis, label
    return None


def _payload_text(part: StdMessage, defects: list[str]) -> tuple[str, str]:
    raw = part.get_payload(decode=True)
    if not isinstance(raw, bytes):
        raw = str(part.get_payload()).encode("utf-8", "replace")
    charset = (part.get_content_charset() or "").lower()
    read = decode_labelled(raw, charset) if charset else None
    if read is None:
        if charset:
            defects.append(f"text could not be decoded as the declared charset {charset!r}")
        read = _undeclared_text(raw)
    text, codec = read
    if "\r" in text:  # (a memchr: the two-character search of the replace reads ~4 instructions a character)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, codec


def _undeclared_text(raw: bytes) -> tuple[str, str]:
    """Text with no usable charset label: UTF-8 if it is that, else windows-1252 (what most of the rest is)."""
    for codec in ("utf-8", "windows-1252"):
        try:
            return raw.decode(codec), codec
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace"), "utf-8"


def sniff_type(data: bytes) -> str:
    kind = filetype.guess(data[:8192]) if data else None
    if kind is not None:
        return str(kind.mime)
    head = data[:4096]
    if head.startswith(b"MZ"):
        return "application/x-msdownload"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "application/x-ole-storage"
    if head.startswith(b"#!"):
        return "text/x-script"
    if b"\x00" not in head:
        try:
            head.decode("utf-8")
            return "text/plain"
        except UnicodeDecodeError:
            if all(b >= 0x20 or b in (9, 10, 13) for b in head[:512]):
                return "text/plain"
    return ""


# Header values the compat32 policy reads exactly as the default policy does: ASCII, unfolded, no
# comments, RFC 2047 encoded words, RFC 2231 continuations, quoted pairs or white space the structured
# parser would normalise. The default policy builds a structured header object at every look-up (most
# of parse_message's time on a plain message), so a message whose MIME headers are all plain is read
# with compat32, and any other with the default policy, as before. tests/policies/test_message_model.py
# compares both readings.
_TOKEN = r"[A-Za-z0-9!#$%&+.^_`|~-]+"  # no ' (the default policy reads RFC 2231 quoting into it)
_PARAMS = rf'(?:[ \t]*;[ \t]*{_TOKEN}=(?:{_TOKEN}|"[!#-\[\]-~]*"))*[ \t]*;?[ \t]*'
_PLAIN_VALUES: dict[str, re.Pattern[str]] = {
    "content-type": re.compile(rf"{_TOKEN}/{_TOKEN}{_PARAMS}"),
    "content-disposition": re.compile(rf"{_TOKEN}{_PARAMS}"),
    "content-transfer-encoding": re.compile(rf"{_TOKEN}[ \t]*"),
    "content-id": re.compile(r"[!-~]*[ \t]*"),
}


def _plain_mime_headers(msg: StdMessage) -> bool:
    """Every MIME header of every part is plain (see `_PLAIN_VALUES`)."""
    stack = [msg]
    while stack:
        part = stack.pop()
        for key, value in part._headers:  # raw (name, value) pairs, as parsed
            pattern = _PLAIN_VALUES.get(key.lower())
            if pattern is not None and (
                not isinstance(value, str) or "=?" in value or pattern.fullmatch(value) is None
            ):
                return False
        payload = part._payload
        if isinstance(payload, list):
            stack.extend(payload)
    return True


# What a clean base64 body holds besides the alphabet: padding and line breaks.
_BASE64_CLEAN = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\r\n"


def _decoded_body(part: StdMessage) -> bytes | str | None:
    """`part.get_payload(decode=True)`, without the stdlib's two extra copies of a clean base64 body
    (it splits the lines and joins them again before decoding): binascii skips the line breaks itself.
    For a body of the alphabet alone, padded to whole quads at its end, both give the same bytes;
    anything else goes the stdlib's way (its padding and bad-character repairs)."""
    payload = part._payload
    if (
        not isinstance(payload, str)
        or len(payload) < 4096
        or str(part.get("content-transfer-encoding", "")).lower() != "base64"
        or not payload.isascii()
    ):
        return part.get_payload(decode=True)
    data = payload.encode("ascii")
    if data.translate(None, _BASE64_CLEAN):
        return part.get_payload(decode=True)
    end = len(data)
    while end and data[end - 1] in b"\r\n":
        end -= 1
    pad = data.find(b"=")
    chars = len(data) - data.count(b"\n") - data.count(b"\r")
    if chars % 4 or (pad != -1 and (pad < end - 2 or data[pad:end].strip(b"=") != b"")):
        return part.get_payload(decode=True)
    return binascii.a2b_base64(data)


def _parse_mime(raw: bytes, headers_only: bool) -> StdMessage:
    """The stdlib reading of the message, with compat32 when its MIME headers are plain (the same
    reading, cheaper), else with the default policy; large bodies skip its line parser (mime_reader)."""
    policy: Policy = email.policy.compat32
    for attempt in range(2):
        if headers_only:
            msg = email.parser.BytesHeaderParser(policy=policy).parsebytes(raw)
        else:
            msg = parse_bytes(raw, policy)
        if attempt or _plain_mime_headers(msg):
            return msg
        policy = email.policy.default
    raise AssertionError("unreachable")


def parse_message(
    raw: bytes,
    envelope: Envelope | None = None,
    limits: Limits | None = None,
    reply_headers: tuple[str, ...] = ("In-Reply-To", "References"),
) -> Message:
    """Parse raw RFC 5322 bytes (CRLF or LF) once into the model."""
    limits = limits or Limits()
    defects: list[str] = []
    # Every MIME part starts at a "--boundary" line: more such lines than the part limit allows is
    # a bomb, refused from the headers alone instead of building thousands of part objects first.
    delimiters = raw.count(b"\n--") + raw.startswith(b"--")
    early_limit = f"more than {limits.max_parts} MIME parts" if delimiters > 2 * limits.max_parts + 2 else None
    try:
        msg = _parse_mime(raw, headers_only=early_limit is not None)
    except Exception as exc:  # the stdlib parser is lenient; this is a last resort
        defects.append(f"unparseable message: {exc.__class__.__name__}")
        msg = EmailMessage()

    headers: list[tuple[str, str]] = []
    for key, raw_value in msg.raw_items():
        # Parsed one by one: the stdlib's structured header parser raises on some garbage, and
        # one bad header must not hide the others.
        # RFC 2047 words decoded without the structured header registry: cheaper, and never raises.
        headers.append((key, _decode_header(_decode_words(raw_value))))
    hmap = {k.lower(): v for k, v in reversed(headers)}

    def addresses(*names: str) -> list[str]:
        values = [v for k, v in headers if k.lower() in names]
        try:
            return [a for _, a in getaddresses(values) if a]
        except Exception:
            return []

    from_list = addresses("from")
    to_addrs = addresses("to", "cc")
    if envelope is None:
        envelope = Envelope(from_list[0] if from_list else "", tuple(to_addrs))

    parts: list[TextPart] = []
    images: list[Image] = []
    attachments: list[Attachment] = []
    by_cid: dict[str, Attachment] = {}
    limit_exceeded: str | None = early_limit
    count = 0
    decoded_total = 0

    def visit(part: StdMessage, depth: int) -> None:
        nonlocal count, decoded_total, limit_exceeded
        if limit_exceeded:
            return
        count += 1
        if depth > limits.max_depth:
            limit_exceeded = f"MIME nesting deeper than {limits.max_depth} levels"
            return
        if count > limits.max_parts:
            limit_exceeded = f"more than {limits.max_parts} MIME parts"
            return
        for d in getattr(part, "defects", []):
            defects.append(d.__class__.__name__)
        if part.is_multipart():
            if part.get_content_type() == "message/rfc822":
                # An attached (forwarded) message is a file the buyer receives, an .eml: judged as an
                # attachment, not read as the seller's body (the stdlib walks into it as a multipart).
                add_attachment(part, "message/rfc822", _attached_message_bytes(part, defects))
                return
            payload = part.get_payload()
            if isinstance(payload, list):
                for sub in payload:
                    try:
                        visit(sub, depth + 1)
                    except RecursionError:
                        raise
                    except Exception as exc:  # one unreadable part must not hide its siblings
                        defects.append(f"unreadable MIME part: {exc.__class__.__name__}")
            return
        ctype = part.get_content_type()
        if ctype.startswith("multipart/"):
            # A multipart whose boundary is missing or never appears (the stdlib records the defect): no
            # mail program can split it into its parts, so it is unreadable, not one unnamed attachment.
            return
        disposition = (part.get_content_disposition() or "").lower()
        filename = ""
        try:
            filename = _decode_header(part.get_filename() or "")
        except Exception:
            defects.append("undecodable file name")
        if ctype in ("text/plain", "text/html") and disposition != "attachment" and not filename:
            text, charset = _payload_text(part, defects)
            decoded_total += len(text)
            if decoded_total > limits.max_decoded_bytes:
                limit_exceeded = f"more than {limits.max_decoded_bytes} decoded bytes"
                return
            if ctype == "text/html":
                try:
                    doc = parse_html(text)
                except Exception as exc:
                    defects.append(f"unreadable HTML: {exc.__class__.__name__}")
                    return
                parts.append(TextPart("html", doc.text, doc, charset))
            else:
                parts.append(TextPart("text", text.strip("\n"), None, charset))
            return
        try:
            data = _decoded_body(part)
        except Exception:
            data = None
            defects.append("undecodable attachment body")
        add_attachment(part, ctype, data if isinstance(data, bytes) else b"", disposition, filename)

    def add_attachment(
        part: StdMessage, ctype: str, data: bytes, disposition: str | None = None, filename: str | None = None
    ) -> None:
        nonlocal decoded_total, limit_exceeded
        if disposition is None:
            disposition = (part.get_content_disposition() or "").lower()
        if filename is None:
            try:
                filename = _decode_header(part.get_filename() or "")
            except Exception:
                filename = ""
                defects.append("undecodable file name")
        decoded_total += len(data)
        if decoded_total > limits.max_decoded_bytes:
            limit_exceeded = f"more than {limits.max_decoded_bytes} decoded bytes"
            return
        att = Attachment(
            filename=filename,
            declared_type=ctype,
            sniffed_type=sniff_type(data),
            size=len(data),
            data=data,
            inline=disposition != "attachment",
        )
        cid = str(part.get("Content-ID", "")).strip().strip("<>")
        att.content_id = cid
        if cid and disposition != "attachment":
            by_cid[cid.lower()] = att
        attachments.append(att)

    try:
        visit(msg, 0)
    except RecursionError:
        limit_exceeded = "MIME nesting too deep"
    except Exception as exc:
        defects.append(f"unreadable MIME structure: {exc.__class__.__name__}")
    visit = None  # type: ignore[assignment]  # the closure refers to itself: break the cycle (no work for the GC)

    links: list[Link] = []
    referenced: set[int] = set()
    for p in parts:
        if p.html is None:
            for href in find_text_urls(p.text):
                links.append(Link(href=href, text=href, location="text"))
            continue
        hrefs = set()
        for hl in p.html.links:
            links.append(Link(hl.href, hl.text, "html", hl.has_image, hl.element))
            hrefs.add(hl.href.rstrip("/"))
        # URLs written as text in the HTML (not inside an href) are links too, without an element.
        for href in find_text_urls(p.text):
            if href.rstrip("/") not in hrefs:
                hrefs.add(href.rstrip("/"))
                links.append(Link(href=href, text=href, location="html"))
        for hi in p.html.images:
            att = None
            if hi.src.lower().startswith("cid:"):
                att = by_cid.get(hi.src[4:].strip().strip("<>").lower())
                if att is not None:
                    referenced.add(id(att))
            images.append(
                Image(
                    src=hi.src,
                    alt=hi.alt,
                    title=hi.title,
                    width=hi.width,
                    height=hi.height,
                    hidden=hi.hidden,
                    link_href=hi.link_href,
                    filename=att.filename if att else hi.src.rsplit("/", 1)[-1].split("?")[0],
                    content_type=(att.sniffed_type or att.declared_type) if att else "",
                    data=att.data if att else None,
                    element=None,
                )
            )
            images[-1].element = hi.element
    # Parts an <img> shows are images, not attachments.
    attachments = [a for a in attachments if id(a) not in referenced]

    subject = hmap.get("subject", "")
    return Message(
        envelope=envelope,
        headers=headers,
        subject=subject,
        from_addr=from_list[0] if from_list else "",
        to_addrs=to_addrs,
        message_id=hmap.get("message-id", ""),
        is_reply=any(hmap.get(h.lower(), "").strip() for h in reply_headers),
        parts=parts,
        images=images,
        attachments=attachments,
        links=links,
        defects=defects,
        limit_exceeded=limit_exceeded,
        size=len(raw),
    )


# ftp:// (and sftp://, ftps://) too: a file server outside Amazon is a link out like a web page.
# Japanese glues a URL to the words around it ("返品はhttp://…からどうぞ"): a kana or kanji before the scheme
# starts it as a space does, where an ASCII letter or digit ("xhttp://") does not.
_TEXT_URL = re.compile(r"""(?i)(?<![a-z0-9])((?:https?://|s?ftps?://|www\.)[^\s<>"'()\[\]{}]+)""")
# Kana, kanji and CJK punctuation: glued to the end of a host ("www.shop.jpのページ") they end it, as no
# host mixes ASCII letters with them (an internationalised host is written in its own script from the start).
_CJK_CHAR = re.compile(r"[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff01-\uff60\uff66-\uff9f]")


def _unglue_host(url: str) -> str:
    """`url` without the Japanese text glued to its host:
    "https://www.amazon.co.jpのアカウント" -> "https://www.amazon.co.jp"."""
    scheme = url.find("://")
    start = scheme + 3 if scheme >= 0 else 0
    m = _CJK_CHAR.search(url, start)
    if m is None or m.start() == start or not url[m.start() - 1].isascii():
        return url
    path = min((i for i in (url.find(c, start) for c in "/?#") if i >= 0), default=len(url))
    return url[: m.start()] if m.start() < path else url


# A URL typed in full-width letters (Japanese IME: "ｈｔｔｐ：／／ｗｗｗ．ｓｈｏｐ．ｊｐ") is the same address to
# the reader: read in its NFKC form, up to the first character that is not ASCII (the Japanese text after it).
_FULLWIDTH_URL = re.compile(r"""(?i)((?:https?://|s?ftps?://|www\.)(?:(?![<>"'()\[\]{}])[!-~])+)""")


# A "defanged" scheme (hxxp://, hXXps://, h**p://, http[:]//, hxxp[://]) keeps a filter from seeing a link, but
# the buyer is told to type it back: it is that link, with its real scheme. Read before _TEXT_URL, which would
# otherwise take the "www.shop.fr/..." after "hxxp://" for a link written without a scheme.
_DEFANGED_URL = re.compile(
    r"""(?i)(?<![a-z0-9])h(xx|\*\*|tt)p(s?)(\[:\]//|\[://\]|\(:\)//|://)([^\s<>"'()\[\]{}]+)"""
)


def _defanged_urls(text: str) -> tuple[list[str], list[tuple[int, int]]]:
    """(URLs with their real scheme, spans) for the defanged links in `text`."""
    urls, spans = [], []
    for m in _DEFANGED_URL.finditer(text):
        if m.group(1).lower() == "tt" and m.group(3) == "://":
            continue  # a plain link: _TEXT_URL reads it
        urls.append(("https://" if m.group(2) else "http://") + _unglue_host(m.group(4)).rstrip(".,;:!?"))
        spans.append(m.span())
    return urls, spans


def find_text_urls(text: str) -> list[str]:
    """URLs written in plain text (http, https, ftp, sftp, ftps, or a bare www. host), also in full-width
    letters, and defanged ones ("hxxp://") with their real scheme."""
    urls: list[str] = []
    spans: list[tuple[int, int]] = []
    low = text.lower()
    if "xxp" in low or "**p" in low or "p[:" in low or "p(:" in low:
        urls, spans = _defanged_urls(text)
    if "://" in text or "www." in low:
        urls += [_unglue_host(m.group(1)).rstrip(".,;:!?") for m in _TEXT_URL.finditer(text)
                 if not any(a <= m.start() < b for a, b in spans)]
    if "／／" in text or "ｗｗｗ" in text.lower():
        for line in text.splitlines():
            if "／／" in line or "ｗｗｗ" in line.lower():
                for m in _FULLWIDTH_URL.finditer(unicodedata.normalize("NFKC", line)):
                    url = m.group(1).rstrip(".,;:!?")
                    if url not in urls:
                        urls.append(url)
    return urls
