"""Shopify orders export: continuation rows, store offsets, apostrophe zips, notes with newlines."""

from __future__ import annotations

from pathlib import Path

from app.storage import Database
from tests.orders.exports import rows_from_dicts, write_csv
from tests.orders.support import orders_by_id, run_import

HEADER = [
    "Name",
    "Email",
    "Financial Status",
    "Paid at",
    "Fulfillment Status",
    "Fulfilled at",
    "Accepts Marketing",
    "Currency",
    "Subtotal",
    "Shipping",
    "Taxes",
    "Total",
    "Discount Code",
    "Discount Amount",
    "Shipping Method",
    "Created at",
    "Lineitem quantity",
    "Lineitem name",
    "Lineitem price",
    "Lineitem compare at price",
    "Lineitem sku",
    "Lineitem requires shipping",
    "Lineitem taxable",
    "Lineitem fulfillment status",
    "Billing Name",
    "Billing Street",
    "Billing Address1",
    "Billing Address2",
    "Billing Company",
    "Billing City",
    "Billing Zip",
    "Billing Province",
    "Billing Country",
    "Billing Phone",
    "Shipping Name",
    "Shipping Street",
    "Shipping Address1",
    "Shipping Address2",
    "Shipping Company",
    "Shipping City",
    "Shipping Zip",
    "Shipping Province",
    "Shipping Country",
    "Shipping Phone",
    "Notes",
    "Note Attributes",
    "Cancelled at",
    "Payment Method",
    "Payment Reference",
    "Refunded Amount",
    "Vendor",
    "Outstanding Balance",
    "Employee",
    "Location",
    "Device ID",
    "Id",
    "Tags",
    "Risk Level",
    "Source",
    "Lineitem discount",
    "Tax 1 Name",
    "Tax 1 Value",
    "Phone",
    "Receipt Number",
    "Duties",
    "Billing Province Name",
    "Shipping Province Name",
]


def order_rows(
    name: str, created: str, lines: list[tuple[int, str, str, str]], **first: str
) -> list[dict[str, str]]:
    """A Shopify order: the first row carries the order columns, the rest only line columns."""
    rows = []
    for index, (quantity, title, price, sku) in enumerate(lines):
        row = {
            "Name": name,
            "Email": "buyer@example.com",
            "Created at": created,
            "Lineitem quantity": str(quantity),
            "Lineitem name": title,
            "Lineitem price": price,
            "Lineitem sku": sku,
            "Vendor": "Invented Goods",
        }
        if index == 0:
            row.update(
                {
                    "Financial Status": "paid",
                    "Fulfillment Status": "unfulfilled",
                    "Currency": "EUR",
                    "Total": "42.50",
                    "Paid at": created,
                    "Shipping Name": "Mia Example",
                    "Shipping Address1": "12 Sample Road",
                    "Shipping City": "Newtown",
                    "Shipping Zip": "'0812",
                    "Shipping Country": "IE",
                    "Shipping Phone": "+353 1 555 0101",
                    "Shipping Province Name": "Dublin",
                }
            )
            row.update(first)
        rows.append(row)
    return rows


def write_export(path: Path, records: list[dict[str, str]]) -> Path:
    return write_csv(path, HEADER, rows_from_dicts(HEADER, records), terminator="\n")


def test_continuation_rows_form_one_order_with_every_line(
    database: Database, tmp_path: Path
) -> None:
    records = order_rows(
        "#1001",
        "2026-04-05 21:06:21 +0400",
        [
            (2, "Blue Mug", "10.00", "MUG-BLU"),
            (1, "Red Mug", "12.50", "MUG-RED"),
            (1, "Lid", "0.00", ""),
        ],
        Notes="Ring twice\nthen wait",
    )
    records += order_rows("#1002", "2026-04-06 08:00:00 +0400", [(1, "Teapot", "30", "POT-1")])
    path = write_export(tmp_path / "orders_export.csv", records)

    [report] = run_import(database, path)

    assert (report.platform, report.rows, report.orders_new, report.lines) == ("shopify", 4, 2, 4)
    assert report.errors == []
    order = orders_by_id(database)["#1001"]
    assert order["status"] == "awaiting_dispatch"
    assert order["platform_status"] == "paid / unfulfilled"
    assert order["created_at"] == "2026-04-05T21:06:21+04:00"
    assert order["buyer_note"] == "Ring twice\nthen wait"
    assert order["recipient"]["postcode"] == "0812"
    assert order["recipient"]["province"] == "Dublin"
    assert (order["total"], order["currency"]) == ("42.50", "EUR")
    assert [(line["sku"], line["quantity"], line["unit_price"]) for line in order["lines"]] == [
        ("MUG-BLU", 2, "10.00"),
        ("MUG-RED", 1, "12.50"),
        (None, 1, "0.00"),
    ]


def test_statuses_follow_financial_and_fulfillment_status(
    database: Database, tmp_path: Path
) -> None:
    cases = {
        "#1": {"Financial Status": "pending"},
        "#2": {"Financial Status": "paid", "Fulfillment Status": "fulfilled"},
        "#3": {"Financial Status": "refunded"},
        "#4": {"Financial Status": "paid", "Cancelled at": "2026-04-07 10:00:00 +0400"},
        "#5": {"Financial Status": "partially_refunded", "Fulfillment Status": "unfulfilled"},
    }
    records = []
    for name, columns in cases.items():
        records += order_rows(
            name, "2026-04-05 10:00:00 +0000", [(1, "Cup", "5.00", "CUP")], **columns
        )
    run_import(database, write_export(tmp_path / "s.csv", records))

    statuses = {name: order["status"] for name, order in orders_by_id(database).items()}
    assert statuses == {
        "#1": "unpaid",
        "#2": "dispatched",
        "#3": "refunded",
        "#4": "cancelled",
        "#5": "refunding",
    }
