"""`permitted hash-password`: a `password_hash` value for the config (password from stdin, or prompted)."""

from __future__ import annotations

import argparse
import getpass
import sys

from proxy.auth import hash_password
from proxy.cli import UsageError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("hash-password", help="hash a password for an account's password_hash", description=__doc__)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if sys.stdin.isatty():
        password = getpass.getpass("Password: ")
        if getpass.getpass("Again: ") != password:
            raise UsageError("the two passwords differ; nothing was hashed")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise UsageError("empty password; type one, or pipe it in: `echo 'secret' | permitted hash-password`")
    print(hash_password(password))
    return 0
