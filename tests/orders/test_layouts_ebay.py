"""eBay's Orders reports: the Seller Hub report with today's full header, and the legacy
Selling Manager download (US and UK spellings) with its summary rows and footer."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage import Database
from tests.helpers.exports import rows_from_dicts, write_csv
from tests.helpers.layouts import import_clean, lines, recipient

# Seller Hub → Reports → Downloads → Orders, as written in 2025.
SELLER_HUB = [
    "Sales Record Number", "Order Number", "Buyer Username", "Buyer Name", "Buyer Email", "Buyer Note",
    "Buyer Address 1", "Buyer Address 2", "Buyer City", "Buyer State", "Buyer Zip", "Buyer Country",
    "Buyer Tax Identifier Name", "Buyer Tax Identifier Value", "Ship To Name", "Ship To Phone",
    "Ship To Address 1", "Ship To Address 2", "Ship To City", "Ship To State", "Ship To Zip", "Ship To Country",
    "Item Number", "Item Title", "Custom Label", "Sold Via Promoted Listings", "Quantity", "Sold For",
    "Shipping And Handling", "Item Location", "Item Zip Code", "Item Country", "eBay Collect And Remit Tax Rate",
    "eBay Collect And Remit Tax Type", "eBay Reference Name", "eBay Reference Value", "Tax Status",
    "Seller Collected Tax", "eBay Collected Tax", "Electronic Waste Recycling Fee", "Mattress Recycling Fee",
    "Battery Recycling Fee", "White Goods Disposal Tax", "Tire Recycling Fee", "Additional Fee", "Lumber Fee",
    "Prepaid Wireless Fee", "Road Improvement And Food Delivery Fee", "eBay Collected Charges", "Total Price",
    "eBay Collected Tax and Fees Included in Total", "Payment Method", "Sale Date", "Paid On Date",
    "Ship By Date", "Minimum Estimated Delivery Date", "Maximum Estimated Delivery Date", "Shipped On Date",
    "Feedback Left", "Feedback Received", "My Item Note", "PayPal Transaction ID", "Shipping Service",
    "Tracking Number", "Transaction ID", "Variation Details", "Global Shipping Program",
    "Global Shipping Reference ID", "Click And Collect", "Click And Collect Reference Number", "eBay Plus",
    "Authenticity Verification Program", "Authenticity Verification Status",
    "Authenticity Verification Outcome Reason", "PSA Vault Program", "Vault Fulfillment Type",
    "eBay Fulfillment Program", "Tax City", "Tax State", "Tax Zip", "Tax Country", "eBay International Shipping",
]  # fmt: skip
# The legacy Selling Manager sold-items download, US and UK spellings.
LEGACY_US = [
    "Sales Record Number", "User Id", "Buyer Fullname", "Buyer Phone Number", "Buyer Email", "Buyer Address 1",
    "Buyer Address 2", "Buyer City", "Buyer State", "Buyer Zip", "Buyer Country", "Item Number", "Item Title",
    "Custom Label", "Quantity", "Sale Price", "Shipping and Handling", "US Tax", "Insurance",
    "Cash on delivery fee", "Total Price", "Payment Method", "Sale Date", "Checkout Date", "Paid on Date",
    "Shipped on Date", "Feedback left", "Feedback received", "Notes to yourself", "PayPal Transaction ID",
    "Shipping Service", "Cash on delivery option", "Transaction ID", "Order ID", "Variation Details",
]  # fmt: skip
LEGACY_UK = [
    "Sales Record Number", "User Id", "Buyer Full name", "Buyer Phone Number", "Buyer Email", "Buyer Address 1",
    "Buyer Address 2", "Buyer Town/City", "Buyer County", "Buyer Postcode", "Buyer Country", "Item Number",
    "Item Title", "Custom Label", "Quantity", "Sale Price", "Included VAT Rate", "Postage and Packaging",
    "Insurance", "Cash on delivery fee", "Total Price", "Payment Method", "Sale Date", "Checkout Date",
    "Paid on Date", "Dispatch Date ", "Invoice date", "Invoice number", "Feedback left", "Feedback received",
    "Notes to yourself", "PayPal Transaction ID", "Postage Service", "Cash on delivery option",
    "Transaction ID", "Order ID", "Variation Details",
]  # fmt: skip


def test_seller_hub_report_with_every_current_column(database: Database, tmp_path: Path) -> None:
    """The blank first line, the empty row under the header and the footer; the summary row
    of a multi-item order gives no line; the ship-by date and the tracking number are read."""
    buyer = {"Buyer Username": "tea_lover", "Buyer Name": "Liam Placeholder", "Buyer Email": "liam@example.invalid", "Ship To Name": "Liam Placeholder", "Ship To Phone": "+1 555 0100", "Ship To Address 1": "12 Sample Ave", "Ship To Address 2": "Unit 3", "Ship To City": "Springfield", "Ship To State": "IL", "Ship To Zip": "62701", "Ship To Country": "United States", "Item Location": "Portland, OR", "Payment Method": "Managed payments"}  # fmt: skip
    records = [
        {"Sales Record Number": "2001", "Order Number": "05-12345-67890", **buyer, "Quantity": "3", "Sold For": "$48.00", "Shipping And Handling": "$6.00", "Total Price": "$54.00", "Sale Date": "Sep-18-26", "Paid On Date": "Sep-18-26", "Ship By Date": "Sep-20-26", "Minimum Estimated Delivery Date": "Sep-23-26", "Maximum Estimated Delivery Date": "Sep-26-26", "Buyer Note": "Please pack well"},
        {"Sales Record Number": "2001", "Order Number": "05-12345-67890", "Item Number": "186012345678", "Item Title": "Yixing clay teapot", "Custom Label": "YIXING-200", "Quantity": "1", "Sold For": "$30.00", "Transaction ID": "2345678901001"},
        {"Sales Record Number": "2001", "Order Number": "05-12345-67890", "Item Number": "186012345679", "Item Title": "Tea pet, frog", "Custom Label": "PET-FROG", "Quantity": "2", "Sold For": "$9.00", "Transaction ID": "2345678901002", "Variation Details": "Colour: Green"},
        {"Sales Record Number": "2002", "Order Number": "05-12345-67891", **buyer, "Item Number": "186012345678", "Item Title": "Yixing clay teapot", "Custom Label": "YIXING-200", "Quantity": "1", "Sold For": "$30.00", "Total Price": "$36.00", "Sale Date": "Sep-16-26", "Paid On Date": "Sep-16-26", "Ship By Date": "Sep-18-26", "Shipped On Date": "Sep-17-26", "Shipping Service": "USPS Ground Advantage", "Tracking Number": "9400111206213851234567", "Transaction ID": "2345678901003"},
    ]  # fmt: skip
    path = write_csv(
        tmp_path / "eBay-OrdersReport-Sep-18-2026.csv",
        SELLER_HUB,
        [[""] * len(SELLER_HUB), *rows_from_dicts(SELLER_HUB, records)],
        preamble=[],
        footer=[
            ["2", "record(s) downloaded", "", "from Sep-01-26 to Sep-18-26"],
            ["Seller ID : teashop_test"],
        ],
    )
    path.write_bytes(b"\r\n" + path.read_bytes())  # the blank first line
    report, orders = import_clean(database, path)
    assert (report.platform, report.profile, report.orders_new, report.lines) == (
        "ebay",
        "ebay",
        2,
        3,
    )
    order = orders["05-12345-67890"]
    assert (order["status"], order["currency"], order["total"]) == (
        "awaiting_dispatch",
        "USD",
        "54.00",
    )
    assert (order["created_at"], order["dispatch_by"]) == (
        "2026-09-18T00:00:00+01:00",
        "2026-09-20T00:00:00+01:00",
    )
    assert order["buyer_note"] == "Please pack well"
    assert recipient(order, "name", "phone", "address", "city", "province", "postcode") == (
        "Liam Placeholder",
        "+1 555 0100",
        "12 Sample Ave, Unit 3",
        "Springfield",
        "IL",
        "62701",
    )
    assert lines(order) == [
        ("YIXING-200", "Yixing clay teapot", None, 1, "30.00"),
        ("PET-FROG", "Tea pet, frog", "Colour: Green", 2, "9.00"),
    ]
    shipped = orders["05-12345-67891"]
    assert (shipped["status"], shipped["tracking_number"], shipped["carrier"]) == (
        "dispatched",
        "9400111206213851234567",
        "USPS Ground Advantage",
    )


def legacy_rows(uk: bool) -> list[dict[str, str]]:
    """A two-item order (summary row + items), a posted one, an unpaid one."""
    money = (lambda a: f"£{a}") if uk else (lambda a: f"${a}")
    name, city, state, postcode, posted = (
        ("Buyer Full name", "Buyer Town/City", "Buyer County", "Buyer Postcode", "Dispatch Date ")
        if uk
        else ("Buyer Fullname", "Buyer City", "Buyer State", "Buyer Zip", "Shipped on Date")
    )
    date = (lambda d, m: f"{d}-{m}-26") if uk else (lambda d, m: f"{m}-{d}-26")
    buyer = {"User Id": "oolong_fan", name: "Harriet Sample", "Buyer Phone Number": "01632 960000", "Buyer Email": "harriet@example.invalid", "Buyer Address 1": "3 Example Mews", "Buyer Address 2": "", city: "Bath" if uk else "Boston", state: "Somerset" if uk else "MA", postcode: "BA1 1AA" if uk else "02108", "Buyer Country": "United Kingdom" if uk else "United States"}  # fmt: skip
    return [
        {"Sales Record Number": "5120", **buyer, "Quantity": "3", "Sale Price": money("26.00"), "Total Price": money("29.50"), "Payment Method": "PayPal", "Sale Date": date("18", "Sep"), "Checkout Date": date("18", "Sep"), "Paid on Date": date("18", "Sep"), "Notes to yourself": "Repeat customer"},
        {"Sales Record Number": "5120", "User Id": "oolong_fan", "Item Number": "230987654321", "Item Title": "Tieguanyin oolong 50g", "Custom Label": "TGY-50", "Quantity": "2", "Sale Price": money("8.00"), "Transaction ID": "1876543210001"},
        {"Sales Record Number": "5120", "User Id": "oolong_fan", "Item Number": "230987654322", "Item Title": "Glass teapot", "Custom Label": "GLASS-POT", "Quantity": "1", "Sale Price": money("10.00"), "Transaction ID": "1876543210002", "Variation Details": "Size: 600 ml"},
        {"Sales Record Number": "5121", **buyer, "Item Number": "230987654322", "Item Title": "Glass teapot", "Custom Label": "GLASS-POT", "Quantity": "1", "Sale Price": money("10.00"), "Total Price": money("13.50"), "Sale Date": date("15", "Sep"), "Paid on Date": date("15", "Sep"), posted: date("16", "Sep"), "Transaction ID": "1876543210003"},
        {"Sales Record Number": "5122", **buyer, "Item Number": "230987654321", "Item Title": "Tieguanyin oolong 50g", "Custom Label": "TGY-50", "Quantity": "1", "Sale Price": money("8.00"), "Total Price": money("11.50"), "Sale Date": date("17", "Sep"), "Transaction ID": "1876543210004"},
    ]  # fmt: skip


@pytest.mark.parametrize("market", ["us", "uk"])
def test_legacy_selling_manager_download(database: Database, tmp_path: Path, market: str) -> None:
    """Orders group by Sales Record Number; the summary row is no line; paid and posted
    dates give the status; UK spellings (Town/City, Postcode, "Dispatch Date ") read."""
    uk = market == "uk"
    header = LEGACY_UK if uk else LEGACY_US
    path = write_csv(
        tmp_path / "SalesHistory.csv",
        header,
        rows_from_dicts(header, legacy_rows(uk)),
        quote_all=True,
        footer=[["3", "record(s) downloaded"], ["Seller ID : teashop_test"]],
    )
    report, orders = import_clean(database, path)
    assert (report.platform, report.profile, report.orders_new, report.lines) == (
        "ebay",
        "ebay_legacy",
        3,
        4,
    )
    order = orders["5120"]
    assert (order["status"], order["currency"], order["total"]) == (
        "awaiting_dispatch",
        "GBP" if uk else "USD",
        "29.50",
    )
    assert order["created_at"] == "2026-09-18T00:00:00+01:00"
    assert order["seller_note"] == "Repeat customer"
    assert recipient(order, "name", "phone", "address", "city", "postcode") == (
        "Harriet Sample",
        "01632 960000",
        "3 Example Mews",
        "Bath" if uk else "Boston",
        "BA1 1AA" if uk else "02108",
    )
    assert lines(order) == [
        ("TGY-50", "Tieguanyin oolong 50g", None, 2, "8.00"),
        ("GLASS-POT", "Glass teapot", "Size: 600 ml", 1, "10.00"),
    ]
    assert order["lines"][0]["barcode"] == "230987654321"
    assert (orders["5121"]["status"], orders["5122"]["status"]) == ("dispatched", "unpaid")
