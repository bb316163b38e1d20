"""eBay Seller Hub report: preamble, summary + item rows, footer, money with currencies."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.orders.profiles import ProfileError, profile_from_dict
from app.storage import Database
from tests.helpers.exports import rows_from_dicts, write_csv
from tests.helpers.orders import orders_by_id, run_import

HEADER = [
    "Sales Record Number", "Order Number", "Buyer Username", "Buyer Name", "Buyer Email", "Buyer Note",
    "Buyer Address 1", "Buyer Address 2", "Buyer City", "Buyer State", "Buyer Zip", "Buyer Country",
    "Ship To Name", "Ship To Phone", "Ship To Address 1", "Ship To Address 2", "Ship To City", "Ship To State",
    "Ship To Zip", "Ship To Country", "Item Number", "Item Title", "Custom Label", "Quantity", "Sold For",
    "Shipping And Handling", "Total Price", "Payment Method", "Sale Date", "Paid On Date", "Ship By Date",
    "Shipped On Date", "Shipping Service", "Tracking Number", "Transaction ID", "Variation Details",
]  # fmt: skip


def german(amount: str) -> str:
    """EUR with a decimal comma, as German reports write it: 3,000.00 → EUR 3000,00."""
    return "EUR " + amount.replace(",", "").replace(".", ",")


def report_rows(money: Callable[[str], str]) -> list[dict[str, str]]:
    """Three orders: a paid multi-item one (summary + items), a shipped one, an unpaid one."""
    buyer = {
        "Buyer Username": "tea_lover",
        "Buyer Name": "Liam Placeholder",
        "Ship To Name": "Liam Placeholder",
        "Ship To Phone": "+1 555 0100",
        "Ship To Address 1": "12 Sample Ave",
        "Ship To City": "Springfield",
        "Ship To State": "IL",
        "Ship To Zip": "62701",
        "Ship To Country": "United States",
    }
    return [
        # a multi-item order: the summary row sums its items in Quantity and Sold For
        {"Sales Record Number": "1001", "Order Number": "12-34567-89012", **buyer, "Quantity": "2", "Sold For": money("120.00"), "Total Price": money("120.00"), "Sale Date": "Sep-18-26", "Paid On Date": "Sep-18-26", "Ship By Date": "Sep-20-26", "Buyer Note": "Gift, no invoice"},
        {"Sales Record Number": "1001", "Order Number": "12-34567-89012", "Item Number": "394857362514", "Item Title": "Cast iron teapot", "Custom Label": "POT-L", "Quantity": "1", "Sold For": money("90.00"), "Transaction ID": "1234567890001"},
        {"Sales Record Number": "1001", "Order Number": "12-34567-89012", "Item Number": "394857362515", "Item Title": "Tea cups, set of 2", "Custom Label": "CUP-2", "Quantity": "1", "Sold For": money("30.00"), "Transaction ID": "1234567890002", "Variation Details": "Colour: Blue"},
        {"Sales Record Number": "1002", "Order Number": "12-34567-89013", **buyer, "Item Number": "394857362514", "Item Title": "Cast iron teapot", "Custom Label": "POT-L", "Quantity": "1", "Sold For": money("3,000.00"), "Total Price": money("3,000.00"), "Sale Date": "Sep-17-26", "Paid On Date": "Sep-17-26", "Shipped On Date": "Sep-18-26", "Shipping Service": "USPS Priority Mail", "Tracking Number": "9400111201080805483016"},
        {"Sales Record Number": "1003", "Order Number": "12-34567-89014", **buyer, "Item Number": "394857362516", "Item Title": "Tea towel", "Custom Label": "TOWEL", "Quantity": "2", "Sold For": money("5.00"), "Total Price": money("10.00"), "Sale Date": "Sep-19-26 23:45:00"},
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("money", "delimiter", "currency"),
    [(lambda a: f"${a}", ",", "USD"), (lambda a: f"AU ${a}", ",", "AUD"), (german, ";", "EUR")],
    ids=["us", "au", "de"],
)
def test_report_with_preamble_summary_rows_and_footer(
    database: Database, tmp_path: Path, money: Callable[[str], str], delimiter: str, currency: str
) -> None:
    """The decoration around the table is skipped; the summary row gives no phantom line."""
    records = report_rows(money)
    path = write_csv(
        tmp_path / "ebay-orders.csv",
        HEADER,
        rows_from_dicts(HEADER, records),
        delimiter=delimiter,
        preamble=[[""] * len(HEADER)],
        footer=[
            ["3", "record(s) downloaded", "", "from Sep-01-26 to Sep-30-26"],
            ["Seller ID : teashop_test"],
        ],
    )
    lines = path.read_bytes().split(b"\r\n")  # an empty row after the header, as eBay writes
    padding = delimiter.encode() * (len(HEADER) - 1)
    path.write_bytes(b"\r\n".join([*lines[:2], padding, *lines[2:]]))
    [report] = run_import(database, path)

    assert (report.platform, report.rows, report.orders_new, report.lines, report.errors) == (
        "ebay",
        5,
        3,
        4,
        [],
    )
    orders = orders_by_id(database)
    first = orders["12-34567-89012"]
    assert (first["status"], first["total"], first["currency"]) == (
        "awaiting_dispatch",
        "120.00",
        currency,
    )
    assert first["created_at"] == "2026-09-18T00:00:00+01:00"
    assert first["dispatch_by"] == "2026-09-20T00:00:00+01:00"
    assert [
        (line["sku"], line["barcode"], line["unit_price"], line["variant"])
        for line in first["lines"]
    ] == [
        ("POT-L", "394857362514", "90.00", None),
        ("CUP-2", "394857362515", "30.00", "Colour: Blue"),
    ]
    shipped = orders["12-34567-89013"]
    assert (shipped["status"], shipped["total"], shipped["tracking_number"]) == (
        "dispatched",
        "3000.00",
        "9400111201080805483016",
    )
    unpaid = orders["12-34567-89014"]
    assert (unpaid["status"], unpaid["created_at"]) == ("unpaid", "2026-09-19T23:45:00+01:00")
    assert [(line["quantity"], line["unit_price"]) for line in unpaid["lines"]] == [(2, "5.00")]


def test_australian_dates(database: Database, tmp_path: Path) -> None:
    """eBay.com.au writes day-month-year: 18-Sep-26."""
    records = report_rows(lambda amount: f"AU ${amount}")
    for record in records:
        for key in ("Sale Date", "Paid On Date", "Ship By Date", "Shipped On Date"):
            if record.get(key):
                month, day, year = record[key].split("-")
                record[key] = f"{day}-{month}-{year}"
    [report] = run_import(
        database, write_csv(tmp_path / "au.csv", HEADER, rows_from_dicts(HEADER, records))
    )
    assert report.errors == []
    assert orders_by_id(database)["12-34567-89012"]["created_at"] == "2026-09-18T00:00:00+01:00"


def test_uk_report_says_post_to(database: Database, tmp_path: Path) -> None:
    """eBay.co.uk names the recipient columns 'Post To …'; money in pounds."""
    header = [name.replace("Ship To ", "Post To ") for name in HEADER]
    header = [{"Post To Zip": "Post To Postcode", "Post To State": "Post To County"}.get(name, name) for name in header]  # fmt: skip
    record = {"Sales Record Number": "77", "Order Number": "05-12345-67890", "Post To Name": "Ruby Invented", "Post To Address 1": "3 Fictional Row", "Post To City": "York", "Post To County": "North Yorkshire", "Post To Postcode": "YO1 7HH", "Post To Country": "United Kingdom", "Item Number": "394857362516", "Item Title": "Tea towel", "Custom Label": "TOWEL", "Quantity": "1", "Sold For": "£4.50", "Total Price": "£7.35", "Sale Date": "18-Sep-26", "Paid On Date": "18-Sep-26"}  # fmt: skip
    [report] = run_import(
        database, write_csv(tmp_path / "uk.csv", header, rows_from_dicts(header, [record]))
    )
    assert (report.platform, report.errors) == ("ebay", [])
    order = orders_by_id(database)["05-12345-67890"]
    assert (order["total"], order["currency"], order["status"]) == (
        "7.35",
        "GBP",
        "awaiting_dispatch",
    )
    assert (order["recipient"]["name"], order["recipient"]["postcode"]) == (
        "Ruby Invented",
        "YO1 7HH",
    )


def test_line_requires_names_only_line_fields() -> None:
    """A typo in line_requires is said when the profile loads."""
    raw = {"name": "p", "platform": "p", "tables": {"orders": {"detect": ["Order Number"], "line_requires": ["total"], "columns": {"order_id": "Order Number", "quantity": "Quantity", "total": "Total Price"}}}}  # fmt: skip
    with pytest.raises(ProfileError, match="line_requires"):
        profile_from_dict(raw, "broken")
