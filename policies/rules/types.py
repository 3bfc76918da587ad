"""Message types that are not Permitted Messages: order confirmations, thank-you-only, marketing.

These judge a message's purpose, sentence by sentence; phrase lists live in
`policies/data/<lang>/types.toml`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from policies import phrases
from policies.context import Context
from policies.findings import Action, Hit
from policies.rule import rule
from policies.rules._units import (
    Unit,
    all_units,
    body_units,
    candidates,
    clauses,
    evidence,
    first,
    has,
    is_question,
    subject_unit,
    unnegated,
    without_order_ids,
)

_PARENS = re.compile(r"\([^()]{0,160}\)|\[[^\[\]]{0,160}\]|【[^【】]{0,80}】")
# emoji and pictographs at a sentence's edge are decoration ("Danke für Ihre Bestellung! 💛 Bei Fragen ...", casual
# Japanese "ありがとうございます♪"; ♪ ☆ ★ are in U+2600-27BF): style.emoji judges them, the purpose rules read the words
_EDGE = re.compile(
    r"^[\s\-–—:;,.!?¡¿…*#>|/\\'\"\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+"
    r"|[\s\-–—:;,.!?¡¿…*#>|/\\'\"。、\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]+$"
)
# ASCII emoticons closing a sentence are decoration too ("Thank you for your order :)", "we love it <3"); the
# digit guard keeps a time or ratio ("at 10:30") out
_EMOTICON_END = re.compile(r"(?:\s*(?:(?<!\d)[:;=][-o^']?[)(\]\[DPp|*]+|<3+|\^[_.]?\^|(?<!\w)[xX]D+))+\s*$")
_EMOTICON_LAST = frozenset(")(][DPp|*3^")
# a P.S. after the closing formula; "Not:" is the Turkish one (and "N.B.")
_PS = re.compile(r"^\s*(?:p\.?\s?s\.?\b|not\s*:|n\.\s?b\.)", re.IGNORECASE)
# text-speak starts its sentences in lower case ("thx!! we're here"); an emoji or emoticon ends a sentence too when
# no full stop does ("Thanks a million for your order :-) Hope it suits your kitchen", "Danke 🌻 Viel Freude damit")
_LOOSE_END = re.compile(
    r"(?<=[.!?])\s+|(?<=(?<!\d)[:;=][)(DP])\s+|(?<=(?<!\d)[:;=]-[)(DP])\s+|(?<=[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f])\s+"
)
# the marker of a postscript carries nothing: "P.S. Any questions, just reply" is the offer of help after it
_PS_MARK = re.compile(r"^\s*p\.?\s?s\.?(?:\s*:)?\s*", re.IGNORECASE)
_COLON = re.compile(r"\s?:\s+")  # a colon between two statements (French sets a space before it)
_SIGNATURE_WORDS = 4  # trailing lines this short without a sentence end are names and company lines


def _core(text: str) -> str:
    """A unit without order IDs, parenthesised asides (product names) and edge punctuation."""
    if "-" in text:
        text = without_order_ids(text)
    if "(" in text or "[" in text or "【" in text:
        text = _PARENS.sub(" ", text)
    text = _EDGE.sub("", text)
    if text[-1:] in _EMOTICON_LAST:  # cheap gate: an emoticon ends in one of these
        text = _EDGE.sub("", _EMOTICON_END.sub("", text))
    return " ".join(text.split())


def _is_closing(unit: Unit) -> bool:
    core = _core(unit.text)
    return bool(core) and phrases.fullmatch("types.closing", core) is not None


def _closing_index(units: list[Unit]) -> int | None:
    """The last closing formula, looked for from the end, where it is; not the first unit: "Ciao!" or "Servus!"
    there greets (it is a closing word too)."""
    return next((i for i in range(len(units) - 1, 0, -1) if _is_closing(units[i])), None)


def _is_sentence(unit: Unit) -> bool:
    """A unit that says something, not a signature line (a name, a company, a phone line without a full stop)."""
    text = unit.text
    return len(text.split()) > _SIGNATURE_WORDS or re.search(r"[.!?。]$", text) is not None or len(text) > 40


def content_units(ctx: Context) -> list[Unit]:
    """The body without the sign-off: everything after the last closing formula, or trailing short lines."""
    units = body_units(ctx)
    closing = _closing_index(units)
    if closing is not None:
        kept = units[:closing]
        for i in range(closing + 1, len(units)):
            if _PS.match(units[i].text):  # a P.S. is still content
                kept.append(units[i])
                # a bare marker ("P.S." split off as a sentence of its own): what it says is the next sentence
                if i + 1 < len(units) and not _PS_MARK.sub("", _core(units[i].text)):
                    kept.append(units[i + 1])
        return kept
    end = len(units)
    while end > 0 and not _is_sentence(units[end - 1]):
        end -= 1
    return units[:end]


def _after_closing_is_filler(units: list[Unit], closing: int) -> bool:
    """Every sentence after the closing formula is filler too (a sentence that is not, an instruction or a legal
    footer, was no signature)."""
    return all(is_filler(u) for u in units[closing + 1 :] if _is_sentence(u))


def _unsigned_thanks(ctx: Context) -> tuple[Unit, regex.Match[str]] | None:
    """The thanks of a message without a sign-off whose thank-you sentence was taken for the closing formula
    ("Hi Anna, / Thank you for your purchase. / We hope you love it!"): found when every sentence after it is
    filler too. A sentence after it that is not filler (an instruction, a legal footer) leaves the message alone."""
    units = body_units(ctx)
    closing = _closing_index(units)
    if closing is None or not _after_closing_is_filler(units, closing):
        return None
    return first("types.thanks", units[closing : closing + 1])


def _subject_thanks(ctx: Context) -> tuple[Unit, regex.Match[str]] | None:
    """The thanks of the subject over a body that is only filler ("Thank you for your order ...!" / "Hi Jordan,
    have a wonderful week! Priya"); None when the body holds anything else, after its closing formula too."""
    subject = subject_unit(ctx)
    units = body_units(ctx)
    if not subject.text or not units or ctx.message.unseen_texts:
        return None
    closing = _closing_index(units)
    if closing is not None and not _after_closing_is_filler(units, closing):
        return None
    return first("types.thanks", [subject])


# A thank-you and a new statement in one sentence: after a spaced dash, or after a comma and a subject ("Thanks
# for your order - please note the charger takes 36 V only", "Merci pour votre retour, nous vous envoyons une
# pièce"). The thanks patterns' tails would swallow the statement, so each part is judged on its own.
_STATEMENT = re.compile(
    r"\s+[-–—]\s+|,\s+(?=(?:we|i|please|wir|ich|bitte|nous|je|veuillez|attention|noi|abbiamo|la preghiamo|il|le"
    r"|jag|observera|tänk på|vi (?:vill|har|skickar|kommer|behöver|ber|måste|kan|ska)"  # Swedish: "Tack för din beställning, vi vill påminna om ..."
    # "it/this" as a new subject: "Thanks for your order, it means a lot to a small business like ours" (en, nl,
    # pl 'to', tr 'bu'); each part is then judged on its own, so a real statement after the comma keeps its weight
    r"|it|this|het|dit|to|bu)\b)",
    re.IGNORECASE,
)
_NAME_WORDS = 2  # a part this short after a dash is a name or a sign-off ("Thanks again - Anna")


def is_filler(unit: Unit) -> bool:
    """A greeting, thanks, offer of help, good wish or order reference: nothing the buyer needs to know."""
    core = _core(unit.text)
    if _PS.match(core):
        core = _core(_PS_MARK.sub("", core))
    if not core:
        return True
    parts = [_core(p) for p in _STATEMENT.split(core)] if _STATEMENT.search(core) else []
    # only after thanks: "Should anything come up, we're a message away" is one offer of help
    if len(parts) > 1 and phrases.search("types.thanks", parts[0]) is not None:
        # a part with thanks or good wishes of its own ("- we really appreciate it") is warmth, not a statement
        return all(
            _is_filler_text(p) or phrases.search("types.thanks", p) is not None
            for p in parts
            if len(p.split()) > _NAME_WORDS
        )
    return _is_filler_text(core)


def _is_filler_text(core: str) -> bool:
    if not core:
        return True
    if phrases.fullmatch("types.filler", core) is not None:
        return True
    # "Every tin is packed by hand, and it means a lot to us that you chose us": filler clause by clause; a colon
    # joins two statements too ("We are a small family workshop: grandfather started in 1962 ...")
    parts = [c for piece in _LOOSE_END.split(core) for half in _COLON.split(piece) for c in clauses(half)]
    # an emoji between two sentences, or an emoticon's tail cut at its semicolon (";-)"), is no part of its own
    parts = [p for p in map(_core, parts) if any(ch.isalnum() for ch in p)]
    # each part may open with its own salutation-like head ("Danke, danke für Ihre Bestellung! 😊 Wir hoffen, ...")
    if len(parts) > 1 and all(phrases.fullmatch("types.filler", p) is not None or _after_salutation_filler(p)
                              for p in parts):
        return True
    return _after_salutation_filler(core)


_SALUTATION_COMMAS = 3  # "Sehr geehrte Kundin, sehr geehrter Kunde," holds a comma of its own


def _after_salutation_filler(core: str, depth: int = 2) -> bool:
    """A salutation run into the first sentence ("Sehr geehrte Kundin, sehr geehrter Kunde, im Namen des Teams
    möchten wir uns bedanken"): HTML paragraphs come out one line each, and a long salutation ending in a
    comma joins the next, lower-case paragraph like a wrapped line. Filler when a head up to one of the first
    commas is filler and so is the rest."""
    start = 0
    for _ in range(_SALUTATION_COMMAS):
        comma = core.find(", ", start)
        if comma < 0:
            return False
        if phrases.fullmatch("types.filler", core[:comma]) is not None:
            rest = _EDGE.sub("", core[comma + 2 :])  # "Hola, ¡gracias por tu pedido": the mark opens the sentence
            if rest and (phrases.fullmatch("types.filler", rest) is not None
                         or (depth > 1 and _after_salutation_filler(rest, depth - 1))):
                return True
        start = comma + 2
    return False


@rule(
    "type.order-confirmation",
    guideline="Order or dispatch confirmations (Refer to the Indirect Communication section below)",
    default=Action.QUARANTINE,
    summary="the message's purpose is confirming an order, a dispatch or a tracking number",
    section="C",
    heuristic=True,
    proactive_only=True,
)
def order_confirmation(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Flags a proactive message whose purpose is to confirm an order, its dispatch or its tracking
    number, or a refund (Amazon sends refund notices too) when the message is not about a return; a
    proactive summary of the order just placed ("here is a summary of your order") confirms it too, and so
    does a delivery notice ("was delivered this morning"), unless it opens a review request, or an order
    confirmation sent as an attachment ("please find attached your order confirmation"). A message that
    mentions shipping while doing something else (announcing a delay, asking whether a parcel arrived,
    scheduling a delivery, sending an invoice, asking a question) passes.

    ## Why is this bad?
    Amazon already sends order and dispatch confirmations (with the tracking number) to the buyer;
    sellers may not duplicate them.

    ## Example
    "Your order 302-5518290-7734105 has been shipped. Tracking number: RRL4471206128DE."

    ## Fix
    Confirm the dispatch in Seller Central (Manage orders or the shipping confirmation feed); Amazon
    informs the buyer. Write only when there is something the buyer needs to know or do.
    """
    units = all_units(ctx)
    # "please find attached your order confirmation" confirms the order even where no status line does
    hit = first("types.confirm", units) or first("types.confirm_document", units)
    if hit is None:
        # "Your order was delivered today": a delivery notice, unless it opens a review request (how review
        # requests begin; the request is the purpose, and review.* judge it)
        hit = first("types.delivered", units)
        if hit is not None:
            from policies.rules.review import request_units  # here: review's rules register after these

            if request_units(ctx):
                return
    if hit is None:
        # a refund notice duplicates Amazon's own too (RULES.md F), unless the message is about a return or
        # a product it cannot deliver: return.unnecessary and the order-problem rules judge those
        hit = first("types.refund_confirm", units)
        if hit is None or first("oproblem.return_topic", units) or first("oproblem.unavailable", units):
            return
    if any(not a.inline for a in ctx.message.attachments) and first("types.confirm_document", units) is None:
        # sending a document (invoice, label, proof) is a permitted purpose; an order confirmation sent as a
        # document ("please find attached your order confirmation") is still a confirmation
        return
    if first("types.other_purpose", units) is not None:
        return
    for unit in body_units(ctx):
        if is_question(unit.text) and not is_filler(unit):
            return  # a real question to the buyer: the message is about something else
    unit, m = hit
    yield Hit(
        "Do not send order or dispatch confirmations or tracking numbers: Amazon already informs the buyer; "
        "write only when the buyer needs to know or do something.",
        evidence(unit, m),
        unit.location,
    )


# what another purpose rule reads: a sentence with one of these is content, whatever its words of thanks
_PURPOSE_TOPICS = ("types.marketing", "types.membership", "types.next_order_gift", "types.confirm", "types.delivered",
                   "types.other_purpose", "types.refund_confirm", "review.noun", "oproblem.unavailable",
                   "oproblem.return_topic", "oproblem.info_ask")


# a question tag asks nothing: "There's nothing like that first cup, is there?"
_TAG_QUESTION = re.compile(r",\s*(?:is|isn't|are|aren't|was|wasn't|do|don't|does|doesn't|has|hasn't|have|haven't|did|didn't|right|non|n'est-ce pas|verdad|no|vero|oder|nicht wahr|gell)"
                           r"(?:\s+(?:there|it|they|we|he|she|you|pas))?\s*\?\s*$", re.IGNORECASE)


_CUE_SHARE = 0.2  # a language this present in the message has its content cues read


# Where the small-talk reading is on: a language whose `[types.content_cue]` says `small_talk = true`. A language
# joins once its cue list keeps every compliant "thanks + one instruction or product fact" of the unit tests and
# corpora quiet (a missed cue there blocks a sale); until then its thank-you messages get the first reading only.
def _small_talk_read(lang: str) -> bool:
    return phrases.setting("types.content_cue", lang, "small_talk") is True


def _cue_languages(ctx: Context) -> tuple[str, ...]:
    """The languages whose content cues are read: the message's own. Another language's cue words are this
    one's function words (the Italian condition "se" is the French and Spanish reflexive "se", the French "si"
    the Italian one; English "arrive" is French "arrivée")."""
    languages = ctx.message.languages
    return tuple(dict.fromkeys(lang for i, (lang, share) in enumerate(languages) if i == 0 or share >= _CUE_SHARE))


def _has_cue(core: str, languages: tuple[str, ...]) -> bool:
    return any(phrases.search("types.content_cue", core, lang) is not None for lang in languages)


def _is_chatter(unit: Unit, languages: tuple[str, ...]) -> bool:
    """A sentence with nothing the buyer needs: no instruction, nothing to do, no question to the buyer, no
    delivery, warranty, return or missing-part detail, no product fact, no measure (`types.content_cue` of the
    message's languages), and nothing another purpose rule reads. News from the farm, the shop dog, the town's
    festival, the brand's mission, how the product is made, a generic wish."""
    core = _core(unit.text)
    if (is_question(unit.text) and not _TAG_QUESTION.search(unit.text)) or _has_cue(core, languages):
        return False
    from policies.rules.spelling import corrected  # here: spelling's rule registers after these

    # a misspelt cue is still one: "the curier did not colect the parsel" is a delivery detail
    fixed = corrected(core, languages[0])
    if fixed != core and _has_cue(fixed, languages):
        return False
    return not any(phrases.search(topic, core) is not None for topic in _PURPOSE_TOPICS)


def _chatter_only(ctx: Context, units: list[Unit]) -> bool:
    """Every sentence is filler or chatter, in a language whose content cues are listed; a message with a
    link points the buyer somewhere and is left alone."""
    if ctx.message.links:
        return False
    languages = _cue_languages(ctx)
    if not languages or not _small_talk_read(languages[0]) or phrases.pattern("types.content_cue", languages[0]) is None:
        return False
    # the sentences after the sign-off too: a P.S. of two sentences ("P.S. The leather darkens. Once a month, rub
    # in a drop of oil") is content after its first
    return all(is_filler(u) or _is_chatter(u, languages) for u in (*units, *body_units(ctx)))


@rule(
    "type.thank-you-only",
    guideline="Messages that say only 'Thank you' or that you are here to help if buyers have any problem",
    default=Action.QUARANTINE,
    summary="nothing remains once greetings, thanks, offers of help, signature and order reference are set aside",
    section="C",
    heuristic=True,
    proactive_only=True,
)
def thank_you_only(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Reads the body sentence by sentence and sets aside greetings, thanks, offers of help, good wishes,
    the order reference and the signature, and a helpdesk's machine lines ("##- Please type your reply
    above this line -##", "Your request (48213) has been updated"). If nothing is left, the message only says thank you;
    the thanks may stand in the subject alone, over a body of a greeting, a good wish and a signature.
    In the languages whose cue list is switched on (`small_talk = true` under `[types.content_cue]` in the
    language's types.toml), a message with thanks whose other sentences are only small talk (news from the
    farm, the shop dog, the brand's mission, how the product is made) also only says thank you: a sentence
    counts as content when it has an instruction, something to do or know about the order or the product, a
    question to the buyer, or a measure (`types.content_cue`); a misspelt cue word ("curier") still is one.
    This reading is on in English, German, Dutch, French, Italian, Spanish, Portuguese, Japanese, Swedish and
    Polish; another language gets it when its cue list keeps every compliant "thanks + one instruction" quiet,
    and until then uses the first reading only.

    ## Why is this bad?
    Amazon does not allow messages that only thank the buyer or say you are there to help: they are
    not necessary to complete the order.

    ## Example
    "Thank you for your order 171-2280417-9936254! We remain at your disposal for any question."

    ## Fix
    Do not send the message. Write to the buyer only when you need something to complete the order,
    or to ask for a review.
    """
    if any(not a.inline for a in ctx.message.attachments):
        return  # a message carrying a document (invoice) has a purpose
    from policies.rules.review import request_units  # here: review's rules register after these

    if request_units(ctx):
        return  # a review request is a purpose of its own, whatever offer of help it ends with; review.* judge it
    units = content_units(ctx)
    chatter = not all(is_filler(u) for u in units)
    # the thanks may stand in the subject alone: the message still says only thank you
    thanks = ((first("types.thanks", units) or _unsigned_thanks(ctx)) if units else None) or _subject_thanks(ctx)
    if thanks is None and chatter:
        # a chatty letter signs off with its thanks ("With heartfelt thanks, / Marisol"), or thanks in the subject
        # over the chatter
        thanks = first("types.thanks", body_units(ctx)) or first("types.thanks", [subject_unit(ctx)])
    if thanks is None:
        return  # a bare greeting is an empty message, not a thank-you
    # looked for only once there are thanks: most messages have content and no thanks, and the sentence-by-sentence
    # cue search is the costly part
    if chatter and not _chatter_only(ctx, units):
        return
    unit, m = thanks
    yield Hit(
        "The message only thanks the buyer or offers help; Amazon does not allow such messages, so send it "
        "only with a necessary purpose (a question, information the buyer needs, a review request).",
        evidence(unit, m),
        unit.location,
    )


# a URL written in the text: its path words ("…/newsletter/unsubscribe?u=1") are an address, not an offer
_WRITTEN_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def _without_urls(text: str) -> str:
    """`text` with its written URLs blanked (the offsets still fit the evidence)."""
    if "://" not in text and "www." not in text and "WWW." not in text:
        return text
    return _WRITTEN_URL.sub(lambda u: " " * len(u.group()), text)


def _promotion(units: list[Unit], *, beyond: tuple[str, ...] = ()) -> tuple[Unit, regex.Match[str]] | None:
    """The first promotional cue outside written URLs. The topics in `beyond` are set aside too: a reply's
    mention of the buyer's own code ("the voucher code you mentioned ended with the sale on 31 May") and
    the amount paid after the buyer's coupon ("the 2,376 yen you paid after your coupon") explain the
    buyer's coupon and promote nothing."""
    for unit in candidates("types.marketing", units):
        text = _without_urls(unit.text)
        for topic in beyond:  # blanked, so the offsets still fit the evidence
            for b in phrases.finditer(topic, text):
                text = text[: b.start()] + " " * (b.end() - b.start()) + text[b.end() :]
        m = unnegated("types.marketing", text)
        if m is not None:
            return unit, m
    return None


def _beside_no_review(topic: str, units: list[Unit]) -> tuple[Unit, regex.Match[str]] | None:
    """The first cue of `topic` (a membership or loyalty scheme offered: "join our VIP list", "Treuepunkte", "club
    fidélité"; a sale's urgency: "while stocks last", "solange der Vorrat reicht"; a free gift or sample with the next
    order: "your next order comes with a free sample") in a sentence that, like the
    one before it, names no review: "reviewers get early access" and "a free strap for every review, while stocks
    last" are a perk for a review, which review.incentive judges, not a promotion of their own."""
    found = list(candidates(topic, units))
    if not found:
        return None
    seq = list(units)
    for unit in found:
        at = seq.index(unit)
        if has("review.noun", unit.text) or (at > 0 and has("review.noun", seq[at - 1].text)):
            continue
        m = unnegated(topic, _without_urls(unit.text))
        if m is not None:
            return unit, m
    return None


@rule(
    "type.marketing",
    guideline="Marketing or promotional messaging, including vouchers",
    default=Action.QUARANTINE,
    summary="promotions, coupons, discount codes, other products, newsletters, social-media follow requests",
    section="C",
    heuristic=True,
)
def marketing(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Finds promotional content: coupons, voucher or discount codes, sales, discounts on a next order,
    new or other products, newsletters, membership or loyalty schemes (a VIP list, loyalty points; not where a
    review is named beside them: a perk for a review is review.incentive's), a free gift or sample with the next
    order, a sale's urgency ("while stocks last",
    "stock up now"; with the same exception) and requests to follow the seller on
    social media. In a reply, the buyer's own code explained ("the voucher code you mentioned ended with the
    sale") promotes nothing; in any message, neither does the refunded amount the buyer paid after their coupon,
    nor the listing's promotion that failed to apply at checkout when the difference is refunded.

    ## Why is this bad?
    Buyer-seller messages may only serve the order; marketing or promotional messages, including
    vouchers, are not allowed.

    ## Example
    "Enter the code KERZE15 for 15 % off your next order, and follow us on Instagram."

    ## Fix
    Remove the promotion; use Amazon's own tools (coupons, promotions, brand follow) to market products.
    """
    hit = _promotion(all_units(ctx))  # "this is not a newsletter" promotes nothing
    if hit is not None:
        # the buyer's own code explained in a reply; and, in any message, the refunded amount the buyer paid
        # after their coupon (a proactive stock-out notice); a seller writing about coupons unasked is still judged
        beyond: tuple[str, ...] = (*(("types.buyer_code",) if ctx.message.is_reply else ()), "types.paid_after_code")
        # the listing's promotion that failed at checkout, explained in a reply or where the difference is
        # refunded: an adjustment of this order, not a promotion (unasked and with no refund, it is still judged)
        if ctx.message.is_reply or first("oproblem.adjusted", all_units(ctx)) is not None:
            beyond = (*beyond, "types.missed_promotion")
        if any(has(t, hit[0].text) for t in beyond):
            hit = _promotion(all_units(ctx), beyond=beyond)
    if hit is None:
        hit = (_beside_no_review("types.membership", all_units(ctx)) or _beside_no_review("types.urgency", all_units(ctx))
               or _beside_no_review("types.next_order_gift", all_units(ctx)))
    if hit is not None:
        unit, m = hit
        yield Hit(
            "Remove the promotional content (voucher or discount codes, sales, other products, newsletter or "
            "social-media invitations); buyer messages may only serve the order.",
            evidence(unit, m),
            unit.location,
        )
