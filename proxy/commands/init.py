"""`permitted init`: write a starter config with one account and a freshly generated password."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from pathlib import Path

from proxy.auth import generate_password, hash_password
from proxy.cli import UsageError
from proxy.config import DEFAULT_CONFIG_FILE

STARTER = """\
# Permitted configuration, written by `permitted init`. Every key is documented with its default
# in config.example.toml. Secrets may also come from the environment: PERMITTED_UPSTREAM__PASSWORD.

[server]
listen = "127.0.0.1:2525"
hostname = "permitted.localhost"
max_message_size = "25MB"
allow_plaintext_auth_on_loopback = true
# tls_cert = "/path/to/fullchain.pem"   # STARTTLS is offered once these are set
# tls_key = "/path/to/privkey.pem"

[store]
url = "sqlite:///./permitted.db"

[upstream]
# Relayed mail lands as files in ./outbox/new (any mail client opens them). For real delivery:
# url = "smtp://smtp.example.com:587", with username and password.
url = "maildir:./outbox"

[policy]
mode = "enforce"        # "shadow": relay everything, log what would have happened
reject_mode = "smtp"    # "bounce": accept refused mail and send a report instead of an SMTP error

[policy.actions]
# "content.spelling" = "warn"

[[accounts]]
name = "{name}"
username = "{name}"
password_hash = "{hash}"
# The addresses this account sends from (MAIL FROM); "@example.com" allows a whole domain.
senders = ["{sender}"]
# Where bounce reports go (default: the sender of the refused message).
report_to = ""
link_allowlist = []
networks = []
"""


@dataclass(frozen=True)
class Starter:
    path: Path
    username: str
    password: str
    sender: str


def write_starter(path: Path, name: str = "seller", sender: str = "seller@example.com") -> Starter:
    """Create `path` (never overwriting) with one account; the password is returned, only its hash stored."""
    password = generate_password()
    text = STARTER.format(name=name, hash=hash_password(password), sender=sender)
    path.parent.mkdir(parents=True, exist_ok=True)
    # O_EXCL: two first starts at once must not overwrite each other's password.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    return Starter(path, name, password, sender)


def announce(starter: Starter) -> str:
    return (
        f"Wrote {starter.path} with account {starter.username!r}.\n"
        f"  SMTP username: {starter.username}\n"
        f"  SMTP password: {starter.password}   (shown once; only its hash is stored)\n"
        f"  Allowed sender: {starter.sender} (edit `senders` in {starter.path} to yours)"
    )


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="write a starter config with one account", description=__doc__)
    p.add_argument("--config", default=DEFAULT_CONFIG_FILE, help=f"file to write (default: {DEFAULT_CONFIG_FILE})")
    p.add_argument("--account", default="seller", help="account name and SMTP username (default: seller)")
    p.add_argument("--sender", default="seller@example.com", help="the address the account sends from")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.config)
    if path.exists():
        raise UsageError(f"{path} already exists; remove it first or pass --config OTHER.toml")
    print(announce(write_starter(path, args.account, args.sender)))
    return 0
