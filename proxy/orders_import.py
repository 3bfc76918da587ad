"""Order reports -> `Order`s: the corpus CSV, Amazon's All Orders flat file and the FBA shipments report.

Parsing is separate from storing: `parse_report` turns bytes into orders (or `line N: reason`), and
`import_report` hands them to `Store.upsert_orders` in one transaction, so a bad row means nothing lands.
Line numbers are the file's own lines (1 = the header).
"""

from __future__ import annotations

import asyncio
import codecs
import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from policies.context import Order
from proxy.store.base import ImportSummary, Store

FORMATS = ("csv", "amazon-orders", "amazon-shipments")
CSV_HEADER = (
    "order_id",
    "buyer_email",
    "marketplace",
    "buyer_language",
    "purchased_at",
    "shipped_at",
    "delivered_at",
    "product_title",
)
LEDGER_HEADER = ("order_id", "requested_at")

ORDER_ID = re.compile(r"^\d{3}-\d{7}-\d{7}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$")
_MARKETPLACE = re.compile(r"^[a-z0-9-]+(?:\.[a-z0-9-]+)+$")

# Columns each Amazon report must have (the rest are optional or ignored).
_REQUIRED = {
    "amazon-orders": ("amazon-order-id", "purchase-date"),
    "amazon-shipments": ("amazon-order-id", "shipment-date"),
}


class ReportError(ValueError):
    """The file cannot be imported; the message names the line (`line N: reason`)."""


class _BadRow(ValueError):
    pass


@dataclass
class ParsedReport:
    format: str
    encoding: str
    orders: list[Order] = field(default_factory=list)  # one per good line, in file order (not yet merged)
    lines: int = 0  # data lines read
    errors: list[str] = field(default_factory=list)  # "line N: reason", with skip_bad


@dataclass(frozen=True)
class ImportReport:
    parsed: ParsedReport
    summary: ImportSummary


# -- encodings ------------------------------------------------------------------------------------

_ALIASES = {"shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "windows-31j": "cp932"}


def codec_name(name: str) -> str:
    """A Python codec name; Shift_JIS is read as cp932 (Windows-31J), the superset Amazon JP writes."""
    key = name.strip().lower()
    key = _ALIASES.get(key, key)
    try:
        return codecs.lookup(key).name
    except LookupError as exc:
        raise ReportError(f"unknown encoding {name!r}") from exc


_KANA = re.compile("[\u3040-\u30ff]")
_CJK = re.compile("[\u4e00-\u9fff]")
_HALFWIDTH_KANA = re.compile("[\uff61-\uff9f]")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def _sjis_plausible(text: str) -> bool:
    """Japanese text shows kana; Western cp1252 bytes read as cp932 give half-width kana and private-use junk."""
    kana = len(_KANA.findall(text))
    score = kana * 3 + len(_CJK.findall(text)) - 2 * len(_HALFWIDTH_KANA.findall(text))
    return kana > 0 and score - 5 * len(_PRIVATE_USE.findall(text)) > 0


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """(text, encoding used). Without `encoding`: UTF-8 (BOM or not), else Shift_JIS if it reads as
    Japanese, else Windows-1252."""
    if encoding:
        codec = codec_name(encoding)
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise ReportError(f"line {line}: not valid {encoding} ({exc.reason} at byte {exc.start})") from exc
        return text.removeprefix("\ufeff"), codec
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    sjis: str | None
    try:
        sjis = data.decode("cp932")
    except UnicodeDecodeError:
        sjis = None
    if sjis is not None and _sjis_plausible(sjis):
        return sjis, "shift_jis"
    try:
        return data.decode("cp1252"), "windows-1252"
    except UnicodeDecodeError:
        pass
    if sjis is not None:
        return sjis, "shift_jis"
    raise ReportError("cannot tell the file's encoding (not UTF-8, Windows-1252 or Shift_JIS): pass --encoding")


# -- fields ---------------------------------------------------------------------------------------


def parse_time(value: str, what: str) -> datetime | None:
    """ISO 8601 with `Z` or an offset -> aware UTC; empty -> None; no offset is taken as UTC."""
    value = value.strip()
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise _BadRow(f"{what} {value!r} is not an ISO 8601 date") from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def _order_id(value: str) -> str:
    value = value.strip()
    if not ORDER_ID.match(value):
        raise _BadRow(f"order ID {value!r} is not of the form 123-1234567-1234567" if value else "order ID is empty")
    return value


def _email(value: str) -> str:
    value = value.strip().lower()
    if value and not _EMAIL.match(value):
        raise _BadRow(f"buyer email {value!r} is not an address")
    return value


def _language(value: str) -> str:
    value = value.strip().lower()
    if value and not _LANGUAGE.match(value):
        raise _BadRow(f"buyer language {value!r} is not an ISO 639-1 code")
    return value


def _marketplace(value: str, strict: bool) -> str:
    """`Amazon.de` -> `amazon.de`. Amazon's `Non-Amazon` (multi-channel orders) has no marketplace."""
    value = value.strip().lower()
    if value and not _MARKETPLACE.match(value):
        if strict:
            raise _BadRow(f"marketplace {value!r} is not a domain like amazon.de")
        return ""
    return value


def _title(value: str) -> tuple[str, ...]:
    value = value.strip()
    return (value,) if value else ()


# -- lines ----------------------------------------------------------------------------------------


def _csv_records(text: str) -> Iterator[tuple[int, list[str]]]:
    """(first file line of the record, fields); a quoted field may span lines."""
    reader = csv.reader(io.StringIO(text, newline=""))
    last = 0
    for fields in reader:
        start = last + 1
        last = reader.line_num
        if fields and any(f.strip() for f in fields):
            yield start, fields


def _tab_records(text: str) -> Iterator[tuple[int, list[str]]]:
    # Amazon's flat files are tab-separated without quoting: a quote is just a character.
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r")
        if line.strip():
            yield number, line.split("\t")


def detect_format(header_line: str) -> str | None:
    if "\t" in header_line:
        columns = {c.strip().lower() for c in header_line.split("\t")}
        if "amazon-order-id" in columns:
            return "amazon-shipments" if "shipment-date" in columns else "amazon-orders"
        return None
    first = next(csv.reader([header_line]), [])
    if tuple(c.strip().lower() for c in first) == CSV_HEADER:
        return "csv"
    return None


def _first_line(text: str) -> str:
    for line in text.split("\n"):
        if line.strip():
            return line.rstrip("\r")
    return ""


def _csv_row(get: Callable[[str], str]) -> Order:
    purchased = parse_time(get("purchased_at"), "purchased_at")
    if purchased is None:
        raise _BadRow("purchased_at is empty")
    return Order(
        order_id=_order_id(get("order_id")),
        buyer_email=_email(get("buyer_email")),
        marketplace=_marketplace(get("marketplace"), strict=True),
        buyer_language=_language(get("buyer_language")),
        purchased_at=purchased,
        shipped_at=parse_time(get("shipped_at"), "shipped_at"),
        delivered_at=parse_time(get("delivered_at"), "delivered_at"),
        product_titles=_title(get("product_title")),
    )


def _orders_row(get: Callable[[str], str]) -> Order:
    purchased = parse_time(get("purchase-date"), "purchase-date")
    if purchased is None:
        raise _BadRow("purchase-date is empty")
    return Order(
        order_id=_order_id(get("amazon-order-id")),
        buyer_email=_email(get("buyer-email")),  # absent from current reports; kept when a report has it
        marketplace=_marketplace(get("sales-channel"), strict=False),
        purchased_at=purchased,
        product_titles=_title(get("product-name")),
    )


def _shipments_row(get: Callable[[str], str]) -> Order:
    shipped = parse_time(get("shipment-date"), "shipment-date")
    if shipped is None:
        raise _BadRow("shipment-date is empty")
    # estimated-arrival-date is a promise, not a delivery: completion falls back to the shipment date.
    return Order(
        order_id=_order_id(get("amazon-order-id")),
        buyer_email=_email(get("buyer-email")),
        marketplace=_marketplace(get("sales-channel"), strict=False),
        purchased_at=parse_time(get("purchase-date"), "purchase-date"),
        shipped_at=shipped,
        product_titles=_title(get("product-name")),
    )


_ROW = {"csv": _csv_row, "amazon-orders": _orders_row, "amazon-shipments": _shipments_row}


def parse_report(
    data: bytes, *, fmt: str = "auto", encoding: str | None = None, skip_bad: bool = False
) -> ParsedReport:
    """Every line of the report as an `Order`. A bad line raises `ReportError("line N: reason")`, or with
    `skip_bad` is listed in `errors` and left out. A header that fits no format always raises."""
    text, used = decode(data, encoding)
    header_line = _first_line(text)
    if not header_line:
        raise ReportError("line 1: the file is empty")
    detected = detect_format(header_line)
    if fmt == "auto":
        if detected is None:
            raise ReportError(
                "line 1: unknown header: expected the orders CSV (" + ",".join(CSV_HEADER) + "), Amazon's"
                " All Orders report or its FBA shipments report (tab-separated, amazon-order-id ...)"
            )
        fmt = detected
    elif fmt not in FORMATS:
        raise ReportError(f"unknown format {fmt!r}: one of auto, {', '.join(FORMATS)}")

    records = _csv_records(text) if fmt == "csv" else _tab_records(text)
    header_no, header = next(records)
    columns = [c.strip().lower() for c in header]
    if fmt == "csv" and tuple(columns) != CSV_HEADER:
        raise ReportError(f"line {header_no}: the CSV header must be exactly: " + ",".join(CSV_HEADER))
    missing = [c for c in _REQUIRED.get(fmt, ()) if c not in columns]
    if missing:
        raise ReportError(f"line {header_no}: not an {fmt} report: no column {', '.join(missing)}")
    index = {name: i for i, name in reversed(list(enumerate(columns)))}  # first of a repeated name
    row_to_order = _ROW[fmt]
    parsed = ParsedReport(format=fmt, encoding=used)
    for number, fields in records:
        parsed.lines += 1
        try:
            if len(fields) != len(columns) and (fmt == "csv" or len(fields) < len(columns)):
                # Amazon pads some lines with trailing tabs; fewer fields than the header is a cut line.
                raise _BadRow(f"{len(fields)} fields where the header has {len(columns)}")

            def get(name: str, fields: list[str] = fields) -> str:
                i = index.get(name)
                return fields[i] if i is not None else ""

            parsed.orders.append(row_to_order(get))
        except _BadRow as exc:
            message = f"line {number}: {exc}"
            if not skip_bad:
                raise ReportError(message) from None
            parsed.errors.append(message)
    return parsed


async def import_report(
    store: Store,
    data: bytes,
    *,
    account: str = "default",
    fmt: str = "auto",
    encoding: str | None = None,
    skip_bad: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Parse and upsert in one transaction. `progress(done, total)` counts distinct orders written."""
    # Parsing a large report is seconds of CPU: keep the event loop (maybe serving SMTP) responsive.
    parsed = await asyncio.to_thread(parse_report, data, fmt=fmt, encoding=encoding, skip_bad=skip_bad)
    total = len({o.order_id for o in parsed.orders})
    summary = await store.upsert_orders(
        account, parsed.orders, progress=(lambda done: progress(done, total)) if progress else None
    )
    summary = replace(summary, skipped=len(parsed.errors), errors=tuple(parsed.errors))
    return ImportReport(parsed, summary)


# -- review ledger import -------------------------------------------------------------------------


def parse_ledger(
    data: bytes, *, encoding: str | None = None, skip_bad: bool = False
) -> tuple[list[tuple[str, datetime]], list[str]]:
    """`order_id,requested_at` lines (header optional) -> entries, and the skipped lines' errors."""
    text, _ = decode(data, encoding)
    entries: list[tuple[str, datetime]] = []
    errors: list[str] = []
    first = True
    for number, fields in _csv_records(text):
        if first:
            first = False
            if tuple(f.strip().lower() for f in fields) == LEDGER_HEADER:
                continue
        try:
            if len(fields) != 2:
                raise _BadRow(f"{len(fields)} fields where order_id,requested_at has 2")
            at = parse_time(fields[1], "requested_at")
            if at is None:
                raise _BadRow("requested_at is empty")
            entries.append((_order_id(fields[0]), at))
        except _BadRow as exc:
            message = f"line {number}: {exc}"
            if not skip_bad:
                raise ReportError(message) from None
            errors.append(message)
    return entries, errors
