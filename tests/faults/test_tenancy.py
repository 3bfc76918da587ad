"""Tenancy (issue 7, item 5) through a real `permitted serve` and the real CLI: one account can neither
list, show, release nor delete another's quarantine, nor send with another's sender addresses, nor
use another's orders.

Orders imported without --account belong to the shared account "default", which every account sees
(proxy/judge.py: a store with one seller needs no account column); orders imported for a named
account are that account's alone. Both halves are checked here.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from fault_harness import (
    BUYER,
    BUYER2,
    OTHER_ORDER,
    OTHER_PASSWORD,
    OTHER_SENDER,
    PASSWORD,
    REPORT_TO,
    SENDER,
    FakeUpstream,
    Mail,
    ProxyProcess,
    compliant,
    copies,
    insecure,
    proxy_config,
    quarantine_rows,
    seed_store,
    send_one,
)

OTHERS_ONLY_ORDER = "113-5550001-0000001"  # imported with --account other
SHARED_ORDER = "113-5550002-0000002"  # imported without --account: account "default", seen by all


@dataclass
class Env:
    tmp: Path
    proxy: ProxyProcess
    upstream: FakeUpstream
    store_url: str
    acme_item: str  # a quarantined message of account acme
    other_item: str  # ... and one of account other


def cli(env: Env, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "proxy", *args], cwd=env.tmp, capture_output=True, text=True, timeout=120,
    )


def quarantine(env: Env, action: str, *args: str) -> subprocess.CompletedProcess[str]:
    return cli(env, "quarantine", action, *args, "--config", str(env.proxy.config_path))


def import_orders(env: Env, name: str, order_id: str, *account: str) -> None:
    now = dt.datetime.now(dt.UTC)
    csv = env.tmp / f"{name}.csv"
    csv.write_text(
        "order_id,buyer_email,marketplace,buyer_language,purchased_at,shipped_at,delivered_at,product_title\n"
        f"{order_id},{BUYER},amazon.com,en,{(now - dt.timedelta(days=6)).isoformat()},"
        f"{(now - dt.timedelta(days=5)).isoformat()},{(now - dt.timedelta(days=2)).isoformat()},"
        "Personalized Bamboo Cutting Board\n"
    )
    done = cli(env, "orders", "import", str(csv), "--store", env.store_url, *account)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    tmp = tmp_path_factory.mktemp("tenancy")
    store_url = f"sqlite:///{tmp / 'permitted.db'}"
    seed_store(store_url)
    upstream = FakeUpstream().start()
    proxy = ProxyProcess(tmp, proxy_config(tmp, upstream.url, store_url)).start()
    try:
        # One quarantined message per account (link.insecure is "quarantine" for both in the harness).
        acme = Mail("tenancy-acme@fault.test", "quarantine", insecure("tenancy-acme@fault.test"))
        other_key = "tenancy-other@fault.test"
        other = Mail(other_key, "quarantine", compliant(other_key, OTHER_ORDER, extra=(
            "You can see the engraving fonts at http://fonts.other.example/engraving before you answer.\n\n"
        ), to=BUYER2, sender=OTHER_SENDER), sender=OTHER_SENDER, rcpt=(BUYER2,))
        assert send_one(proxy.port, acme).code == 250
        assert send_one(proxy.port, other, user="other", password=OTHER_PASSWORD).code == 250
        rows = {acc: status for acc, status, _ in quarantine_rows(store_url)}
        assert rows == {"acme": "held", "other": "held"}
        env = Env(tmp, proxy, upstream, store_url, "", "")
        listed = json.loads(quarantine(env, "list", "--format", "json").stdout)
        env.acme_item = next(i["id"] for i in listed if i["account"] == "acme")
        env.other_item = next(i["id"] for i in listed if i["account"] == "other")
        yield env
    finally:
        assert proxy.stop() == 0
        upstream.stop()


def relayed(env: Env) -> list[bytes]:
    """Messages relayed to the upstream, without the reports (MAIL FROM:<>) that quote them to their owner."""
    return [r.data for r in env.upstream.messages() if r.mail_from]


# Quarantine ---------------------------------------------------------------------------------------------

def test_list_shows_only_the_accounts_own_messages(env: Env) -> None:
    for account, own, foreign in (("acme", env.acme_item, env.other_item), ("other", env.other_item, env.acme_item)):
        done = quarantine(env, "list", "--account", account, "--format", "json", "--status", "all")
        assert done.returncode == 0, done.stderr
        ids = [i["id"] for i in json.loads(done.stdout)]
        assert own in ids and foreign not in ids
        assert {i["account"] for i in json.loads(done.stdout)} == {account}


def test_show_of_another_accounts_message_is_refused(env: Env) -> None:
    done = quarantine(env, "show", env.acme_item, "--account", "other")
    assert done.returncode == 1
    assert "no quarantined message" in done.stderr
    assert "tenancy-acme" not in done.stdout  # not a byte of the message
    # The owner sees it.
    mine = quarantine(env, "show", env.acme_item, "--account", "acme")
    assert mine.returncode == 0 and "tenancy-acme@fault.test" in mine.stdout


def test_release_and_delete_of_another_accounts_message_are_refused(env: Env) -> None:
    for action in ("release", "delete"):
        done = quarantine(env, action, env.acme_item, "--account", "other")
        assert done.returncode == 1, (action, done.stdout)
        assert "no quarantined message" in done.stderr
    # Still held, and never sent to the upstream.
    assert {acc: status for acc, status, _ in quarantine_rows(env.store_url)}["acme"] == "held"
    assert copies("tenancy-acme@fault.test", relayed(env)) == 0


def test_quarantine_notices_go_to_their_own_account_only(env: Env) -> None:
    """A held message is quoted in a report to its account's report_to (or sender), never to another's."""
    reports = [r for r in env.upstream.messages() if not r.mail_from]
    for key, owner in (("tenancy-acme@fault.test", {REPORT_TO}), ("tenancy-other@fault.test", {OTHER_SENDER})):
        quoting = [r for r in reports if key.encode() in r.data]
        assert quoting, key
        assert all(set(r.rcpt_to) <= owner for r in quoting), [r.rcpt_to for r in quoting]


def test_unknown_account_is_a_usage_error(env: Env) -> None:
    done = quarantine(env, "list", "--account", "nobody")
    assert done.returncode != 0
    assert "no account 'nobody'" in done.stderr


# Sender addresses -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("user", "password", "sender"), [
    ("acme", PASSWORD, OTHER_SENDER),
    ("acme", PASSWORD, "anyone@other.example"),  # other's whole domain is its own
    ("other", OTHER_PASSWORD, SENDER),
])
def test_sending_as_another_accounts_address_is_refused(env: Env, user: str, password: str, sender: str) -> None:
    key = f"tenancy-sender-{user}-{sender}".replace("@", ".") + "@fault.test"
    mail = Mail(key, "reject", compliant(key, sender=sender), sender=sender)
    got = send_one(env.proxy.port, mail, user=user, password=password)
    assert got.code == 550 and got.text.startswith("5.7.1"), got
    assert copies(key, relayed(env)) == 0


# Orders ----------------------------------------------------------------------------------------------------

def test_another_accounts_orders_do_not_count_but_shared_ones_do(env: Env) -> None:
    import_orders(env, "other-orders", OTHERS_ONLY_ORDER, "--account", "other")
    import_orders(env, "shared-orders", SHARED_ORDER)  # no --account: "default", shared

    key = "tenancy-foreign-order@fault.test"
    got = send_one(env.proxy.port, Mail(key, "reject", compliant(key, OTHERS_ONLY_ORDER)))
    assert got.code == 550 and "order-id.unknown" in got.text, got
    assert copies(key, relayed(env)) == 0

    # The same order is the owner's to use...
    key = "tenancy-own-order@fault.test"
    mail = Mail(key, "relay", compliant(key, OTHERS_ONLY_ORDER, sender=OTHER_SENDER), sender=OTHER_SENDER)
    got = send_one(env.proxy.port, mail, user="other", password=OTHER_PASSWORD)
    assert got.code == 250, got
    # ... and an order imported without an account is every account's.
    key = "tenancy-shared-order@fault.test"
    got = send_one(env.proxy.port, Mail(key, "relay", compliant(key, SHARED_ORDER)))
    assert got.code == 250, got
    sent = relayed(env)
    assert copies("tenancy-own-order@fault.test", sent) == 1
    assert copies("tenancy-shared-order@fault.test", sent) == 1

    # `orders show` for a named account does not reveal another account's order either.
    shown = cli(env, "orders", "show", OTHERS_ONLY_ORDER, "--store", env.store_url, "--account", "acme")
    assert shown.returncode != 0 and BUYER not in shown.stdout
