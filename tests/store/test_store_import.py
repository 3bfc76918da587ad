"""Order report import: formats, encodings, idempotence, bad lines, on every backend."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from proxy.orders_import import ReportError, decode, detect_format, import_report, parse_ledger, parse_report
from proxy.store import Store

CORPUS_ORDERS = Path("/work/shared/corpus/orders.csv")

CSV_HEAD = "order_id,buyer_email,marketplace,buyer_language,purchased_at,shipped_at,delivered_at,product_title\n"

# Amazon's "All Orders" flat file (tab-separated, one line per item).
ORDERS_COLUMNS = [
    "amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date", "order-status",
    "fulfillment-channel", "sales-channel", "order-channel", "ship-service-level", "product-name", "sku", "asin",
    "item-status", "quantity", "currency", "item-price", "item-tax", "shipping-price", "shipping-tax",
    "gift-wrap-price", "gift-wrap-tax", "item-promotion-discount", "ship-promotion-discount", "ship-city",
    "ship-state", "ship-postal-code", "ship-country", "promotion-ids", "is-business-order",
    "purchase-order-number", "price-designation",
]  # fmt: skip

# Amazon's "Amazon Fulfilled Shipments" (FBA) report.
SHIPMENTS_COLUMNS = [
    "amazon-order-id", "merchant-order-id", "shipment-id", "shipment-item-id", "amazon-order-item-id",
    "merchant-order-item-id", "purchase-date", "payments-date", "shipment-date", "reporting-date", "buyer-email",
    "buyer-name", "buyer-phone-number", "sku", "product-name", "quantity-shipped", "currency", "item-price",
    "item-tax", "shipping-price", "shipping-tax", "gift-wrap-price", "gift-wrap-tax", "ship-service-level",
    "recipient-name", "ship-address-1", "ship-address-2", "ship-address-3", "ship-city", "ship-state",
    "ship-postal-code", "ship-country", "ship-phone-number", "bill-address-1", "bill-address-2", "bill-address-3",
    "bill-city", "bill-state", "bill-postal-code", "bill-country", "item-promotion-discount",
    "ship-promotion-discount", "carrier", "tracking-number", "estimated-arrival-date", "fulfillment-center-id",
    "fulfillment-channel", "sales-channel",
]  # fmt: skip


def report(columns: list[str], rows: list[dict[str, str]]) -> str:
    lines = ["\t".join(columns)]
    lines += ["\t".join(row.get(c, "") for c in columns) for row in rows]
    return "\r\n".join(lines) + "\r\n"


def orders_row(order_id: str, title: str, **extra: str) -> dict[str, str]:
    row = {
        "amazon-order-id": order_id, "merchant-order-id": "", "purchase-date": "2026-05-20T09:11:00+02:00",
        "last-updated-date": "2026-05-21T10:00:00+02:00", "order-status": "Shipped", "fulfillment-channel": "Amazon",
        "sales-channel": "Amazon.de", "order-channel": "", "ship-service-level": "Standard", "product-name": title,
        "sku": "SKU-1", "asin": "B0TESTASIN", "item-status": "Shipped", "quantity": "1", "currency": "EUR",
        "item-price": "24.99", "ship-city": "Berlin", "ship-postal-code": "10115", "ship-country": "DE",
        "is-business-order": "false",
    }  # fmt: skip
    row.update(extra)
    return row


def shipments_row(order_id: str, **extra: str) -> dict[str, str]:
    row = {
        "amazon-order-id": order_id, "shipment-id": "DxYz123", "purchase-date": "2026-05-20T07:11:00+00:00",
        "payments-date": "2026-05-20T07:12:00+00:00", "shipment-date": "2026-05-21T16:40:00+00:00",
        "buyer-email": "K3X9M2P7Q1W8Z5V@marketplace.amazon.de", "buyer-name": "Erika Mustermann",
        "sku": "SKU-1", "product-name": "Küchenwaage Edelstahl 5 kg", "quantity-shipped": "1", "currency": "EUR",
        "carrier": "DHL", "tracking-number": "00340434161094042557", "estimated-arrival-date": "2026-05-23T20:00:00+00:00",
        "fulfillment-center-id": "LEJ1", "fulfillment-channel": "AFN", "sales-channel": "Amazon.de",
    }  # fmt: skip
    row.update(extra)
    return row


async def snapshot(store: Store, ids: list[str]) -> dict:
    return {k: v for k, v in (await store.get_orders("default", ids)).items()}


# -- parsing only ---------------------------------------------------------------------------------


def test_detect_format() -> None:
    assert detect_format(CSV_HEAD.strip()) == "csv"
    assert detect_format("\t".join(ORDERS_COLUMNS)) == "amazon-orders"
    assert detect_format("\t".join(SHIPMENTS_COLUMNS)) == "amazon-shipments"
    assert detect_format("id,email") is None


def test_decode_detects_encodings() -> None:
    de = "Küchenwaage – Edelstahl, weiß"
    ja = "ステンレス製キッチンスケール【日本製】 ～最大5kg～"
    assert decode(("\ufeff" + de).encode("utf-8")) == (de, "utf-8")
    assert decode(de.encode("cp1252")) == (de, "windows-1252")
    assert decode(ja.encode("cp932")) == (ja, "shift_jis")
    # Shift_JIS proper (no cp932-only characters such as the full-width tilde) reads the same
    plain = "ステンレス製キッチンスケール【日本製】 最大5kg"
    assert decode(plain.encode("shift_jis")) == (plain, "shift_jis")
    # French accents, all bytes that would also be valid Shift_JIS lead/trail bytes
    fr = "Théière en fonte émaillée, à café"
    assert decode(fr.encode("cp1252"))[0] == fr
    assert decode(de.encode("cp1252"), "windows-1252")[0] == de
    with pytest.raises(ReportError):
        decode(b"\xff\xfe", "utf-8")


def test_bad_line_numbers_count_file_lines() -> None:
    # A quoted title spanning two lines shifts every later line number by one.
    text = (
        CSV_HEAD
        + '205-3391847-5520913,,amazon.co.uk,,2026-06-10T20:31:00Z,,,"Candle Set,\nFig & Cedar"\n'
        + "\n"
        + "205-3391847-5520914,,amazon.co.uk,,yesterday,,,Candle\n"
    )
    with pytest.raises(ReportError, match=r"^line 5: purchased_at 'yesterday' is not an ISO 8601 date"):
        parse_report(text.encode())


def test_unknown_header_is_line_1() -> None:
    with pytest.raises(ReportError, match="^line 1: unknown header"):
        parse_report(b"id;mail\n1;2\n")
    with pytest.raises(ReportError, match="^line 1: not an amazon-shipments report"):
        parse_report(report(ORDERS_COLUMNS, []).encode(), fmt="amazon-shipments")


def test_parse_ledger() -> None:
    entries, errors = parse_ledger(
        b"order_id,requested_at\n113-4829175-6630214,2026-06-01T10:00:00Z\nnope,2026-06-01T10:00:00Z\n",
        skip_bad=True,
    )
    assert entries == [("113-4829175-6630214", datetime(2026, 6, 1, 10, tzinfo=UTC))]
    assert errors == ["line 3: order ID 'nope' is not of the form 123-1234567-1234567"]
    with pytest.raises(ReportError, match="^line 3:"):
        parse_ledger(b"order_id,requested_at\n113-4829175-6630214,2026-06-01T10:00:00Z\nnope,x\n")


# -- into the store -------------------------------------------------------------------------------


async def test_corpus_csv_and_idempotent_reimport(store: Store) -> None:
    data = CORPUS_ORDERS.read_bytes()
    lines = len(data.decode().strip().splitlines()) - 1
    first = await import_report(store, data)
    assert first.parsed.format == "csv"
    assert (first.summary.inserted, first.summary.updated, first.summary.skipped) == (lines, 0, 0)
    ids = [o.order_id for o in first.parsed.orders]
    before = await snapshot(store, ids)
    second = await import_report(store, data)
    assert (second.summary.inserted, second.summary.updated, second.summary.unchanged) == (0, 0, lines)
    assert await snapshot(store, ids) == before
    o = before["112-7304518-2291467"]
    assert o.product_titles == ("Enameled Cast Iron Dutch Oven 5.5 Qt, Cherry Red",)
    assert o.purchased_at == datetime(2026, 6, 12, 8, 14, tzinfo=UTC) and o.shipped_at is None
    assert before["205-3391847-5520913"].buyer_email == "" and before["205-3391847-5520913"].buyer_language == ""


async def test_csv_with_bom_and_newer_report_updates(store: Store) -> None:
    old = CSV_HEAD + "113-4829175-6630214,A@Marketplace.Amazon.com,Amazon.com,,2026-05-27T15:42:10Z,,,Desk Organizer\n"
    await import_report(store, b"\xef\xbb\xbf" + old.encode())
    newer = (
        CSV_HEAD
        + "113-4829175-6630214,a@marketplace.amazon.com,amazon.com,en,2026-05-27T15:42:10Z,"
        + "2026-05-28T18:05:00Z,2026-06-01T19:22:00Z,Desk Organizer\n"
    )
    result = await import_report(store, newer.encode())
    assert (result.summary.inserted, result.summary.updated) == (0, 1)
    o = (await store.get_orders("default", ["113-4829175-6630214"]))["113-4829175-6630214"]
    assert o.buyer_email == "a@marketplace.amazon.com" and o.marketplace == "amazon.com"
    assert o.buyer_language == "en"
    assert o.delivered_at == datetime(2026, 6, 1, 19, 22, tzinfo=UTC)


async def test_all_orders_report_multi_line(store: Store) -> None:
    text = report(
        ORDERS_COLUMNS,
        [
            orders_row("302-1234567-1234567", "Küchenwaage Edelstahl 5 kg", sku="KW-5"),
            orders_row("302-1234567-1234567", 'Messbecher 1 l "Profi"', sku="MB-1"),
            orders_row("302-7654321-7654321", "Schneidebrett Buche", **{"sales-channel": "Amazon.fr"}),
            orders_row("302-0000000-0000001", "MCF order", **{"sales-channel": "Non-Amazon"}),
        ],
    )
    result = await import_report(store, text.encode("utf-8"))
    assert result.parsed.format == "amazon-orders" and result.parsed.lines == 4
    assert result.summary.inserted == 3
    got = await store.get_orders("default", ["302-1234567-1234567", "302-7654321-7654321", "302-0000000-0000001"])
    o = got["302-1234567-1234567"]
    assert o.product_titles == ("Küchenwaage Edelstahl 5 kg", 'Messbecher 1 l "Profi"')
    assert o.marketplace == "amazon.de" and o.buyer_language == "" and o.buyer_email == ""
    assert o.purchased_at == datetime(2026, 5, 20, 7, 11, tzinfo=UTC)
    assert got["302-7654321-7654321"].marketplace == "amazon.fr"
    assert got["302-0000000-0000001"].marketplace == ""
    again = await import_report(store, text.encode("utf-8"))
    assert (again.summary.inserted, again.summary.updated, again.summary.unchanged) == (0, 0, 3)


async def test_shipments_fill_existing_orders(store: Store) -> None:
    await import_report(
        store,
        (CSV_HEAD + "302-1234567-1234567,,amazon.de,de,2026-05-20T07:11:00Z,,,Küchenwaage Edelstahl 5 kg\n").encode(),
    )
    text = report(
        SHIPMENTS_COLUMNS,
        [shipments_row("302-1234567-1234567"), shipments_row("302-5555555-5555555", **{"product-name": "Reibe"})],
    )
    result = await import_report(store, text.encode("utf-8"))
    assert result.parsed.format == "amazon-shipments"
    assert (result.summary.inserted, result.summary.updated) == (1, 1)
    got = await store.get_orders("default", ["302-1234567-1234567", "302-5555555-5555555"])
    o = got["302-1234567-1234567"]
    assert o.shipped_at == datetime(2026, 5, 21, 16, 40, tzinfo=UTC)
    assert o.buyer_email == "k3x9m2p7q1w8z5v@marketplace.amazon.de"
    assert o.buyer_language == "de"  # not erased
    assert o.product_titles == ("Küchenwaage Edelstahl 5 kg",)  # same title: not repeated
    assert o.delivered_at is None  # the estimated arrival is no delivery
    new = got["302-5555555-5555555"]
    assert new.purchased_at == datetime(2026, 5, 20, 7, 11, tzinfo=UTC) and new.marketplace == "amazon.de"
    again = await import_report(store, text.encode("utf-8"))
    assert (again.summary.inserted, again.summary.updated) == (0, 0)


async def test_cp1252_all_orders(store: Store) -> None:
    title = "Teekanne Gusseisen – 1,2 l, weiß (Geschenk für Oma)"
    text = report(ORDERS_COLUMNS, [orders_row("303-1111111-2222222", title)])
    result = await import_report(store, text.encode("cp1252"))
    assert result.parsed.encoding == "windows-1252"
    o = (await store.get_orders("default", ["303-1111111-2222222"]))["303-1111111-2222222"]
    assert o.product_titles == (title,)
    forced = await import_report(store, text.encode("cp1252"), encoding="windows-1252")
    assert forced.summary.unchanged == 1


async def test_shift_jis_all_orders(store: Store) -> None:
    titles = ["ステンレス製キッチンスケール 5kg【日本製】", "計量カップ ２個セット"]
    rows = [
        orders_row("503-1234567-7654321", t, **{"sales-channel": "Amazon.co.jp", "purchase-date": "2026-06-01T10:00:00+09:00",
                                                 "currency": "JPY", "ship-city": "東京都", "ship-country": "JP"})
        for t in titles
    ]  # fmt: skip
    result = await import_report(store, report(ORDERS_COLUMNS, rows).encode("shift_jis"))
    assert result.parsed.encoding == "shift_jis"
    o = (await store.get_orders("default", ["503-1234567-7654321"]))["503-1234567-7654321"]
    assert o.product_titles == tuple(titles)
    assert o.marketplace == "amazon.co.jp"
    assert o.purchased_at == datetime(2026, 6, 1, 1, 0, tzinfo=UTC)


async def test_bad_row_aborts_and_leaves_store_as_before(store: Store) -> None:
    await import_report(store, CORPUS_ORDERS.read_bytes())
    ids = ["113-4829175-6630214", "401-0000000-0000001"]
    before = await snapshot(store, ids)
    text = report(
        ORDERS_COLUMNS,
        [
            orders_row("401-0000000-0000001", "Neu"),
            orders_row("113-4829175-6630214", "Changed title"),
            orders_row("401-0000000-000000X", "Kaputt"),
        ],
    )
    with pytest.raises(ReportError, match=r"^line 4: order ID '401-0000000-000000X'"):
        await import_report(store, text.encode())
    assert await snapshot(store, ids) == before

    skipped = await import_report(store, text.encode(), skip_bad=True)
    assert skipped.summary.skipped == 1
    assert skipped.summary.errors == ("line 4: order ID '401-0000000-000000X' is not of the form 123-1234567-1234567",)
    assert (skipped.summary.inserted, skipped.summary.updated) == (1, 1)
    after = await snapshot(store, ids)
    assert "Changed title" in after["113-4829175-6630214"].product_titles


async def test_short_line_is_bad(store: Store) -> None:
    text = report(ORDERS_COLUMNS, [orders_row("401-0000000-0000002", "Ok")]) + "401-0000000-0000003\t\t2026-05-20\n"
    with pytest.raises(ReportError, match="^line 3: 3 fields where the header has 31"):
        await import_report(store, text.encode())
    assert await store.get_orders("default", ["401-0000000-0000002"]) == {}


async def test_ledger_import(store: Store) -> None:
    entries, _ = parse_ledger(b"113-4829175-6630214,2026-06-01T10:00:00Z\n114-0937261-5148830,2026-06-02T10:00:00+02:00\n")
    assert await store.record_reviews("default", entries) == 2
    assert await store.record_reviews("default", entries) == 0
    assert await store.reviewed_orders("default", ["113-4829175-6630214"]) == {"113-4829175-6630214"}
