"""Permitted's policy engine: the Buyer-Seller Communication Guidelines as rules.

    from policies import parse_message, Context, evaluate
    result = evaluate(Context(parse_message(raw), now=datetime.now(UTC)))

Knows nothing of SMTP: the proxy and `permitted check` both call it.
"""

from policies.context import AccountPolicy, Context, Order, PolicySettings
from policies.engine import evaluate, warm_up
from policies.findings import Action, Finding, Hit, Result, Verdict
from policies.message import Envelope, Limits, Message, parse_message
from policies.rule import Rule, registered

__all__ = [
    "AccountPolicy",
    "Action",
    "Context",
    "Envelope",
    "Finding",
    "Hit",
    "Limits",
    "Message",
    "Order",
    "PolicySettings",
    "Result",
    "Rule",
    "Verdict",
    "evaluate",
    "parse_message",
    "registered",
    "warm_up",
]
