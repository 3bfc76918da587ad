"""Problem-with-order and return messages: out-of-stock notices and return follow-ups.

Phrase lists live in `policies/data/<lang>/order_problem.toml`.
"""

from __future__ import annotations

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
    evidence,
    first,
    first_unnegated,
    has,
    is_question,
    matches,
    without_order_ids,
)

# How far around an "out of stock" / "cannot ship" cue a qualifier ("until", "to a PO box") is looked for.
_BEFORE, _AFTER = 20, 50


def _unavailable(ctx: Context) -> list[tuple[Unit, regex.Match[str]]]:
    """Cues that the ordered product cannot be dispatched, memoised per message.

    A cue qualified nearby ("cannot ship until Monday", "cannot ship to a PO box") is a delay or an
    address question, not an unavailable product.
    """
    cached = ctx.cache.get("oproblem.unavailable")
    if isinstance(cached, list):
        return cached
    found: list[tuple[Unit, regex.Match[str]]] = []
    for unit, m in matches("oproblem.unavailable", all_units(ctx)):
        window = unit.text[max(0, m.start() - _BEFORE) : _qualifier_end(unit.text, m)]
        if not has("oproblem.qualified", window):
            found.append((unit, m))
    ctx.cache["oproblem.unavailable"] = found
    return found


def _qualifier_end(text: str, m: regex.Match[str]) -> int:
    """Where a qualifier after the cue `m` stops belonging to it.

    A new clause with its own subject ("sold out, and the glassworks will not make more before autumn")
    is another statement: its "before" dates the maker's work, not a shipment. A clause about shipping
    the order ("..., and the parcel leaves us only after the 20th") still qualifies the cue.
    """
    end = m.end() + _AFTER
    brk = phrases.search("oproblem.clause_break", text[m.end() : end])
    if brk is None:
        return end
    cut = m.end() + brk.start()
    rest = text[cut : cut + _AFTER + 30]
    if has("oproblem.clause_ships", rest) or has("oproblem.will_ship", rest):
        return end
    return cut


def _will_ship_later(ctx: Context) -> bool:
    """The seller still expects to ship (a delay, not a cancellation).

    A restock the seller cannot date ("we don't know when it will be back in stock", 「再入荷の予定は
    未定です」, "it may be restocked, but we can't promise when") is no expected shipment: the product is
    unavailable. A contrast after the doubt ("we don't know exactly when, but we expect to ship it next
    week") keeps the shipment.
    """
    every = all_units(ctx)
    found = matches("oproblem.will_ship", every)
    if not found:
        return False
    by_index = {u.index: u for u in every}
    return any(
        not _undated(unit, m) and not _undated_before(by_index.get(unit.index - 1), unit, m)
        for unit, m in found
    )


# How far around a "back in stock" cue an "we don't know when" is looked for.
_UNDATED_BEFORE, _UNDATED_AFTER = 50, 50


def _undated(unit: Unit, m: regex.Match[str]) -> bool:
    """The shipment cue `m` is a restock whose date the seller says it does not know."""
    lo = max(0, m.start() - _UNDATED_BEFORE)
    window = unit.text[lo : m.end() + _UNDATED_AFTER]
    ms = m.start() - lo
    for cue in phrases.finditer("oproblem.restock_unknown", window):
        # only a doubt before the shipment can be answered by a "but" between them
        if cue.end() > ms or not has("oproblem.contrast", window[cue.end() : ms]):
            return True
    return False


def _undated_before(prev: Unit | None, unit: Unit, m: regex.Match[str]) -> bool:
    """The shipment cue `m` names no date and the sentence before says the restock has none ("The mill can't
    give us a date for the next batch. Would you like to wait for the restock?"). A contrast before the cue
    ("..., but we expect to ship on the 20th") or a number in its sentence (a date) keeps the shipment."""
    if prev is None or unit.index < 1 or not has("oproblem.restock_unknown", prev.text):
        return False
    text = without_order_ids(unit.text) if "-" in unit.text else unit.text
    if any(c.isdigit() for c in text):
        return False
    return not has("oproblem.contrast", unit.text[: m.start()])


def _adjusted(ctx: Context) -> bool:
    """A confirmation that the order amount was adjusted or refunded by the seller, not left to the buyer.

    A message that asks the buyer to cancel has usually not adjusted anything: a refund it mentions after the
    request follows the buyer's cancellation. A confirmation that comes before the request, in a sentence of its
    own ("We have refunded the full amount, reason no inventory. To close it on your side too, please request a
    cancellation") was done by the seller already: the request is then the only fault.
    """
    asks = _cancel_asks(ctx)
    if asks:
        first_ask = min(u.index for u, _ in asks)
        return _adjusted_alone(ctx, before=first_ask)
    return _adjusted_alone(ctx)


def _adjusted_alone(ctx: Context, before: int | None = None) -> bool:
    units = candidates("oproblem.adjusted", all_units(ctx))
    if before is not None:
        units = [u for u in units if u.index < before and not has("oproblem.cancel_ask", u.text)]
    return any(has("oproblem.adjusted", u.text) and not has("oproblem.buyer_action", u.text) for u in units)


def _cancel_asks(ctx: Context) -> list[tuple[Unit, regex.Match[str]]]:
    """Places where the buyer is asked to cancel, memoised per message.

    A firm request ("please cancel the order") always counts. An offer ("you can cancel it in Your
    Orders", "if you prefer, cancel the order") counts only when the seller neither still expects to
    ship nor confirms an adjustment: then it is the only way out the message gives the buyer.
    """
    cached = ctx.cache.get("oproblem.cancel_asks")
    if isinstance(cached, list):
        return cached
    every = all_units(ctx)
    found: list[tuple[Unit, regex.Match[str]]] = []
    if candidates("oproblem.cancel_ask", every) or candidates("oproblem.cancel_offer", every):
        units = [u for u in every if not has("oproblem.cancel_negated", u.text)]  # "no need to cancel"
        found = list(matches("oproblem.cancel_ask", units))
        if not found and not _will_ship_later(ctx):
            offers = list(matches("oproblem.cancel_offer", units))
            if offers and not _adjusted_alone(ctx):
                found = offers
    ctx.cache["oproblem.cancel_asks"] = found
    return found


@rule(
    "order-problem.cancellation-request",
    guideline=(
        "Do not contact the buyer and request that they submit a cancellation request when you are out of stock."
    ),
    default=Action.REJECT,
    summary="an out-of-stock message asking the buyer to cancel the order",
    section="C",
    heuristic=True,
)
def cancellation_request(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Flags a message about an out-of-stock or unshippable product that asks the buyer to cancel the
    order themselves (in Your Orders, or by requesting a cancellation).

    ## Why is this bad?
    When you cannot ship, you must cancel and adjust the order yourself (reason NoInventory or
    CouldNotShip); a buyer-requested cancellation hides the seller's stock-out from Amazon.

    ## Example
    "The lamp is out of stock. Could you please cancel the order on your side?"

    ## Fix
    Cancel the order yourself in Manage orders with the NoInventory reason, refund the full amount, and
    tell the buyer that it was done.
    """
    if not _unavailable(ctx):
        return
    asks = _cancel_asks(ctx)
    if asks:
        unit, m = asks[0]
        yield Hit(
            "Do not ask the buyer to cancel: cancel and refund the order yourself in Seller Central "
            "(reason NoInventory or CouldNotShip) and tell the buyer it was done.",
            evidence(unit, m),
            unit.location,
        )


@rule(
    "order-problem.no-adjustment",
    guideline=(
        "The message must contain a confirmation that the order amount was adjusted with the appropriate "
        "reason for the unavailability of the products."
    ),
    default=Action.QUARANTINE,
    summary="an out-of-stock / cannot-ship message without a confirmation of the adjustment or refund",
    section="C",
    heuristic=True,
    proactive_only=True,
)
def no_adjustment(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Flags a proactive message saying the product is out of stock or cannot be shipped that does not
    confirm the order amount was adjusted (refunded) by the seller. A delay notice (the seller still
    expects to ship) is not judged here.

    ## Why is this bad?
    Amazon requires the seller to adjust the full order amount first and to confirm it, with the
    reason, in the Problem with order message.

    ## Example
    "We have used the last of our stock, so we are not able to send your candles. We're really sorry."

    ## Fix
    Adjust the full order amount in Manage orders (NoInventory or CouldNotShip), then say in the message
    that the amount was refunded and why.
    """
    found = _unavailable(ctx)
    if not found or _will_ship_later(ctx) or _adjusted(ctx):
        return
    unit, m = found[0]
    yield Hit(
        "Confirm in the message that you adjusted (refunded) the full order amount and why the item is "
        "unavailable; adjust the order in Seller Central first.",
        evidence(unit, m),
        unit.location,
    )


def _asks_information(units: list[Unit]) -> bool:
    """A request for information: an explicit one, or a real question. "Any questions?", a rhetorical
    "did you know...?" / "have you tried...?" meant to talk the buyer out of the return, a challenge of
    the decision ("are you sure?", "do you really want to return it?", "¿seguro que quieres
    devolverlo?", 「本当に返品されますか」) and a mere restatement ("you'd like to return the blender?")
    ask for nothing the return needs."""
    for unit in units:
        if has("oproblem.rhetorical", unit.text):
            continue
        if has("oproblem.info_ask", unit.text):
            return True
        if is_question(unit.text) and not has("oproblem.help_offer", unit.text) and not has("oproblem.restatement", unit.text):
            return True
    return False


@rule(
    "return.unnecessary",
    guideline=(
        "You may communicate with the buyer about the return only when you need additional information to "
        "complete the return or you are offering a partial refund."
    ),
    default=Action.QUARANTINE,
    summary="a return-related message that neither asks for information nor offers a partial refund",
    section="C",
    heuristic=True,
    proactive_only=True,
)
def return_unnecessary(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Flags a proactive message about a buyer's return that neither asks for information needed to
    complete the return nor offers a partial refund (for example a message trying to talk the buyer
    out of returning, or repeating what Amazon's return and refund notices already say). The refund
    confirmation of an out-of-stock notice is no buyer's return (Polish "kwota została zwrócona": one word
    is both return and refund).

    ## Why is this bad?
    Sellers may contact buyers about a return only to get information needed to complete it or to
    offer a partial refund.

    ## Example
    "Before you send the lamp back, many customers find a warm white bulb changes its look completely."

    ## Fix
    Process the return and refund in Seller Central. Write only to ask for what you need (e.g. which
    part is faulty) or to offer a partial refund if the buyer keeps the item.
    """
    units = all_units(ctx)
    # a parcel the carrier brought back (undeliverable) is not the buyer's return
    if not candidates("oproblem.return_topic", units):
        return
    own = [u for u in units if not has("oproblem.carrier_return", u.text)]
    topic = first("oproblem.return_topic", own)
    if topic is None:
        return
    if has("oproblem.adjusted", topic[0].text) and _unavailable(ctx):
        # an out-of-stock notice's refund confirmation ("the full amount was refunded", Polish "kwota
        # została zwrócona", where one word is both return and refund) is no buyer's return
        topic = first("oproblem.return_topic", [u for u in own if not has("oproblem.adjusted", u.text)])
        if topic is None:
            return
    body = body_units(ctx)
    # a refusal ("we do not offer partial refunds", 「一部返金は承っておりません」) offers nothing
    if _asks_information(body) or first_unnegated("oproblem.partial_refund", units) is not None:
        return
    unit, m = topic
    yield Hit(
        "Write about a return only to ask for information you need to complete it or to offer a partial "
        "refund; otherwise let Amazon's return process run.",
        evidence(unit, m),
        unit.location,
    )
