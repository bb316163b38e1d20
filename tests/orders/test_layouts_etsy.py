"""Etsy's Download Data pair: Sold Orders + Sold Order Items joined on Order ID, in the US
and the UK spellings; either file alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage import Database
from tests.helpers.etsy import SOLD_ORDER_ITEMS, SOLD_ORDERS, sold_order_items, sold_orders
from tests.helpers.exports import rows_from_dicts, write_csv
from tests.helpers.layouts import import_clean, lines, recipient
from tests.helpers.orders import orders_by_id, run_import

UK_NAMES = {"Date Shipped": "Date Posted", "Shipping Discount": "Delivery Discount", "Shipping": "Delivery", "Sales Tax": "Sales tax", "Order Shipping": "Order Delivery"}  # fmt: skip


def uk(name: str) -> str:
    """A header as Etsy writes it for a shop with the UK locale."""
    return UK_NAMES.get(name) or name.replace("Ship ", "Delivery ")


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
