"""`style.emoji`: Unicode emoji, pictographs and ASCII emoticons in the subject or body."""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from policies import phrases
from policies.context import Context
from policies.findings import Action, Hit
from policies.rule import rule

# ---------------------------------------------------------------------------------------------
# style.emoji

# Pictographs shown as emoji by default, keycaps, flags, and text-style symbols made emoji by U+FE0F.
_EMOJI = regex.compile(
    r"[0-9#*](?:\uFE0F\u20E3?|\u20E3)"
    r"|\p{Regional_Indicator}{2}"
    r"|\p{Extended_Pictographic}\uFE0F"
    r"|\p{Emoji_Presentation}(?:\p{Emoji_Modifier}|\uFE0F)?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*"
    r"|[\u2600-\u27BF\U0001F000-\U0001FAFF](?<=\p{Extended_Pictographic})(?:\u200D\p{Extended_Pictographic}\uFE0F?)*"
    # the same in text presentation outside those blocks: arrows like ➡ (⬅ ⬆ ⬇), Ⓜ, 〽 and the circled
    # ideographs ㊗ ㊙ (phones draw them as emoji); typographic marks (‼ ▶ ▪ ↔ 〰) stay text
    r"|[\u2B05-\u2B07\u24C2\u303D\u3297\u3299]"
    r"|\u2661"  # ♡, the white heart suit, used as ♥ is: a heart
)
# ASCII emoticons; the look-arounds keep times (10:30), "Step 1:", "Note: D-45", "1:1", "(a)", list
# markers "a)", "<3 kg" and an address in angle brackets that starts with a 3 ("<3mw69...@...>") out.
_EMOTICON = regex.compile(
    r"(?<![\w:;=<>/\\^])"
    r"(?:"
    r"[:;=][-o^']?[)(\]\[DPpOo|*](?:[)(\]]*)(?![\w\-/:.,]*\w)"
    r"|[:;]['’][-]?\("
    r"|<\\?/3(?![\d.,])"  # a broken heart "</3"
    r"|<3+(?![\w@])(?!\s*(?:[\d.,]|(?:k?g|mg|lbs?|oz|[ckm]?m|in|ft|m?l|h|hrs?|min|s|sec|days?|weeks?|months?|years?|%|€|\$|£|[mgkt]b|w|v|mah|°|x)\b))"
    r"|\^[_.\-oO]?\^(?![\w^])"
    r"|[xX]D+(?![\w-])"
    r"|[oO]_[oO]|-_-|>_<|T_T|;_;"
    # a skeptical mouth ":-/" ":/" (not "http://", "C:/", "1:/"), the cheering "\\o/", "B-)" and "8-)"
    r"|[:;][-]?[/\\](?![/\\\w])"
    r"|\\o/(?!\w)"
    r"|(?<!\S)[B8]-\)"
    # a cat's mouth ":3" after a space (not "1:3", "Ziffer:3"), the kneeling "orz", squinting ">.<"
    r"|(?<!\S)[:;]-?3(?![\w.,:/%])"
    r"|orz(?!\w)"
    r"|>\.<"
    # a smiley written the other way round, "Thanks (:" "(-;": alone after a space, so "f(:x)" and "(:S, :M)" stay
    r"|(?<!\S)\([-']?[:;](?=\s|$|[.,!?])"
    r")"
)
# Japanese kaomoji: (^^) (^_^) (*^^*) (＾▽＾) m(_ _)m (T_T) (>_<) (´・ω・`)
_KAOMOJI = regex.compile(
    r"[(（][^()（）\n\w]{0,3}[\^＾][^()（）\n\w]{0,3}[\^＾][^()（）\n]{0,3}[)）]"
    r"|[(（][\^＾][_＿.][-~][)）]|[(（][*＊][_＿.][*＊][)）]"
    r"|[(（]ツ[)）]"  # the shrug's face: ¯\_(ツ)_/¯
    r"|m[(（]_\s?_[)）]m|[(（][´`'][・･ω▽∀][^()（）\n]{0,3}[)）]|[(（][>＞TＴ;；][_＿][<＜TＴ;；][)）]"
    # a face of kaomoji marks only, one of them a mark no text uses in brackets: (￣▽￣) （＾ω＾） (・∀・)
    # (≧▽≦) (*´▽`*) (ﾟДﾟ) (。・ω・。); "（・・・）" (one mark) and "(0°)" (no such mark) are no faces
    r"|[(（](?=[^()（）\n]{0,9}[＾・･´｀￣≧≦◕ω▽∀Дд∇⌒ﾟ゜ε])(?![・･]*[)）])[\^＾・･´`｀'￣≧≦◕ω▽∀Дд∇⌒ﾟ゜εoO°ｖvー_＿;；TＴ><＞＜\-*＊。｡ \u3000]{2,9}[)）]"
)


# Cheap gates before the costly patterns (tried at every character of a text). Every emoji has a
# pictograph, a regional indicator, U+FE0F or a keycap's U+20E3, all among _EMOJI_CHAR's characters
# (test_emoji checks every code point), so an ASCII text or one with only accents, curly quotes and
# dashes has none. Every emoticon has one of _EMOTICON_CHARS or "xD"; every kaomoji a bracket and one
# of _KAOMOJI_CHARS, or a quote right after the bracket. Substring tests are C scans at memchr speed.
_EMOJI_CHAR = re.compile("[\u00a9\u00ae\u203c\u2049\u20e3\u2122-\u2b55\u3030\u303d\u3297\u3299\ufe0f\U0001f000-\U0001ffff]")
_EMOTICON_CHARS = (":", ";", "=", "<", "^", "_", "xD", "XD", "\\o/", "B-)", "8-)", "orz")
_KAOMOJI_CHARS = ("^", "＾", "_", "＿", "´", "`", "｀", "('", "（'", "・", "･", "￣", "▽", "∀", "ω", "≧", "Д", "∇", "⌒", "ﾟ", "ツ")

_XD_WORD = regex.compile(r"(?:^|\s)[xX]D+(?:\s|$|[!.,?])")  # XD as a word of its own


def _may_have_emoji(text: str) -> bool:
    return not text.isascii() and _EMOJI_CHAR.search(text) is not None


def _may_have_emoticon(text: str) -> bool:
    return any(c in text for c in _EMOTICON_CHARS)


def _may_have_kaomoji(text: str) -> bool:
    return ("(" in text or "（" in text) and any(c in text for c in _KAOMOJI_CHARS)


def find_emoji(text: str) -> list[str]:
    """The emoji and emoticons in a piece of text, in order."""
    found = [m.group(0) for m in _EMOJI.finditer(text)] if _may_have_emoji(text) else []
    for m in _EMOTICON.finditer(text) if _may_have_emoticon(text) else ():
        token = m.group(0)
        if token[0] in "xX" and (
            not _XD_WORD.search(text[max(0, m.start() - 1) : m.end() + 1])
            or phrases.search("content.xd_card", text[max(0, m.start() - 40) : m.end() + 30]) is not None
        ):
            continue  # XD only as a word of its own ("XD-200" is a model name), and not the xD memory card
        found.append(token)
    if _may_have_kaomoji(text):
        found.extend(m.group(0) for m in _KAOMOJI.finditer(text))
    return found


# Outlook's AutoCorrect turns ":)" into the letter J set in the Wingdings font (":|" K, ":(" L): the buyer
# sees a smiley, the plain-text alternative a lone "J".
_WINGDINGS_FACES = {"J": "\u263a", "K": "\U0001f610", "L": "\u2639"}


def _wingdings_faces(ctx: Context) -> Iterator[str]:
    """The smileys written as a Wingdings J, K or L in the HTML."""
    for part in ctx.message.html_parts:
        doc = part.html
        if doc is None:
            continue
        for el in doc.visible_elements:
            if not el.declarations and el.tag != "font":
                continue
            names = [el.attrs.get("face", "")] if el.tag == "font" else []
            for prop in ("font-family", "mso-symbol-font-family"):
                decl = el.style(prop)
                if decl is not None:
                    names.append(decl.value)
            # the first family of each list: "Wingdings" itself ("Wingdings 2" and 3 put other symbols there);
            # the font is looked at before the element's text, which costs a walk of its descendants
            if not any(n.split(",")[0].strip(" \t'\"").lower() == "wingdings" for n in names):
                continue
            letter = el.text.strip()
            if letter in _WINGDINGS_FACES:
                yield _WINGDINGS_FACES[letter]


@rule(
    "style.emoji",
    guideline="Emojis, including emoticons",
    default=Action.REJECT,
    summary="Unicode emoji / pictographs and ASCII emoticons in subject or body",
    section="E",
)
def emoji(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Finds Unicode emoji and pictographs (with ZWJ sequences, skin tones, flags and keycaps),
    ASCII emoticons (`:)`, `;-)`, `:D`, `<3`, `^^`, `XD`, `:3`, `orz`, `>.<`, and the other way round: `(:`, `(-;`) and Japanese kaomoji (the
    shrug's `(ツ)` too) in the subject and
    body, emoji shown as images (an `<img>` whose alt is an emoji), and Outlook's AutoCorrect smileys (a J,
    K or L set in the Wingdings font, shown as ☺ 😐 ☹). ©, ®, ™, digits, `#` and
    `*` are not emoji unless followed by U+FE0F or a keycap; times (10:30), ratios (1:1), "Step
    1:", list markers (a) b) c)), "for (;;)" and "<3 kg" are not emoticons. Our reading of the rest:
    pictographs in text presentation (♥ ☺ ☀ ➡ ⬅ ㊗) are emoji, and so is the white heart ♡ (a heart
    like ♥); typographic marks (‼ ▶ ▪ → ★ ※ ♪) are not. Kaomoji count with Japanese marks as well:
    (￣▽￣), （＾ω＾）, (・∀・). The xD memory card ("xD card", "carte xD", xDピクチャーカード) is no XD.

    ## Why is this bad?
    Emoji and emoticons are not allowed in messages to buyers.

    ## Example
    `Hope you're enjoying your new knife :)`

    ## Fix
    Remove the emoji and say it in words.
    """
    msg = ctx.message
    seen: set[str] = set()
    for location, text in [("subject", msg.subject), *((p.kind, p.text) for p in msg.parts)]:
        for token in find_emoji(text):
            if token in seen:
                continue
            seen.add(token)
            yield Hit(
                f'Remove the emoji "{token}" from the {"subject" if location == "subject" else "message"}.',
                token,
                location,
            )
    for face in _wingdings_faces(ctx):
        if face not in seen:
            seen.add(face)
            yield Hit(f'Remove the smiley "{face}" (a Wingdings letter Outlook put in for an emoticon).', face, "html")
    for img in msg.images:
        if img.alt and find_emoji(img.alt):
            token = img.alt.strip()
            if token not in seen:
                seen.add(token)
                yield Hit(f'Remove the emoji image "{token}".', token, img.location)
