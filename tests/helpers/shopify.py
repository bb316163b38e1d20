"""Shopify order exports: the current header, line rows per order, a CSV writer."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.exports import rows_from_dicts, write_csv

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
