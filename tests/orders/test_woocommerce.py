"""WooCommerce (Advanced Order Export): one row per product, names joined, shop's zone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.orders.profiles import ProfileError, profile_from_dict
from app.storage import Database
from tests.helpers.exports import rows_from_dicts, write_csv
from tests.helpers.orders import orders_by_id, run_import

HEADER = [
    "Order Number", "Order Status", "Order Date", "Customer Note", "First Name (Billing)", "Last Name (Billing)",
    "Company (Billing)", "Address 1&2 (Billing)", "City (Billing)", "State Code (Billing)", "Postcode (Billing)",
    "Country Code (Billing)", "Email (Billing)", "Phone (Billing)", "First Name (Shipping)", "Last Name (Shipping)",
    "Company (Shipping)", "Address 1&2 (Shipping)", "City (Shipping)", "State Code (Shipping)",
    "Postcode (Shipping)", "Country Code (Shipping)", "Phone (Shipping)", "Item #", "SKU", "Name",
    "Product Variation", "Quantity", "Quantity (- Refund)", "Item Cost", "Order Line (w/o tax)", "Order Line Tax",
    "Order Line Total", "Payment Method Title", "Order Shipping Amount", "Order Refund Amount", "Order Total Amount",
]  # fmt: skip

ORDER = {
    "Order Number": "4711",
    "Order Status": "Processing",
    "Order Date": "2026-09-20 17:45",
    "Customer Note": "Please gift-wrap",
    "First Name (Billing)": "Ava",
    "Last Name (Billing)": "Testperson",
    "Address 1&2 (Billing)": "1 Billing Road",
    "City (Billing)": "Leeds",
    "Postcode (Billing)": "LS1 1AA",
    "Country Code (Billing)": "GB",
    "Email (Billing)": "ava@example.invalid",
    "Phone (Billing)": "+44 113 496 0000",
    "First Name (Shipping)": "Noah",
    "Last Name (Shipping)": "Sample",
    "Address 1&2 (Shipping)": "5 Example Lane, Flat 2",
    "City (Shipping)": "Manchester",
    "Postcode (Shipping)": "M1 1AA",
    "Country Code (Shipping)": "GB",
    "Payment Method Title": "Credit card",
    "Order Shipping Amount": "3.95",
    "Order Total Amount": "58.35",
}


def item(order: dict[str, str], sku: str, name: str, qty: str, cost: str, variant: str = "") -> dict[str, str]:  # fmt: skip
    """One product row: the plugin repeats every order column on it."""
    product = {"SKU": sku, "Name": name, "Product Variation": variant}
    return {**order, **product, "Quantity": qty, "Item Cost": cost}


def write(tmp_path: Path, records: list[dict[str, Any]]) -> Path:
    """UTF-8 without BOM, CRLF, every cell quoted: the plugin's CSV; Item # counts per order."""
    counts: dict[str, int] = {}
    for record in records:
        counts[record["Order Number"]] = counts.get(record["Order Number"], 0) + 1
        record["Item #"] = str(counts[record["Order Number"]])
    rows = rows_from_dicts(HEADER, records)
    return write_csv(tmp_path / "orders-2026-09-21.csv", HEADER, rows, quote_all=True)


def test_products_of_one_order_names_and_money(database: Database, tmp_path: Path) -> None:
    # a manual order: staff filled only the billing name and phone
    """Rows of one order form one order; an empty shipping name falls back to the billing one."""
    manual = {**ORDER, "Order Number": "4712", "Order Status": "On hold", "First Name (Shipping)": "", "Last Name (Shipping)": ""}  # fmt: skip
    records = [
        item(ORDER, "TEA-EB", "English Breakfast", "2", "12.20", variant="Weight: 250 g"),
        item(ORDER, "MUG-1", "Mug", "1", "30.00"),
        item(manual, "MUG-1", "Mug", "1", "30.00"),
    ]
    path = write(tmp_path, records)
    assert path.read_bytes().count(b"\r\n") == 4
    [report] = run_import(database, path)  # no platform given: detected among every profile

    assert (report.platform, report.profile, report.rows, report.orders_new, report.lines) == (
        "woocommerce", "woocommerce", 3, 2, 3,
    )  # fmt: skip
    assert report.errors == []
    orders = orders_by_id(database)
    first = orders["4711"]
    assert (first["status"], first["platform_status"]) == ("awaiting_dispatch", "Processing")
    assert first["created_at"] == "2026-09-20T17:45:00+01:00"  # the shop's zone, summer time
    assert (first["total"], first["buyer_note"]) == ("58.35", "Please gift-wrap")
    recipient = first["recipient"]
    assert (recipient["name"], recipient["phone"]) == ("Noah Sample", "+44 113 496 0000")
    assert (recipient["address"], recipient["city"], recipient["postcode"], recipient["country"]) == (
        "5 Example Lane, Flat 2", "Manchester", "M1 1AA", "GB",
    )  # fmt: skip
    assert [
        (line["sku"], line["title"], line["variant"], line["quantity"], line["unit_price"])
        for line in first["lines"]
    ] == [
        ("TEA-EB", "English Breakfast", "Weight: 250 g", 2, "12.20"),
        ("MUG-1", "Mug", None, 1, "30.00"),
    ]
    manual_order = orders["4712"]
    assert (manual_order["status"], manual_order["recipient"]["name"]) == (
        "unpaid",
        "Ava Testperson",
    )


def test_a_filled_shipping_phone_wins_over_the_billing_one(
    database: Database, tmp_path: Path
) -> None:
    """The billing phone is only a fallback: the courier must call the recipient."""
    records = [item({**ORDER, "Phone (Shipping)": "+44 161 496 0999"}, "MUG-1", "Mug", "1", "30.00")]  # fmt: skip
    [report] = run_import(database, write(tmp_path, records))
    assert report.errors == []
    assert orders_by_id(database)["4711"]["recipient"]["phone"] == "+44 161 496 0999"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Pending payment", "unpaid"),
        ("pending", "unpaid"),
        ("On hold", "unpaid"),
        ("on-hold", "unpaid"),
        ("Failed", "unpaid"),
        ("Draft", "unpaid"),
        ("Processing", "awaiting_dispatch"),
        ("Completed", "completed"),
        ("Cancelled", "cancelled"),
        ("Refunded", "refunded"),
    ],
)
def test_every_woocommerce_status_is_mapped(
    database: Database, tmp_path: Path, text: str, status: str
) -> None:
    """The plugin writes the status label (or the slug, by setting); none may be refused."""
    records = [item({**ORDER, "Order Status": text}, "MUG-1", "Mug", "1", "30.00")]
    [report] = run_import(database, write(tmp_path, records))
    assert report.errors == []
    assert orders_by_id(database)["4711"]["status"] == status


def test_an_unknown_status_refuses_the_order(database: Database, tmp_path: Path) -> None:
    """A custom status from another plugin is not guessed."""
    records = [item({**ORDER, "Order Status": "Awaiting pickup"}, "MUG-1", "Mug", "1", "30.00")]  # fmt: skip
    [report] = run_import(database, write(tmp_path, records))
    assert report.orders_new == 0
    assert "Awaiting pickup" in report.errors[0].message


def test_first_filled_needs_two_columns_to_choose_from() -> None:
    """A one-entry ``first_filled`` is a typo for a plain column: said at load, not at import."""
    raw = {"name": "p", "platform": "p", "tables": {"orders": {"detect": ["Order Number"], "columns": {"order_id": "Order Number", "quantity": "Quantity", "recipient_phone": {"first_filled": ["Phone (Shipping)"]}}}}}  # fmt: skip
    with pytest.raises(ProfileError, match="first_filled"):
        profile_from_dict(raw, "broken")
