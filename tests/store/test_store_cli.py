"""`permitted orders …` and `permitted db …` run as real subprocesses, on every backend."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import asyncpg
import pytest

CORPUS_ORDERS = Path("/work/shared/corpus/orders.csv")
CSV_HEAD = "order_id,buyer_email,marketplace,buyer_language,purchased_at,shipped_at,delivered_at,product_title\n"


def permitted(*args: str, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k != "PERMITTED_STORE_URL"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "proxy", *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_import_show_reimport(store_url: str, tmp_path: Path) -> None:
    lines = len(CORPUS_ORDERS.read_text().strip().splitlines()) - 1
    first = permitted("orders", "import", str(CORPUS_ORDERS), "--store", store_url, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert f"inserted {lines}, updated 0, unchanged 0, skipped 0" in first.stdout
    assert first.stderr == ""  # no progress bar when stderr is not a terminal

    again = permitted("orders", "import", str(CORPUS_ORDERS), "--store", store_url, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert f"inserted 0, updated 0, unchanged {lines}, skipped 0" in again.stdout

    shown = permitted("orders", "show", "112-7304518-2291467", "--store", store_url, cwd=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "amazon.com" in shown.stdout and "Enameled Cast Iron Dutch Oven 5.5 Qt, Cherry Red" in shown.stdout

    as_json = permitted("orders", "show", "112-7304518-2291467", "--json", "--store", store_url, cwd=tmp_path)
    data = json.loads(as_json.stdout)
    assert data["purchased_at"] == "2026-06-12T08:14:00Z" and data["review_requested"] is False

    missing = permitted("orders", "show", "999-9999999-9999999", "--store", store_url, cwd=tmp_path)
    assert missing.returncode == 1 and "no order 999-9999999-9999999" in missing.stderr

    other = permitted("orders", "show", "112-7304518-2291467", "--account", "b", "--store", store_url, cwd=tmp_path)
    assert other.returncode == 1


def test_bad_line_and_skip_bad(store_url: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        CSV_HEAD
        + "113-4829175-6630214,,amazon.de,de,2026-05-01T00:00:00Z,,,Teekanne\n"
        + "113-4829175-6630215,,amazon.de,de,2026-13-01T00:00:00Z,,,Teekanne\n",
        encoding="utf-8",
    )
    aborted = permitted("orders", "import", str(bad), "--store", store_url, cwd=tmp_path)
    assert aborted.returncode == 1
    assert "line 3: purchased_at '2026-13-01T00:00:00Z' is not an ISO 8601 date" in aborted.stderr
    assert "nothing imported" in aborted.stderr
    assert permitted("orders", "show", "113-4829175-6630214", "--store", store_url, cwd=tmp_path).returncode == 1

    skipped = permitted("orders", "import", str(bad), "--skip-bad", "--store", store_url, cwd=tmp_path)
    assert skipped.returncode == 0, skipped.stderr
    assert "line 3:" in skipped.stderr and "inserted 1, updated 0, unchanged 0, skipped 1" in skipped.stdout
    assert permitted("orders", "show", "113-4829175-6630214", "--store", store_url, cwd=tmp_path).returncode == 0


def test_shift_jis_report_with_encoding_option(store_url: str, tmp_path: Path) -> None:
    header = "amazon-order-id\tpurchase-date\tsales-channel\tproduct-name\tquantity"
    line = "503-1234567-7654321\t2026-06-01T10:00:00+09:00\tAmazon.co.jp\t南部鉄器 急須 0.65L\t1"
    path = tmp_path / "jp.txt"
    path.write_bytes(f"{header}\r\n{line}\r\n".encode("cp932"))
    done = permitted("orders", "import", str(path), "--encoding", "shift_jis", "--store", store_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "amazon-orders" in done.stdout and "inserted 1" in done.stdout
    shown = permitted("orders", "show", "503-1234567-7654321", "--json", "--store", store_url, cwd=tmp_path)
    data = json.loads(shown.stdout)
    assert data["product_titles"] == ["南部鉄器 急須 0.65L"] and data["marketplace"] == "amazon.co.jp"


def test_import_ledger(store_url: str, tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.csv"
    ledger.write_text("order_id,requested_at\n113-4829175-6630214,2026-06-01T10:00:00Z\n")
    permitted("orders", "import", str(CORPUS_ORDERS), "--store", store_url, cwd=tmp_path)
    done = permitted("orders", "import-ledger", str(ledger), "--store", store_url, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "recorded 1, already recorded 0" in done.stdout
    again = permitted("orders", "import-ledger", str(ledger), "--store", store_url, cwd=tmp_path)
    assert "recorded 0, already recorded 1" in again.stdout
    shown = permitted("orders", "show", "113-4829175-6630214", "--json", "--store", store_url, cwd=tmp_path)
    assert json.loads(shown.stdout)["review_requested"] is True


def test_usage_errors(tmp_path: Path) -> None:
    missing = permitted("orders", "import", "nope.csv", cwd=tmp_path)
    assert missing.returncode == 2
    assert missing.stderr.strip().count("\n") == 0 and "nope.csv" in missing.stderr
    (tmp_path / "x.csv").write_text(CSV_HEAD)
    enc = permitted("orders", "import", "x.csv", "--encoding", "klingon", cwd=tmp_path)
    assert enc.returncode == 2 and "klingon" in enc.stderr
    url = permitted("orders", "import", "x.csv", "--store", "mysql://x", cwd=tmp_path)
    assert url.returncode == 2 and "unknown store URL" in url.stderr


def test_default_store_url(tmp_path: Path) -> None:
    done = permitted("orders", "import", str(CORPUS_ORDERS), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "permitted.db").exists()
    env_db = tmp_path / "env.db"
    done = permitted("orders", "import", str(CORPUS_ORDERS), cwd=tmp_path,
                     env={"PERMITTED_STORE_URL": f"sqlite:///{env_db}"})
    assert done.returncode == 0 and env_db.exists()


def test_db_version_and_upgrade_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/db.sqlite"
    absent = permitted("db", "version", "--store", url, cwd=tmp_path)
    assert absent.returncode == 1 and "no SQLite store" in absent.stderr
    assert not (tmp_path / "db.sqlite").exists()
    up = permitted("db", "upgrade", "--store", url, cwd=tmp_path)
    assert up.returncode == 0 and "upgraded from 0" in up.stdout
    version = permitted("db", "version", "--store", url, cwd=tmp_path)
    assert version.returncode == 0 and "up to date" in version.stdout


@pytest.mark.postgres
def test_db_upgrade_postgres(pg_url: str, tmp_path: Path) -> None:
    url = pg_url.replace("schema=", "schema=x")  # a schema nobody created yet
    try:
        fresh = permitted("db", "version", "--store", url, cwd=tmp_path)
        assert fresh.returncode == 0 and "schema version 0" in fresh.stdout
        up = permitted("db", "upgrade", "--store", url, cwd=tmp_path)
        assert up.returncode == 0 and "upgraded from 0" in up.stdout, up.stderr
        again = permitted("db", "upgrade", "--store", url, cwd=tmp_path)
        assert "already up to date" in again.stdout
    finally:
        asyncio.run(_drop_schema(url))


async def _drop_schema(url: str) -> None:
    base, schema = url.split("?schema=")
    conn = await asyncpg.connect(base, timeout=10)
    try:
        await conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    finally:
        await conn.close()
