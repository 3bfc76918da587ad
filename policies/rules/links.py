"""Links: `link.insecure`, `link.external`, `link.opt-out` (section D) and `style.link-text` (section E).

Links are HTML `href`s and URLs written in text; an image `src` is not a link (see images.py).
Host lists live in `policies/data/hosts.toml`, phrases in `policies/data/<lang>/links.toml`.
"""

from __future__ import annotations

import contextlib
import re
import tomllib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib.resources import files
from typing import Any
from urllib.parse import unquote, urlsplit

import regex

from policies import phrases
from policies.context import Context
from policies.findings import Action, Hit
from policies.message import Link, strip_quoted
from policies.rule import rule
from policies.rules._units import at_addresses, stand_in_emails, without_arabic_marks, without_invisible

_SCHEME = regex.compile(r"[a-z][a-z0-9+.-]*")
# A spelt dot in a written host: "[.]", "(dot)", "{punkt}", a word between spaces or a spaced dot.
_SPELT_DOT_WORD = regex.compile(r"\s?[\[({]\s*[^\])}]*[\])}]\s?|\s+\w+\s+|\s+\.\s*")


@lru_cache(maxsize=1)
def hosts_data() -> dict[str, Any]:
    text = files("policies").joinpath("data", "hosts.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def url_host(url: str) -> str | None:
    """The lowercase host a URL points to (userinfo and port dropped), or None when it has none."""
    raw = url.strip().replace("\\", "/")
    if raw.lower().startswith("www."):
        raw = "http://" + raw
    elif raw.startswith("//"):
        raw = "https:" + raw
    try:
        host = urlsplit(raw).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = unquote(host).strip().rstrip(".").lower()
    # Internationalised hosts compare in their ASCII (punycode) form.
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii")
    return host or None


def url_scheme(url: str) -> str:
    raw = url.strip().lower()
    if raw.startswith("www."):
        return ""  # a bare www. host written in text: no scheme stated
    head, sep, _ = raw.partition(":")
    return head if sep and _SCHEME.fullmatch(head) else ""


def host_matches(host: str, suffixes: Iterable[str]) -> bool:
    """`host` is one of `suffixes` or a subdomain of one (label boundaries: evil-amazon.com is not amazon.com)."""
    for suffix in suffixes:
        s = suffix.strip().lower().lstrip(".")
        if s and (host == s or host.endswith("." + s)):
            return True
    return False


@lru_cache(maxsize=1)
def _amazon_suffixes() -> tuple[str, ...]:
    data = hosts_data()
    return tuple(f"amazon.{tld}" for tld in data.get("amazon_tlds", [])) + tuple(data.get("amazon_hosts", []))


def is_amazon_host(host: str) -> bool:
    return host_matches(host, _amazon_suffixes())


def is_allowed_host(host: str, ctx: Context) -> bool:
    return is_amazon_host(host) or host_matches(host, ctx.account.link_allowlist)


# Schemes of links to a site (a web page, or a file host: files a buyer downloads from outside Amazon
# are a link out like a web page); "" is a link written without one ("www.shop.example").
LINK_SCHEMES = frozenset({"http", "https", "", "ftp", "sftp", "ftps"})
# Schemes that carry the page or file unencrypted.
_INSECURE_SCHEMES = frozenset({"http", "ftp"})


def _web_links(ctx: Context) -> Iterator[tuple[Link, str, str]]:
    """(link, scheme, host) for every link that points to a web or file host (ftp: files a buyer
    downloads from outside Amazon are a link out like a web page)."""
    for link in ctx.message.links:
        scheme = url_scheme(link.href)
        if scheme not in LINK_SCHEMES:
            continue  # mailto:, tel:, cid:, javascript: are judged elsewhere or are not links out
        host = url_host(link.href)
        if host is None:
            continue  # a relative link or an anchor: nothing leaves the message
        yield link, scheme, host


@rule(
    "link.insecure",
    guideline="External links unless they are secure working links (https, not http)",
    default=Action.REJECT,
    summary="any http:// link, in HTML or plain text",
    section="D",
)
def insecure(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Finds links that use `http://` instead of `https://`, in HTML `href`s and in URLs written in
    the text. An `ftp://` link is read the same way (our reading of "secure working links": plain FTP
    sends the file, and any password, unencrypted); `sftp://` and `ftps://` are secure, and like every
    link out they are judged by `link.external`.

    ## Why is this bad?
    Amazon allows only secure links; an `http` or `ftp` link can be read or altered on the way.

    ## Example
    `Leave a review: http://www.amazon.com/review/create-review?asin=B0...`

    ## Fix
    Use the `https://` address of the page.
    """
    for link, scheme, _host in _web_links(ctx):
        if scheme in _INSECURE_SCHEMES:
            yield Hit(
                "Change this link to a secure https:// address (or remove it).",
                link.href,
                link.location,
            )


def _words(topic: str) -> str:
    return "|".join(regex.escape(w) for w in sorted(phrases.word_set(topic), key=len, reverse=True))


@lru_cache(maxsize=1)
def _written_address() -> regex.Pattern[str]:
    """A web address written in text without http(s):// or www.: a host ending in a known top-level domain,
    whose dots are plain, bracketed ("shop[.]com", "shop(punkt)de"), a bare word ("shop dot com") or spaced
    ("shop . com"); then maybe a path ("/videos", "slash videos", " / videos"). Groups: `host`, `path`."""
    dot = (r"(?:\.|\s?[\[({]\s*(?:\.|" + _words("links.spelt_dot") + r")\s*[\])}]\s?|\s+(?:"
           + _words("links.bare_dot") + r")\s+|\s+\.\s*)")
    label = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
    path = (r"/[^\s<>\"'()\[\]{}]*|\s+slash\s+[\w-]+(?:\s+slash\s+[\w-]+)*"
            r"|\s+/\s*[\w-][\w.-]*(?:\s*/\s*[\w-][\w.-]*)*")
    # the last dot may also be a word that is a dot only before a domain ("maboutique point fr")
    last = _bare_dot_domain()
    last_dot = dot if last is None else r"(?:" + dot[3:-1] + r"|" + last.pattern + r")"
    # at most 8 labels before the top-level domain: a run of "a.a.a.a..." costs no more than a host does
    return regex.compile(
        r"(?<![\w@＠.\-/:\\])(?P<host>" + label + r"(?:" + dot + label + r"){0,7}" + last_dot
        + r"(?:" + _words("links.tld") + r"))(?P<path>" + path + r")?(?![\w-])",
        regex.IGNORECASE,
    )


def _bare_dot_domain() -> regex.Pattern[str] | None:
    """A word for the dot that counts bare only right before a domain it cannot otherwise mean: "point fr",
    "punto com" (links.bare_dot_domain; "au point de", "el punto es que" stay words)."""
    return phrases.pattern("links.bare_dot_domain")


@lru_cache(maxsize=1)
def _plain_hint() -> regex.Pattern[str]:
    """A top-level domain after a plain dot: "shop.com", "amazon.de/x" (and every URL; see _plain_addresses)."""
    # a host ends at the first character no host has: Japanese text may follow it without a space
    return regex.compile(r"\.(?:" + _words("links.tld") + r")(?![A-Za-z0-9_-])", regex.IGNORECASE)


@lru_cache(maxsize=1)
def _spelt_hints() -> tuple[re.Pattern[str], regex.Pattern[str], tuple[str, ...], re.Pattern[str]]:
    """A top-level domain after a spelt-out dot: bracketed ("[.]com", "(punkt) de"), a bare word
    (" dot com"), with the bare words themselves for a cheap test first, or a dot with a space before it
    ("shop . com", "shop .com"; a full stop has none). The bracketed and spaced forms are the stdlib's (its
    engine finds the first character fast; regex's tries every position)."""
    tld = _words("links.tld")
    bracketed = re.compile(
        r"[\[({]\s*(?:\.|" + _words("links.spelt_dot") + r")\s*[\])}]\s?(?:" + tld + r")(?![\w-])", re.IGNORECASE
    )
    bare = regex.compile(r"(?<=\s)(?:" + _words("links.bare_dot") + r")\s+(?:" + tld + r")(?![\w-])", regex.IGNORECASE)
    spaced = re.compile(r"(?<=\w) \.\s*(?:" + tld + r")(?![\w-])", re.IGNORECASE)
    return bracketed, bare, tuple(sorted(phrases.word_set("links.bare_dot"))), spaced


def _spelt_hint_spans(text: str) -> list[tuple[int, int]]:
    bracketed, bare, words, spaced = _spelt_hints()
    spans = [m.span() for m in bracketed.finditer(text)]
    low = text.lower()
    if any(w in low for w in words):
        spans += [m.span() for m in bare.finditer(text)]
    # "maboutique point fr": phrases' literal prefilter skips a text without the words
    spans += [(m.start(), m.end() + 6) for m in phrases.finditer("links.bare_dot_domain", text)]
    if " ." in text:
        spans += [m.span() for m in spaced.finditer(text)]
    return sorted(spans)


@lru_cache(maxsize=1)
def _plain_address() -> regex.Pattern[str]:
    """A whole token that is a host with plain dots, maybe with a path."""
    label = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
    return regex.compile(
        r"(?P<host>" + label + r"(?:\." + label + r"){0,7}\.(?:" + _words("links.tld") + r"))(?P<path>/\S*)?",
        regex.IGNORECASE,
    )


_SPELT_DOT = regex.compile(r"[\[({]|\s")
_SPACED_DOT = regex.compile(r"\s\.")
_BARE_AT = regex.compile(r"(?<![\w.])\w[\w.+-]*\s+at\s+$", regex.IGNORECASE)  # "name at " before a spelt host


@lru_cache(maxsize=1)
def _bare_dot_word() -> regex.Pattern[str]:
    """A dot spelt as a bare word between spaces ("gmail dot com"), links.bare_dot's words."""
    return regex.compile(r"\s(?:" + _words("links.bare_dot") + r")\s", regex.IGNORECASE)

_HOST_REACH = 640  # 8 labels of up to 63 characters and their (bracketed) dots
_PATH_REACH = 256
_TOKEN_EDGE = "\"'()[]{}<>«»“”‘’,;:!?.…"  # punctuation that ends a sentence, not an address


def _is_cjk(word: str) -> bool:
    return all(ord(c) >= 0x3000 for c in word)


@lru_cache(maxsize=1)
def _after_at() -> regex.Pattern[str]:
    """Text ending in an @ or a word for it ("[at]", "(arobase)", " arroba "): what follows is the domain of
    an email address (content.email-address), not a web address. The words are content.toml's."""
    every = sorted(phrases.word_set("content.email_at"), key=len, reverse=True)
    words = "|".join(regex.escape(w) for w in every)
    # a bare "at" is an ordinary English word ("the video is at shop.com/x"); bracketed it stands for @
    bare = "|".join(regex.escape(w) for w in every if w != "at" and not _is_cjk(w))
    # a Japanese word for @ needs no space before it: "infoアットマークshop.jp"
    cjk = "|".join(regex.escape(w) for w in every if _is_cjk(w))
    # brackets full-width too, as Japanese writes them: "info（アットマーク）shop.jp"
    return regex.compile(
        r"(?:[@＠]|[\[({<（［｛＜]\s*(?:" + words + r")\s*[\])}>）］｝＞]|(?<!\w)(?:" + bare + r")"
        + (r"|(?:" + cjk + r")" if cjk else "") + r")\s*$",
        regex.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _after_bare_at() -> regex.Pattern[str]:
    """Text ending in "<name> at " ("write to fitting at "): with a host whose every dot is a bare word
    ("railcraft dot com"), the whole is an email address spelt out (content.email-address reads it so),
    not a web address. Only the everyday word "at" needs this; the other words for @ are in _after_at."""
    bare = "|".join(regex.escape(w) for w in sorted(phrases.word_set("content.email_at")) if w == "at")
    return regex.compile(r"(?<![\w.-])[A-Za-z0-9._%+-]{1,64}\s+(?:" + bare + r")\s+$", regex.IGNORECASE)


_NOT_BARE_DOT = regex.compile(r"[.\[\](){}]")  # a plain or bracketed dot: not an address spelt with words only


def _is_bare_host(host_text: str) -> bool:
    """A host without a path or spelt dot is an address only in lower case with a links.bare_tld domain."""
    tld = host_text.rsplit(".", 1)[-1]
    return tld in phrases.word_set("links.bare_tld") and host_text.islower()


# What may follow a host that ends its line ("mehr unter meinshop.de", "visítenos en tiendasol.es"): a
# closing mark, then the line's end. A full stop with a missing space ("la fin.de la journée") runs on.
_ENDS_LINE = regex.compile(r"[.!?)]?[ \t]*(?:\r?\n|$)")


_LEAD_WORD = regex.compile(r"(\w+)[ \t]+$")


def _is_led_host(host_text: str, text: str, start: int, end: int) -> bool:
    """A lower-case host with any links.tld domain ("de", "es", "it" too) right after a word that
    leads to a place ("auf meinshop.de", "visite tiendasol.es", "su negozio.it"; links.address_lead) or
    glued to Japanese text ("詳しくはshop.jpを"): an address, where "versandt.es kommt" is not."""
    label = host_text.rsplit(".", 2)[-2]
    if not host_text.islower() or len(label) < 3 or _HOST_GOES_ON.match(text, end):
        return False  # "amazon.co" of "amazon.co.uk": the host goes on
    before = text[max(0, start - 24) : start]
    if before and _KANA_KANJI_END.search(before):
        return True
    m = _LEAD_WORD.search(before)
    return m is not None and m.group(1).lower() in phrases.word_set("links.address_lead")


_HOST_GOES_ON = regex.compile(r"\.[A-Za-z0-9]")
_KANA_KANJI_END = regex.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff66-\uff9f]$")


def _is_line_end_host(host_text: str, text: str, end: int) -> bool:
    """A lower-case host with any links.tld domain ("de", "es", "it" too) that ends its line is an address."""
    label = host_text.rsplit(".", 2)[-2]
    return host_text.islower() and len(label) >= 3 and _ENDS_LINE.match(text, end) is not None


_HOST_BACK = regex.compile(r"[A-Za-z0-9.-]{1,600}$")  # host characters, read backwards from a TLD
_PATH_ON = regex.compile(r"/[!-~]*")  # a path: printable ASCII up to a space or other script


def _plain_addresses(text: str) -> Iterator[tuple[str, str]]:
    """Hosts with plain dots ("shop.com", "shop.de/videos"), each read once around its top-level domain.
    One inside a URL with a scheme, after www. or an @ is left out: message.links holds the first two,
    content.email-address judges the last."""
    read_to = -1
    stand_ins: list[tuple[int, int]] | None = None
    at_spans: list[tuple[int, int]] | None = None
    for h in _plain_hint().finditer(text):
        if h.start() < read_to:
            continue
        back = _HOST_BACK.search(text, max(0, h.start() - 600), h.start())
        start = back.start() if back else h.start()
        path = _PATH_ON.match(text, h.end())
        end = path.end() if path else h.end()
        read_to = end
        before = text[start - 1] if start else ""
        if before.isalnum():
            # "Köksmaskiner.se": the host was read back only to a letter no host pattern has (å, ä, ö, é); the
            # whole word is the name, and like any bare host it is an address only in lower case
            word = start - 1
            while word > 0 and (text[word - 1].isalnum() or text[word - 1] in ".-"):
                word -= 1
            if not text[word : h.end()].islower():
                continue
        host_text = text[start : h.end()].strip(".-")
        if (before and before in "/:@＠\\") or host_text.lower().startswith("www."):
            continue
        m = _plain_address().fullmatch(host_text)
        address = (host_text + (path.group(0) if path else "")).rstrip(_TOKEN_EDGE)
        if m is None or not ("/" in address or _is_bare_host(host_text) or _is_line_end_host(host_text, text, end)
                             or _is_led_host(host_text, text, start, end)):
            continue
        if _after_at().search(text[max(0, start - 16) : start]):
            continue  # "(at) shop.com": the domain of an email address
        if text[max(0, start - 4) : start].lower() == " at ":
            if at_spans is None:
                at_spans = [m.span() for m in at_addresses(text)]
            if any(s <= start < e for s, e in at_spans):
                continue  # "write to jenny at shop.com": the domain of an email address
        if before and (not before.isascii() or before in "#*"):
            if stand_ins is None:
                stand_ins = [m.span() for m in stand_in_emails(text)]
            if any(s <= start < e for s, e in stand_ins):
                continue  # "info★shop.jp（★を@に）": the domain of an email address
        yield address, host_text.lower()


def _spelt_segments(text: str) -> list[tuple[int, int]]:
    """Disjoint spans of `text` around the spelt-dot hints: a host reaches at most _HOST_REACH characters
    back from its top-level domain, a path is read _PATH_REACH on."""
    spans: list[tuple[int, int]] = []
    for h_start, h_end in _spelt_hint_spans(text):
        start, end = max(0, h_start - _HOST_REACH), min(len(text), h_end + _PATH_REACH)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def written_addresses(text: str) -> Iterator[tuple[str, str]]:
    """(address, host) for the web addresses written in `text` without a scheme or www. (mail clients turn
    "shop.com" into a link; "shop[.]com" and "shop dot com" send the buyer there just the same). A bare
    host without a path or spelt dot counts only in lower case and with a top-level domain of links.bare_tld:
    "oakline.com" is an address; the company name "Oakline.com" and a missing space after a full stop
    ("versandt.Es kommt", "la fin.de la") are not. Plain hosts are read token by token; the rare spelt
    ones in the spans around their hints, each once: the cost stays linear in the text."""
    yield from _plain_addresses(text)
    pattern = _written_address()
    for start, end in _spelt_segments(text):
        for m in pattern.finditer(text, start, end):
            host_text = m.group("host")
            if _SPELT_DOT.search(host_text) is None:
                continue  # plain dots only: _plain_addresses read it
            if _after_at().search(text[max(0, m.start() - 16) : m.start()]):
                continue  # the domain of an email address
            if (not m.group("path") and _NOT_BARE_DOT.search(host_text) is None
                    and _after_bare_at().search(text[max(0, m.start() - 72) : m.start()])):
                continue  # "fitting at railcraft dot com": an email address spelt out
            if (not m.group("path") and _BARE_AT.search(text, max(0, m.start() - 8), m.start())
                    and _bare_dot_word().search(host_text)):
                continue  # "jenny dot m at gmail dot com": dots as bare words, a bare "at" before: an email address
            host = _SPELT_DOT_WORD.sub(".", host_text).lower()
            if _SPACED_DOT.search(host_text) and not (m.group("path") or _is_bare_host(host)):
                continue  # "in Japan . It works": a stray full stop, unless a path or a bare domain follows
            yield m.group(0), host


@rule(
    "link.external",
    guideline="External links unless they are secure working links (https, not http) necessary for "
    "order completion or links to Amazon",
    default=Action.REJECT,
    summary="an https link whose host is neither an Amazon domain nor on the account's allow-list",
    section="D",
)
def external(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Finds secure links to hosts that are neither Amazon's own domains (amazon.<tld> and their
    subdomains) nor on the seller account's allow-list of hosts needed to complete orders. RULES.md's
    "URLs written in text" is read to include addresses written without a scheme: with a path
    ("shop.example/videos"), with spelt-out or spaced dots so they are not clickable ("shop[.]com",
    "shop(dot)com", "shop dot com", "shop . com / guide"), or a bare lower-case host that mail clients
    turn into a link ("shopname.com"; with an everyday-word domain like .de/.es/.it only where it ends
    its line: "mehr unter meinshop.de", or after a word that leads to a place: "auf meinshop.de",
    "visite tiendasol.es", "su negozio.it" (links.address_lead), or glued to Japanese text:
    "詳しくはshop.jpを"). A capitalised company name ("Oakline.com Ltd"), a missing space
    after a full stop and a stray spaced full stop ("made in Japan . It works") are not addresses: a
    spaced dot counts only before a path or a bare domain. An email address spelt out with the word
    "at" and bare dot words ("care at shop dot com") is content.email-address's, not a web address (our
    reading: the buyer reads it as an address to write to); with a path it is a web address again.
    Amazon's own short-link and media hosts (amzn.to, amzn.eu, amzn.asia, amzn.in, a.co; hosts.toml)
    count as Amazon: they lead only to Amazon pages.

    ## Why is this bad?
    Links may only lead to Amazon or to what the buyer needs to receive the order; links to a
    shop, a social profile or a survey take the buyer off Amazon.

    ## Example
    `<a href="https://www.myshop.example/summer-sale">Shop the summer collection</a>`

    ## Fix
    Remove the link, link to the product or order page on Amazon instead, or ask the proxy's
    administrator to allow-list the host if the buyer needs it to complete the order.
    """
    reported: set[str] = set()
    for link, scheme, host in _web_links(ctx):
        reported.add(host)
        if scheme == "http":
            continue  # link.insecure already names it; RULES.md judges https links here
        if not is_allowed_host(host, ctx):
            yield Hit(
                f"Remove the link to {host}: only links to Amazon or to pages needed to complete the "
                "order are allowed.",
                link.href,
                link.location,
            )
    # Addresses written without a scheme ("shop.com/videos", "shop[.]com"): the buyer is sent to that site
    # just the same. The seller's own text only: a buyer's quoted address is not the seller's link.
    for location, text in ctx.message.texts():
        # written_addresses looks for its hints (a top-level domain after a dot) first: no gate needed
        own = text if location == "subject" else strip_quoted(text)
        own = without_invisible(own)  # "north\u00adlight.com" shows as northlight.com
        for written, host in written_addresses(own):
            if host in reported or is_allowed_host(host, ctx):
                continue
            reported.add(host)
            yield Hit(
                f"Remove the web address {host}: only links to Amazon or to pages needed to complete the "
                "order are allowed.",
                written,
                location,
            )


_OPT_OUT_URL = regex.compile(
    r"unsub|opt[-_]?out|optout|abmeld|abbestell|desinscri|d%C3%A9sinscri|desabonn|dar(?:se)?[-_]?de[-_]?baja|disiscri|"
    r"cancella(?:zione)?[-_]?iscrizione|email[-_]?preferences|manage[-_]?preferences|preference[-_]?center",
    regex.IGNORECASE,
)


@rule(
    "link.opt-out",
    guideline="Link to opt out of messaging",
    default=Action.REJECT,
    summary="unsubscribe / opt-out links or text, List-Unsubscribe header",
    section="D",
)
def opt_out(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Finds unsubscribe or opt-out offers: a `List-Unsubscribe` header, a link to an unsubscribe
    page, or text telling the buyer how to stop receiving messages, in any of the supported
    languages: a wish the buyer may voice ("if you no longer want these emails", "diese E-Mails nicht
    mehr erhalten möchten", "these emails no longer interest you?") or a promise to stop. A statement
    of fact about mail the buyer will not get ("you will not receive marketing emails from us", "you
    won't receive further emails once the return is closed") offers nothing to opt out of.

    ## Why is this bad?
    Buyers manage their messaging preferences in their Amazon account; a seller's opt-out link
    treats the message as marketing mail, which Permitted Messages are not.

    ## Example
    `To opt out of further messages from this seller, reply with UNSUBSCRIBE.`

    ## Fix
    Remove the unsubscribe text and link, and have your mail tool stop adding a
    `List-Unsubscribe` header to messages for buyers.
    """
    msg = ctx.message
    for name in ("List-Unsubscribe", "List-Unsubscribe-Post"):
        value = msg.header(name)
        if value:
            yield Hit(
                f"Remove the {name} header: messages to buyers must not offer an opt-out.",
                value,
                f"header:{name}",
            )
            break
    for link in msg.links:
        if _OPT_OUT_URL.search(link.href) or (link.is_anchor and phrases.search("links.opt_out", link.text)):
            yield Hit("Remove the unsubscribe / opt-out link.", link.text or link.href, link.location)
    for location, text in msg.texts():
        own = without_arabic_marks(text if location == "subject" else strip_quoted(text))
        m = next((m for m in phrases.finditer("links.opt_out", own) if not _about_device_app(own, m)), None)
        if m is not None:
            yield Hit("Remove the text offering to opt out of messages.", phrases.excerpt(own, m), location)


_SENTENCE_END = regex.compile(r"[.!?。！？\n]")


def _about_device_app(text: str, m: regex.Match[str]) -> bool:
    """Whether the opt-out wording `m` is a how-to for a product app's own notifications or reports ("to
    unsubscribe from the app's weekly ride reports, open Settings"): its sentence names a stream that
    belongs to the app (links.opt_out_app), not the seller's messages."""
    start = max((e.end() for e in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
    end_m = _SENTENCE_END.search(text, m.end())
    sentence = text[start : end_m.start() if end_m else len(text)]
    return phrases.search("links.opt_out_app", sentence) is not None


_URL_TEXT = regex.compile(r"(?:https?://|s?ftps?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?", regex.IGNORECASE)
_TRIM = regex.compile(r"^[\s\p{P}\p{S}\p{Cf}]+|[\s\p{P}\p{S}\p{Cf}]+$")  # \p{Cf}: zero-width characters


def link_text_problem(text: str) -> str | None:
    """Why a link's text does not explain where it leads: 'empty', 'URL' or 'generic'; else None."""
    clean = _TRIM.sub("", " ".join(text.split()))
    if not clean:
        return "empty"
    if _URL_TEXT.fullmatch(clean):
        return "URL"
    if phrases.fullmatch("links.generic_text", clean) is not None:
        return "generic"
    return None


@rule(
    "style.link-text",
    guideline="Accessibility issues from links without explanatory text (for example, Click here for "
    "warranty information)",
    default=Action.REJECT,
    summary='link text that is empty, a bare URL, or a generic phrase ("click here", "here", "link", "more")',
    section="E",
)
def link_text(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Judges the text of every HTML link: it must say where the link leads. Empty text, a bare URL
    and generic phrases ("click here", "here", "link", "more", "more information", "details",
    "hier klicken", "weitere Informationen", "cliquez ici", "plus d'infos", "詳細はこちら" …) fire. A link whose only content is an image has the image's `alt` as its text. URLs written
    in a plain-text part are not judged here.

    ## Why is this bad?
    Screen readers list links by their text; "click here" tells the buyer nothing about where
    the link goes.

    ## Example
    `<a href="https://www.amazon.com/review/create-review?asin=B0...">Click here</a>`

    ## Fix
    Write what the link does as its text, e.g. "Write a review of the desk organizer on Amazon".
    """
    for link in ctx.message.links:
        if not link.is_anchor:
            continue
        href = link.href.strip()
        if not href or href.startswith("#") or url_scheme(href) in ("mailto", "tel", "sms", "javascript"):
            continue
        problem = link_text_problem(link.text)
        if problem is None:
            continue
        message = {
            "empty": "Give this link a text that says what it leads to; it has no text.",
            "URL": "Replace the bare address shown as the link's text with words that say what the link leads to.",
            "generic": f'Replace the link text "{link.text.strip()}" with words that say what the link leads to.',
        }[problem]
        yield Hit(message, f"{link.text.strip() or '(no text)'} -> {href}", "html")
