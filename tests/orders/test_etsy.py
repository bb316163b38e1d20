"""Etsy Sold Order Items: transactions grouped by Order ID, US dates, UK 'Delivery' headers."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage import Database
from tests.helpers.etsy import SOLD_ORDER_ITEMS as US_HEADER
from tests.helpers.exports import rows_from_dicts, write_csv
from tests.helpers.orders import orders_by_id, run_import


@pytest.mark.parametrize("locale", ["us", "uk"])
def test_transactions_group_into_orders(database: Database, tmp_path: Path, locale: str) -> None:
    """One row per transaction; the paid and shipped dates give the status."""
    header = (
        US_HEADER if locale == "us" else [name.replace("Ship ", "Delivery ") for name in US_HEADER]
    )
    ship = "Ship " if locale == "us" else "Delivery "
    buyer = {
        f"{ship}Name": "Oscar Madeup",
        f"{ship}Address1": "7 Example Street",
        f"{ship}Address2": "Unit 4",
        f"{ship}City": "Portland",
        f"{ship}State": "OR",
        f"{ship}Zipcode": "97201",
        f"{ship}Country": "United States",
        "Currency": "USD",
    }
    records = [
        {**buyer, "Sale Date": "09/18/26", "Item Name": "Hand-thrown tea bowl", "Quantity": "1", "Price": "48.00", "Transaction ID": "3001", "Listing ID": "1234567890", "Date Paid": "09/18/2026", "Order ID": "2876543210", "Variations": "Glaze:Celadon", "SKU": "BOWL-CEL"},
        {**buyer, "Sale Date": "09/18/26", "Item Name": "Bamboo whisk", "Quantity": "2", "Price": "12.50", "Transaction ID": "3002", "Listing ID": "1234567891", "Date Paid": "09/18/2026", "Order ID": "2876543210", "SKU": "WHISK"},
        {**buyer, "Sale Date": "09/17/26", "Item Name": "Bamboo whisk", "Quantity": "1", "Price": "12.50", "Transaction ID": "3003", "Listing ID": "1234567891", "Date Paid": "09/17/2026", "Date Shipped": "09/18/2026", "Order ID": "2876543211", "SKU": "WHISK"},
    ]  # fmt: skip
    [report] = run_import(
        database,
        write_csv(
            tmp_path / "EtsySoldOrderItems2026-9.csv", header, rows_from_dicts(header, records)
        ),
    )

    assert (report.platform, report.rows, report.orders_new, report.lines, report.errors) == (
        "etsy",
        3,
        2,
        3,
        [],
    )
    orders = orders_by_id(database)
    first = orders["2876543210"]
    assert (first["status"], first["currency"], first["created_at"]) == (
        "awaiting_dispatch",
        "USD",
        "2026-09-18T00:00:00+01:00",
    )
    assert first["paid_at"] == "2026-09-18T00:00:00+01:00"  # MM/DD/YYYY, unlike Sale Date
    assert (first["recipient"]["name"], first["recipient"]["postcode"]) == ("Oscar Madeup", "97201")
    assert first["recipient"]["address"] == "7 Example Street, Unit 4"
    assert [
        (line["sku"], line["variant"], line["quantity"], line["unit_price"])
        for line in first["lines"]
    ] == [
        ("BOWL-CEL", "Glaze:Celadon", 1, "48.00"),
        ("WHISK", None, 2, "12.50"),
    ]
    assert orders["2876543211"]["status"] == "dispatched"
