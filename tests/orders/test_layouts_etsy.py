"""Etsy's Download Data pair: Sold Orders + Sold Order Items joined on Order ID, in the US
and the UK spellings; either file alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage import Database
from tests.orders.exports import rows_from_dicts, write_csv
from tests.orders.layouts import import_clean, lines, recipient
from tests.orders.support import orders_by_id, run_import

SOLD_ORDERS = [
    "Sale Date", "Order ID", "Buyer User ID", "Full Name", "First Name", "Last Name", "Number of Items",
    "Payment Method", "Date Shipped", "Street 1", "Street 2", "Ship City", "Ship State", "Ship Zipcode",
    "Ship Country", "Currency", "Order Value", "Coupon Code", "Coupon Details", "Discount Amount",
    "Shipping Discount", "Shipping", "Sales Tax", "Order Total", "Status", "Card Processing Fees", "Order Net",
    "Adjusted Order Total", "Adjusted Card Processing Fees", "Adjusted Net Order Amount", "Buyer", "Order Type",
    "Payment Type", "InPerson Discount", "InPerson Location", "SKU",
]  # fmt: skip
SOLD_ORDER_ITEMS = [
    "Sale Date", "Item Name", "Buyer", "Quantity", "Price", "Coupon Code", "Coupon Details", "Discount Amount",
    "Shipping Discount", "Order Shipping", "Order Sales Tax", "Item Total", "Currency", "Transaction ID",
    "Listing ID", "Date Paid", "Date Shipped", "Ship Name", "Ship Address1", "Ship Address2", "Ship City",
    "Ship State", "Ship Zipcode", "Ship Country", "Order ID", "Variations", "Order Type", "Listings Type",
    "Payment Type", "InPerson Discount", "InPerson Location", "VAT Paid by Buyer", "SKU",
]  # fmt: skip
UK_NAMES = {"Date Shipped": "Date Posted", "Shipping Discount": "Delivery Discount", "Shipping": "Delivery", "Sales Tax": "Sales tax", "Order Shipping": "Order Delivery"}  # fmt: skip


def uk(name: str) -> str:
    """A header as Etsy writes it for a shop with the UK locale."""
    return UK_NAMES.get(name) or name.replace("Ship ", "Delivery ")


def sold_orders(shipped: str) -> list[dict[str, str]]:
    """A two-item order paid and waiting, a shipped one, a cancelled one."""
    to = {"Buyer User ID": "12345678", "Full Name": "Rosa Example", "First Name": "Rosa", "Last Name": "Example", "Street 1": "48 Sample Road", "Street 2": "Flat C", "Ship City": "Brighton", "Ship State": "East Sussex", "Ship Zipcode": "BN1 1AA", "Ship Country": "United Kingdom", "Currency": "GBP", "Payment Method": "Etsy Payments", "Buyer": "rosaexample", "Order Type": "online", "Payment Type": "online_cc"}  # fmt: skip
    return [
        {**to, "Sale Date": "09/18/26", "Order ID": "3412345678", "Number of Items": "3", "Order Value": "61.00", "Shipping": "4.50", "Sales Tax": "0", "Order Total": "65.50", "Card Processing Fees": "2.22", "Order Net": "63.28", "SKU": "BOWL-CEL,WHISK"},
        {**to, "Sale Date": "09/15/26", "Order ID": "3412345679", "Number of Items": "1", shipped: "09/16/2026", "Order Value": "12.50", "Shipping": "4.50", "Order Total": "17.00", "Order Net": "16.20", "SKU": "WHISK"},
        {**to, "Sale Date": "09/14/26", "Order ID": "3412345680", "Number of Items": "1", "Order Value": "48.00", "Order Total": "48.00", "Status": "Canceled", "Adjusted Order Total": "0.00", "SKU": "BOWL-CEL"},
    ]  # fmt: skip


def sold_order_items(shipped: str) -> list[dict[str, str]]:
    ship = {"Ship Name": "Rosa Example", "Ship Address1": "48 Sample Road", "Ship Address2": "Flat C", "Ship City": "Brighton", "Ship State": "East Sussex", "Ship Zipcode": "BN1 1AA", "Ship Country": "United Kingdom", "Currency": "GBP", "Buyer": "rosaexample", "Order Type": "online", "Listings Type": "listing", "Payment Type": "online_cc"}  # fmt: skip
    return [
        {**ship, "Sale Date": "09/18/26", "Item Name": "Hand-thrown tea bowl", "Quantity": "1", "Price": "36.00", "Item Total": "36.00", "Transaction ID": "4001", "Listing ID": "1234567890", "Date Paid": "09/18/2026", "Order ID": "3412345678", "Variations": "Glaze:Celadon", "SKU": "BOWL-CEL"},
        {**ship, "Sale Date": "09/18/26", "Item Name": "Bamboo whisk", "Quantity": "2", "Price": "12.50", "Item Total": "25.00", "Transaction ID": "4002", "Listing ID": "1234567891", "Date Paid": "09/18/2026", "Order ID": "3412345678", "SKU": "WHISK"},
        {**ship, "Sale Date": "09/15/26", "Item Name": "Bamboo whisk", "Quantity": "1", "Price": "12.50", "Item Total": "12.50", "Transaction ID": "4003", "Listing ID": "1234567891", "Date Paid": "09/15/2026", shipped: "09/16/2026", "Order ID": "3412345679", "SKU": "WHISK"},
        {**ship, "Sale Date": "09/14/26", "Item Name": "Hand-thrown tea bowl", "Quantity": "1", "Price": "48.00", "Item Total": "48.00", "Transaction ID": "4004", "Listing ID": "1234567890", "Date Paid": "09/14/2026", "Order ID": "3412345680", "SKU": "BOWL-CEL"},
    ]  # fmt: skip


def write_pair(tmp_path: Path, locale: str) -> tuple[Path, Path]:
    """Both files of one download, in ``locale``'s spellings."""
    name = uk if locale == "uk" else str
    orders_header = [name(column) for column in SOLD_ORDERS]
    items_header = [name(column) for column in SOLD_ORDER_ITEMS]
    shipped = name("Date Shipped")
    orders = [{name(key): value for key, value in row.items()} for row in sold_orders(shipped)]
    items = [{name(key): value for key, value in row.items()} for row in sold_order_items(shipped)]
    return (
        write_csv(tmp_path / "EtsySoldOrders2026-9.csv", orders_header, rows_from_dicts(orders_header, orders)),
        write_csv(tmp_path / "EtsySoldOrderItems2026-9.csv", items_header, rows_from_dicts(items_header, items)),
    )  # fmt: skip


@pytest.mark.parametrize("locale", ["us", "uk"])
def test_the_pair_joined_on_order_id(database: Database, tmp_path: Path, locale: str) -> None:
    """The orders file gives the total and the cancellation, the items file the lines and the
    paid date: one import of two files, no warning about a missing half."""
    report, orders = import_clean(database, *write_pair(tmp_path, locale))
    assert (report.platform, report.profile, report.orders_new, report.lines) == (
        "etsy",
        "etsy",
        3,
        4,
    )
    assert len(report.files) == 2 and report.warnings == []
    order = orders["3412345678"]
    assert (order["status"], order["total"], order["currency"]) == (
        "awaiting_dispatch",
        "65.50",
        "GBP",
    )
    assert (order["created_at"], order["paid_at"]) == (
        "2026-09-18T00:00:00+01:00",
        "2026-09-18T00:00:00+01:00",
    )
    assert recipient(order, "name", "address", "city", "province", "postcode") == (
        "Rosa Example",
        "48 Sample Road, Flat C",
        "Brighton",
        "East Sussex",
        "BN1 1AA",
    )
    assert lines(order) == [
        ("BOWL-CEL", "Hand-thrown tea bowl", "Glaze:Celadon", 1, "36.00"),
        ("WHISK", "Bamboo whisk", None, 2, "12.50"),
    ]
    assert orders["3412345679"]["status"] == "dispatched"
    assert (
        orders["3412345680"]["status"] == "cancelled"
    )  # paid, then cancelled: the orders file says


def test_the_items_file_alone_still_imports(database: Database, tmp_path: Path) -> None:
    """Without the orders file the lines and dates are all there; the total and the
    cancellation are not, and the report says which file was missing."""
    _orders_file, items_file = write_pair(tmp_path, "us")
    [report] = run_import(database, items_file)
    assert (report.profile, report.orders_new, report.lines, report.errors) == ("etsy", 3, 4, [])
    assert any("Sold Orders" in warning.message for warning in report.warnings)
    orders = orders_by_id(database)
    assert (orders["3412345678"]["status"], orders["3412345678"]["total"]) == (
        "awaiting_dispatch",
        None,
    )
    assert orders["3412345680"]["status"] == "awaiting_dispatch"  # nothing here says cancelled
