"""A rule: its stable ID, the guideline sentence it enforces, its default action and its check.

A rule's documentation is the docstring of its check, in ruff's shape (what it does, why,
example, fix); `permitted rules explain ID` prints it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from policies.context import Context
from policies.findings import Action, Hit

Check = Callable[[Context], Iterable[Hit]]

SECTIONS = {
    "A": "Envelope",
    "B": "Order context",
    "C": "Message types that are not Permitted Messages",
    "D": "Content that Permitted Messages may not include",
    "E": "Styling that Permitted Messages may not contain",
}


@dataclass(frozen=True)
class Rule:
    id: str
    guideline: str
    default_action: Action
    summary: str  # what it checks, one line
    check: Check
    section: str = "D"
    heuristic: bool = False
    proactive_only: bool = False  # order-context and purpose rules skip replies to a buyer

    @property
    def explanation(self) -> str:
        return inspect.cleandoc(self.check.__doc__ or self.summary)


_REGISTRY: dict[str, Rule] = {}
_ORDERED: list[str] = []


def rule(
    id: str,
    *,
    guideline: str,
    default: Action,
    summary: str,
    section: str,
    heuristic: bool = False,
    proactive_only: bool = False,
) -> Callable[[Check], Check]:
    """Register a check function as the rule `id`."""

    def register(check: Check) -> Check:
        if id in _REGISTRY:
            raise ValueError(f"rule {id} is registered twice")
        _REGISTRY[id] = Rule(id, guideline, default, summary, check, section, heuristic, proactive_only)
        return check

    return register


def registered() -> dict[str, Rule]:
    """Every rule, by ID, in catalogue order (loads the rule modules on first use)."""
    import policies.rules  # noqa: F401  (registers on import)

    if list(_REGISTRY) != _ORDERED:
        # Catalogue order: by section (A..E), then as registered within the family modules.
        order = list(SECTIONS)
        ordered = sorted(_REGISTRY.values(), key=lambda r: order.index(r.section) if r.section in order else 99)
        _REGISTRY.clear()
        _REGISTRY.update((r.id, r) for r in ordered)
        _ORDERED[:] = list(_REGISTRY)
    return _REGISTRY
