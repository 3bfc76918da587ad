"""Content rules of section D: email addresses, phone numbers, sensitive words.

Word lists and context phrases live in `policies/data/<lang>/content.toml`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import cache

import phonenumbers
import regex

from policies import phrases
from policies.context import Context
from policies.findings import Action, Hit
from policies.language import LISTED_NEIGHBOUR
from policies.marketplace import buyer_marketplace, is_buyer_address, same_buyer
from policies.message import _ATTRIBUTION, ORDER_ID, find_order_ids, may_quote, strip_quoted
from policies.rule import rule
from policies.rules._units import at_addresses, stand_in_emails, without_arabic_marks, without_invisible

# Compiled once: a pattern given as a string is looked up in regex's cache on every call (~10 us).
_NON_DIGIT = regex.compile(r"\D")
_PHONE_SEPARATOR = regex.compile(r"[ \t().\-/\u2010-\u2012]")
_THREE_DIGITS = regex.compile(r"\d{3}")
# Japanese writes a number's groups with dashes NFKC keeps: the minus sign from a JIS keyboard (U+2212), the
# long-vowel mark typed for a hyphen (ー), the horizontal bar (―): "０１２０−４５６−７８２" is 0120-456-782.
# Only between digits, one character for one, so offsets and evidence stay put.
_CJK_DIGIT_DASH = regex.compile(r"(?<=\d)[\u2212\u30fc\u2015](?=\d)")


def nfkc(text: str) -> str:
    """Fullwidth digits and ＠ (common in Japanese mail) read as their ASCII forms; characters no reader
    sees (a soft hyphen, a word joiner) taken out, so that "info\u00ad@shop.com" is the address it shows."""
    return without_invisible(unicodedata.normalize("NFKC", text))


def body_texts(ctx: Context) -> Iterator[tuple[str, str]]:
    """(location, text) of every readable body part, then the HTML text a buyer reads outside the body.

    An image's alt text is shown where images are blocked, an image's or a link's title as a tooltip,
    a hidden preheader in the inbox list (`Message.unseen_texts`): an address or a phone number there
    reaches the buyer as surely as one in the text (one per line, so a context word of one text does
    not excuse another's number).
    """
    for part in ctx.message.parts:
        yield part.kind, part.text
    unseen = ctx.message.unseen_texts
    if unseen:
        yield "html", "\n".join(unseen)


# ---------------------------------------------------------------------------------------------
# content.email-address

# Japanese writes on straight after an address ("info(at)shop.jpまで"): kana and kanji end it as a space does.
_CJK_LETTER = r"[\p{Han}\p{Hiragana}\p{Katakana}]"
# The same holds for a plain address: "alias@marketplace.amazon.co.jpのメール:" (Apple Mail's Japanese attribution)
# ends at "jp"; no top-level domain mixes Latin letters with kana or kanji.
EMAIL = regex.compile(
    r"(?<![\w.+%-])[\w.%+-]{1,64}@(?:[\p{L}\p{N}-]{1,63}\.)+"
    r"(?:\p{Latin}{2,24}(?=" + _CJK_LETTER + r")|\p{L}{2,24}(?![\w-]|\.[\p{L}\p{N}]))"
)
# Obfuscated forms: "name [at] shop [dot] com", "name (at) shop.com". A plain dot stays on its line: the full
# stop ending "name[at]shop[dot]it." is not one more label reaching into the next paragraph.
OBFUSCATED_EMAIL = regex.compile(
    r"(?<![\w.-])[\w.+-]{1,64}\s*(?:\[\s*at\s*\]|\(\s*at\s*\)|\{\s*at\s*\}|<\s*at\s*>)\s*[\w-]{1,63}"
    r"(?:(?:\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\})\s*|[ \t]*\.[ \t]*)[\w-]{1,63})*"
    # the top-level domain ends at a non-letter, or at kana and kanji: "info(at)shop.jpまで"
    r"(?:\s*(?:\[\s*dot\s*\]|\(\s*dot\s*\)|\{\s*dot\s*\})\s*|[ \t]*\.[ \t]*)[a-z]{2,24}(?:\b|(?=" + _CJK_LETTER + r"))",
    regex.IGNORECASE,
)


@cache
def _bracketed_at() -> re.Pattern[str]:
    """Any word for @ in brackets ("[at]", "(arobase)"): what OBFUSCATED_EMAIL and a spelt-out address need.
    The stdlib engine: it finds the opening bracket fast, where regex tries every position."""
    words = phrases.word_set("content.email_at") | phrases.word_set("content.email_at_bare")
    return re.compile(r"[\[({<][ \t]*(?:" + "|".join(re.escape(w) for w in words) + r")[ \t]*[\])}>]", re.IGNORECASE)


# "at" is also an ordinary English word ("the video is at shop(dot)com"): bare, it makes an address only with
# every dot spelt out bare too ("support at shop dot com"); bracketed ("(at)") it always does.
_AMBIGUOUS_AT = frozenset({"at"})


def _alternation(words: frozenset[str] | set[str], *, latin: bool) -> str:
    # Latin words ("ät", "arroba") stand between spaces; Japanese ones ("アットマーク") need none
    chosen = sorted((w for w in words if all(ord(c) < 0x3000 for c in w) == latin), key=len, reverse=True)
    return "|".join(regex.escape(w) for w in chosen)


def _around(words: frozenset[str] | set[str], bracketed_words: frozenset[str]) -> str:
    """One of the words as a separator: bracketed ("(punkt)"), or bare between spaces ("arroba"); a
    Japanese word ("アットマーク") needs no spaces."""
    alts = [r"\s*[\[({<]\s*(?:" + "|".join(regex.escape(w) for w in sorted(bracketed_words, key=len, reverse=True)) + r")\s*[\])}>]\s*"]
    latin, cjk = _alternation(words, latin=True), _alternation(words, latin=False)
    if latin:
        alts.append(r"\s+(?:" + latin + r")\s+")
    if cjk:
        alts.append(r"\s*(?:" + cjk + r")\s*")
    return "(?:" + "|".join(alts) + ")"


@cache
def _spelt_out_email() -> tuple[Callable[[str], bool], regex.Pattern[str]]:
    """(hint, address) for an address spelt out in the message's words: "service(at)shop(punkt)de",
    "ayuda arroba tienda punto es", "info アットマーク shop ドット jp", "support at shop dot com". The words
    for @ and the dot live in content.toml per language; the address ends in a known top-level domain."""
    at, dot = phrases.word_set("content.email_at"), phrases.word_set("content.email_dot")
    tld = "|".join(sorted(phrases.word_set("content.email_tld"), key=len, reverse=True))
    local, label = r"(?<![\w.-])[A-Za-z0-9._%+-]{1,64}", r"[A-Za-z0-9-]{1,63}"
    end = r"(?:" + tld + r")(?:(?![\w-])|(?=" + _CJK_LETTER + r"))(?!\.[A-Za-z0-9])"
    # after a bracketed or unambiguous word for @ (or a real @), the dots may be spelt out or plain:
    # "ayuda arroba tienda.es", "sav@boutique point fr"
    sep = _around(dot, dot)[:-1] + r"|[ \t]*\.[ \t]*)"
    # A language's bare word for @ that is also an everyday word (content.email_at_bare: Turkish "et") makes an
    # address only with that language's own dot word spelt out for every dot: "destek et magaza nokta com".
    # Bracketed ("(et)") it is as unambiguous as a bracketed "(at)".
    bare_at: set[str] = set()
    own_language: list[str] = []
    for code in phrases.languages():
        words, own_dot = phrases.word_set("content.email_at_bare", code), phrases.word_set("content.email_dot", code)
        if words and own_dot:
            bare_at |= words
            dot_l = r"\s+(?:" + _alternation(own_dot, latin=True) + r")\s+"
            own_language.append(local + r"\s+(?:" + _alternation(words, latin=True) + r")\s+" + label
                                + r"(?:" + dot_l + label + r")*" + dot_l + end)
    at_form = _around(at - _AMBIGUOUS_AT, at | bare_at)[:-1] + r"|\s*@\s*)"
    spelt = local + at_form + label + r"(?:" + sep + label + r")*" + sep + end
    bare_dot = r"\s+(?:" + _alternation(dot, latin=True) + r")\s+"
    english = local + r"\s+(?:" + "|".join(regex.escape(w) for w in _AMBIGUOUS_AT) + r")\s+" + label
    english += r"(?:" + bare_dot + label + r")*" + bare_dot + end
    address = regex.compile("|".join(r"(?:" + p + r")" for p in (spelt, english, *own_language)), regex.IGNORECASE)
    # Every such address has an @-form that is not an everyday word: a bracketed one ("(at)", judged by the
    # caller with _bracketed_at), a word of its own ("arroba", "アットマーク"), or an @ / a bare "at" before
    # spelt dots. Tested cheaply first (one alternation of plain words on the lower-cased text, in the stdlib
    # engine); the address pattern runs only on a text that passes.
    own = re.compile("|".join(re.escape(w) for w in at - _AMBIGUOUS_AT if len(w) > 2)
                     + "|" + "|".join(re.escape(f" {w} ") for w in at - _AMBIGUOUS_AT if len(w) <= 2))
    dots = re.compile("|".join(re.escape(w) for w in dot))
    at_then_dot = re.compile(
        r"(?:@|\bat\s)\s*[A-Za-z0-9-]{1,63}\s*[\[({<]?\s*(?:" + "|".join(re.escape(w) for w in dot) + r")(?![A-Za-z])",
        re.IGNORECASE,
    )

    own_patterns = [regex.compile(p, regex.IGNORECASE) for p in own_language]

    # an @ with a space on either side ("care @ shop . com"): spaced out so that filters miss it
    spaced_at = re.compile(r"[A-Za-z0-9._%+-](?:\s+@\s*|\s*@\s+)[A-Za-z0-9-]")
    # The longer words are found by the phrase module's scan of the whole part, which link.opt-out shares: a
    # text without any of them is not searched (the alternation of words costs ~50 ns a character: 0.9 ms
    # for 16 KB). The short ones ("ät") are looked for with `in`.
    folded = {w: phrases.fold(w) for w in at - _AMBIGUOUS_AT}
    long_words = frozenset(f for f in folded.values() if len(f) > 2)
    short_words = tuple(f" {w} " for w, f in folded.items() if len(f) <= 2)
    dot_words = frozenset(phrases.fold(w) for w in dot)

    bare_words = tuple(f" {w} " for w in bare_at)

    def hint(text: str) -> bool:
        present = phrases.document_words_in(text)
        low = text.lower()
        if own_language and any(w in low for w in bare_words) and any(p.search(text) for p in own_patterns):
            return True
        if (not long_words.isdisjoint(present) or any(w in low for w in short_words)) and own.search(low):
            return True
        if "@" in text and spaced_at.search(text):
            return True
        return (
            ("@" in low or " at " in low) and not dot_words.isdisjoint(present) and dots.search(low) is not None
            and at_then_dot.search(text) is not None
        )

    return hint, address


# "Insta @makeglow.br", "en @tienda.mx": a handle is written with the @ against the name and a space before it; the
# word before is the network ("Instagram", "TikTok") or a preposition ("on", "en", "no"), not a mailbox name. An
# address spaced out to slip past filters keeps a name before the @ ("care @shop.com") or spaces both sides.
_HANDLE = regex.compile(r"^(?P<lead>[\w.+%-]+)[ \t]+@(?=\w)")


def _is_handle(addr: str) -> bool:
    m = _HANDLE.match(addr.strip())
    return m is not None and m.group("lead").lower() in phrases.word_set("content.handle_lead")


# File-name endings that are no top-level domain: "logo@2x.png" (an image for high-density screens, often
# its alt or title text) is a file name. ".zip" and ".mov" are real top-level domains and stay out.
_FILE_ENDINGS = frozenset({"png", "jpg", "jpeg", "gif", "webp", "svg", "bmp", "tif", "tiff", "heic", "avif", "pdf",
                           "txt", "csv", "doc", "docx", "xls", "xlsx"})


# Gmail's Japanese attribution: "2026年6月11日(木) 18:22 Amazon カスタマー <alias>:" (no word for "wrote")
_JA_ATTRIBUTION = regex.compile(r"^\s*\d{4}年\d{1,2}月\d{1,2}日.{0,12}\d{1,2}:\d{2}.{0,200}[:：]\s*$")
_HEADER_LINE = regex.compile(r"^\s*>?\s*(?:from|von|de|da|van|差出人|送信者)\s*:", regex.IGNORECASE)


def _quoted_from(text: str) -> int:
    """Offset where the quoted message of a reply starts (len(text) when there is none)."""
    if not may_quote(text):
        return len(text)
    offset = 0
    for line in text.splitlines(keepends=True):
        if _ATTRIBUTION.match(line.rstrip("\r\n")):
            return offset
        offset += len(line)
    return len(text)


def _recipients(ctx: Context) -> list[str]:
    return [a for a in [*ctx.message.envelope.rcpt_to, *ctx.message.to_addrs] if a]


def _is_ignorable_address(addr: str, line: str, quoted: bool, recipients: list[str]) -> bool:
    if any(same_buyer(addr, r) for r in recipients):
        return True  # the buyer's own address
    # Amazon's alias in the attribution of a quoted reply.
    return is_buyer_address(addr) and bool(
        quoted or _ATTRIBUTION.match(line) or _JA_ATTRIBUTION.match(line) or _HEADER_LINE.match(line)
        or line.lstrip().startswith(">")
    )


@rule(
    "content.email-address",
    guideline="Email addresses",
    default=Action.REJECT,
    summary="any email address or mailto: in the body (the envelope and headers are not body)",
    section="D",
)
def email_address(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Finds email addresses written in the body (plain text or HTML, quoted or not, also
    obfuscated as "name [at] shop [dot] com", or spelt out in the message's language: "service(at)shop(punkt)de",
    "ayuda arroba tienda punto es", "contact (arobase) shop (point) fr") and `mailto:` links. The buyer's own address and
    Amazon's marketplace aliases in a quoted reply's attribution ("On …, <alias> wrote:") are
    ignored; headers (From, List-Unsubscribe …) are not the body. An @ spaced out ("care @ shop . com")
    is an address; a high-density image's file name ("logo@2x.png", often an image's alt text) is not.
    So is a name, the word "at" and a domain right after a word for writing ("write to jenny at shop.com");
    "contact us at shop.com" names a website (link.external judges it).

    ## Why is this bad?
    Buyers and sellers must communicate through Amazon's messaging; an email address invites
    the buyer to leave it.

    ## Example
    `please email a photo of the damage to claims@myshop.example`

    ## Fix
    Ask the buyer to reply to the message instead; Amazon relays the reply and its attachments.
    """
    recipients = _recipients(ctx)
    seen: set[str] = set()
    for location, raw in body_texts(ctx):
        text = nfkc(raw)
        quoted_at = _quoted_from(text)
        bracketed_at = _bracketed_at().search(text) is not None
        for pattern in (EMAIL, OBFUSCATED_EMAIL):
            # Cheap necessary conditions first: an address has an @, an obfuscated one a bracketed "at".
            if (pattern is EMAIL and "@" not in text) or (pattern is OBFUSCATED_EMAIL and not bracketed_at):
                continue
            for m in pattern.finditer(text):
                addr = m.group(0)
                line_start = text.rfind("\n", 0, m.start()) + 1
                line_end = text.find("\n", m.end())
                line = text[line_start : line_end if line_end >= 0 else len(text)]
                if pattern is EMAIL and _is_ignorable_address(addr, line, m.start() >= quoted_at, recipients):
                    continue
                if pattern is EMAIL and addr.rsplit(".", 1)[-1].lower() in _FILE_ENDINGS:
                    continue  # "logo@2x.png", "icon@3x.jpg": a high-density image's file name, no address
                if addr.lower() in seen:
                    continue
                seen.add(addr.lower())
                yield Hit(
                    f"Remove the email address {addr}; ask the buyer to reply through Amazon's messaging instead.",
                    phrases.excerpt(text, m),
                    location,
                )
        # an @ written as a stand-in sign with its key nearby, or as the word "at" after a word for writing
        stand_ins = [(m, m.group("sign")) for m in stand_in_emails(text)] + [(m, "'at'") for m in at_addresses(text)]
        for m, sign in stand_ins:
            addr = m.group(0)
            if addr.lower() not in seen:
                seen.add(addr.lower())
                yield Hit(
                    f"Remove the email address {addr} (its @ written as {sign}); ask the buyer to reply "
                    "through Amazon's messaging instead.",
                    phrases.excerpt(text, m),
                    location,
                )
        spelt_hint, spelt = _spelt_out_email()
        if bracketed_at or spelt_hint(text):
            for m in spelt.finditer(text):
                addr = m.group(0)
                if addr.lower() in seen or any(o.search(addr) for o in (EMAIL, OBFUSCATED_EMAIL)):
                    continue  # already reported as a plain or [at]-obfuscated address
                if _is_handle(addr):
                    continue  # "no Insta @makeglow.br": a social-media handle, no address
                seen.add(addr.lower())
                yield Hit(
                    f"Remove the email address {addr.strip()}; ask the buyer to reply through Amazon's messaging instead.",
                    phrases.excerpt(text, m),
                    location,
                )
    for link in ctx.message.links:
        if link.href.strip().lower().startswith("mailto:"):
            addr = link.href.strip()[7:].split("?", 1)[0]
            if any(same_buyer(addr, r) for r in recipients) or addr.lower() in seen:
                continue
            seen.add(addr.lower())
            yield Hit(
                f"Remove the mailto: link to {addr}; ask the buyer to reply through Amazon's messaging instead.",
                link.href,
                link.location,
            )


# ---------------------------------------------------------------------------------------------
# content.phone-number

# Japanese writes a number straight after or before kana and kanji ("お電話は03-1234-5678まで"): those letters
# end a number, other letters and digits glue it into a code.
_CJK = r"[\p{Han}\p{Hiragana}\p{Katakana}]"
_CANDIDATE = regex.compile(
    r"(?<![+/.,:-])(?<!(?!" + _CJK + r")\w)(?:\+|00)?\(?\d[\d \t().\-/\u2010-\u2012]{5,22}\d"
    r"(?!(?!" + _CJK + r")\w|[/-]|[.,]\d)"
)
# Every _CANDIDATE match is at most 2 characters ("+(") and then a digit, 5 or more characters of the
# class [\d \t().-/‐‑‒] and a digit, in a row. In an ASCII text those runs are found in a copy with
# digits as "d", the rest of the class as "s" and anything else as "." (a translation and a search
# for "d": C speed), and the costly pattern (a look-behind tried at every character) runs only there.
_RUN_MAP = str.maketrans({chr(c): "d" if chr(c).isdigit() else "s" if chr(c) in " \t().-/" else "." for c in range(128)})
_RUN = re.compile(r"d[ds]{5,}d")
_DATE = regex.compile(r"(?P<a>\d{1,4})[./-](?P<b>\d{1,2})[./-](?P<c>\d{1,4})")


def _is_date(cand: str) -> bool:
    """`cand` reads as a calendar date (year first, or day and month first in either order). A Japanese
    toll-free number grouped 4-2-4 ("0120-58-3921") has the date's shape but no month or year in it."""
    m = _DATE.fullmatch(cand)
    if m is None:
        return False
    a, b, c = (int(m.group(g)) for g in "abc")
    if len(m.group("a")) > 2:  # year first: 2026-06-08
        return len(m.group("a")) == 4 and 1900 <= a <= 2100 and 1 <= b <= 12 and 1 <= c <= 31 and len(m.group("c")) <= 2
    if len(m.group("c")) not in (2, 4) or len(m.group("c")) == 4 and not 1900 <= c <= 2100:
        return False
    return 1 <= b <= 12 and 1 <= a <= 31 or 1 <= a <= 12 and 1 <= b <= 31  # day first or month first
# A date and the hour of a time after it ("Em 08/06/2026 18:04, ... escreveu:", "am 05.06.2026 14:30 Uhr"): the
# candidate class takes the space but stops at the colon, so "08/06/2026 18" would read as a 10-digit number.
# With dots the minutes are inside ("05.06.2026 18.04"); with a colon, "h" or "Uhr" they follow; a window's hours
# ("17.06.2026 8-12 Uhr") count only with the time word after them.
_DATE_HOUR = regex.compile(
    r"(?P<a>\d{1,4})[./-](?P<b>\d{1,2})[./-](?P<c>\d{2}|\d{4})[ \t]+(?:[01]?\d|2[0-3])(?P<min>\.[0-5]\d)?"
    r"(?P<range>-(?:[01]?\d|2[0-3])(?:\.[0-5]\d)?)?"  # a delivery window: "17.06.2026 8-12 Uhr"
)
_TIME_AFTER = regex.compile(r"(?:[:h][0-5]\d(?!\d)|\s*(?:Uhr|uur|hrs?|h)\b|\s*時)")


def _date_and_hour(cand: str, tail: str) -> bool:
    """`cand` is a calendar date followed by the hour of a time (the minutes in it or in `tail`)."""
    m = _DATE_HOUR.fullmatch(cand)
    if m is None or ((m.group("min") is None or m.group("range") is not None) and _TIME_AFTER.match(tail) is None):
        return False
    a, b, c = int(m.group("a")), int(m.group("b")), int(m.group("c"))
    if len(m.group("a")) == 4:
        return 1 <= b <= 12 and 1 <= c <= 31 and len(m.group("c")) == 2  # 2026-06-08 18:04
    if len(m.group("a")) > 2:
        return False
    return 1 <= b <= 12 and 1 <= a <= 31 or 1 <= a <= 12 and 1 <= b <= 31  # day first or month first


_PRICE_BEFORE = regex.compile(
    r"(?:[$€£¥₹]|\b(?:EUR|USD|GBP|JPY|CHF|CAD|AUD|MXN|円|Fr\.?))\s*$", regex.IGNORECASE
)
_PRICE_AFTER = regex.compile(r"^\s*(?:[$€£¥₹%]|EUR|USD|GBP|JPY|CHF|円|ドル|ユーロ)", regex.IGNORECASE)
_UNIT_AFTER = regex.compile(
    r"^\s*(?:x\b|×|mm|cm|m\b|km|kg|g\b|mg|ml|l\b|lbs?|oz|in\b|inch|ft|w\b|v\b|mah|°|pcs|pieces|stück|pz|uds|個|枚|本)",
    regex.IGNORECASE,
)
_NANP = regex.compile(r"(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}")
_ES = regex.compile(
    r"[6-9]\d{2}[ .]\d{3}[ .]\d{3}|[89]\d[ .]\d{3}[ .]\d{2}[ .]\d{2}|[6-9]\d{2}[ .]\d{2}[ .]\d{2}[ .]\d{2}"
)
_IT_MOBILE = regex.compile(r"3\d{2}[ .]\d{3,4}[ .]?\d{3,4}")
# A Chinese mobile number, 3-4-4 ("138 0013 8000"): what a WeChat contact gives, on any marketplace.
_CN_MOBILE = regex.compile(r"1[3-9]\d[ -]\d{4}[ -]\d{4}")
# Brazil: a two-digit area code in brackets, then 4 (landline) or 5 (mobile, leading 9) digits, a hyphen or
# a space, and 4 digits: "(11) 3456-7890", "(21) 98765-4321"; without brackets only the mobile form
# ("11 98765-4321"), which no date, price or register number takes.
_BR = regex.compile(r"\([1-9]\d\)\s?(?:9\d{4}|[2-5]\d{3})[-\s]\d{4}|[1-9]\d\s9\d{4}-\d{4}")
# Polish numbers have no trunk 0: a landline "(22) 123-45-67" / "58 300 12 45" (area code, 3-2-2) and a mobile
# "512 444 789" (3-3-3). Read so only for an amazon.pl buyer (region PL), and only when valid there.
_PL = regex.compile(r"\(?[1-9]\d\)?[ .-]\d{3}[ .-]\d{2}[ .-]\d{2}|[4-8]\d{2}[ .-]\d{3}[ .-]\d{3}")
# A label glued to its number by a colon ("TEL:0120-...", "Tel.:089 ..."): a space after the colon lets
# _CANDIDATE (which starts after no ":", so that "10:30" and "2:1" stay times and ratios) read the number.
_LABEL_COLON = re.compile(r"(?<=[^\W\d_]):(?=[+(\d])|(?<=[^\W\d_]\.):(?=[+(\d])")
# Upper-case code tokens between a number label and the candidate ("Sendungsnummer 1Z 999 AA1 01 2345
# 6784"): the candidate is the tail of that code, not a phone number.
# A vanity toll-free number ("1-800-FLOWERS", "(888) GO-FEDEX", "0800 BUY-MORE"): its letters are keypad
# digits, so it is dialled like any other. Capital letters only, at least two together ("1-800-flowers.com"
# is a web address). The gate: a toll-free code just before a capital or a digit (a literal-led scan).
_TOLL_FREE = re.compile(r"8(?:00|33|44|55|66|77|88)\)?[ .-]?[A-Z0-9]")
_VANITY = regex.compile(
    r"(?<![\w.,/-])(?P<prefix>(?:\+|00)?1[ .-]?(?=\(?8)|0(?=8))?\(?8(?:00|33|44|55|66|77|88)\)?[ .-]?"
    r"(?=[A-Z0-9 .-]*?[A-Z]{2})(?:[A-Z0-9][ .-]?){6,9}[A-Z0-9](?![\w]|\.[A-Za-z]|-[A-Z0-9])"
)
_KEYPAD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "22233344455566677778889999")
_CODE_GAP = regex.compile(r"\s*(?:[A-Z0-9]{1,12}[ -]){1,6}")
_SENTENCE_END = regex.compile(r"(?<=[.!?。！？])\s+(?=\S)|(?<=[。！？])")
_REGIONS = ("US", "GB", "DE", "FR", "IT", "ES", "JP")
# The phone region a marketplace's buyers live in: their numbers are read as local numbers there
# ("0 (532) 123 45 67" in Turkey, "(11) 3456-7890" in Brazil, "050 123 4567" in the Emirates).
_MARKET_REGION = {
    "amazon.com": "US", "amazon.ca": "CA", "amazon.co.uk": "GB", "amazon.de": "DE", "amazon.at": "AT",
    "amazon.fr": "FR", "amazon.com.be": "BE", "amazon.it": "IT", "amazon.es": "ES", "amazon.com.mx": "MX",
    "amazon.co.jp": "JP", "amazon.com.au": "AU", "amazon.in": "IN", "amazon.nl": "NL", "amazon.se": "SE",
    "amazon.pl": "PL", "amazon.ie": "IE", "amazon.com.br": "BR", "amazon.com.tr": "TR", "amazon.ae": "AE",
    "amazon.sa": "SA", "amazon.eg": "EG",
}  # fmt: skip


def _regions(ctx: Context) -> tuple[str, ...]:
    first = [_MARKET_REGION.get(buyer_marketplace(a) or "", "") for a in _recipients(ctx)]
    return tuple(dict.fromkeys([r for r in first if r] + list(_REGIONS)))


def _looks_like_phone(cand: str, regions: tuple[str, ...], phone_word: bool) -> bool:
    digits = _NON_DIGIT.sub("", cand)
    if not 7 <= len(digits) <= 15:
        return False
    separated = _PHONE_SEPARATOR.search(cand.strip()) is not None
    international = cand.startswith(("+", "00"))
    if international:
        try:
            num = phonenumbers.parse("+" + digits[2:] if cand.startswith("00") else cand, None)
            return phonenumbers.is_possible_number(num)
        except phonenumbers.NumberParseException:
            return False
    if not separated and not phone_word:
        return False  # a bare digit run: a reference, an account or a register number
    if phone_word:
        return any(_possible(cand, r) for r in regions)
    if (_NANP.fullmatch(cand.strip()) or _ES.fullmatch(cand.strip()) or _IT_MOBILE.fullmatch(cand.strip())
            or _BR.fullmatch(cand.strip()) or _CN_MOBILE.fullmatch(cand.strip())):
        return True
    if "PL" in regions and _PL.fullmatch(cand.strip()) and _valid(cand, "PL"):
        return True
    if cand.lstrip("(").startswith("0"):
        return any(_valid(cand, r) for r in regions)
    return False


def _possible(cand: str, region: str) -> bool:
    try:
        return phonenumbers.is_possible_number(phonenumbers.parse(cand, region))
    except phonenumbers.NumberParseException:
        return False


def _valid(cand: str, region: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(cand, region))
    except phonenumbers.NumberParseException:
        return False


def _context(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The sentence, the line and the line before (the nearest non-empty one) around a span."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    before = text[:line_start].rstrip("\n").rsplit("\n", 1)
    prev = before[-1] if before and before[-1].strip() else (before[-2] if len(before) > 1 else "")
    # The sentence may be wrapped over several lines of its paragraph.
    para_start = max(text.rfind("\n\n", 0, start) + 2, 0) if text.rfind("\n\n", 0, start) >= 0 else 0
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    paragraph = text[para_start:para_end].replace("\n", " ")
    rel = start - para_start
    sentence_start = 0
    for m in _SENTENCE_END.finditer(paragraph):
        if m.end() > rel:
            return paragraph[sentence_start : m.start()], line, prev
        sentence_start = m.end()
    return paragraph[sentence_start:], line, prev


def _candidates(text: str) -> list[regex.Match[str]]:
    """_CANDIDATE.finditer(text), looked for only where a run of its characters is."""
    if not text.isascii():
        return list(_CANDIDATE.finditer(text))
    found: list[regex.Match[str]] = []
    for run in _RUN.finditer(text.translate(_RUN_MAP)):
        # from the "+(" before the run's first digit to the two characters the end's look-ahead reads
        # (too few for another match to start there); the look-behind sees the text before the start
        found.extend(_CANDIDATE.finditer(text, max(0, run.start() - 2), min(len(text), run.end() + 2)))
    return found


_SPELT_SEPARATOR = r"(?:[ \t]*[-/,.][ \t]*|[ \t]+)"
_SPELT_SPLIT = re.compile(r"(\s*[-/,.‐－ー・]\s*|\s+)")
_GROUP_BREAK = re.compile(r"[-/,.‐－ー・]")


@cache
def _spelt_digits() -> tuple[dict[str, str], re.Pattern[str] | None, re.Pattern[str] | None]:
    """(word -> digit, latin run, kanji run) for digits written as words in any language ("null eins fünf zwei -
    drei ...", "〇三‐一二三四‐五六七八"): seven or more in a row are a number spelt out, and a phone number so
    written is still one. The words live in content.toml (content.digit.d0 ... d9)."""
    table: dict[str, str] = {}
    for digit in range(10):
        for word in phrases.word_set(f"content.digit.d{digit}"):
            table[word.casefold()] = str(digit)
    for times in (2, 3):  # "double four" is 44: the word stands for the next digit's repeats ("*2")
        for word in phrases.word_set(f"content.digit.repeat{times}"):
            table[word.casefold()] = f"*{times}"
    latin = sorted((w for w in table if ord(w[0]) < 0x3000), key=len, reverse=True)
    cjk = [w for w in table if w not in latin]
    latin_run = kanji_run = None
    if latin:
        word = r"(?<!\w)(?:" + "|".join(re.escape(w) for w in latin) + r")(?!\w)"
        latin_run = re.compile(word + r"(?:" + _SPELT_SEPARATOR + word + r"){6,}", re.IGNORECASE)
    if cjk:
        kanji = "[" + "".join(cjk) + "]"
        kanji_run = re.compile(kanji + r"(?:[\-‐－ー・ ]?" + kanji + r"){6,}")
    return table, latin_run, kanji_run


# The gate of spelt_digits. In a run of seven digit words the five inside ones have a separator
# ([ \t,./-]) on both sides, so with ASCII punctuation made spaces they are five whole tokens in a row;
# the outer two may be glued to other signs ("sieben😀"). str.split is C-speed, a \w+ findall 4x slower.
_ASCII_NOT_WORD = str.maketrans(dict.fromkeys((chr(c) for c in range(128) if not (chr(c).isalnum() or c == 95)), " "))
_FIVE_IN_A_ROW = b"\x01" * 5


def spelt_digits(text: str) -> str:
    """The text with each run of seven or more digit words replaced by its digits: words between spaces
    join into one group, a hyphen, slash, comma or full stop between them starts a new group."""
    table, latin_run, kanji_run = _spelt_digits()

    def digits(m: re.Match[str]) -> str:
        out: list[str] = []
        times = 1
        for piece in _SPELT_SPLIT.split(m.group(0)):
            key = piece.casefold()
            if key in table and table[key][0] == "*":
                times = int(table[key][1:])
            elif key in table:
                out.append(table[key] * times)
                times = 1
            elif piece and all(ch in table for ch in piece):
                out.append("".join(table[ch] for ch in piece))  # kanji digits written together
            elif _GROUP_BREAK.search(piece):
                out.append(" ")  # a hyphen, slash, comma or full stop starts a new group
        return "".join(out)

    # Cheap necessary condition first (C-speed): five digit words in a row among the text's tokens (one
    # byte per token, 1 for a digit word). A count alone let every French text through ("un", "deux"), and
    # the run pattern costs ~4 ms on 16 KB of text.
    if latin_run is not None and _FIVE_IN_A_ROW in bytes(
        map(table.__contains__, text.casefold().translate(_ASCII_NOT_WORD).split())
    ):
        text = latin_run.sub(digits, text)
    if kanji_run is not None and not text.isascii():
        text = kanji_run.sub(digits, text)
    return text


def phone_numbers(text: str, regions: tuple[str, ...]) -> Iterator[tuple[regex.Match[str], bool]]:
    """(match, allowed) for each phone number in `text`; allowed = next to a warranty, carrier or
    manufacturer word."""
    order_spans: list[tuple[int, int]] | None = None
    for m in _candidates(text):
        cand = m.group(0).rstrip(" ).-/")
        if not text.isascii():
            # An order ID written with other dashes (en-dash, non-breaking hyphen) is one to ORDER_ID, but
            # the candidate class stops at those dashes: a 7-digit group of it is no phone number either.
            if order_spans is None:
                order_spans = [(o.start(), o.end()) for o in find_order_ids(text)]
            if any(s <= m.start() and m.end() <= e for s, e in order_spans):
                continue
        if cand.count("(") != cand.count(")") and cand.startswith("("):
            cand = cand.lstrip("(")
        if ORDER_ID.search(cand) or _is_date(cand.strip()):
            continue
        if _date_and_hour(cand.strip(), text[m.end() : m.end() + 6]):
            continue
        head = text[max(0, m.start() - 40) : m.start()]
        tail = text[m.end() : m.end() + 12]
        if _PRICE_BEFORE.search(head) or _PRICE_AFTER.match(tail) or _UNIT_AFTER.match(tail):
            continue
        line_head = head.rsplit("\n", 1)[-1]
        label = None
        for lm in phrases.finditer("content.not_phone", line_head):
            label = lm
        word_before = None
        for wm in phrases.finditer("content.phone_word", line_head):
            word_before = wm
        if (
            label is not None
            and (len(line_head) - label.end() <= 6 or _CODE_GAP.fullmatch(line_head, label.end()) is not None
                 # "the part number for the filter is …", "Ersatzteilnummer lautet …", "la referencia del filtro es …"
                 or phrases.fullmatch("content.not_phone_link", line_head[label.end() :]) is not None)
            and (word_before is None or word_before.start() < label.start())
        ):
            continue  # "VAT no. …", "Kundennummer: …", "HRB …": the label right before names the number
        sentence, line, prev = _context(text, m.start(), m.end())
        phone_word = word_before is not None or phrases.search("content.phone_word", sentence) is not None
        if not _looks_like_phone(cand, regions, phone_word):
            continue
        allowed = any(phrases.search("content.phone_context", s) is not None for s in (sentence, line, prev))
        yield m, allowed
    if _TOLL_FREE.search(text) is not None:
        for m in _VANITY.finditer(text):
            sentence, line, prev = _context(text, m.start(), m.end())
            if m.group("prefix") is None and phrases.search("content.phone_word", sentence) is None:
                continue  # "800-DELUXE" alone may be a model name; a leading 1 or 0, or "call", makes it a number
            allowed = any(phrases.search("content.phone_context", s) is not None for s in (sentence, line, prev))
            yield m, allowed


@rule(
    "content.phone-number",
    guideline="Telephone numbers except those related to warranties, shipping providers, or manufacturers",
    default=Action.REJECT,
    summary="a phone number not next to a warranty / carrier / manufacturer context",
    section="D",
    heuristic=True,
)
def phone_number(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Finds telephone numbers in what the seller wrote and allows those next to a warranty,
    carrier/shipping or manufacturer word (in the same sentence or line, or the line before).
    Order IDs, tracking numbers, dates, prices, and company, register or VAT numbers are not
    phone numbers; a trade register names its court town between its label and the number ("RCS
    Lyon B 812 345 678", "RPM Liège 0123.456.789"), and the town belongs to the label. A helpdesk
    ticket, case or request number is a reference when its label carries a number word ("N.º de
    incidencia", "Anfrage-Nr.", "richiesta n.", "Request ID", 「受付番号」); a bare "Anfragen:",
    "demandes :" or "Réclamations" before a number introduces a support line and is no label. The seller's own general support line is not allowed: "service client",
    "atención al cliente", "servizio clienti" introduce it and are no customer-number label. A label
    glued to its number ("TEL:0120-123-456") is read like one with a space; the tail of an upper-case
    code after its label ("Sendungsnummer 1Z 999 AA1 01 2345 6784") is part of that code. A vanity
    toll-free number ("1-800-FLOWERS", "0800 BUY-MORE": capital letters for keypad digits) is a phone
    number too; without a leading 1 or 0 ("800-DELUXE") it counts only next to a word like "call".
    Messaging apps and texting are phone words ("text me", "WeChat", "Telegram", LINE in capitals), and
    digits spoken the British way ("oh seven seven double oh ...") spell a number out.

    ## Why is this bad?
    Buyers and sellers must communicate through Amazon; only the numbers of a warranty service,
    a shipping provider or a manufacturer may be given.

    ## Example
    `If you have any questions, please call our customer service on +44 161 496 0752.`

    ## Fix
    Remove the number and invite the buyer to reply to the message. A carrier's, manufacturer's
    or warranty hotline's number may stay: say whose number it is next to it.
    """
    regions = _regions(ctx)
    seen: set[str] = set()
    for location, raw in body_texts(ctx):
        text = spelt_digits(nfkc(strip_quoted(raw)))
        if not text.isascii():
            text = _CJK_DIGIT_DASH.sub("-", text)
        if ":" in text:
            text = _LABEL_COLON.sub(": ", text)
        for m, allowed in phone_numbers(text, regions):
            digits = _NON_DIGIT.sub("", m.group(0).upper().translate(_KEYPAD))
            if allowed or digits in seen:
                continue
            seen.add(digits)
            yield Hit(
                f"Remove the phone number {m.group(0).strip()}; only warranty, shipping-provider or manufacturer "
                "numbers are allowed (say whose number it is next to it).",
                phrases.excerpt(text, m),
                location,
            )
    for link in ctx.message.links:
        if (
            link.href.strip().lower().startswith("tel:")
            and not _THREE_DIGITS.search(link.text)
            and phrases.search("content.phone_context", link.text) is None
        ):
            yield Hit(
                "Remove the telephone link; only warranty, shipping-provider or manufacturer numbers are allowed.",
                link.href,
                link.location,
            )


# ---------------------------------------------------------------------------------------------
# content.sensitive


def _message_languages(ctx: Context) -> list[str]:
    known = set(phrases.languages())
    detected = ctx.message.languages
    langs = [lang for lang, share in detected if share >= 0.2 and lang in known]
    if not langs and detected and detected[0][0] in known:
        langs = [detected[0][0]]
    if not langs and detected and LISTED_NEIGHBOUR.get(detected[0][0]) in known:
        langs = [LISTED_NEIGHBOUR[detected[0][0]]]  # a short text read as a neighbour without word lists
    return langs


def _innocent_homograph(word: str, lang: str, present: set[str]) -> bool:
    """Whether `word`, sensitive in `lang`, is an ordinary word of another language of the message."""
    return any(
        phrases.fullmatch("content.innocent", word, other) is not None for other in present if other != lang
    )


# A mask character next to a letter ("f***ing", "Sch#*e"), or a digit standing for a letter inside a Latin
# word ("m3rde", "c4zzo", "j0dido": one or two of 0 1 3 4 5 with a Latin letter on both sides; "3日" in
# Japanese is a date): the one place masked profanity (content.sensitive_masked) can be, looked for in C
# before its patterns run. The mask character comes first in each pattern so that the engine skips to it
# (a letter first was tried at every letter); two patterns, as an alternation of the two was tried at every
# character (0.76 ms for 16 KB, 0.15 ms apart).
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
_MASK_CHAR_BY_LETTER = re.compile(r"[*#$@%](?:(?<=[^\W\d_].)|(?=[^\W\d_]))")
_DIGIT_IN_WORD = re.compile(rf"[01345](?:(?<=[{_LATIN}][01345])|(?<=[{_LATIN}][01345]{{2}}))(?=[01345]?[{_LATIN}])")


def _masked(text: str) -> bool:
    return _MASK_CHAR_BY_LETTER.search(text) is not None or _DIGIT_IN_WORD.search(text) is not None


@rule(
    "content.sensitive",
    guideline="Sensitive content in images or text (for example, bare skin, violence or gore, adult or offensive language)",
    default=Action.QUARANTINE,
    summary="offensive or adult words, in the buyer's language",
    section="D",
    heuristic=True,
)
def sensitive(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Looks for offensive, adult or violent language in the subject and what the seller wrote,
    with whole-word lists for the message's languages (so "Scunthorpe" and the French "retard",
    a delay, do not fire, and knife vocabulary is not violence). An insult or a threat aimed at the
    reader is offensive without a swear word: "you are clearly too stupid to ...", "are you blind?",
    "you'll regret it", "we know where you live"; "there's no stupid question" is not one.

    ## Why is this bad?
    Offensive or adult language is never acceptable in messages to buyers.

    ## Example
    `Their drivers are useless idiots and I'm sick of taking the blame for this crap.`

    ## Fix
    Rewrite the message in neutral, polite words.
    """
    langs = _message_languages(ctx)
    if not langs:
        return
    msg = ctx.message
    # Languages the message is (partly) written in: a sensitive word of one of them that is an
    # ordinary word of another ("retard", a delay in French) is not offensive here.
    present = {lang for lang, share in msg.languages if share >= 0.1} | set(langs)
    for location, raw_text in [("subject", msg.subject), *((p.kind, strip_quoted(p.text)) for p in msg.parts)]:
        text = without_arabic_marks(raw_text)  # a word stretched with tatweel or voweled is the same word
        masked = _masked(text)
        for lang in langs:
            found_in = phrases.finditer("content.sensitive", text, lang)
            if masked:
                found_in = sorted([*found_in, *phrases.finditer("content.sensitive_masked", text, lang)],
                                  key=lambda found: found.start())
            m = next((found for found in found_in if not _innocent_homograph(found.group(0), lang, present)), None)
            if m is not None:
                yield Hit(
                    f'Remove the offensive or adult word "{m.group(0)}" and keep the message neutral and polite.',
                    phrases.excerpt(text, m),
                    location,
                )
                break
