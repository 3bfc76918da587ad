"""`permitted orders`: import order reports and review requests into the store, show an order.

    permitted orders import FILE [--store URL] [--account NAME] [--format auto|csv|amazon-orders|amazon-shipments]
                                 [--encoding ENC] [--skip-bad]
    permitted orders show ID [--store URL] [--account NAME] [--json]
    permitted orders import-ledger FILE [--store URL] [--account NAME] [--skip-bad]

Without --store: the config's [store] url (--config FILE, else ./permitted.toml when present),
else $PERMITTED_STORE_URL, else sqlite:///./permitted.db.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from datetime import datetime
from pathlib import Path

from proxy.cli import UsageError
from proxy.orders_import import FORMATS, ImportReport, ReportError, codec_name, import_report, parse_ledger
from proxy.store import Store, StoreError, open_store
from proxy.store.url import default_store_url, resolve_store_url

__all__ = ["default_store_url", "register"]


def _store_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--store", metavar="URL", help="store URL (default: the config's [store] url, else sqlite:///./permitted.db)")
    p.add_argument("--config", metavar="FILE", help="config file whose [store] url to use (default: ./permitted.toml if present)")
    p.add_argument("--account", metavar="NAME", default="default", help="seller account the orders belong to")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("orders", help="import order reports, show an order", description=__doc__,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = p.add_subparsers(dest="orders_action", metavar="ACTION")
    actions.required = True

    imp = actions.add_parser("import", help="import an orders CSV, All Orders report or FBA shipments report")
    imp.add_argument("file", metavar="FILE")
    _store_options(imp)
    imp.add_argument("--format", choices=("auto", *FORMATS), default="auto", help="report format (default: by header)")
    imp.add_argument("--encoding", metavar="ENC", help="file encoding (default: UTF-8, else Shift_JIS or Windows-1252)")
    imp.add_argument("--skip-bad", action="store_true", help="report and skip bad lines instead of importing nothing")
    imp.set_defaults(handler=run_import)

    show = actions.add_parser("show", help="print what the store knows about an order")
    show.add_argument("order_id", metavar="ID")
    _store_options(show)
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=run_show)

    ledger = actions.add_parser("import-ledger", help="record review requests sent another way (CSV: order_id,requested_at)")
    ledger.add_argument("file", metavar="FILE")
    _store_options(ledger)
    ledger.add_argument("--encoding", metavar="ENC")
    ledger.add_argument("--skip-bad", action="store_true")
    ledger.set_defaults(handler=run_import_ledger)


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    file = Path(path)
    if not file.is_file():
        raise UsageError(f"no such file: {path}")
    try:
        return file.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from exc


def _check_encoding(encoding: str | None) -> None:
    if encoding:
        try:
            codec_name(encoding)
        except ReportError as exc:
            raise UsageError(f"unknown encoding {encoding!r} (e.g. utf-8, windows-1252, shift_jis)") from exc


def _open(args: argparse.Namespace) -> Store:
    try:
        return open_store(resolve_store_url(args.store, args.config))
    except StoreError as exc:
        raise UsageError(str(exc)) from exc


def _fail(message: str) -> int:
    print(f"permitted orders: {message}", file=sys.stderr)
    return 1


class _Progress:
    """A one-line bar on stderr, only when stderr is a terminal (never in logs or pipes)."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.enabled or (done < total and now - self.last < 0.1):
            return
        self.last = now
        width = 30
        filled = width * done // max(total, 1)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} orders")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def run_import(args: argparse.Namespace) -> int:
    data = _read(args.file)
    _check_encoding(args.encoding)
    store = _open(args)

    async def go() -> ImportReport:
        async with store:
            return await import_report(
                store, data, account=args.account, fmt=args.format, encoding=args.encoding,
                skip_bad=args.skip_bad, progress=_Progress(),
            )

    try:
        report = asyncio.run(go())
    except ReportError as exc:
        hint = "" if args.skip_bad else "; nothing imported (--skip-bad skips bad lines)"
        return _fail(f"{args.file}: {exc}{hint}")
    except StoreError as exc:
        return _fail(f"store: {exc}")
    for error in report.summary.errors:
        print(f"{args.file}: {error} (skipped)", file=sys.stderr)
    s, p = report.summary, report.parsed
    print(f"{args.file}: {p.format}, {p.encoding}, {p.lines} lines, account {args.account}: "
          f"inserted {s.inserted}, updated {s.updated}, unchanged {s.unchanged}, skipped {s.skipped}")
    return 0


def _fmt_time(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value else ""


def run_show(args: argparse.Namespace) -> int:
    store = _open(args)

    async def go() -> tuple[dict, set[str]]:
        async with store:
            orders = await store.get_orders(args.account, [args.order_id])
            reviewed = await store.reviewed_orders(args.account, [args.order_id])
            return orders, reviewed

    try:
        orders, reviewed = asyncio.run(go())
    except StoreError as exc:
        return _fail(f"store: {exc}")
    order = orders.get(args.order_id)
    if order is None:
        return _fail(f"no order {args.order_id} for account {args.account}")
    completed = order.completed_at()
    fields = {
        "order_id": order.order_id,
        "account": args.account,
        "marketplace": order.marketplace,
        "buyer_email": order.buyer_email,
        "buyer_language": order.buyer_language,
        "purchased_at": _fmt_time(order.purchased_at),
        "shipped_at": _fmt_time(order.shipped_at),
        "delivered_at": _fmt_time(order.delivered_at),
        "completed_at": _fmt_time(completed),
        "review_requested": args.order_id in reviewed,
        "product_titles": list(order.product_titles),
    }
    if args.json:
        print(json.dumps(fields, ensure_ascii=False, indent=2))
        return 0
    for key, value in fields.items():
        if key == "product_titles":
            continue
        if key == "buyer_language" and not value:
            value = "(marketplace default)"
        elif key == "review_requested":
            value = "yes" if value else "no"
        print(f"{key:<17} {value}")
    for title in order.product_titles:
        print(f"{'product_title':<17} {title}")
    return 0


def run_import_ledger(args: argparse.Namespace) -> int:
    data = _read(args.file)
    _check_encoding(args.encoding)
    try:
        entries, errors = parse_ledger(data, encoding=args.encoding, skip_bad=args.skip_bad)
    except ReportError as exc:
        hint = "" if args.skip_bad else "; nothing recorded (--skip-bad skips bad lines)"
        return _fail(f"{args.file}: {exc}{hint}")
    store = _open(args)

    async def go() -> int:
        async with store:
            return await store.record_reviews(args.account, entries)

    try:
        new = asyncio.run(go())
    except StoreError as exc:
        return _fail(f"store: {exc}")
    for error in errors:
        print(f"{args.file}: {error} (skipped)", file=sys.stderr)
    distinct = len({order_id for order_id, _ in entries})
    print(f"{args.file}: {len(entries)} review requests, account {args.account}: "
          f"recorded {new}, already recorded {distinct - new}, skipped {len(errors)}")
    return 0
