"""Store fixtures: every backend test runs against a SQLite file and the local PostgreSQL.

PostgreSQL gets a fresh schema per test session (dropped afterwards) and its tables are emptied
before each test. When the server is unreachable its tests skip, unless REQUIRE_POSTGRES is set:
then they fail.
"""

from __future__ import annotations

import asyncio
import os
import secrets
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import pytest

from proxy.store import Store, open_store

PG_URL = os.environ.get("PERMITTED_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _probe(url: str) -> str | None:
    async def connect() -> None:
        conn = await asyncpg.connect(url, timeout=5)
        await conn.close()

    try:
        asyncio.run(connect())
    except Exception as exc:  # any failure to connect means "unreachable" here
        return f"{type(exc).__name__}: {exc}"
    return None


async def _drop(schema: str) -> None:
    conn = await asyncpg.connect(PG_URL, timeout=10)
    try:
        await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        await conn.close()


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A store URL in a schema of its own for this test session."""
    problem = _probe(PG_URL)
    if problem is not None:
        if os.environ.get("REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL at {PG_URL} unreachable and REQUIRE_POSTGRES is set: {problem}")
        pytest.skip(f"PostgreSQL at {PG_URL} unreachable: {problem}")
    schema = f"permitted_test_{secrets.token_hex(5)}"
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}schema={schema}"
    asyncio.run(_drop(schema))


async def _empty_pg(url: str) -> None:
    store = open_store(url)
    await store.open()  # creates the schema and tables on first use
    await store.close()
    base, schema = url.split("?schema=")
    conn = await asyncpg.connect(base, timeout=10)
    try:
        await conn.execute(f'TRUNCATE "{schema}".orders, "{schema}".review_ledger, "{schema}".quarantine,'
                           f' "{schema}".auth_failures')
    finally:
        await conn.close()


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty store's URL, one per backend. (Sync: it runs its own short event loop.)"""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/permitted.db"
    url = request.getfixturevalue("pg_url")
    asyncio.run(_empty_pg(url))
    return url


@pytest.fixture
async def store(store_url: str) -> AsyncIterator[Store]:
    async with open_store(store_url) as opened:
        yield opened
