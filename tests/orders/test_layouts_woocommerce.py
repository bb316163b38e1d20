"""WooCommerce's common exports: AlgolPlus's Advanced Order Export (one row per product, CSV
or XLSX), core's Analytics orders CSV (one row per order), WP All Export's order export."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage import Database
from tests.helpers.exports import rows_from_dicts, write_csv, write_xlsx
from tests.helpers.layouts import import_clean, lines, recipient
from tests.helpers.woocommerce import ALGOLPLUS, algolplus_rows

ANALYTICS_BROWSER = ["Date", "Order #", "Status", "Customer", "Customer type", "Product(s)", "Items sold", "Coupon(s)", "Net sales", "Origin"]  # fmt: skip
ANALYTICS_EMAILED = ["Date", "Order #", "N. Revenue (formatted)", "Status", "Customer", "Customer type", "Product(s)", "Items sold", "Coupon(s)", "Net Sales", "Attribution"]  # fmt: skip
WP_ALL_EXPORT = [
    "Order ID", "Order Key", "Title", "Order Date", "Completed Date", "Order Status", "Order Currency",
    "Payment Method", "Order Total", "Customer User ID", "Customer Note", "Billing First Name", "Billing Last Name",
    "Billing Company", "Billing Address 1", "Billing Address 2", "Billing City", "Billing Postcode",
    "Billing Country", "Billing State", "Billing Email", "Billing Phone", "Shipping First Name",
    "Shipping Last Name", "Shipping Company", "Shipping Address 1", "Shipping Address 2", "Shipping City",
    "Shipping Postcode", "Shipping Country", "Shipping State", "Product ID", "SKU", "Product Name",
    "Product Variation Details", "Quantity", "Item Cost", "Item Total", "Shipping Method", "Shipping Cost",
]  # fmt: skip


@pytest.mark.parametrize("container", ["csv", "xlsx"])
def test_algolplus_one_row_per_product(database: Database, tmp_path: Path, container: str) -> None:
    """The default layout, as CSV (every cell quoted, CRLF) or as the plugin's XLSX."""
    rows = rows_from_dicts(ALGOLPLUS, algolplus_rows())
    path = (
        write_csv(tmp_path / "orders-2026-09-18.csv", ALGOLPLUS, rows, quote_all=True)
        if container == "csv"
        else write_xlsx(tmp_path / "orders-2026-09-18.xlsx", {"Orders": (ALGOLPLUS, rows)})
    )
    report, orders = import_clean(database, path)
    assert (report.platform, report.profile, report.orders_new, report.lines) == (
        "woocommerce",
        "woocommerce",
        2,
        3,
    )
    order = orders["10231"]
    assert (order["status"], order["total"], order["created_at"]) == (
        "awaiting_dispatch",
        "49.70",
        "2026-09-18T16:20:05+01:00",
    )
    assert order["buyer_note"] == "Ring the bell twice"
    assert recipient(order, "name", "phone", "address", "city", "postcode", "country") == (
        "Anna Beispiel",
        "+43 316 000000",  # no shipping phone: the billing one
        "Probegasse 7, Top 3",
        "Wien",
        "1010",
        "AT",
    )
    assert lines(order) == [
        ("SENCHA-100", "Sencha – 100 g", "Ernte: Frühling", 2, "12.90"),
        ("KYUSU", "Kyusu Teekanne", None, 1, "18.00"),
    ]
    pickup = orders["10232"]
    assert (pickup["status"], pickup["recipient"]["name"]) == ("completed", "Lena Probe")


@pytest.mark.parametrize("variant", ["browser", "emailed"])
def test_analytics_orders_csv_one_row_per_order(
    database: Database, tmp_path: Path, variant: str
) -> None:
    """No address, no SKU: each order is one line holding the products cell, its quantity
    the items sold; the status key maps."""
    header = ANALYTICS_BROWSER if variant == "browser" else ANALYTICS_EMAILED
    net = "Net sales" if variant == "browser" else "Net Sales"
    records = [
        {"Date": "2026-09-18T16:20:05", "Order #": "10231", "Status": "processing", "Customer": "Erik Beispiel", "Customer type": "returning", "Product(s)": "2× Sencha – 100 g, 1× Kyusu Teekanne", "Items sold": "3", net: "43.8"},
        {"Date": "2026-09-17T09:00:00", "Order #": "10232", "Status": "completed", "Customer": "Lena Probe", "Customer type": "new", "Product(s)": "1× Sencha – 100 g", "Items sold": "1", "Coupon(s)": "WELCOME5", net: "12.9"},
        {"Date": "2026-09-16T11:11:11", "Order #": "10230", "Status": "on-hold", "Customer": "Max Muster", "Customer type": "new", "Product(s)": "1× Hoodie - Blue, XL", "Items sold": "1", net: "39"},
    ]  # fmt: skip
    if variant == "emailed":
        for record in records:
            record["N. Revenue (formatted)"] = f"€{record['Net Sales']}"
    path = write_csv(
        tmp_path / "wc-orders-report-export.csv", header, rows_from_dicts(header, records)
    )
    report, orders = import_clean(database, path)
    assert (report.profile, report.orders_new, report.lines) == ("woocommerce_analytics", 3, 3)
    order = orders["10231"]
    assert (order["status"], order["created_at"], order["total"]) == (
        "awaiting_dispatch",
        "2026-09-18T16:20:05+01:00",
        None,  # net sales leave out shipping: not the total
    )
    assert order["recipient"]["name"] is None
    assert lines(order) == [(None, "2× Sencha – 100 g, 1× Kyusu Teekanne", None, 3, None)]
    assert orders["10232"]["status"] == "completed"
    on_hold = orders["10230"]
    assert (on_hold["status"], lines(on_hold)[0][1]) == ("unpaid", "1× Hoodie - Blue, XL")


def test_wp_all_export_orders(database: Database, tmp_path: Path) -> None:
    """WP All Export's own header names, post statuses, line totals divided into unit prices."""
    order = {"Order ID": "8841", "Order Key": "wc_order_AbC123xYz", "Title": "Order &ndash; September 18, 2026 @ 04:20 PM", "Order Date": "2026-09-18 16:20:05", "Order Status": "wc-processing", "Order Currency": "EUR", "Payment Method": "Kreditkarte", "Order Total": "49.70", "Customer User ID": "17", "Customer Note": "Ring the bell twice", "Billing First Name": "Erik", "Billing Last Name": "Beispiel", "Billing Address 1": "Musterweg 1", "Billing City": "Graz", "Billing Postcode": "8010", "Billing Country": "AT", "Billing Email": "erik@example.invalid", "Billing Phone": "+43 316 000000", "Shipping First Name": "Anna", "Shipping Last Name": "Beispiel", "Shipping Address 1": "Probegasse 7", "Shipping Address 2": "Top 3", "Shipping City": "Wien", "Shipping Postcode": "1010", "Shipping Country": "AT", "Shipping Method": "Flat rate", "Shipping Cost": "5.90"}  # fmt: skip
    refunded = {**order, "Order ID": "8840", "Order Key": "wc_order_ZzZ999", "Order Status": "wc-refunded", "Order Total": "12.90"}  # fmt: skip
    records = [
        {**order, "Product ID": "501", "SKU": "SENCHA-100", "Product Name": "Sencha – 100 g", "Product Variation Details": "Ernte: Frühling", "Quantity": "2", "Item Cost": "27.80", "Item Total": "25.80"},
        {**order, "Product ID": "502", "SKU": "KYUSU", "Product Name": "Kyusu Teekanne", "Quantity": "1", "Item Cost": "18.00", "Item Total": "18.00"},
        {**refunded, "Product ID": "501", "SKU": "SENCHA-100", "Product Name": "Sencha – 100 g", "Quantity": "1", "Item Cost": "12.90", "Item Total": "12.90"},
    ]  # fmt: skip
    path = write_csv(tmp_path / "Orders-Export-2026-September-18-1620.csv", WP_ALL_EXPORT, rows_from_dicts(WP_ALL_EXPORT, records))  # fmt: skip
    report, orders = import_clean(database, path)
    assert (report.platform, report.profile, report.orders_new, report.lines) == (
        "woocommerce",
        "woocommerce_wpallexport",
        2,
        3,
    )
    first = orders["8841"]
    assert (first["status"], first["platform_status"], first["total"], first["currency"]) == (
        "awaiting_dispatch",
        "wc-processing",
        "49.70",
        "EUR",
    )
    assert recipient(first, "name", "phone", "address", "city", "postcode") == (
        "Anna Beispiel",
        "+43 316 000000",
        "Probegasse 7, Top 3",
        "Wien",
        "1010",
    )
    assert lines(first) == [
        ("SENCHA-100", "Sencha – 100 g", "Ernte: Frühling", 2, "12.90"),  # 25.80 / 2
        ("KYUSU", "Kyusu Teekanne", None, 1, "18.00"),
    ]
    assert orders["8840"]["status"] == "refunded"
