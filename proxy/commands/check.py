"""`permitted check`: lint messages or templates exactly as the proxy would judge them.

    permitted check [--config FILE] [--orders FILE]... [--now ISO8601] [--sequence]
                    [--format text|json] [--mail-from ADDR] [--rcpt ADDR]... FILE...

Exit status: 0 when every file would be relayed (warnings allowed), 1 when any would be rejected or
quarantined, 2 on a usage error or an unreadable file.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from policies import AccountPolicy, Action, Envelope, Finding, Verdict, evaluate, parse_message
from policies.context import PolicySettings
from proxy.cli import UsageError
from proxy.judge import prepare
from proxy.store import Store, open_store

if TYPE_CHECKING:
    from proxy.config import Config


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "check",
        help="judge message files against the guidelines, as the proxy would",
        description="Judge message files (RFC 5322 .eml) against the Buyer-Seller Communication Guidelines.",
    )
    p.add_argument("--config", metavar="FILE", help="config file: per-rule actions, account link allow-list")
    p.add_argument("--account", metavar="NAME", help="the account of the config to judge as (default: the first)")
    p.add_argument("--orders", metavar="FILE", action="append", default=[],
                   help="load an order fixture or report into a store for this run (repeatable)")
    p.add_argument("--now", metavar="ISO8601", help="evaluation time (default: now)")
    p.add_argument("--sequence", action="store_true",
                   help="send the files one after another: relayed review requests count for the next ones")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.add_argument("--mail-from", metavar="ADDR", help="envelope sender (default: the From address)")
    p.add_argument("--rcpt", metavar="ADDR", action="append", default=[],
                   help="envelope recipient (repeatable; default: the To and Cc addresses)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(handler=run)


def _parse_now(value: str | None) -> datetime:
    if not value:
        return datetime.now(UTC)
    try:
        now = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(f"--now {value!r} is not an ISO 8601 time; use e.g. 2026-06-15T12:00:00Z") from None
    return now if now.tzinfo else now.replace(tzinfo=UTC)


def _policy(args: argparse.Namespace) -> tuple[AccountPolicy, dict[str, Action], PolicySettings, Config | None]:
    """Account policy, action overrides, settings and the config they came from."""
    if not args.config:
        return AccountPolicy(), {}, PolicySettings(), None
    from proxy.config import ConfigError, load_config

    try:
        config = load_config(Path(args.config))
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    if args.account:
        chosen = config.account(args.account)
        if chosen is None:
            raise UsageError(f"no account {args.account!r} in {args.config}")
    else:
        chosen = config.accounts[0] if config.accounts else None
    policy = chosen.policy() if chosen is not None else AccountPolicy()
    return policy, config.actions_for(chosen), config.settings(), config


async def _open(args: argparse.Namespace, config: Config | None) -> Store:
    """With --orders (or no config): a store of this run only. Else the configured one, read only:
    `check` never writes its ledger."""
    from proxy.orders_import import ReportError, import_report

    if args.orders or config is None:
        store = open_store("sqlite:///:memory:")
        await store.open()
        for path in args.orders:
            try:
                data = Path(path).read_bytes()
            except OSError as exc:
                await store.close()
                raise UsageError(f"{path}: cannot read it ({exc.strerror or exc})") from None
            try:
                await import_report(store, data, account=args.account_name)
            except ReportError as exc:  # names the line and the reason
                await store.close()
                raise UsageError(f"{path}: {exc}") from None
        return store
    store = config.open_store()
    await store.open()
    return store


async def _run(args: argparse.Namespace) -> int:
    now = _parse_now(args.now)
    account, actions, settings, config = _policy(args)
    args.account_name = account.name
    raws: list[tuple[str, bytes]] = []
    for name in args.files:
        try:
            raws.append((name, Path(name).read_bytes()))
        except OSError as exc:
            raise UsageError(f"{name}: cannot read it ({exc.strerror or exc})") from None
    store = await _open(args, config)
    sent_reviews: set[str] = set()  # the ledger of this run; a real store's ledger is never written
    worst = 0
    colour = args.format == "text" and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    try:
        for name, raw in raws:
            message = parse_message(raw)
            mail_from = args.mail_from or message.from_addr
            rcpts = tuple(args.rcpt) or tuple(message.to_addrs)
            message.envelope = Envelope(mail_from, rcpts)
            ctx = await prepare(store, message, now, account=account, settings=settings)
            if args.sequence and sent_reviews:
                ctx = replace(ctx, reviewed_orders=ctx.reviewed_orders | (sent_reviews & set(message.order_ids)))
            result = evaluate(ctx, actions)
            if args.sequence and result.verdict.relays:
                sent_reviews |= result.review_request_orders
            worst = max(worst, 0 if result.verdict.relays else 1)
            if args.format == "json":
                print(json.dumps({"file": name, **result.as_dict()}, ensure_ascii=False))
            else:
                print(_text_report(name, result.verdict, result.findings, colour))
    finally:
        await store.close()
    return worst


_COLOURS = {"reject": "31", "quarantine": "33", "warn": "36", "relay": "32"}


def _paint(text: str, code: str, on: bool) -> str:
    return f"\033[{code}m{text}\033[0m" if on else text


def _text_report(name: str, verdict: Verdict, findings: list[Finding], colour: bool) -> str:
    head = _paint(verdict.value.upper(), _COLOURS[verdict.value], colour)
    lines = [f"{name}: {head}" + ("" if findings else " (no findings)")]
    for f in findings:
        lines.append(f"  {_paint(f.rule, '1', colour)} [{f.action.value}] in {f.location}: \"{f.evidence}\"")
        lines.append(f"      {f.message}")
        lines.append(f"      Guideline: {f.guideline}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    return asyncio.run(_run(args))
