"""Images: logos linking out, tracking pixels, product photos, brand images, http images (section D)
and the image styling rules: animated GIFs, alt text, width (section E).

Images are the message model's `<img>`s (with the bytes of inline `cid:` parts); attachments are
judged here only for animation.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from urllib.parse import parse_qsl, urlsplit

import regex

from policies import phrases
from policies.context import Context
from policies.findings import Action, Hit
from policies.html import css_length_px
from policies.message import Image, find_text_urls
from policies.rule import rule
from policies.rules._units import without_invisible
from policies.rules.links import (
    LINK_SCHEMES,
    host_matches,
    hosts_data,
    is_amazon_host,
    url_host,
    url_scheme,
    written_addresses,
)

# Compiled once: a pattern given as a string is looked up in regex's cache on every call (~10 us).
_TOKEN_CHARS = regex.compile(r"[A-Za-z0-9_=.%+-]+")
_TOKEN_STEM = regex.compile(r"[A-Za-z0-9_-]{10,}")
_IMAGE_FILE = regex.compile(r"\.(?:png|jpe?g|gif|webp|svg|bmp)$", regex.IGNORECASE)
_CAMEL_CASE = regex.compile(r"(?<=[a-z])(?=[A-Z])")
_MEASURE = regex.compile(r"\d+[a-z]{1,3}")  # 500ml, 12cm


def _image_name(img: Image) -> str:
    return img.filename or img.src[:80] or "(image)"


# ---------------------------------------------------------------------------------------------
# image.logo-link


@rule(
    "image.logo-link",
    guideline="Logos, if they contain or display a link to your website",
    default=Action.REJECT,
    summary="an image inside a link to a non-Amazon site, or whose alt/title text shows a web address",
    section="D",
)
def logo_link(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Finds images (logos, banners) placed inside a link that leads to a site other than Amazon, and
    images whose alt or title text shows the address of a site other than Amazon ("Visit
    www.myshop.example", "myshop.example/care"). Our reading of "logos that display a link to your
    website": the alt text says what the image shows (and mail programs that block images show the
    alt text instead), so an address in it is an address the image displays. The pixels themselves are
    not read.

    ## Why is this bad?
    A logo that links to the seller's website takes the buyer off Amazon.

    ## Example
    `<a href="https://www.myshop.example/"><img src="cid:logo" alt="My Shop"></a>`

    ## Fix
    Keep the logo but remove the link around it.
    """
    for img in ctx.message.images:
        if not img.link_href or url_scheme(img.link_href) not in LINK_SCHEMES:
            shown = _shown_address(f"{img.alt or ''}\n{img.title or ''}")
            if shown is not None:
                yield Hit(
                    f"Remove the web address {shown} from the image {_image_name(img)}'s text; a logo may "
                    "not display a link to your website.",
                    f"{shown} in the text of {_image_name(img)}"[:120],
                    img.location,
                )
            continue
        host = url_host(img.link_href)
        if host is not None and not is_amazon_host(host):
            yield Hit(
                f"Remove the link to {host} around the image {img.alt or _image_name(img)!s}; "
                "a logo may not link to your website.",
                f"{img.alt or _image_name(img)} -> {img.link_href}",
                img.location,
            )


def _shown_address(text: str) -> str | None:
    """The first address of a non-Amazon site written in an image's alt/title text, or None."""
    if "." not in text:
        return None  # every address has a dot (or a spelt one, which needs a top-level domain after a dot too)
    for url in find_text_urls(text):  # the URLs a text part's links are read from, read the same way
        host = url_host(url)
        if host is not None and "." in host and not is_amazon_host(host):
            return url
    for written, host in written_addresses(text):
        if not is_amazon_host(host):
            return written
    return None


# ---------------------------------------------------------------------------------------------
# image.tracking-pixel

_TOKEN_PARAMS = frozenset(
    [
        "u",
        "uid",
        "user",
        "userid",
        "user_id",
        "recipient",
        "rcpt",
        "r",
        "e",
        "em",
        "email",
        "mail",
        "sub",
        "subscriber",
        "sid",
        "mid",
        "m",
        "t",
        "tk",
        "token",
        "id",
        "oid",
        "contact",
        "c",
        "cid",
        "rid",
        "lid",
        "msgid",
        "message_id",
        "open",
        "o",
        "k",
        "key",
        "hash",
        "h",
    ]
)
# The last path segment of a helpdesk's file endpoint (Freshdesk's "/inline/attachment?token=...").
_ATTACHMENT_ENDPOINTS = frozenset(["attachment", "attachments"])
_TRACKER_PATH = regex.compile(
    r"/(?:o|op|open|opens|t|tr|track|tracking|trk|pixel|px|beacon|wf|e|imp|impression|view|read|mo)(?:/|\.|$)",
    regex.IGNORECASE,
)


def _looks_like_token(value: str) -> bool:
    """A per-recipient identifier: a long mix of letters and digits, or an address."""
    if "@" in value and "." in value:
        return True
    v = value.strip()
    if len(v) < 8 or not _TOKEN_CHARS.fullmatch(v):
        return False
    digits = sum(ch.isdigit() for ch in v)
    letters = sum(ch.isalpha() for ch in v)
    return (digits >= 2 and letters >= 2) or (digits >= 10 and len(v) >= 12)


def _recipient_marks(ctx: Context) -> list[str]:
    marks: list[str] = []
    for addr in [*ctx.message.envelope.rcpt_to, *ctx.message.to_addrs]:
        addr = addr.lower()
        local = addr.split("@", 1)[0].split("+", 1)[0]
        marks.append(addr)
        if len(local) >= 6:
            marks.append(local)
    return marks


def tracking_reason(img: Image, ctx: Context) -> str | None:
    """Why an image looks like a tracking pixel, or None."""
    w = _length(img.width)
    h = _length(img.height)
    if (w is not None and w <= 2 and (h is None or h <= 2)) or (h is not None and h <= 2 and w is None):
        return "it is at most 2 pixels in size"
    px = img.pixels
    if px is not None and px.width <= 2 and px.height <= 2 and w is None and h is None:
        return "it is a 1-pixel image"
    if img.hidden:
        return "it is hidden from the reader"
    if url_scheme(img.src) not in ("http", "https"):
        return None
    host = url_host(img.src) or ""
    data = hosts_data()
    if host and (
        host_matches(host, data.get("tracker_hosts", []))
        or any(regex.search(p, host, regex.IGNORECASE) for p in data.get("tracker_label_patterns", []))
    ):
        return f"it is loaded from the tracking host {host}"
    lowered = img.src.lower()
    for mark in _recipient_marks(ctx):
        if mark and mark in lowered:
            return "its address carries the recipient's identity"
    try:
        parts = urlsplit(img.src)
    except ValueError:
        return None
    segments = [s for s in parts.path.split("/") if s]
    # a helpdesk's inline-attachment endpoint ("/inline/attachment?token=eyJ..."): the token is the
    # file's access key, the same for every reader of the ticket, not an open beacon
    file_endpoint = bool(segments) and segments[-1].lower() in _ATTACHMENT_ENDPOINTS
    for name, value in parse_qsl(parts.query, keep_blank_values=False):
        if name.lower() in _TOKEN_PARAMS and _looks_like_token(value) and not file_endpoint:
            return "its address carries a per-recipient token"
    if segments:
        stem, _, ext = segments[-1].rpartition(".") if "." in segments[-1] else (segments[-1], "", "")
        tokenish = _TOKEN_STEM.fullmatch(stem) is not None and _looks_like_token(stem)
        # an extensionless key whose query names the image file ("/attachments/token/Xk29.../?name=logo.png",
        # a helpdesk's inline attachment) is the file's access key, not an open beacon
        bare = (
            ext == ""
            and not any(_IMAGE_FILE.search(value) for _name, value in parse_qsl(parts.query))
            and not (host and host_matches(host, data.get("content_image_hosts", [])))
        )
        if tokenish and (_TRACKER_PATH.search(parts.path) or ext.lower() == "gif" or bare):
            return "its address carries a per-recipient token"
        # a signed token of dotted pieces after an open-tracking path ("/e/o/eyJhbGci....eyJ1Ijoi....sig"):
        # the pieces are long letter-digit mixes, no file name has two of them
        pieces = [p for p in segments[-1].split(".") if _TOKEN_STEM.fullmatch(p) and _looks_like_token(p)]
        if len(pieces) >= 2 and _TRACKER_PATH.search(parts.path):
            return "its address carries a per-recipient token"
    return None


@rule(
    "image.tracking-pixel",
    guideline="Tracking pixels or images",
    default=Action.REJECT,
    summary="images of 0-2 px, hidden images, remote images with per-recipient tokens or on tracker hosts",
    section="D",
)
def tracking_pixel(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Finds images that serve to track whether the buyer opened the message: images of 0 to 2
    pixels (by attribute, CSS or their actual size), hidden images, and remote images whose
    address carries a per-recipient token or points to a known tracking host. A helpdesk's inline
    attachment, served by an access key whose query names the image file
    (`/attachments/token/Xk29sPq7.../?name=logo.png`), is an ordinary image.

    ## Why is this bad?
    Amazon does not allow tracking buyers through messages.

    ## Example
    `<img src="https://open.tracker.example/o/7f3c9a2e/hyeljsvybe9wms3.gif" width="1" height="1" alt="">`

    ## Fix
    Turn off open tracking in your mail or helpdesk tool, and remove invisible images.
    """
    for img in ctx.message.images:
        reason = tracking_reason(img, ctx)
        if reason is not None:
            yield Hit(
                f"Remove the image {_image_name(img)}: {reason}, which is how tracking pixels work; "
                "turn off open tracking in your mail tool.",
                img.src,
                img.location,
            )


# ---------------------------------------------------------------------------------------------
# image.product-photo

_WORD = regex.compile(r"[\p{L}\p{N}]+")
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}ー]+")
# Spaces between two kana/kanji words of a title: "信楽焼 土鍋" reads as "信楽焼土鍋" for the run search.
_CJK_SPACE = regex.compile(r"(?<=[\p{Han}\p{Hiragana}\p{Katakana}ー])[ \u3000]+(?=[\p{Han}\p{Hiragana}\p{Katakana}ー])")
_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "o", "œ": "oe"})


def _fold(text: str) -> str:
    text = text.lower().translate(_TRANSLIT)
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _tokens(text: str) -> set[str]:
    stop = phrases.word_set("images.title_stopwords")
    split = _CAMEL_CASE.sub(" ", text)  # camelCase file names
    return {
        t
        for t in _WORD.findall(_fold(split))
        # two kanji or kana are a whole word ("土鍋", "飴釉"), as three Latin letters are
        if (len(t) >= 3 or (len(t) == 2 and _CJK.fullmatch(t)))
        and not t.isdigit() and t not in stop and not _MEASURE.fullmatch(t)
    }


def _same(a: str, b: str) -> bool:
    # Plurals and inflections: "candle"/"candles", "organizer"/"organizers".
    return a == b or (
        min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) <= 2
    )


def _brand_text(ctx: Context) -> str:
    """The seller's own name as the message shows it: From, its domain and the signature lines."""
    msg = ctx.message
    from_header = msg.header("From") or ""
    lines = [ln.strip() for ln in msg.own_text.splitlines() if ln.strip()]
    signature: list[str] = []
    for line in reversed(lines[-3:]):
        # Signature lines are short names, not sentences: a body sentence may name the product.
        words = len(line.split())
        if words > 6 or (words > 5 and line.endswith((".", "!", "?", "。"))):
            break
        signature.append(line)
    return " ".join([from_header, msg.from_addr.split("@")[-1].replace(".", " "), *signature])


@lru_cache(maxsize=1)
def _proof_pattern() -> regex.Pattern[str]:
    words = sorted({_fold(w) for w in phrases.word_set("images.proof_words")}, key=len, reverse=True)
    # Latin words stand as whole words ("proof" is not "waterproof"); kana and kanji have no spaces.
    alts = [regex.escape(w) if _CJK.search(w) else rf"(?<![\p{{L}}\p{{N}}]){regex.escape(w)}(?![\p{{L}}\p{{N}}])"
            for w in words]
    return regex.compile("|".join(alts) or r"(?!)")


def is_design_proof(img_text: str) -> bool:
    """The image's alt/title/file name calls it a proof or preview of a custom design for the buyer to
    verify ("Proof of your name plate", "Gravurvorschau", "校正"): what the seller will make, not the
    catalogue photo Amazon shows. File names separate words with - and _ ("proof-nameplate.png")."""
    return _proof_pattern().search(_fold(img_text.replace("_", " "))) is not None


def product_match(img_text: str, title: str, brand: str) -> bool:
    """The image's alt/title/file name names the ordered product (not just the seller's brand)."""
    brand_tokens = _tokens(brand)
    brand_folded = _fold(brand).replace(" ", "")
    title_tokens = {t for t in _tokens(title) if t not in brand_tokens and t not in brand_folded}
    image_tokens = _tokens(img_text)
    if title_tokens and image_tokens:
        matched = {t for t in title_tokens if any(_same(t, i) for i in image_tokens)}
        if len(matched) >= 3 or (len(matched) >= 2 and len(matched) * 2 >= len(title_tokens)):
            return True
        if len(title_tokens) == 1 and matched and len(next(iter(matched))) >= 5:
            return True
    # Japanese and Chinese titles have no spaces: look for a shared run of 4+ characters. Short words a title
    # spaces apart ("信楽焼 土鍋") run on in an alt written without the space ("信楽焼土鍋").
    for run in _CJK.findall(_CJK_SPACE.sub("", title)):
        if len(run) < 4 or run in brand:
            continue
        for i in range(len(run) - 3):
            if run[i : i + 4] in img_text and run[i : i + 4] not in brand:
                return True
    return False


@rule(
    "image.product-photo",
    guideline="Images of purchased products as Amazon includes those on your behalf",
    default=Action.QUARANTINE,
    summary="alt text, file name or title of an image names the ordered product",
    section="D",
    heuristic=True,
)
def product_photo(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Compares each image's alt text, title and file name with the titles of the ordered products
    (from the order store) and fires when they name the product rather than the seller's brand.

    ## Why is this bad?
    Amazon already shows the buyer the purchased product; sellers may not add product photos.

    ## Example
    `<img src="cid:p1" alt="Walnut Desk Organizer with 5 Compartments">` in a message about that order.

    ## Fix
    Remove the product photo; refer to the product by its name in the text if needed.
    """
    titles = [t for order in ctx.orders.values() for t in order.product_titles if t]
    if not titles:
        return
    brand = _brand_text(ctx)
    for img in ctx.message.images:
        text = " ".join(x for x in (img.alt or "", img.title, img.filename) if x)
        if not text.strip() or is_design_proof(text):
            continue
        for title in titles:
            if product_match(text, title, brand):
                yield Hit(
                    "Remove the photo of the purchased product; Amazon already shows it to the buyer.",
                    f"{img.alt or img.filename} ({title})",
                    img.location,
                )
                break


# ---------------------------------------------------------------------------------------------
# image.not-brand


@rule(
    "image.not-brand",
    guideline="Images that do not relate to your brand or company",
    default=Action.OFF,
    summary="when the account lists its brand image hashes / hosts, any other image",
    section="D",
)
def not_brand(ctx: Context) -> Iterator[Hit]:
    """## What it does
    When the seller account lists its brand images (SHA-256 hashes of the files, or the hosts
    they are served from), fires on every other image. Off by default; does nothing when the
    account lists none.

    ## Why is this bad?
    Images in messages must relate to the seller's brand or company.

    ## Example
    A stock beach photo in a delivery-delay message, when the account lists only its logo.

    ## Fix
    Use only your brand's registered images (logo, banner), or none.
    """
    hosts = ctx.account.brand_image_hosts
    hashes = {h.lower() for h in ctx.account.brand_image_hashes}
    if not hosts and not hashes:
        return
    for img in ctx.message.images:
        if img.data is not None and hashlib.sha256(img.data).hexdigest() in hashes:
            continue
        host = url_host(img.src) if url_scheme(img.src) in ("http", "https") else None
        if host is not None and host_matches(host, hosts):
            continue
        yield Hit(
            f"Remove the image {_image_name(img)}: only your brand's own images are allowed.",
            img.src,
            img.location,
        )


# ---------------------------------------------------------------------------------------------
# image.insecure

_CSS_URL = regex.compile(r"url\(\s*['\"]?(http://[^)'\"\s]+)", regex.IGNORECASE)


def srcset_urls(srcset: str) -> list[str]:
    """The image URLs of a `srcset` (on `<img>` or a `<picture>`'s `<source>`): comma-separated candidates,
    each a URL and an optional descriptor ("2x", "640w"). A client picks one by screen density or width, so
    every candidate is an image the buyer may load."""
    return [c.split()[0] for c in srcset.split(",") if c.strip()]


# CSS properties whose url() is an image the client draws: backgrounds, list bullets and border images
# (fonts and cursors are no images the buyer sees).
_CSS_IMAGE_PROPS = ("background", "list-style", "border-image")
# Elements, besides <img src> (ctx.message.images), whose attributes load an image: srcset candidates on
# <img> and a <picture>'s <source>, and a video's poster frame.
_IMAGE_ATTRS = frozenset({"img", "source", "video"})


def _attribute_images(tag: str, attrs: dict[str, str]) -> list[str]:
    urls = srcset_urls(attrs["srcset"]) if attrs.get("srcset") else []
    if tag == "video" and attrs.get("poster"):
        urls.append(attrs["poster"].strip())
    return urls


@rule(
    "image.insecure",
    guideline="Unsecure images (http instead of https)",
    default=Action.REJECT,
    summary="an image src with http://",
    section="E",
)
def insecure_image(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Finds images loaded over `http://`: `<img src>`, every `srcset` candidate (of `<img>` and a
    `<picture>`'s `<source>`: the client picks one by screen density or width, so each may be loaded),
    a video's `poster`, attribute background images, and CSS images (`background`, `list-style-image`,
    `border-image`), inline or in a stylesheet.
    Every image the buyer's client loads is an image the guideline means, however the HTML names it.

    ## Why is this bad?
    Images must be loaded securely; an http image can be altered on the way and is shown as
    unsafe content.

    ## Example
    `<img src="http://www.myshop.example/img/signature.png" alt="My Shop">`

    ## Fix
    Load the image over `https://`, or embed it in the message.
    """
    for img in ctx.message.images:
        if url_scheme(img.src) == "http":
            yield Hit("Load this image over https:// instead of http://.", img.src, img.location)
    for part in ctx.message.html_parts:
        if part.html is None:
            continue
        elements = [part.html.body, *part.html.elements] if part.html.body else part.html.elements
        # Elements with the same CSS share one declarations tuple: its http URLs are found once.
        urls_of: dict[int, list[tuple[str, str]]] = {}
        for el in elements:
            attrs = el.attrs
            background = attrs.get("background", "")
            # url_scheme("") is "": the common element without a background needs no call.
            if background and url_scheme(background) == "http":
                yield Hit("Load this background image over https:// instead of http://.", background, "html")
            if el.tag in _IMAGE_ATTRS:
                for url in _attribute_images(el.tag, attrs):
                    if url_scheme(url) == "http":
                        yield Hit("Load this image over https:// instead of http://.", url, "html")
            decls = el.declarations
            if not decls:
                continue
            urls = urls_of.get(id(decls))
            if urls is None:
                urls = urls_of[id(decls)] = [
                    ("background" if d.prop.startswith("background") else "CSS", m.group(1))
                    for d in decls
                    if d.prop.startswith(_CSS_IMAGE_PROPS)
                    for m in _CSS_URL.finditer(d.value)
                ]
            for kind, url in urls:
                yield Hit(f"Load this {kind} image over https:// instead of http://.", url, "html")


# ---------------------------------------------------------------------------------------------
# style.animated-gif


@rule(
    "style.animated-gif",
    guideline="Animated GIFs",
    default=Action.REJECT,
    summary="a GIF with more than one frame, inline or attached",
    section="E",
)
def animated_gif(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Reads the frames of every inline image and attached image: an image with more than one
    frame (an animated GIF, or an animated PNG/WebP) fires.

    ## Why is this bad?
    Animated images are not allowed in buyer messages.

    ## Example
    An inline `banner.gif` with two frames.

    ## Fix
    Use a still image (a single-frame PNG or JPEG).
    """
    for img in ctx.message.images:
        px = img.pixels
        if px is not None and px.frames > 1:
            yield Hit(
                f"Replace the animated image {_image_name(img)} ({px.frames} frames) with a still image.",
                _image_name(img),
                img.location,
            )
    for att in ctx.message.attachments:
        px = att.pixels
        if px is not None and px.frames > 1:
            yield Hit(
                f"Replace the animated attachment {att.filename or '(unnamed)'} ({px.frames} frames) with a still image.",
                att.filename or "(unnamed)",
                att.location,
            )


# ---------------------------------------------------------------------------------------------
# style.image-alt


@rule(
    "style.image-alt",
    guideline="Accessibility issues from ... images or graphics without alt-text",
    default=Action.REJECT,
    summary="<img> without non-empty alt",
    section="E",
)
def image_alt(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Finds `<img>` elements without an `alt` attribute or with an empty one.

    ## Why is this bad?
    Screen readers read the alt text in place of the image; without it the buyer does not know
    what the image shows.

    ## Example
    `<img src="cid:logo" width="150">`

    ## Fix
    Describe each image in its `alt` attribute, e.g. `alt="Lumenwerk logo"`.
    """
    for img in ctx.message.images:
        # characters no reader sees alone (alt="&#8203;", a soft hyphen) are no text either
        if img.alt is None or not without_invisible(img.alt).strip():
            yield Hit(
                f"Add an alt text describing the image {_image_name(img)}.",
                f'<img src="{img.src[:90]}"' + (' alt="">' if img.alt is not None else ">"),
                img.location,
            )


# ---------------------------------------------------------------------------------------------
# style.image-width


def _length(value: str | None, reference: float = 600.0) -> float | None:
    if value is None:
        return None
    return css_length_px(value, reference)


def displayed_width(img: Image, reference: float) -> tuple[float | None, str]:
    """The width an image is shown at (px at the reference width) and how it was found."""
    width = _length(img.width, reference)
    max_width = None
    if img.element is not None:
        decl = img.element.style("max-width")
        max_width = _length(decl.value, reference) if decl is not None else None
    if width is not None:
        how = f"width {img.width}"
    else:
        px = img.pixels
        if px is None:
            return None, ""
        height = _length(img.height, reference)
        if height is not None and px.height > 0:
            width, how = px.width * height / px.height, f"{px.width}x{px.height} px shown {img.height} high"
        else:
            width, how = float(px.width), f"{px.width} px wide"
    if max_width is not None and max_width < width:
        return max_width, f"max-width {max_width:.0f}px"
    return width, how


@rule(
    "style.image-width",
    guideline="Image or graphic sizes larger than 80% maximum width",
    default=Action.REJECT,
    summary="width above 80% (percent, or px against 600 px)",
    section="E",
)
def image_width(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Computes the width each image is shown at: an explicit width (attribute or CSS; percent, or
    px against a 600 px reference width), else the actual pixel width of an inline image. Fires
    above 80 % (above 480 px).

    ## Why is this bad?
    Images wider than 80 % of the message break Amazon's message layout.

    ## Example
    `<img src="cid:banner" alt="PawPrint Canvas Co." width="600">`

    ## Fix
    Set the image's width to 480 px (80 %) or less.
    """
    reference = float(ctx.settings.reference_width_px)
    limit = reference * ctx.settings.max_image_width_share
    for img in ctx.message.images:
        if img.hidden:
            continue
        width, how = displayed_width(img, reference)
        if width is not None and width > limit + 0.01:
            yield Hit(
                f"Make the image {_image_name(img)} at most {ctx.settings.max_image_width_share:.0%} of the "
                f"message width ({limit:.0f} px); it is {width:.0f} px ({how}).",
                f"{_image_name(img)}: {how}",
                img.location,
            )
