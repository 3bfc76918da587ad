"""`permitted`: the command line. Each subcommand lives in its own module under `proxy/commands/`."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Each module has `register(subparsers)`; a subcommand's handler returns the exit status.
COMMANDS = ("check", "rules", "serve", "init", "orders", "db", "quarantine", "hash_password")


class UsageError(Exception):
    """A mistake in how the command was called: exit status 2 with one line naming the fix."""


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser; with `only`, just that subcommand is registered (each imports what it needs,
    and `permitted check` must start fast)."""
    parser = argparse.ArgumentParser(
        prog="permitted",
        description="Outbound SMTP proxy that checks seller mail against Amazon's Buyer-Seller Communication Guidelines.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True
    for name in COMMANDS if only is None else (only,):
        try:
            module = importlib.import_module(f"proxy.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"proxy.commands.{name}":
                continue  # not built yet
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    first = argv[0].replace("-", "_") if argv else None
    parser = build_parser(first if first in COMMANDS else None)
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except UsageError as exc:
        print(f"permitted {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
