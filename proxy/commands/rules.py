"""`permitted rules`: the rule catalogue, and `permitted rules explain ID`."""

from __future__ import annotations

import argparse
import json

from policies import registered
from policies.rule import SECTIONS
from proxy.cli import UsageError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rules", help="list every rule, or explain one", description=__doc__)
    p.add_argument("action", nargs="?", choices=["list", "explain"], default="list")
    p.add_argument("rule_id", nargs="?", metavar="ID")
    p.add_argument("--format", choices=["text", "json", "markdown"], default="text")
    p.set_defaults(handler=run)


def catalogue_markdown() -> str:
    """The rule catalogue as a Markdown table per section (the README's copy is generated from this)."""
    lines: list[str] = []
    rules = registered()
    for section, title in SECTIONS.items():
        members = [r for r in rules.values() if r.section == section]
        if not members:
            continue
        lines += [f"#### {section}. {title}", "", "| ID | Default | Checks |", "|---|---|---|"]
        for r in members:
            tag = ", heuristic" if r.heuristic else ""
            lines.append(f"| `{r.id}` | {r.default_action.value}{tag} | {r.summary} |")
        lines.append("")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    rules = registered()
    if args.action == "explain":
        if not args.rule_id:
            raise UsageError("name the rule to explain, e.g. `permitted rules explain link.insecure`")
        found = rules.get(args.rule_id)
        if found is None:
            raise UsageError(f"no rule {args.rule_id!r}; `permitted rules` lists them all")
        print(f"{found.id}  (default: {found.default_action.value}{', heuristic' if found.heuristic else ''}"
              f"{', proactive messages only' if found.proactive_only else ''})")
        print(f"Guideline: {found.guideline}\n")
        print(found.explanation)
        return 0
    if args.format == "json":
        print(json.dumps([
            {"rule": r.id, "default_action": r.default_action.value, "guideline": r.guideline,
             "summary": r.summary, "heuristic": r.heuristic, "proactive_only": r.proactive_only}
            for r in rules.values()
        ], indent=2))
    elif args.format == "markdown":
        print(catalogue_markdown())
    else:
        width = max(len(r) for r in rules)
        for r in rules.values():
            print(f"{r.id:<{width}}  {r.default_action.value:<10}  {r.guideline}")
    return 0
