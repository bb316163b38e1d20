"""Amazon reports: tab-delimited, cp1252 and cp932, line totals, the unshipped list."""

from __future__ import annotations

from pathlib import Path

from app.storage import Database
from tests.helpers.amazon import UNSHIPPED
from tests.helpers.exports import rows_from_dicts, write_csv
from tests.helpers.orders import orders_by_id, run_import

ALL_ORDERS = [
    "amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date", "order-status",
    "fulfillment-channel", "sales-channel", "order-channel", "ship-service-level", "product-name", "sku",
    "asin", "item-status", "quantity", "currency", "item-price", "item-tax", "shipping-price", "shipping-tax",
    "gift-wrap-price", "gift-wrap-tax", "item-promotion-discount", "ship-promotion-discount", "ship-city",
    "ship-state", "ship-postal-code", "ship-country", "promotion-ids", "is-business-order",
    "purchase-order-number", "price-designation",
]  # fmt: skip


def test_all_orders_report_in_cp1252(database: Database, tmp_path: Path) -> None:
    """item-price is the line total: the unit price is item-price / quantity."""
    base = {
        "purchase-date": "2026-09-17T08:04:21+00:00",
        "sales-channel": "Amazon.de",
        "currency": "EUR",
        "ship-city": "München",
        "ship-state": "Bayern",
        "ship-postal-code": "80331",
        "ship-country": "DE",
    }
    records = [
        {**base, "amazon-order-id": "305-1234567-1234567", "order-status": "Unshipped", "product-name": "Teekanne aus Gusseisen – Größe L", "sku": "POT-L", "asin": "B0TEST0001", "item-status": "Unshipped", "quantity": "2", "item-price": "59.80"},
        {**base, "amazon-order-id": "305-1234567-1234567", "order-status": "Unshipped", "product-name": "Teesieb", "sku": "SIEVE", "asin": "B0TEST0002", "item-status": "Unshipped", "quantity": "1", "item-price": "7.50"},
        {**base, "amazon-order-id": "305-7654321-7654321", "order-status": "Shipped - Delivered to Buyer", "product-name": "Teesieb", "sku": "SIEVE", "quantity": "1", "item-price": "7.50"},
        {**base, "amazon-order-id": "305-1111111-2222222", "order-status": "Cancelled", "product-name": "Teesieb", "sku": "SIEVE", "quantity": "1", "item-price": "7.50"},
    ]  # fmt: skip
    path = write_csv(
        tmp_path / "all_orders.txt",
        ALL_ORDERS,
        rows_from_dicts(ALL_ORDERS, records),
        encoding="cp1252",
        delimiter="\t",
    )
    [report] = run_import(database, path)
    assert (report.platform, report.profile, report.orders_new, report.lines, report.errors) == (
        "amazon",
        "amazon_all_orders",
        3,
        4,
        [],
    )
    orders = orders_by_id(database)
    first = orders["305-1234567-1234567"]
    assert (first["status"], first["currency"], first["created_at"]) == (
        "awaiting_dispatch",
        "EUR",
        "2026-09-17T08:04:21+00:00",
    )
    assert first["recipient"]["city"] == "München"
    assert first["lines"][0] == {
        "sku": "POT-L",
        "barcode": "B0TEST0001",
        "title": "Teekanne aus Gusseisen – Größe L",
        "variant": None,
        "quantity": 2,
        "unit_price": "29.90",
    }
    assert (orders["305-7654321-7654321"]["status"], orders["305-1111111-2222222"]["status"]) == (
        "delivered",
        "cancelled",
    )


def test_unshipped_report_in_cp932(database: Database, tmp_path: Path) -> None:
    """A Japanese report: Shift-JIS must not be taken for GB18030; promise-date is the ship-by."""
    records = [
        {"order-id": "503-1234567-7654321", "order-item-id": "12345678901234", "purchase-date": "2026-09-18T12:00:00+09:00", "payments-date": "2026-09-18T12:01:00+09:00", "promise-date": "2026-09-20T23:59:59+09:00", "sku": "TEA-MATCHA", "product-name": "抹茶 宇治産 100g", "quantity-purchased": "3", "quantity-shipped": "0", "quantity-to-ship": "3", "recipient-name": "山田 太郎", "ship-address-1": "千代田区丸の内1-1-1", "ship-address-2": "テストビル 5F", "ship-city": "東京都", "ship-postal-code": "100-0005", "ship-country": "JP", "buyer-phone-number": "03-1234-5678"},
        {"order-id": "503-7777777-1111111", "order-item-id": "12345678909999", "purchase-date": "2026-09-18T13:00:00+09:00", "promise-date": "2026-09-21T23:59:59+09:00", "sku": "CUP-RAKU", "product-name": "楽焼 茶碗", "quantity-purchased": "1", "quantity-shipped": "0", "quantity-to-ship": "1", "recipient-name": "佐藤 花子", "ship-address-1": "中央区銀座4-5-6", "ship-city": "東京都", "ship-postal-code": "104-0061", "ship-country": "JP"},
    ]  # fmt: skip
    path = write_csv(
        tmp_path / "unshipped.txt",
        UNSHIPPED,
        rows_from_dicts(UNSHIPPED, records),
        encoding="cp932",
        delimiter="\t",
    )
    [report] = run_import(database, path)
    assert (report.platform, report.profile, report.orders_new, report.lines, report.errors) == (
        "amazon",
        "amazon_unshipped",
        2,
        2,
        [],
    )
    order = orders_by_id(database)["503-1234567-7654321"]
    assert order["status"] == "awaiting_dispatch"
    assert order["dispatch_by"] == "2026-09-20T23:59:59+09:00"
    assert order["recipient"]["name"] == "山田 太郎"
    assert order["recipient"]["address"] == "千代田区丸の内1-1-1, テストビル 5F"
    assert order["lines"][0]["title"] == "抹茶 宇治産 100g"
    assert order["lines"][0]["quantity"] == 3


def test_unshipped_report_in_cp1252_with_accents_and_three_street_lines(
    database: Database, tmp_path: Path
) -> None:
    """A European report: the name and street only survive if cp1252 is read as cp1252."""
    order = {"order-id": "028-1234567-1234567", "purchase-date": "2026-09-18T21:15:00+02:00", "payments-date": "2026-09-18T21:16:00+02:00", "promise-date": "2026-09-21T23:59:59+02:00", "recipient-name": "Zoë Müller", "ship-address-1": "Hauptstraße 5", "ship-address-2": "Hinterhaus", "ship-address-3": "c/o Café Größe", "ship-city": "Köln", "ship-state": "Nordrhein-Westfalen", "ship-postal-code": "50667", "ship-country": "DE", "buyer-phone-number": "+49 221 123456"}  # fmt: skip
    records = [
        {**order, "order-item-id": "40123456789012", "sku": "POT-L", "product-name": "Teekanne – Größe L", "quantity-purchased": "2", "quantity-shipped": "0", "quantity-to-ship": "2"},
        {**order, "order-item-id": "40123456789013", "sku": "SIEVE", "product-name": "Teesieb für Tassen", "quantity-purchased": "1", "quantity-shipped": "0", "quantity-to-ship": "1"},
    ]  # fmt: skip
    path = write_csv(
        tmp_path / "unshipped-de.txt",
        UNSHIPPED,
        rows_from_dicts(UNSHIPPED, records),
        encoding="cp1252",
        delimiter="\t",
    )
    [report] = run_import(database, path)
    assert (report.profile, report.rows, report.orders_new, report.lines, report.errors) == (
        "amazon_unshipped",
        2,
        1,
        2,
        [],
    )
    order_read = orders_by_id(database)["028-1234567-1234567"]
    assert order_read["status"] == "awaiting_dispatch"  # the report lists only unshipped orders
    assert (order_read["created_at"], order_read["paid_at"], order_read["dispatch_by"]) == (
        "2026-09-18T21:15:00+02:00",
        "2026-09-18T21:16:00+02:00",
        "2026-09-21T23:59:59+02:00",
    )
    recipient = order_read["recipient"]
    assert (recipient["name"], recipient["city"], recipient["phone"]) == (
        "Zoë Müller",
        "Köln",
        "+49 221 123456",
    )
    assert recipient["address"] == "Hauptstraße 5, Hinterhaus, c/o Café Größe"
    assert [(line["sku"], line["title"], line["quantity"]) for line in order_read["lines"]] == [
        ("POT-L", "Teekanne – Größe L", 2),
        ("SIEVE", "Teesieb für Tassen", 1),
    ]


def test_a_wrong_first_guess_is_read_again_in_the_platforms_encodings(tmp_path: Path) -> None:
    """Once the headers name the platform, its own encodings decide."""
    from app.orders.reading import Table, redecode

    path = tmp_path / "unshipped.txt"
    path.write_bytes("order-id\trecipient-name\n503-1\t山田 太郎\n".encode("cp932"))
    guessed = Table(
        path=path, sheet=None, encoding="gb18030", _text=path.read_bytes().decode("gb18030")
    )
    again = redecode(guessed, ["utf-8", "cp1252", "cp932"])
    assert again is not None and again.encoding == "cp932"
    assert list(again.rows())[1] == ["503-1", "山田 太郎"]
    assert redecode(again, ["utf-8", "cp1252", "cp932"]) is None  # already right: nothing to do
