"""What a rule reports and what the engine concludes: actions, findings, the verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

EVIDENCE_MAX = 120


class Action(StrEnum):
    """What happens to a message that breaks a rule. Ordered: reject > quarantine > warn > off."""

    OFF = "off"
    WARN = "warn"
    QUARANTINE = "quarantine"
    REJECT = "reject"

    @property
    def strength(self) -> int:
        return _STRENGTH[self]


_STRENGTH = {Action.OFF: 0, Action.WARN: 1, Action.QUARANTINE: 2, Action.REJECT: 3}


class Verdict(StrEnum):
    """The outcome for a whole message: the strongest action among its findings."""

    RELAY = "relay"
    WARN = "warn"
    QUARANTINE = "quarantine"
    REJECT = "reject"

    @property
    def relays(self) -> bool:
        return self in (Verdict.RELAY, Verdict.WARN)

    @classmethod
    def from_action(cls, action: Action | None) -> Verdict:
        if action is None or action is Action.OFF:
            return cls.RELAY
        return cls(action.value)


def clip(text: str, limit: int = EVIDENCE_MAX) -> str:
    """One line of at most `limit` characters, for evidence excerpts."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(frozen=True)
class Hit:
    """What a rule's check yields: the seller-facing sentence, the excerpt and where it is."""

    message: str
    evidence: str = ""
    location: str = "text"


@dataclass(frozen=True)
class Finding:
    """A rule broken by a message, in the shape RULES.md documents."""

    rule: str
    action: Action
    message: str
    evidence: str
    location: str
    guideline: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "action": self.action.value,
            "message": self.message,
            "evidence": self.evidence,
            "location": self.location,
            "guideline": self.guideline,
        }


@dataclass
class Result:
    """The engine's answer for one message."""

    verdict: Verdict
    findings: list[Finding] = field(default_factory=list)
    # Orders this message asks a review or feedback for: the ledger records them once relayed.
    review_request_orders: frozenset[str] = frozenset()

    @property
    def rules(self) -> list[str]:
        return [f.rule for f in self.findings]

    def as_dict(self) -> dict[str, Any]:
        return {"verdict": self.verdict.value, "findings": [f.as_dict() for f in self.findings]}
