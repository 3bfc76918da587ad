"""`permitted db`: the store's schema version, and upgrading it.

    permitted db version [--store URL]   the schema version of the store, and the one this program writes
    permitted db upgrade [--store URL]   apply pending migrations (opening the store does this too)
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from proxy.cli import UsageError
from proxy.store import StoreError, open_store
from proxy.store.schema import LATEST_VERSION
from proxy.store.sqlite import sqlite_path
from proxy.store.url import resolve_store_url


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("db", help="store schema version and migrations", description=__doc__,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = p.add_subparsers(dest="db_action", metavar="ACTION")
    actions.required = True
    for name, text in (("version", "print the store's schema version"), ("upgrade", "apply pending migrations")):
        a = actions.add_parser(name, help=text)
        a.add_argument("--store", metavar="URL",
                       help="store URL (default: the config's [store] url, else sqlite:///./permitted.db)")
        a.add_argument("--config", metavar="FILE", help="config file whose [store] url to use (default: ./permitted.toml if present)")
        a.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        url = resolve_store_url(args.store, args.config)
        if args.db_action == "version" and url.startswith("sqlite:"):
            path = sqlite_path(url)
            if path != ":memory:" and not Path(path).exists():
                # Only looking: do not leave an empty database file behind.
                print(f"permitted db: no SQLite store at {path} (it is created on first use)", file=sys.stderr)
                return 1
        # Opened without migrating: `version` only looks, `upgrade` migrates explicitly to report before/after.
        store = open_store(url, migrate=False)
    except StoreError as exc:
        raise UsageError(str(exc)) from exc

    async def go() -> tuple[int, int]:
        async with store:
            if args.db_action == "upgrade":
                return await store.upgrade()
            version = await store.schema_version()
            return version, version

    try:
        before, after = asyncio.run(go())
    except StoreError as exc:
        print(f"permitted db: {exc}", file=sys.stderr)
        return 1
    if args.db_action == "version":
        state = "up to date" if before == LATEST_VERSION else (
            "needs `permitted db upgrade`" if before < LATEST_VERSION else "newer than this program")
        print(f"schema version {before} (this program: {LATEST_VERSION}, {state})")
        return 0 if before <= LATEST_VERSION else 1
    print(f"schema version {after}" + (f" (upgraded from {before})" if after != before else " (already up to date)"))
    return 0
