"""50 concurrent review requests for one order, through two `permitted serve` processes sharing one
PostgreSQL store: exactly one goes out, the other 49 are refused as review.repeat."""

from __future__ import annotations

import os
import secrets
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fault_harness import (
    FakeUpstream,
    Mail,
    ProxyProcess,
    copies,
    order_id,
    proxy_config,
    review,
    seed_store,
    send_one,
)
from fault_scenarios import PG_BASE, _drop_schema, pg_available

pytestmark = pytest.mark.postgres


def test_fifty_concurrent_review_requests_two_proxies_one_relayed(tmp_path: Path) -> None:
    if not pg_available():
        if os.environ.get("REQUIRE_POSTGRES"):
            pytest.fail("PostgreSQL is not reachable on 127.0.0.1:5432")
        pytest.skip("PostgreSQL is not reachable on 127.0.0.1:5432")
    schema = f"permitted_race_{secrets.token_hex(4)}"
    url = f"{PG_BASE}?schema={schema}"
    upstream = FakeUpstream().start()
    proxies: list[ProxyProcess] = []
    try:
        seed_store(url, 1)
        for name in ("a", "b"):
            proxies.append(ProxyProcess(tmp_path, proxy_config(tmp_path, upstream.url, url), name=name).start())
        order = order_id(0)
        mails = [Mail(f"race-{i}@fault.test", "review", review(f"race-{i}@fault.test", order)) for i in range(50)]
        with ThreadPoolExecutor(max_workers=16) as pool:
            attempts = list(pool.map(lambda im: send_one(proxies[im[0] % 2].port, im[1]), enumerate(mails)))
        codes = sorted(a.code for a in attempts)
        assert codes.count(250) == 1, [(a.code, a.text[:100]) for a in attempts if a.code != 550]
        refused = [a for a in attempts if a.code != 250]
        assert len(refused) == 49
        assert all(a.code == 550 and "review.repeat" in a.text for a in refused), refused[:3]
        out = [r.data for r in upstream.messages() if r.mail_from]
        assert len(out) == 1
        winner = next(m for m, a in zip(mails, attempts, strict=True) if a.code == 250)
        assert copies(winner.key, out) == 1
        for p in proxies:
            assert p.stop() == 0
    finally:
        for p in proxies:
            p.kill()
        upstream.stop()
        _drop_schema(schema)
