"""A store write that fails *after* the upstream accepted the message must not turn into a 4xx:
the message is out, so a 4xx makes the client send it again (a duplicate, or a false review.repeat).
(Found by the fault matrix; fixed in the pipeline, e125b2a.)"""

from __future__ import annotations

from pathlib import Path

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


def test_ledger_write_failing_after_the_upstream_accepted_still_answers_250(tmp_path: Path) -> None:
    store_url = f"sqlite:///{tmp_path / 'permitted.db'}"
    seed_store(store_url, 1)
    upstream = FakeUpstream().start()
    proxy = ProxyProcess(tmp_path, proxy_config(tmp_path, upstream.url, store_url)).start()
    try:
        # The moment the upstream holds the message, the proxy's disk fills up.
        upstream.on_data = lambda _: proxy.limit_file_size(1)
        key = "after-relay@fault.test"
        attempt = send_one(proxy.port, Mail(key, "review", review(key, order_id(0))))
        proxy.limit_file_size(None)
        delivered = copies(key, [r.data for r in upstream.messages() if r.mail_from])
        assert delivered == 1
        assert attempt.code == 250, f"delivered, but the client heard {attempt.code} {attempt.text}"
    finally:
        proxy.kill()
        upstream.stop()
