"""Shopify's current orders export: every column up to Payment References, multi-line orders
whose continuation rows repeat only the line columns, a cancelled and a fulfilled order."""

from __future__ import annotations

from pathlib import Path

from app.storage import Database
from tests.helpers.exports import rows_from_dicts, write_csv
from tests.helpers.layouts import import_clean, lines, recipient

CURRENT = [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing",
    "Currency", "Subtotal", "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method",
    "Created at", "Lineitem quantity", "Lineitem name", "Lineitem price", "Lineitem compare at price",
    "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable", "Lineitem fulfillment status",
    "Billing Name", "Billing Street", "Billing Address1", "Billing Address2", "Billing Company", "Billing City",
    "Billing Zip", "Billing Province", "Billing Country", "Billing Phone", "Shipping Name", "Shipping Street",
    "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip",
    "Shipping Province", "Shipping Country", "Shipping Phone", "Notes", "Note Attributes", "Cancelled at",
    "Payment Method", "Payment Reference", "Refunded Amount", "Vendor", "Outstanding Balance", "Employee",
    "Location", "Device ID", "Id", "Tags", "Risk Level", "Source", "Lineitem discount", "Tax 1 Name",
    "Tax 1 Value", "Tax 2 Name", "Tax 2 Value", "Tax 3 Name", "Tax 3 Value", "Tax 4 Name", "Tax 4 Value",
    "Tax 5 Name", "Tax 5 Value", "Phone", "Receipt Number", "Duties", "Billing Province Name",
    "Shipping Province Name", "Payment ID", "Payment Terms Name", "Next Payment Due At", "Payment References",
]  # fmt: skip


def order(
    name: str, items: list[tuple[str, str, str, str, str]], **first: str
) -> list[dict[str, str]]:
    """One order as Shopify writes it: the order columns on the first row only; every row
    repeats Name, Email, Created at, its Lineitem columns and Vendor."""
    rows = []
    for index, (qty, title, price, sku, fulfilled) in enumerate(items):
        row = {"Name": name, "Email": "kai@example.invalid", "Created at": first.get("Created at", "2026-09-18 11:42:07 +0100"), "Lineitem quantity": qty, "Lineitem name": title, "Lineitem price": price, "Lineitem sku": sku, "Lineitem requires shipping": "true", "Lineitem taxable": "true", "Lineitem fulfillment status": fulfilled, "Vendor": "Example Tea Co"}  # fmt: skip
        if index == 0:
            row |= {"Financial Status": "paid", "Paid at": "2026-09-18 11:42:09 +0100", "Fulfillment Status": "unfulfilled", "Accepts Marketing": "no", "Currency": "GBP", "Shipping Method": "Royal Mail Tracked 48", "Billing Name": "Kai Example", "Billing Street": "9 Billing Close", "Billing Address1": "9 Billing Close", "Billing City": "York", "Billing Zip": "YO1 7AA", "Billing Country": "GB", "Shipping Name": "Kai Example", "Shipping Street": "Unit 2, 40 Sample Street", "Shipping Address1": "Unit 2", "Shipping Address2": "40 Sample Street", "Shipping City": "Leeds", "Shipping Zip": "LS1 4AB", "Shipping Province": "ENG", "Shipping Country": "GB", "Shipping Phone": "+44 113 496 0123", "Payment Method": "Shopify Payments", "Id": "5678901234567", "Risk Level": "Low", "Source": "web", "Tax 1 Name": "GB VAT 20%", "Shipping Province Name": "England", "Billing Province Name": "England", "Payment ID": "c12345678901.1", "Payment References": "c12345678901.1"}  # fmt: skip
            row |= first
        rows.append(row)
    return rows


def test_current_export_multi_line_orders(database: Database, tmp_path: Path) -> None:
    records = [
        *order("#1041", [("2", "Assam breakfast – 250 g", "9.50", "ASSAM-250", "pending"), ("1", "Tea caddy - Green", "14.00", "CADDY-GRN", "pending"), ("1", "Gift note", "0.00", "", "pending")], Subtotal="33.00", Shipping="3.95", Taxes="6.16", Total="36.95", Notes="Birthday present\nplease hide the price"),
        *order("#1042", [("1", "Tea caddy - Green", "14.00", "CADDY-GRN", "fulfilled")], **{"Fulfillment Status": "fulfilled", "Fulfilled at": "2026-09-18 15:00:00 +0100", "Total": "17.95", "Created at": "2026-09-17 08:00:00 +0100"}),
        *order("#1043", [("1", "Assam breakfast – 250 g", "9.50", "ASSAM-250", "pending")], **{"Financial Status": "refunded", "Cancelled at": "2026-09-18 09:00:00 +0100", "Refunded Amount": "13.45", "Total": "13.45", "Created at": "2026-09-16 20:00:00 +0100"}),
    ]  # fmt: skip
    path = write_csv(
        tmp_path / "orders_export_1.csv",
        CURRENT,
        rows_from_dicts(CURRENT, records),
        terminator="\n",
    )
    report, orders = import_clean(database, path)
    assert (report.platform, report.profile, report.rows, report.orders_new, report.lines) == (
        "shopify",
        "shopify",
        5,
        3,
        5,
    )
    first = orders["#1041"]
    assert (first["status"], first["platform_status"], first["total"], first["currency"]) == (
        "awaiting_dispatch",
        "paid / unfulfilled",
        "36.95",
        "GBP",
    )
    assert (first["created_at"], first["paid_at"]) == (
        "2026-09-18T11:42:07+01:00",
        "2026-09-18T11:42:09+01:00",
    )
    assert first["buyer_note"] == "Birthday present\nplease hide the price"
    assert recipient(
        first, "name", "phone", "address", "city", "province", "postcode", "country"
    ) == (
        "Kai Example",
        "+44 113 496 0123",
        "Unit 2, 40 Sample Street",
        "Leeds",
        "England",
        "LS1 4AB",
        "GB",
    )
    assert lines(first) == [
        ("ASSAM-250", "Assam breakfast – 250 g", None, 2, "9.50"),
        ("CADDY-GRN", "Tea caddy - Green", None, 1, "14.00"),
        (None, "Gift note", None, 1, "0.00"),
    ]
    assert orders["#1042"]["status"] == "dispatched"
    assert orders["#1043"]["status"] == "cancelled"
