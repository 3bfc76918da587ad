"""`permitted quarantine list|show|release|delete`: review held messages.

With `--account NAME` only that account's messages are visible and actionable.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from proxy.cli import UsageError
from proxy.config import DEFAULT_CONFIG_FILE, ConfigError, load_config
from proxy.quarantine import QuarantineError, delete, get_item, list_items, release
from proxy.relay import open_relay
from proxy.store import QuarantineItem, open_store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quarantine", help="list, show, release or delete held messages", description=__doc__)
    p.add_argument("action", choices=["list", "show", "release", "delete"])
    p.add_argument("item_id", nargs="?", metavar="ID")
    p.add_argument("--config", help=f"config file (default: ./{DEFAULT_CONFIG_FILE} if present, else the defaults)")
    p.add_argument("--account", help="act as this account: see and touch its messages only")
    p.add_argument("--status", default="held", help="list: held (default), released, deleted or all")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=run)


def _summary(item: QuarantineItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "account": item.account,
        "created_at": item.created_at.isoformat(),
        "status": item.status,
        "mail_from": item.mail_from,
        "rcpt_to": list(item.rcpt_to),
        "subject": item.subject,
        "message_id": item.message_id,
        "verdict": item.verdict,
        "rules": [f.get("rule", "") for f in item.findings],
    }


async def _run(args: argparse.Namespace) -> int:
    try:
        default = Path(DEFAULT_CONFIG_FILE)
        config = load_config(args.config or (default if default.exists() else None))
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    if args.account and config.account(args.account) is None and config.accounts:
        raise UsageError(f"no account {args.account!r} in the config")
    if args.action != "list" and not args.item_id:
        raise UsageError(f"name the message: `permitted quarantine {args.action} ID` (IDs from `list`)")
    store = open_store(config.store.url)
    await store.open()
    try:
        if args.action == "list":
            status = None if args.status == "all" else args.status
            items = await list_items(store, args.account, status)
            if args.format == "json":
                print(json.dumps([_summary(i) for i in items], indent=2))
            elif not items:
                print("No messages held." if status == "held" else "No messages.")
            else:
                for i in items:
                    rules = ", ".join(dict.fromkeys(f.get("rule", "") for f in i.findings))
                    print(f"{i.id}  {i.created_at:%Y-%m-%d %H:%M}  {i.account}  {', '.join(i.rcpt_to)}  "
                          f"{i.subject[:60]!r}  [{rules}]")
            return 0
        if args.action == "show":
            item = await get_item(store, args.item_id, args.account)
            if args.format == "json":
                data = _summary(item) | {"findings": item.findings,
                                         "raw": item.raw.decode("utf-8", "replace")}
                print(json.dumps(data, indent=2, ensure_ascii=False))
                return 0
            s = _summary(item)
            for key in ("id", "account", "status", "created_at", "mail_from", "rcpt_to", "subject", "message_id"):
                print(f"{key:>11}: {s[key]}")
            print("\nFindings:")
            for f in item.findings:
                print(f"  - {f.get('rule')} ({f.get('action')}): {f.get('message')}")
                if f.get("evidence"):
                    print(f"      found in {f.get('location')}: {f.get('evidence')!r}")
            print(f"\nRelease: permitted quarantine release {item.id}\nDelete:  permitted quarantine delete {item.id}")
            print("\n--- message ---")
            sys.stdout.flush()
            sys.stdout.buffer.write(item.raw)
            sys.stdout.buffer.flush()
            return 0
        if args.action == "delete":
            await delete(store, args.item_id, args.account)
            print(f"Deleted {args.item_id}.")
            return 0
        relay = open_relay(config.upstream, config.server.hostname)
        try:
            done = await release(config, store, relay, args.item_id, args.account)
        finally:
            await relay.close()
        print(f"Released {done.item_id}: sent unchanged to the upstream ({done.upstream}).")
        return 0
    except QuarantineError as exc:
        print(f"permitted quarantine {args.action}: {exc}", file=sys.stderr)
        return 1
    finally:
        await store.close()


def run(args: argparse.Namespace) -> int:
    return asyncio.run(_run(args))
