"""`[orders.sql]`: orders looked up live in the seller's own database, through `permitted check --config`."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

ORDER = "113-4829175-6630214"
BUYER = "hyeljsvybe9wms3@marketplace.amazon.com"
MESSAGE = f"""From: Oakline <support@oakline.example>
To: {BUYER}
Subject: Your order {ORDER} is delayed
Message-ID: <delay-1@oakline.example>
Content-Type: text/plain; charset=utf-8

Hello,

your order {ORDER} (Walnut Desk Organizer) will leave our workshop two days later than planned,
on Thursday. We are sorry for the wait.

Kind regards,
Daniel
""".encode()


def run_check(tmp_path: Path, config: str) -> dict:
    (tmp_path / "permitted.toml").write_text(config)
    (tmp_path / "delay.eml").write_bytes(MESSAGE)
    done = subprocess.run(
        [sys.executable, "-m", "proxy", "check", "--config", str(tmp_path / "permitted.toml"),
         "--now", "2026-06-15T12:00:00Z", "--format", "json", str(tmp_path / "delay.eml")],
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)


def test_orders_sql_source_makes_an_unimported_order_known(tmp_path: Path) -> None:
    shop = tmp_path / "shop.db"
    with sqlite3.connect(shop) as db:
        db.execute("CREATE TABLE shop_orders (amazon_id TEXT, email TEXT, market TEXT, bought TEXT, sent TEXT, title TEXT)")
        db.execute("INSERT INTO shop_orders VALUES (?, ?, ?, ?, ?, ?)",
                   (ORDER, BUYER, "amazon.com", "2026-06-01T10:00:00Z", "2026-06-02T10:00:00Z", "Walnut Desk Organizer"))
    base = f'[store]\nurl = "sqlite:///{tmp_path / "permitted.db"}"\n'
    without = run_check(tmp_path, base)
    assert "order-id.unknown" in {f["rule"] for f in without["findings"]}

    query = ("SELECT amazon_id AS order_id, email AS buyer_email, market AS marketplace, bought AS purchased_at, "
             "sent AS shipped_at, title AS product_title FROM shop_orders WHERE amazon_id = ?")
    with_sql = run_check(tmp_path, base + f'[orders.sql]\ndsn = "sqlite:///{shop}"\nquery = "{query}"\n')
    assert with_sql["verdict"] == "relay", with_sql["findings"]


def test_orders_sql_config_errors_name_the_key(tmp_path: Path) -> None:
    (tmp_path / "permitted.toml").write_text('[orders.sql]\ndsn = "mysql://x"\nquery = "SELECT 1"\n')
    done = subprocess.run(
        [sys.executable, "-m", "proxy", "check", "--config", str(tmp_path / "permitted.toml"), "x.eml"],
        capture_output=True, text=True, timeout=60, cwd=tmp_path,
    )
    assert done.returncode == 2
    assert "orders.sql.dsn" in done.stderr and "sqlite:///" in done.stderr
    assert "orders.sql.query" in done.stderr and "$1" in done.stderr
