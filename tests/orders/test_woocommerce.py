"""WooCommerce (Advanced Order Export): one row per product, names joined, shop's zone."""

from __future__ import annotations

from pathlib import Path

from app.storage import Database
from tests.orders.exports import rows_from_dicts, write_csv
from tests.orders.support import orders_by_id, run_import

HEADER = [
    "Order Number", "Order Status", "Order Date", "Customer Note", "First Name (Billing)", "Last Name (Billing)",
    "Company (Billing)", "Address 1&2 (Billing)", "City (Billing)", "State Code (Billing)", "Postcode (Billing)",
    "Country Code (Billing)", "Email (Billing)", "Phone (Billing)", "First Name (Shipping)", "Last Name (Shipping)",
    "Address 1&2 (Shipping)", "City (Shipping)", "State Code (Shipping)", "Postcode (Shipping)",
    "Country Code (Shipping)", "Item #", "SKU", "Name", "Product Variation", "Quantity", "Quantity (- Refund)",
    "Item Cost", "Order Line (w/o tax)", "Order Line Tax", "Order Line Total", "Payment Method Title",
    "Order Shipping Amount", "Order Refund Amount", "Order Total Amount",
]  # fmt: skip


def test_products_of_one_order_and_statuses(database: Database, tmp_path: Path) -> None:
    order = {
        "Order Number": "4711",
        "Order Status": "Processing",
        "Order Date": "2026-09-20 17:45:00",
        "Customer Note": "Please gift-wrap",
        "First Name (Billing)": "Ava",
        "Last Name (Billing)": "Testperson",
        "First Name (Shipping)": "Noah",
        "Last Name (Shipping)": "Sample",
        "Address 1&2 (Shipping)": "5 Example Lane, Flat 2",
        "City (Shipping)": "Manchester",
        "Postcode (Shipping)": "M1 1AA",
        "Country Code (Shipping)": "GB",
        "Phone (Billing)": "+44 161 496 0000",
        "Order Total Amount": "54.40",
    }
    records = [
        {
            **order,
            "Item #": "1",
            "SKU": "TEA-EB",
            "Name": "English Breakfast",
            "Product Variation": "Weight: 250 g",
            "Quantity": "2",
            "Item Cost": "12.20",
        },
        {
            **order,
            "Item #": "2",
            "SKU": "MUG-1",
            "Name": "Mug",
            "Quantity": "1",
            "Item Cost": "30.00",
        },
        {
            **order,
            "Order Number": "4712",
            "Order Status": "On hold",
            "Item #": "1",
            "SKU": "MUG-1",
            "Name": "Mug",
            "Quantity": "1",
            "Item Cost": "30.00",
        },
        {
            **order,
            "Order Number": "4713",
            "Order Status": "Refunded",
            "Item #": "1",
            "SKU": "MUG-1",
            "Name": "Mug",
            "Quantity": "1",
            "Item Cost": "30.00",
        },
    ]
    [report] = run_import(
        database,
        write_csv(
            tmp_path / "orders.csv", HEADER, rows_from_dicts(HEADER, records), quote_all=True
        ),
    )

    assert (report.platform, report.rows, report.orders_new, report.lines, report.errors) == (
        "woocommerce",
        4,
        3,
        4,
        [],
    )
    orders = orders_by_id(database)
    first = orders["4711"]
    assert first["status"] == "awaiting_dispatch"
    assert (
        first["created_at"] == "2026-09-20T17:45:00+01:00"
    )  # the shop's zone (London, summer time)
    assert first["recipient"]["name"] == "Noah Sample"
    assert (
        first["recipient"]["city"],
        first["recipient"]["postcode"],
        first["recipient"]["country"],
    ) == ("Manchester", "M1 1AA", "GB")
    assert first["buyer_note"] == "Please gift-wrap"
    assert [
        (line["sku"], line["variant"], line["quantity"], line["unit_price"])
        for line in first["lines"]
    ] == [
        ("TEA-EB", "Weight: 250 g", 2, "12.20"),
        ("MUG-1", None, 1, "30.00"),
    ]
    assert (orders["4712"]["status"], orders["4713"]["status"]) == ("unpaid", "refunded")
