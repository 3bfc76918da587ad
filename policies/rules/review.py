"""Review and feedback requests: incentives, gating, removal requests, repeats.

A sentence asks for a review when it names a review/feedback/rating and carries a request cue
("leave", "we'd be grateful", "würden Sie", "laisser", ...), or is a direct request ("would you review
it on Amazon"). Thanks for a review already written and requests to change an existing one are not new
requests. Phrase lists live in `policies/data/<lang>/review.toml`.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from policies import phrases
from policies.context import Context
from policies.findings import Action, Hit
from policies.message import sub_order_ids
from policies.rule import rule
from policies.rules._units import (
    Unit,
    all_units,
    candidates,
    candidates_any,
    evidence,
    has,
    is_question,
    unnegated,
    without_order_ids,
)

_TIE_WINDOW = 1  # a benefit in the sentence right before/after a request counts when it is tied to it
_IF_SO_BACK = 1  # "if so" refers to the sentence right before it
_OTHERWISE_BACK = 2  # "Any questions? Reply here. Otherwise, leave a review": the trouble up to two sentences back


def _without_star_names(text: str) -> str:
    """Blank the stars of a quoted proper name ('the "Hotel Collection 5 Star" pillows', '"5 STAR PET GROOMING"',
    « Domaine des Cinq Étoiles »): a product, business or venue name rates nothing. Same length, so offsets hold."""
    if not has("review.star_name", text):
        return text
    for m in phrases.finditer("review.star_name", text):
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


def _strip_acknowledgements(text: str) -> str:
    """Drop "thank you for your review" and the like: thanks for a review is not a request for one."""
    return phrases.sub("review.acknowledge", " ", text)


def _change_request(text: str, before: str = "") -> regex.Match[str] | None:
    """A request to change or remove an existing review, if the text makes one.

    A statement that the buyer *can* change a review ("you can always update it later", "Sie können
    sie jederzeit ändern") is information, not a request, unless the sentence is a question, or it or
    the sentence `before` it says the problem is now solved ("now that it is sorted, you can update your
    review at any time"): pointing at the edit button right after the fix nudges an update.
    """
    nudged = "?" in text or has("review.resolved", text) or (bool(before) and has("review.resolved", before))
    optional = [] if nudged else phrases.finditer("review.optional", text)
    # the seller saying it will not ask ("no le vamos a pedir que la cambie", "we won't ask you to change it")
    # asks nothing, even right after the fix
    optional = [*optional, *phrases.finditer("review.not_asking", text)]
    for m in phrases.finditer("review.existing", text):
        if not any(o.start() < m.end() and m.start() < o.end() for o in optional):
            return m
    return None


def _is_request(unit: Unit) -> regex.Match[str] | None:
    """The review request in this unit, if it asks for a (new) review or feedback."""
    text = _strip_acknowledgements(_without_star_names(unit.text))
    if _change_request(text) is not None:
        return None  # asking to change a review is review.removal-request, not a new request
    direct = phrases.search("review.direct", text)
    if direct is not None:
        return phrases.search("review.direct", unit.text) or direct
    noun = phrases.search("review.noun", text)
    if noun is not None and has("review.ask", text):
        return phrases.search("review.noun", unit.text) or noun
    return None


def request_units(ctx: Context) -> list[Unit]:
    """Units (subject included) that ask for a review or seller feedback, memoised per message."""
    cached = ctx.cache.get("review.requests")
    if isinstance(cached, list):
        return cached
    every = all_units(ctx)
    # A request needs a direct request or a review noun in the unit (the acknowledgement a unit is read
    # without is cut out, which joins no new phrase).
    units = [u for u in candidates_any(("review.direct", "review.noun"), every) if _is_request(u) is not None]
    ctx.cache["review.requests"] = units
    return units


def requested_orders(ctx: Context) -> set[str]:
    """The orders this message asks a product review and/or seller feedback for (one request per order)."""
    if not request_units(ctx):
        return set()
    return set(ctx.message.order_ids)


def _mentions_review(text: str) -> bool:
    text = _without_star_names(text)
    return has("review.noun", text) or has("review.direct", text)


def _review_named(text: str) -> str:
    """The text in which a benefit's sentence names a review. When every benefit in it is a remedy (a free
    replacement part, the refund of what arrived broken), thanks for the buyer's feedback and feedback
    passed to the factory are set aside: "thank you for your feedback, a free replacement lid is on its
    way" answers a complaint and rewards no review. A real reward ("thanks for your review, here is 10 %
    off") keeps the mention."""
    if not has("review.remedy", text):
        return text
    remedies = phrases.matches("review.remedy", text, None)
    benefits = phrases.matches("review.benefit", text, None)
    # a benefit inside a remedy, or leading into it ("we will send you a | free replacement part")
    if not all(any(r.start() - 1 <= b.end() and b.start() < r.end() for r in remedies) for b in benefits):
        return text
    return phrases.sub("review.forwarded", " ", _strip_acknowledgements(text))


@rule(
    "review.incentive",
    guideline=(
        "Language that either incentivises or persuades the buyer to submit positive product reviews or "
        "seller feedback, including by offering compensation, money, gift cards, free or discounted "
        "products, refunds, rebates or reimbursements, or future benefits"
    ),
    default=Action.REJECT,
    summary="a review/feedback request tied to a benefit, or steering towards a positive (5-star) review",
    section="C",
    heuristic=True,
)
def incentive(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Finds review or feedback requests that offer something in return (gift card, voucher, discount,
    free product, refund, money, a future benefit) or that steer the buyer towards a positive or
    five-star review, in any of the supported languages. A benefit is tied to the request when it
    names the review in its own sentence, sits next to the request with a tie word ("as a thank-you"),
    or gives it to "everyone who writes one" / "every customer who does": such a pronoun points back
    to the request wherever it stands in the message. A question whether the buyer has reviewed, right
    before a tied benefit ("Left your review yet? Send the screenshot and a gift comes with your next
    order"), asks for the review the benefit pays for. A sentence that unties its benefit from reviews
    ("the refund has nothing to do with reviews") ties nothing. Paraphrase counts: "kind words online" is a
    review, "a token of appreciation" or "un petit geste" a reward, and "we wouldn't say no to a
    glowing review" steers (a negated refusal is no negation). A top rating named alone right before or
    after a request steers it too ("Please leave a review. Five would be amazing!", "anything less than
    five hurts us", "5/5"): alone, far from any request, such a number is just a number. So does a bare
    positive word next to a review named ("A review on Amazon? Preferably a glowing one!", "Opinia?
    Najlepiej pochlebna!", "the more stars the better").

    ## Why is this bad?
    Amazon forbids incentivised or steered reviews; they can cost the seller the right to sell.

    ## Example
    "Leave us a 5-star review and we'll send you a $10 gift card as a thank-you."

    ## Fix
    Ask for an honest review, whatever the buyer's experience, and offer nothing in return.
    """
    every = all_units(ctx)  # the subject, then the body
    for unit in candidates("review.steer", every):
        # "we don't ask for five stars" steers nowhere; nor do the stars of a quoted name
        steer = unnegated("review.steer", _without_star_names(unit.text))
        # "thank you for your positive review": thanks for a review already written asks for nothing
        if (steer is not None and has("review.acknowledge", unit.text)
                and unnegated("review.steer", _strip_acknowledgements(unit.text)) is None):
            continue
        if (steer is not None and has("review.reputation", unit.text) and not has("review.ask", unit.text)
                and not has("review.direct", unit.text) and not request_units(ctx)):
            # "our most popular model, with a 5-star rating from hundreds of buyers" in a message that asks for
            # no review; next to a request ("Rated 5 stars by 10,000 sleepers - make it 10,001!") it steers
            continue
        # "would you move your two stars up to five?": a change request pushed to the top rating steers too
        if steer is not None and (_mentions_review(unit.text) or has("review.ask", unit.text)
                                  or _change_request(unit.text) is not None):
            yield Hit(
                "Do not steer the buyer towards a positive or five-star review; ask for an honest review only.",
                evidence(unit, steer),
                unit.location,
            )
            return
    requests = {u.index for u in request_units(ctx)}
    # "Please leave a review. Five would be amazing!": the bare top rating steers the request next to it;
    # "A review? Preferably a glowing one!": so does a bare positive word next to a review named
    named: set[int] | None = None
    for topic in ("review.rating_ellipsis", "review.positive_ellipsis"):
        for unit in candidates(topic, every):
            if unit.index < 0:
                continue
            near = range(unit.index - 1, unit.index + 2)
            requested = any(i in requests for i in near)
            if not requested and topic == "review.rating_ellipsis":
                continue  # a bare number steers a request only, not any mention of reviews
            steer = unnegated(topic, unit.text)
            if steer is None:
                continue
            if not requested:
                if named is None:
                    named = {u.index for u in every if _mentions_review(u.text)}
                if not any(i in named for i in near):
                    continue
            yield Hit(
                "Do not steer the buyer towards a positive or five-star review; ask for an honest review only.",
                evidence(unit, steer),
                unit.location,
            )
            return
    for unit in candidates("review.benefit", every):
        benefit = unnegated("review.benefit", unit.text)  # "we offer no discounts for reviews" offers nothing
        if benefit is None:
            continue
        # "the refund has nothing to do with reviews", "la garantie ne dépend pas de votre avis": the sentence unties
        # its benefit from any review, so naming the review there ties nothing
        if has("review.untied", unit.text):
            continue
        # "every reviewer gets a surprise": the benefit goes to whoever reviews, tied without a request nearby
        tied = _mentions_review(_review_named(unit.text)) or has("review.reviewer", unit.text)
        if not tied and unit.index >= 0 and has("review.tie", unit.text):
            near = range(unit.index - _TIE_WINDOW, unit.index + _TIE_WINDOW + 1)
            tied = any(i in requests for i in near)
            if not tied:
                # "Left your review yet? Send us the screenshot and a gift rides along in your next parcel": the
                # question whether the buyer has reviewed, right before the tied benefit, asks for the review it pays
                prev = next((u for u in every if u.index == unit.index - 1), None)
                tied = (prev is not None and is_question(prev.text) and _mentions_review(prev.text)
                        and not has("review.acknowledge", prev.text))
        # "every customer who writes one gets a free filter": the pronoun names the reviewer, so the benefit is
        # tied to the message's review request however many paragraphs lie between them
        if not tied and requests and has("review.reviewer_anaphor", unit.text):
            tied = True
        if tied:
            yield Hit(
                "Remove the reward offered for the review (gift card, discount, free product, refund or "
                "other benefit); a review request may not offer anything in return.",
                evidence(unit, benefit),
                unit.location,
            )
            return


@rule(
    "review.removal-request",
    guideline="Language that requests removal or an update of an existing product review",
    default=Action.REJECT,
    summary="asks to remove, change, update or revise an existing review or feedback",
    section="C",
    heuristic=True,
)
def removal_request(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Finds sentences that ask the buyer to remove, delete, change, update, revise or reconsider a review
    or feedback they have already written. A low star rating that should become five ("maybe your
    1-star could become a 5-star?", "aus Ihren 2 Sternen 5 machen") names an existing review and asks
    for its update, so it is read as a change request too (it is also `review.incentive`'s persuasion
    towards five stars). The request may name the review by a pronoun when one of the two sentences before
    names it: "We saw your 2-star review. Would you revisit it now?", "Könnten Sie sie anpassen?",
    「見直していただけますか」. Saying the buyer *can* change a review is information, except right after
    the fix: "Now that the problem is solved, you can update your review at any time under Your Orders"
    points at the edit button to get an update.

    ## Why is this bad?
    Amazon forbids asking buyers to remove or update an existing product review.

    ## Example
    "Once the new battery is in, would you consider updating your review, or removing it?"

    ## Fix
    Solve the buyer's problem without mentioning their review; they may update it on their own.
    """
    every = all_units(ctx)
    by_index: dict[int, Unit] | None = None
    for unit in candidates("review.existing", every):
        if has("review.acknowledge", unit.text) and not has("review.ask", unit.text):
            continue  # "thank you for updating your review" is not a request
        if by_index is None:
            by_index = {u.index: u for u in every}
        prev = by_index.get(unit.index - 1) if unit.index >= 1 else None
        m = _change_request(unit.text, prev.text if prev is not None else "")
        if m is not None:
            yield Hit(
                "Do not ask the buyer to remove, change or update a review or feedback they have already left.",
                evidence(unit, m),
                unit.location,
            )
            return
    # "We saw your 2-star review. Now that the part has arrived, would you revisit it?": the request names
    # the review by a pronoun, the sentence before names it
    for unit in candidates("review.change_anaphor", every):
        if unit.index < 1 or has("review.acknowledge", unit.text):
            continue
        m = phrases.search("review.change_anaphor", unit.text)
        if m is None:
            continue
        # one of the two sentences before names a review the buyer has, not one asked for ("You can leave a
        # review ...")
        if by_index is None:
            by_index = {u.index: u for u in every}
        asked = {u.index for u in request_units(ctx)}
        before = [by_index[i] for i in (unit.index - 2, unit.index - 1) if i in by_index and i not in asked]
        # or the same sentence named the review before the pronoun and says the problem is now solved: "We saw
        # the one-star review you posted before we could help; now that it is sorted, would you reconsider it?"
        named_here = has("review.noun", unit.text[: m.start()]) and has("review.resolved", unit.text)
        if named_here or any(has("review.noun", u.text) for u in before):
            yield Hit(
                "Do not ask the buyer to remove, change or update a review or feedback they have already left.",
                evidence(unit, m),
                unit.location,
            )
            return


@rule(
    "review.conditional",
    guideline="Language that requests a product review only if they have had a positive experience with the product",
    default=Action.REJECT,
    summary='review gating: "if you are happy, leave a review; if not, contact us first"',
    section="C",
    heuristic=True,
)
def conditional(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Finds review gating: a review request made only if the buyer is happy ("if you love it, leave a
    review"), or a request to contact the seller first / before reviewing when something is wrong.
    A plain "if you have any problem, contact us" is not gating unless it is tied to the review. The
    condition may be split across sentences: "We hope you love it. If so, a review would help us."
    A review offered as the alternative to a question or problem ("Any questions? Reply here.
    Otherwise, please leave a review"; "if there were no problems, a review...") is gating too: it
    goes only to buyers who had nothing to raise, which the guideline's "only if they have had a
    positive experience" covers. "Otherwise" after a statement ("We fixed the lid. Otherwise, ...")
    means "apart from that" and is not read as gating.

    ## Why is this bad?
    Amazon forbids asking for reviews only from satisfied buyers; it skews the ratings.

    ## Example
    "If you are satisfied, please leave a review. If not, write to us first before you post it."

    ## Fix
    Ask every buyer for an honest review in the same words, whatever their experience.
    """
    units = all_units(ctx)
    requests = request_units(ctx)
    request_idx = {u.index for u in requests}
    for unit in candidates("review.if_positive", units):
        # "whether or not you liked it", "tanto si le ha gustado como si no": asks every buyer, gates nobody
        # an order ID inside the condition ("wenn Ihnen die Lampe aus Bestellung 113-… gefällt") is one word
        text = sub_order_ids(lambda m: "x" * len(m.group(0)), unit.text) if "-" in unit.text else unit.text
        concessive = phrases.finditer("review.concessive", text)
        cond = next(
            (
                m
                for m in phrases.finditer("review.if_positive", text)
                if not any(c.start() <= m.start() < c.end() for c in concessive)
            ),
            None,
        )
        if cond is None:
            continue
        # "Do you like the lamp? We'd love your honest review, good or bad": the request next to the question
        # asks every buyer, so the question gates nobody
        near = unit.index >= 0 and any(
            u.index in (unit.index - 1, unit.index + 1) and not has("review.concessive", u.text) for u in requests
        )
        # a short question: the order ID it names ('Gefällt dir die Jacke aus 302-…?') is one word
        if _mentions_review(unit.text) or (near and len(without_order_ids(unit.text) if '-' in unit.text else unit.text) < 60):
            yield Hit(
                "Do not ask only satisfied buyers for a review; ask every buyer for an honest review.",
                evidence(unit, cond),
                unit.location,
            )
            return
    # "We hope you love it. If so, a review would help us": the condition is split across two sentences, an
    # anaphoric "if so" in the review sentence and the satisfaction it refers to just before it. Without the
    # satisfaction ("Did the parcel arrive? If so, ...") the review is not conditional on a positive experience.
    for unit in candidates("review.if_so", units):
        if unit.index < 0 or not (unit.index in request_idx or _mentions_review(unit.text)):
            continue
        before = [u.text for u in units if unit.index - _IF_SO_BACK <= u.index < unit.index and u.index >= 0]
        for m in phrases.finditer("review.if_so", unit.text):
            # "we're sorry it wasn't to your liking. If so, ..." refers to no satisfaction: negations left out
            if unnegated("review.satisfied", unit.text[: m.start()]) or any(unnegated("review.satisfied", t) for t in before):
                yield Hit(
                    "Do not ask only satisfied buyers for a review; ask every buyer for an honest review.",
                    evidence(unit, m),
                    unit.location,
                )
                return
    # "Any questions? Then reply here. Otherwise, please leave a review": the review is the alternative to having
    # a question or problem, so only buyers without one are sent to review. The sentence before must raise the
    # trouble as a question or a condition ("We fixed the lid. Otherwise, a review..." is "apart from that").
    for unit in candidates("review.otherwise", units):
        if unit.index < 1 or not (unit.index in request_idx or _mentions_review(unit.text)):
            continue
        m = phrases.search("review.otherwise", unit.text)
        if m is None:
            continue
        before = [u.text for u in units if unit.index - _OTHERWISE_BACK <= u.index < unit.index and u.index >= 0]
        if any(has("review.trouble", t) for t in before):
            yield Hit(
                "Do not send only buyers without questions or problems to review; ask every buyer for an honest review.",
                evidence(unit, m),
                unit.location,
            )
            return
    contact_first = candidates("review.contact_first", units)
    if not contact_first:
        return
    if not requests and not any(_mentions_review(u.text) for u in units):
        return
    for unit in contact_first:
        first = phrases.search("review.contact_first", unit.text)
        # "if it sounds thin, tell us first before buying a new stylus": the contact comes before another step,
        # not before a review, so it offers support and gates nothing (a sentence naming a review still gates)
        if first is not None and has("review.first_elsewhere", unit.text) and not _mentions_review(unit.text):
            continue
        if first is not None:
            yield Hit(
                "Do not ask unhappy buyers to contact you before they review; ask every buyer for an honest review.",
                evidence(unit, first),
                unit.location,
            )
            return


@rule(
    "review.repeat",
    guideline="A repeat request (per order) for a product review or seller feedback",
    default=Action.REJECT,
    summary="a second review/feedback request for the same order (the ledger records relayed requests)",
    section="C",
)
def repeat(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Refuses a review or seller-feedback request for an order that already received one: the ledger
    records a request once it was relayed (or sent with Amazon's Request a Review button and imported).
    A product review and a seller feedback request are both review requests.

    ## Why is this bad?
    Amazon allows one review request per order; reminders are repeat requests.

    ## Example
    "Last week we asked whether you would review the organizer. Here is the link again."

    ## Fix
    Do not send reminders: each order gets one review request.
    """
    repeated = sorted(requested_orders(ctx) & set(ctx.reviewed_orders))
    if not repeated:
        return
    unit = request_units(ctx)[0]
    yield Hit(
        f"A review or feedback request was already sent for order {', '.join(repeated)}; "
        "do not send another one.",
        unit.text,
        unit.location,
    )
