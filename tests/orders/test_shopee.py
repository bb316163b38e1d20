"""Shopee XLSX: one row per SKU line, 'Tracking Number*', localised (Taiwan) headers."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage import Database
from tests.helpers.exports import rows_from_dicts, write_xlsx
from tests.helpers.orders import orders_by_id, run_import

HEADER = [
    "Order ID", "Order Status", "Tracking Number*", "Shipping Option", "Shipment Method", "Estimated Ship Out Date",
    "Ship Time", "Order Creation Date", "Order Paid Time", "Parent SKU Reference No.", "Product Name",
    "SKU Reference No.", "Variation Name", "Original Price", "Deal Price", "Quantity", "Product Subtotal",
    "Total Amount", "Buyer Paid Shipping Fee", "Grand Total", "Username (Buyer)", "Receiver Name", "Phone Number",
    "Delivery Address", "Town", "District", "City", "Province/State/Area", "Country", "Zip Code",
    "Remark from buyer", "Order Complete Time", "Note",
]  # fmt: skip
TAIWAN = {"Order ID": "訂單編號 (單)", "Order Status": "訂單狀態", "Product Name": "商品名稱", "Quantity": "數量", "Order Creation Date": "訂單成立日期", "Deal Price": "商品活動價格", "Receiver Name": "收件者姓名", "Tracking Number*": "包裹查詢號碼", "Grand Total": "訂單總金額", "SKU Reference No.": "商品選項貨號"}  # fmt: skip


def records(to_ship: str, shipping: str) -> list[dict[str, object]]:
    """Two orders: a two-SKU one to ship, a one-SKU one shipping with its tracking number."""
    order = {
        "Order ID": "260918ABCDEF12",
        "Order Status": to_ship,
        "Order Creation Date": "2026-09-18 14:30",
        "Order Paid Time": "2026-09-18 14:31",
        "Estimated Ship Out Date": "2026-09-20 23:59",
        "Grand Total": 35.5,
        "Receiver Name": "Tan Wei Ming",
        "Phone Number": "6591234567",
        "Delivery Address": "10 Example Road, #05-01",
        "City": "Singapore",
        "Country": "SG",
        "Zip Code": "123456",
        "Shipping Option": "Standard Delivery",
    }
    return [
        {**order, "Product Name": "Oolong tea 100g", "SKU Reference No.": "OOLONG-100", "Variation Name": "Roasted", "Deal Price": 12.5, "Quantity": 2},
        {**order, "Product Name": "Gaiwan", "SKU Reference No.": "GAIWAN", "Deal Price": 10.5, "Quantity": 1},
        {**order, "Order ID": "260918ABCDEF13", "Order Status": shipping, "Tracking Number*": "SPXSG012345678901", "Product Name": "Gaiwan", "SKU Reference No.": "GAIWAN", "Deal Price": 10.5, "Quantity": 1},
    ]  # fmt: skip


@pytest.mark.parametrize("market", ["sg", "tw"])
def test_order_lines_and_statuses(database: Database, tmp_path: Path, market: str) -> None:
    """The same workbook with English and with Taiwan headers imports the same."""
    header = HEADER if market == "sg" else [TAIWAN.get(name, name) for name in HEADER]
    rows = records("To ship", "Shipping") if market == "sg" else records("待出貨", "運送中")
    if market == "tw":
        rows = [{TAIWAN.get(key, key): value for key, value in row.items()} for row in rows]
    [report] = run_import(
        database,
        write_xlsx(
            tmp_path / "Order.all.xlsx", {"orders": (header, rows_from_dicts(header, rows))}
        ),
    )

    assert (report.platform, report.rows, report.orders_new, report.lines, report.errors) == (
        "shopee",
        3,
        2,
        3,
        [],
    )
    orders = orders_by_id(database)
    first = orders["260918ABCDEF12"]
    assert (first["status"], first["total"], first["created_at"]) == (
        "awaiting_dispatch",
        "35.50",
        "2026-09-18T14:30:00+01:00",
    )
    assert [(line["sku"], line["quantity"], line["unit_price"]) for line in first["lines"]] == [
        ("OOLONG-100", 2, "12.50"),
        ("GAIWAN", 1, "10.50"),
    ]
    assert first["currency"] is None  # the export names none: each market has its own
    assert (first["recipient"]["name"], first["dispatch_by"]) == (
        "Tan Wei Ming",
        "2026-09-20T23:59:00+01:00",
    )
    shipped = orders["260918ABCDEF13"]
    assert (shipped["status"], shipped["tracking_number"]) == ("dispatched", "SPXSG012345678901")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Unpaid", "unpaid"),
        ("To ship", "awaiting_dispatch"),
        ("Shipping", "dispatched"),
        ("Completed", "completed"),
        ("Cancelled", "cancelled"),
        ("Return/Refund", "refunding"),
        ("待付款", "unpaid"),
        ("已完成", "completed"),
        ("不成立", "cancelled"),
        ("退貨/退款", "refunding"),
    ],
)
def test_every_shopee_status_is_mapped(
    database: Database, tmp_path: Path, text: str, status: str
) -> None:
    """English and Taiwan status words; an unmapped one would refuse the order."""
    rows = rows_from_dicts(HEADER, records(text, "Shipping"))
    [report] = run_import(
        database, write_xlsx(tmp_path / "Order.all.xlsx", {"orders": (HEADER, rows)})
    )
    assert report.errors == []
    assert orders_by_id(database)["260918ABCDEF12"]["status"] == status
