"""Versioned schema of both backends.

Each migration is (version, description, statements). A store records the versions it applied in
`permitted_schema`; `open()` and `permitted db upgrade` apply the missing ones in order, inside one
transaction each, so a crash mid-upgrade leaves the previous version intact. Append new migrations;
never edit an applied one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


SQLITE_MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "orders, review ledger, quarantine",
        (
            # Times are text in one fixed-width UTC format (see sqlite.py `_ts`), so they compare as strings.
            """CREATE TABLE orders (
                account TEXT NOT NULL,
                order_id TEXT NOT NULL,
                buyer_email TEXT NOT NULL DEFAULT '',
                marketplace TEXT NOT NULL DEFAULT '',
                buyer_language TEXT NOT NULL DEFAULT '',
                purchased_at TEXT,
                shipped_at TEXT,
                delivered_at TEXT,
                product_titles TEXT NOT NULL DEFAULT '[]',
                updated_at TEXT NOT NULL,
                PRIMARY KEY (account, order_id)
            ) WITHOUT ROWID""",
            # One row per (account, order): state 'held' (a live reservation, with token and expiry)
            # or 'recorded' (a request that went out). The primary key is what makes holds exclusive.
            """CREATE TABLE review_ledger (
                account TEXT NOT NULL,
                order_id TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('held', 'recorded')),
                token TEXT,
                expires_at TEXT,
                requested_at TEXT,
                PRIMARY KEY (account, order_id)
            ) WITHOUT ROWID""",
            "CREATE INDEX review_ledger_token ON review_ledger (token) WHERE token IS NOT NULL",
            """CREATE TABLE quarantine (
                id TEXT PRIMARY KEY,
                account TEXT NOT NULL,
                created_at TEXT NOT NULL,
                mail_from TEXT NOT NULL,
                rcpt_to TEXT NOT NULL,
                subject TEXT NOT NULL,
                message_id TEXT NOT NULL,
                verdict TEXT NOT NULL,
                findings TEXT NOT NULL,
                raw BLOB NOT NULL,
                status TEXT NOT NULL
            )""",
            "CREATE INDEX quarantine_account_status ON quarantine (account, status, created_at)",
        ),
    ),
    Migration(
        2,
        "failed logins per client address, shared by workers and instances",
        (
            "CREATE TABLE auth_failures (address TEXT NOT NULL, at TEXT NOT NULL)",
            "CREATE INDEX auth_failures_address ON auth_failures (address, at)",
            "CREATE INDEX auth_failures_at ON auth_failures (at)",
        ),
    ),
)

POSTGRES_MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "orders, review ledger, quarantine",
        (
            """CREATE TABLE orders (
                account TEXT NOT NULL,
                order_id TEXT NOT NULL,
                buyer_email TEXT NOT NULL DEFAULT '',
                marketplace TEXT NOT NULL DEFAULT '',
                buyer_language TEXT NOT NULL DEFAULT '',
                purchased_at TIMESTAMPTZ,
                shipped_at TIMESTAMPTZ,
                delivered_at TIMESTAMPTZ,
                product_titles TEXT[] NOT NULL DEFAULT '{}',
                updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                PRIMARY KEY (account, order_id)
            )""",
            """CREATE TABLE review_ledger (
                account TEXT NOT NULL,
                order_id TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('held', 'recorded')),
                token TEXT,
                expires_at TIMESTAMPTZ,
                requested_at TIMESTAMPTZ,
                PRIMARY KEY (account, order_id)
            )""",
            "CREATE INDEX review_ledger_token ON review_ledger (token) WHERE token IS NOT NULL",
            """CREATE TABLE quarantine (
                id TEXT PRIMARY KEY,
                account TEXT NOT NULL,
                created_at TIMESTAMPTZ NOT NULL,
                mail_from TEXT NOT NULL,
                rcpt_to TEXT[] NOT NULL,
                subject TEXT NOT NULL,
                message_id TEXT NOT NULL,
                verdict TEXT NOT NULL,
                findings JSONB NOT NULL,
                raw BYTEA NOT NULL,
                status TEXT NOT NULL
            )""",
            "CREATE INDEX quarantine_account_status ON quarantine (account, status, created_at)",
        ),
    ),
    Migration(
        2,
        "failed logins per client address, shared by workers and instances",
        (
            "CREATE TABLE auth_failures (address TEXT NOT NULL, at TIMESTAMPTZ NOT NULL)",
            "CREATE INDEX auth_failures_address ON auth_failures (address, at)",
            "CREATE INDEX auth_failures_at ON auth_failures (at)",
        ),
    ),
)

LATEST_VERSION = SQLITE_MIGRATIONS[-1].version
assert POSTGRES_MIGRATIONS[-1].version == LATEST_VERSION, "both backends move in step"

# The holds of a crashed process expire after this long, so the order is not blocked for good.
DEFAULT_HOLD_TTL_SECONDS = 600
