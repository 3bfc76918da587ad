"""Section B: the order context of proactive messages (order ID, buyer, 30-day window, language).

Rules read the order facts the store returned for the IDs the message names (`ctx.orders`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from policies import phrases
from policies.context import Context, Order
from policies.findings import Action, Hit
from policies.language import CLOSE_FAMILIES
from policies.marketplace import buyer_marketplace, default_language, language_name, same_buyer
from policies.rule import rule
from policies.rules.types import content_units, is_filler


def _known(ctx: Context) -> list[Order]:
    return [ctx.orders[i] for i in ctx.message.order_ids if i in ctx.orders]


@rule(
    "order-id.missing",
    guideline="All proactive Permitted Messages must include the 17-digit order ID.",
    default=Action.REJECT,
    summary="no order ID in the 3-7-7 form (ddd-ddddddd-ddddddd) in the subject or body",
    section="B",
    proactive_only=True,
)
def order_id_missing(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Checks that a message the seller starts (not a reply to the buyer) names the order it is about,
    as the 17-digit Amazon order ID in its dashed form `123-1234567-1234567`, in the subject or body.

    ## Why is this bad?
    Amazon only lets sellers contact buyers about an order; the order ID is how Amazon and the buyer
    know which one. Proactive messages without it are not Permitted Messages.

    ## Example
    "Your parcel is delayed by two days." with no order number anywhere.

    ## Fix
    Add the order ID, e.g. "Your order 113-4829175-6630214 is delayed by two days."
    """
    if not ctx.message.order_ids:
        yield Hit(
            "Add the 17-digit Amazon order ID (e.g. 113-1234567-1234567) to the subject or the body.",
            ctx.message.subject,
            "subject",
        )


@rule(
    "order-id.unknown",
    guideline="You may only send Permitted Messages to customers who have already purchased a product from you.",
    default=Action.REJECT,
    summary="the order ID is not in the order store for this seller",
    section="B",
    proactive_only=True,
)
def order_id_unknown(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Looks every order ID the message names up in the order store of the sending account.

    ## Why is this bad?
    Proactive messages may only go to customers who bought from you; an order ID the store does not
    know is a typo, another seller's order or a message to someone who never bought.

    ## Example
    "Order 999-0000000-0000000" when no such order was imported.

    ## Fix
    Check the order ID against Seller Central; if the order is new, import the latest orders report
    (`permitted orders import`).
    """
    for order_id in ctx.message.order_ids:
        if order_id not in ctx.orders:
            yield Hit(
                f"Order {order_id} is not one of your orders in the order store: check the number, or import "
                "your latest orders report.",
                order_id,
                "subject" if order_id in ctx.message.subject else "text",
            )


@rule(
    "order-id.buyer-mismatch",
    guideline="You may only send Permitted Messages to customers who have already purchased a product from you.",
    default=Action.REJECT,
    summary="the store knows the order's buyer address and it is not the recipient",
    section="B",
    proactive_only=True,
)
def order_id_buyer_mismatch(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Compares the buyer address the order store holds for each named order with the recipient.
    An order with no stored buyer address is no mismatch.

    ## Why is this bad?
    Writing to one buyer about another buyer's order discloses that order and goes to someone the
    message is not for.

    ## Example
    A message about order 113-4829175-6630214 sent to a different buyer's address.

    ## Fix
    Send the message to the buyer of that order, or name the recipient's own order.
    """
    rcpts = ctx.message.envelope.rcpt_to
    for order in _known(ctx):
        if not order.buyer_email or not rcpts:
            continue
        if not any(same_buyer(order.buyer_email, r) for r in rcpts):
            yield Hit(
                f"Order {order.order_id} belongs to another buyer: send this message to that order's buyer, "
                "or name the recipient's own order.",
                f"{order.order_id} -> {', '.join(rcpts)}",
                "text",
            )


@rule(
    "window.expired",
    guideline="Proactive Permitted Messages must be sent within 30 days of order completion.",
    default=Action.REJECT,
    summary="more than 30 days since completion (delivered, else shipped, else purchased)",
    section="B",
    proactive_only=True,
)
def window_expired(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Measures the time since the order was completed: delivered, else shipped, else purchased
    (configurable). More than 30 × 24 hours fires; exactly 30 days passes. With several orders
    named, the latest completion counts.

    ## Why is this bad?
    Amazon allows proactive messages only within 30 days of order completion.

    ## Example
    A review request sent 55 days after delivery.

    ## Fix
    Do not send proactive messages for this order any more; answer the buyer if they write to you.
    """
    completions = [
        (c, o) for o in _known(ctx) if (c := o.completed_at(ctx.settings.completion_order)) is not None
    ]
    if not completions:
        return
    latest, order = max(completions, key=lambda co: co[0])
    age = ctx.now - latest
    if age > ctx.settings.window:
        days = age.days
        yield Hit(
            f"Order {order.order_id} was completed {days} days ago ({latest:%Y-%m-%d}); proactive messages "
            f"are allowed only within {ctx.settings.window_days} days of completion: do not send it.",
            f"{order.order_id} completed {latest.isoformat()}",
            "text",
        )


def expected_language(ctx: Context) -> tuple[str | None, str]:
    """The buyer's language and where it comes from: the order, the order's marketplace, the recipient.
    A stored locale ("de_DE", "de-AT", "pt-BR") names its language by the primary subtag: the detector
    tells languages apart, not regions."""
    for order in _known(ctx):
        primary = order.buyer_language.strip().lower().replace("_", "-").split("-", 1)[0]
        if primary:
            return primary, f"order {order.order_id}"
        lang = default_language(order.marketplace)
        if lang:
            return lang, f"{order.marketplace} (order {order.order_id})"
    for rcpt in ctx.message.envelope.rcpt_to:
        market = buyer_marketplace(rcpt)
        if market and (lang := default_language(market)):
            return lang, market
    return None, ""


# A language counts as present when it carries at least this share of what the seller wrote.
MIN_SHARE = 0.2
# A message whose second language has less than this share is in one language: no boilerplate is looked for
# (a long disclaimer in another language under a short body still reaches it).
_MIXED_SHARE = 0.1


@rule(
    "language.mismatch",
    guideline="All proactive Permitted Messages must be in the buyer's language of preference.",
    default=Action.QUARANTINE,
    summary="the message is not in the buyer's language (store, else marketplace default); bilingual passes",
    section="B",
    heuristic=True,
    proactive_only=True,
)
def language_mismatch(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Detects the language of each paragraph the seller wrote and compares it with the buyer's
    language of preference: the order's recorded language, else the marketplace default
    (amazon.de → German, amazon.co.jp → Japanese, …). Legal boilerplate (a confidentiality
    disclaimer, a data-protection notice) is set aside first, sentence by sentence: it is not the
    message, so a German message under an English disclaimer is German, and an English message
    under a German disclaimer is not bilingual (our reading); a message with under 10 % of a second
    language is taken as written in its first one without that look (it costs a scan of the text).
    A bilingual message that includes the
    buyer's language passes; the buyer's language only in the greeting and sign-off
    ("お世話になっております。" above and "よろしくお願いいたします。" under an English message, "Sehr
    geehrte Damen und Herren," and "Mit freundlichen Grüßen") does not make it bilingual, even when the
    greeting weighs more than the body (our reading: the guideline asks for the message in the buyer's
    language, and a salutation or closing formula is not it).
    A short HTML message is one paragraph to the detector (its <p> blocks are single lines); before a
    mismatch is reported, or when a mostly Latin-letter message reads as Japanese, its clear lines are
    read one by one, so a short bilingual HTML message passes and an English one with a Japanese
    closing does not. A stored locale ("de_DE", "pt-BR") counts by its language ("de", "pt"). A short
    message (up to 400 letters) the model reads as a close language of the buyer's, unsure (under 60 %)
    and with the buyer's language a close second (25 % or more), is not reported: "Olá, responda CANCELAR
    se quiser cancelar a compra." reads es 43 %, pt 35 % (our reading: a quarantine needs a clear case),
    unless it has words of the neighbour that the buyer's language never uses and none of its own
    ("Vi trenger ... Vennlig hilsen" to a Swedish buyer is Norwegian).

    ## Why is this bad?
    Proactive messages must be in the buyer's language; a buyer who cannot read the message may
    report it.

    ## Example
    A message written only in English to an amazon.fr buyer whose language is French.

    ## Fix
    Write the message in the buyer's language, or add a translation of it in that language.
    """
    want, source = expected_language(ctx)
    if not want:
        return
    found = ctx.message.languages
    if not found:
        return
    monolingual = len(found) == 1 or found[1][1] < _MIXED_SHARE
    if found[0][0] == want and monolingual and not (want in _KANA_LANGUAGES and _mostly_latin(ctx.message.own_text)):
        # the common case (in the buyer's language only), decided without looking for boilerplate; unless a
        # short text the model only half reads as the buyer's language has a close neighbour's words only
        neighbour = _neighbour_misread(ctx.message.own_text, want, found)
        if neighbour is not None:
            yield _mismatch_hit(want, source, neighbour, found, False)
        return
    found, own = _without_boilerplate(ctx, found)
    hit = _decide(ctx, want, source, found, own)
    if hit is not None:
        yield hit


def _decide(ctx: Context, want: str, source: str, found: list[tuple[str, float]], own: str) -> Hit | None:
    """The mismatch, if any, given the languages `found` in the seller's text `own`."""
    shares = dict(found)
    top = found[0][0]
    if top == want:
        if not (want in _KANA_LANGUAGES and _mostly_latin(own)):
            # the buyer's language weighs most, but only as the greeting and sign-off around a body in another
            # language ("お世話になっております。" and a support desk's name above, "よろしくお願いいたします。"
            # under an English body: kana and kanji weigh three letters each)
            second = max((k for k in shares if k != want), key=shares.__getitem__, default=None)
            if second is not None and shares[second] >= MIN_SHARE and _only_in_sign_off(ctx, want):
                return _mismatch_hit(want, source, second, found, True)
            neighbour = _neighbour_misread(own, want, found)
            return None if neighbour is None else _mismatch_hit(want, source, neighbour, found, False)
        # Japanese kana weigh three letters each: a short English HTML message closed with
        # "よろしくお願いいたします。" reads as Japanese as a whole; line by line it is English
        by_lines = _by_lines_share(ctx, want)
        if by_lines is None or (by_lines >= MIN_SHARE and not _only_in_sign_off(ctx, want)):
            return None
        top = max((k for k in shares if k != want), key=shares.__getitem__, default="en")
        return _mismatch_hit(want, source, top, found, True)
    sign_off_only = False
    if _close_call(own, top, want):
        return None
    if shares.get(want, 0.0) < MIN_SHARE and (_by_lines_share(ctx, want) or 0.0) >= MIN_SHARE:
        shares[want] = MIN_SHARE  # read line by line, the buyer's language is there after all
    if shares.get(want, 0.0) >= MIN_SHARE:
        if not _only_in_sign_off(ctx, want):
            return None  # bilingual: the buyer's language is there
        sign_off_only = True
    return _mismatch_hit(want, source, top, found, sign_off_only)


# A short message in one of two close languages (Portuguese and Spanish, Spanish and Italian, Dutch and
# Afrikaans) may read as the other one to the model: "Olá, responda CANCELAR se quiser cancelar a compra."
# is es 43 %, pt 35 %. When the model's first guess is this unsure and the buyer's language is a close
# second, the message is not shown to be in another language (our reading: a quarantine needs a clear case).
_SHORT_LETTERS = 400
_UNSURE_TOP = 0.6
_CLOSE_SECOND = 0.25


def _short(own: str) -> bool:
    return sum(map(str.isalpha, own[: 3 * _SHORT_LETTERS])) <= _SHORT_LETTERS


def _close_call(own: str, top: str, want: str) -> bool:
    from policies.language import detect  # lazily, as Message.languages does

    if not any(top in family and want in family for family in CLOSE_FAMILIES) or not _short(own):
        return False
    # words a close neighbour uses and the buyer's language never does ("trenger", "Vennlig hilsen" to a
    # Swedish buyer), and none of the buyer's language's own: the model's doubt is no doubt
    if (
        phrases.search("language.close_foreign", own, want) is not None
        and phrases.search("language.close_own", own, want) is None
    ):
        return False
    guesses = dict(detect(own))
    return guesses.get(top, 0.0) < _UNSURE_TOP and guesses.get(want, 0.0) >= _CLOSE_SECOND


def _neighbour_misread(own: str, want: str, found: list[tuple[str, float]] | None = None) -> str | None:
    """The close neighbour a short text is written in when the model reads it as the buyer's language, unsure
    (under 60 %), and it has the neighbour's words and none of the buyer's language's ("Hei, kan du svare med
    leilighetsnummeret?" reads sv 52 % and is Norwegian); None otherwise. Short texts only: the check costs a
    phrase search, and a model read of the text only when the neighbour's words are there."""
    family = next((f for f in CLOSE_FAMILIES if want in f), None)
    if family is None or not _short(own):
        return None
    if phrases.search("language.close_foreign", own, want) is None:
        return None
    if phrases.search("language.close_own", own, want) is not None:
        return None
    from policies.language import detect  # lazily, as Message.languages does

    guesses = detect(own)
    if dict(guesses).get(want, 0.0) >= _UNSURE_TOP:
        return None
    # the neighbour the paragraphs were read as, else the model's next guess in the family
    return next((lang for lang, _ in (*(found or ()), *guesses) if lang != want and lang in family), None)


# Sentences: after end punctuation and at blank lines.
_SENTENCES = re.compile(r"(?<=[.!?。！？])\s+|\n\s*\n")


def _without_boilerplate(
    ctx: Context, found: list[tuple[str, float]]
) -> tuple[list[tuple[str, float]], str]:
    """The languages of what the seller wrote, and that text, once legal boilerplate sentences ("This
    e-mail is confidential ...", "Datenschutzhinweis ...") are set aside; `found` and the whole text
    when there is none (the cheap search of the whole text first) or nothing else is left."""
    text = ctx.message.own_text
    if phrases.search("language.boilerplate", text) is None:
        return found, text
    kept = [s for s in _SENTENCES.split(text) if s.strip() and phrases.search("language.boilerplate", s) is None]
    if not kept:
        return found, text
    from policies.language import detect_languages  # lazily, as Message.languages does

    rest = "\n".join(kept)
    return (detect_languages(ctx.message.subject, rest) or found), rest


def _mismatch_hit(want: str, source: str, top: str, found: list[tuple[str, float]], sign_off_only: bool) -> Hit:
    return Hit(
        f"The buyer's language is {language_name(want)}, from {source}, but the message is written in "
        f"{language_name(top)}: write it in {language_name(want)}, or add a version in that language.",
        f"detected {', '.join(f'{k} {v:.0%}' for k, v in found[:3])}"
        + (f" ({language_name(want)} only in the greeting and sign-off)" if sign_off_only else ""),
        "text",
    )


# A text up to this long is one paragraph for the detector when its blocks are single lines (an HTML
# message's <p>s): a short bilingual HTML message is then read as one language.
_LINE_READ_MAX = 2400
_LINE_MIN_LETTERS = 20  # a line shorter than this (a greeting, a name, "Kind regards,") says little
_LINE_MIN_PROB = 0.5  # a line the model is unsure of (product names in another language) is not counted


_KANA_LANGUAGES = frozenset({"ja"})
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÿ]")
_KANA_KANJI = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]")


def _mostly_latin(text: str) -> bool:
    """Latin letters outnumber kana and kanji more than three to one: mostly not Japanese."""
    return len(_LATIN_LETTER.findall(text)) > 3 * len(_KANA_KANJI.findall(text))


def _by_lines_share(ctx: Context, want: str) -> float | None:
    """The buyer's language's share of the letters of the clear lines of a short text of several lines.
    Only asked before a mismatch is reported: a short HTML message whose <p> blocks are English and
    German is one paragraph to the detector, which names one language for it ("de 100%" for an English
    request with a German translation under it); line by line, both are there. Lines of few letters and
    lines the model is unsure of (English with German product names) are not counted. None when there
    is no such line to read (or the text is one line, or long: then the detector reads it by lines)."""
    from policies.language import detect  # lazily, as Message.languages does

    text = ctx.message.own_text
    if "\n" not in text.strip() or len(text) > _LINE_READ_MAX:
        return None
    letters: dict[str, int] = {}
    for line in text.splitlines():
        count = sum(map(str.isalpha, line)) + 2 * len(_KANA_KANJI.findall(line))  # kana/kanji weigh three
        if count < _LINE_MIN_LETTERS:
            continue
        top = detect(line)
        if top and top[0][1] >= _LINE_MIN_PROB:
            letters[top[0][0]] = letters.get(top[0][0], 0) + count
    total = sum(letters.values())
    return letters.get(want, 0) / total if total else None


def _only_in_sign_off(ctx: Context, want: str) -> bool:
    """The buyer's language is in the message only as its greeting and sign-off ("お世話になっております。"
    above and "よろしくお願いいたします。" and a shop name under an English message): the body without the
    sign-off and without its opening salutations has too little of it. Kana and kanji weigh three letters
    each, so a Japanese greeting or closing alone can reach MIN_SHARE of a short message."""
    from policies.language import detect_languages  # lazily, as Message.languages does

    units = content_units(ctx)
    # a message of formulas only (thanks and wishes in two languages): its thanks are the message, and only the
    # salutations above them are set aside ("Liebe Kundin, lieber Kunde, / vielen Dank ... / Dear customer, / thank
    # you ..." is bilingual, not German in the greeting only; "お世話になっております。" is still a greeting)
    formulas_only = all(is_filler(u) for u in units)
    start = 0
    while (start < len(units) - 1 and is_filler(units[start])
           and not (formulas_only and phrases.search("types.thanks", units[start].text) is not None)):
        start += 1  # the opening salutation ("Sehr geehrte Damen und Herren,", "お世話になっております。")
    body = "\n\n".join(u.text for u in units[start:])
    found = detect_languages("", body) if body.strip() else []
    return bool(found) and dict(found).get(want, 0.0) < MIN_SHARE
