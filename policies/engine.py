"""Run every enabled rule over a context and decide the verdict (the strongest action)."""

from __future__ import annotations

from collections.abc import Mapping

import structlog

from policies.context import Context
from policies.findings import Action, Finding, Result, Verdict, clip
from policies.rule import Rule, registered

log = structlog.get_logger("permitted.engine")

MAX_FINDINGS_PER_RULE = 5
MALFORMED = "message.malformed"


def effective_action(rule: Rule, overrides: Mapping[str, Action] | None) -> Action:
    if overrides and rule.id in overrides:
        return overrides[rule.id]
    return rule.default_action


def evaluate(ctx: Context, actions: Mapping[str, Action] | None = None) -> Result:
    """Judge one message. `actions` overrides RULES.md's default actions per rule ID."""
    rules = registered()
    findings: list[Finding] = []
    only = {MALFORMED} if ctx.message.limit_exceeded else None  # a MIME bomb is not read further
    for rule in rules.values():
        if only is not None and rule.id not in only:
            continue
        action = effective_action(rule, actions)
        if action is Action.OFF:
            continue
        if rule.proactive_only and ctx.message.is_reply:
            continue
        try:
            hits = list(rule.check(ctx))
        except Exception:
            # One broken rule must not lose the message or hide every other finding.
            log.exception("rule_failed", rule=rule.id)
            continue
        seen: set[tuple[str, str]] = set()
        for hit in hits:
            key = (hit.evidence, hit.location)
            if key in seen:
                continue
            seen.add(key)
            findings.append(
                Finding(rule.id, action, hit.message, clip(hit.evidence), hit.location, rule.guideline)
            )
            if len(seen) >= MAX_FINDINGS_PER_RULE:
                break
    strongest = max((f.action for f in findings), key=lambda a: a.strength, default=None)
    review_orders: frozenset[str] = frozenset()
    if only is None:
        from policies.rules.review import requested_orders

        review_orders = frozenset(requested_orders(ctx))
    return Result(Verdict.from_action(strongest), findings, review_orders)


def warm_up() -> float:
    """Judge each language's typical message once and return the seconds it took.

    The first message otherwise pays for loading the language model and the dictionaries, building
    the phrase index and compiling the common pattern sets (about 2 s in all): a server calls this
    before it accepts mail, so no buyer's message waits for it.
    """
    import time
    from datetime import UTC, datetime

    from policies import phrases
    from policies.marketplace import marketplace_for
    from policies.message import parse_message

    start = time.perf_counter()
    now = datetime.now(UTC)
    for lang in phrases.languages():
        body = phrases.warm_up_message(lang)
        if not body:
            continue
        head = (
            f"From: seller@example.com\r\nTo: buyer@marketplace.{marketplace_for(lang) or 'amazon.com'}\r\n"
            "Subject: Order 113-0000000-0000000\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        )
        evaluate(Context(parse_message((head + body.replace("\n", "\r\n")).encode()), now))
    return time.perf_counter() - start
