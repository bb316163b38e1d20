"""TikTok Shop (global) order lists: the US CSV with its description row, a Thai XLSX."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from app.storage import Database
from tests.helpers.exports import rows_from_dicts, write_csv, write_xlsx
from tests.helpers.layouts import import_clean, lines, recipient

# The US "All orders" list as Seller Center writes it (app/resources/platforms/tiktok.yaml).
US_HEADER = [
    "Order ID", "Order Status", "Order Substatus", "Cancelation/Return Type", "Normal or Pre-order", "SKU ID",
    "Seller SKU", "Product Name", "Variation", "Quantity", "Sku Quantity of return", "SKU Unit Original Price",
    "SKU Subtotal Before Discount", "SKU Platform Discount", "SKU Seller Discount", "SKU Subtotal After Discount",
    "Shipping Fee After Discount", "Original Shipping Fee", "Shipping Fee Seller Discount",
    "Shipping Fee Platform Discount", "Payment platform discount", "Retail Delivery Fee", "Taxes", "Order Amount",
    "Order Refund Amount", "Created Time", "Paid Time", "RTS Time", "Shipped Time", "Delivered Time",
    "Cancelled Time", "Cancel By", "Cancel Reason", "Fulfillment Type", "Warehouse Name", "Tracking ID",
    "Delivery Option Type", "Delivery Option", "Shipping Provider Name", "Buyer Message", "Buyer Username",
    "Recipient", "Phone #", "Country", "State", "City", "Zipcode", "Detail Address",
    "Additional address information", "House Name or Number", "Delivery Instruction", "Payment Method",
    "Weight(kg)", "Product Category", "Package ID", "Seller Note", "Shipping Information",
]  # fmt: skip
# The Thai list: no State/Zipcode split like the US, Province and District instead.
TH_HEADER = [
    "Order ID", "Order Status", "Order Substatus", "Cancelation/Return Type", "Normal or Pre-order", "SKU ID",
    "Seller SKU", "Product Name", "Variation", "Quantity", "Sku Quantity of return", "SKU Unit Original Price",
    "SKU Subtotal Before Discount", "SKU Platform Discount", "SKU Seller Discount", "SKU Subtotal After Discount",
    "Shipping Fee After Discount", "Original Shipping Fee", "Taxes", "Small Order Fee", "Order Amount",
    "Order Refund Amount", "Created Time", "Paid Time", "RTS Time", "Shipped Time", "Delivered Time",
    "Cancelled Time", "Cancel By", "Cancel Reason", "Fulfillment Type", "Warehouse Name", "Tracking ID",
    "Delivery Option", "Shipping Provider Name", "Buyer Message", "Buyer Username", "Recipient", "Phone #",
    "Zipcode", "Country", "Province", "District", "Detail Address", "Additional address information",
    "Payment Method", "Weight(kg)", "Product Category", "Package ID", "Seller Note", "Checked Status",
    "Checked Marked by",
]  # fmt: skip


def description_row(header: list[str]) -> list[str]:
    """The row of explanations TikTok sometimes writes under the header (invented wording
    except the first cell, which is how the row is recognised)."""
    row = [f"What {name} holds." for name in header]
    row[0] = "Platform unique order ID."
    return row


def us_records() -> list[dict[str, str]]:
    """Four orders: two SKUs to ship, one in transit, one cancelled, one being returned."""
    buyer = {
        "Buyer Username": "teafan_2026",
        "Recipient": "Maya Example",
        "Phone #": "(+1)2135550123",
        "Country": "United States",
        "State": "California",
        "City": "Los Angeles",
        "Zipcode": "90012",
        "Detail Address": "200 Sample Street",
        "Additional address information": "Apt 4B",
        "Fulfillment Type": "Fulfillment by seller",
        "Payment Method": "Credit card",
        "Normal or Pre-order": "Normal",
    }
    to_ship = {**buyer, "Order ID": "576461234567890123", "Order Status": "To ship", "Order Substatus": "Awaiting shipment", "Order Amount": "38.96", "Created Time": "09/18/2026 9:30:33 AM", "Paid Time": "09/18/2026 9:31:02 AM", "RTS Time": "\t", "Shipped Time": "\t", "Buyer Message": "Leave at the door"}  # fmt: skip
    return [
        {**to_ship, "SKU ID": "1729384756102938", "Seller SKU": "MATCHA-50", "Product Name": "Ceremonial matcha 50 g", "Variation": "Tin", "Quantity": "2", "SKU Unit Original Price": "12.99", "SKU Subtotal Before Discount": "25.98", "SKU Subtotal After Discount": "25.98"},
        {**to_ship, "SKU ID": "1729384756102939", "Seller SKU": "", "Product Name": "Bamboo whisk", "Variation": "", "Quantity": "1", "SKU Unit Original Price": "11.99", "SKU Subtotal Before Discount": "11.99", "SKU Seller Discount": "2.00", "SKU Subtotal After Discount": "9.99"},
        {**buyer, "Order ID": "576461234567890124", "Order Status": "Shipped", "Order Substatus": "In transit", "SKU ID": "1729384756102938", "Seller SKU": "MATCHA-50", "Product Name": "Ceremonial matcha 50 g", "Variation": "Tin", "Quantity": "1", "SKU Subtotal After Discount": "12.99", "Order Amount": "15.98", "Created Time": "09/17/2026 8:05:00 PM", "Paid Time": "09/17/2026 8:05:40 PM", "Shipped Time": "09/18/2026 10:00:00 AM", "Tracking ID": "9400111899223334445566", "Shipping Provider Name": "USPS"},
        {**buyer, "Order ID": "576461234567890125", "Order Status": "Canceled", "Order Substatus": "Canceled", "Cancelation/Return Type": "Cancel", "SKU ID": "1729384756102940", "Seller SKU": "CUP-2", "Product Name": "Tea cups, set of 2", "Quantity": "1", "SKU Subtotal After Discount": "18.00", "Order Amount": "18.00", "Created Time": "09/16/2026 1:00:00 PM", "Paid Time": "\t", "Cancelled Time": "09/16/2026 2:00:00 PM", "Cancel By": "Buyer", "Cancel Reason": "No longer needed"},
        {**buyer, "Order ID": "576461234567890126", "Order Status": "Completed", "Order Substatus": "Completed", "Cancelation/Return Type": "Return/Refund", "SKU ID": "1729384756102940", "Seller SKU": "CUP-2", "Product Name": "Tea cups, set of 2", "Quantity": "1", "Sku Quantity of return": "1", "SKU Subtotal After Discount": "18.00", "Order Amount": "18.00", "Order Refund Amount": "18.00", "Created Time": "09/01/2026 7:45:10 AM", "Paid Time": "09/01/2026 7:45:30 AM", "Delivered Time": "09/05/2026 3:12:00 PM"},
    ]  # fmt: skip


def test_us_csv_with_its_description_row(database: Database, tmp_path: Path) -> None:
    """UTF-8 with BOM, the explanations under the header skipped, 12-hour US times, bare tabs
    for empty times; each SKU a line; cancellations and returns stop the parcel."""
    path = write_csv(
        tmp_path / "All order-2026-09-18-10_15.csv",
        US_HEADER,
        [description_row(US_HEADER), *rows_from_dicts(US_HEADER, us_records())],
        encoding="utf-8-sig",
    )
    report, orders = import_clean(database, path)
    assert (report.platform, report.profile, report.orders_new, report.lines) == (
        "tiktok",
        "tiktok",
        4,
        5,
    )
    assert sorted(orders) == [
        "576461234567890123",
        "576461234567890124",
        "576461234567890125",
        "576461234567890126",
    ]
    first = orders["576461234567890123"]
    assert (first["status"], first["platform_status"]) == (
        "awaiting_dispatch",
        "To ship / Awaiting shipment",
    )
    assert (first["created_at"], first["paid_at"], first["dispatch_by"]) == (
        "2026-09-18T09:30:33+01:00",
        "2026-09-18T09:31:02+01:00",
        None,
    )
    assert (first["total"], first["buyer_note"]) == ("38.96", "Leave at the door")
    assert recipient(first, "name", "phone", "address", "city", "province", "postcode") == (
        "Maya Example",
        "(+1)2135550123",
        "200 Sample Street, Apt 4B",
        "Los Angeles",
        "California",
        "90012",
    )
    assert lines(first) == [
        ("MATCHA-50", "Ceremonial matcha 50 g", "Tin", 2, "12.99"),
        ("1729384756102939", "Bamboo whisk", None, 1, "9.99"),  # no seller SKU: TikTok's id
    ]
    shipped = orders["576461234567890124"]
    assert (shipped["status"], shipped["carrier"], shipped["tracking_number"]) == (
        "dispatched",
        "USPS",
        "9400111899223334445566",
    )
    assert shipped["created_at"] == "2026-09-17T20:05:00+01:00"  # 8:05 PM
    cancelled = orders["576461234567890125"]
    assert (cancelled["status"], cancelled["paid_at"]) == ("cancelled", None)
    assert orders["576461234567890126"]["status"] == "refunding"


def th_records() -> list[dict[str, object]]:
    """A Thai shop's list: Thai status words, day-first 24-hour times, numbers as numbers."""
    buyer = {
        "Recipient": "สมชาย ตัวอย่าง",
        "Phone #": "(+66)812345678",
        "Zipcode": "10110",
        "Country": "Thailand",
        "Province": "กรุงเทพมหานคร",
        "District": "เขตวัฒนา",
        "Detail Address": "99/1 ซอยสุขุมวิท 21",
    }
    return [
        {**buyer, "Order ID": "579012345678901234", "Order Status": "ที่จะจัดส่ง", "Order Substatus": "รอจัดส่ง", "SKU ID": "1730000000000001", "Seller SKU": "OOLONG-100", "Product Name": "ชาอูหลง 100 กรัม", "Variation": "คั่วกลาง", "Quantity": 3, "SKU Subtotal After Discount": 597, "Order Amount": 637, "Created Time": "05/09/2026 23:22:02", "Paid Time": "05/09/2026 23:22:40"},
        {**buyer, "Order ID": "579012345678901235", "Order Status": "จัดส่งแล้ว", "Order Substatus": "อยู่ระหว่างขนส่ง", "SKU ID": "1730000000000002", "Seller SKU": "GAIWAN", "Product Name": "ถ้วยชากระเบื้อง", "Quantity": 1, "SKU Subtotal After Discount": 350.5, "Order Amount": 390.5, "Created Time": "04/09/2026 10:00:00", "Paid Time": "04/09/2026 10:01:00", "Tracking ID": "TH0123456789AB", "Shipping Provider Name": "Flash Express"},
    ]  # fmt: skip


def test_thai_workbook_with_local_statuses(database: Database, tmp_path: Path) -> None:
    """The same export as XLSX: Thai status words map, times read day first."""
    rows = [description_row(TH_HEADER), *rows_from_dicts(TH_HEADER, th_records())]
    path = write_xlsx(
        tmp_path / "To ship order-2026-09-06.xlsx", {"OrderSKUList": (TH_HEADER, rows)}
    )
    report, orders = import_clean(database, path)
    assert (report.profile, report.orders_new, report.lines) == ("tiktok", 2, 2)
    first = orders["579012345678901234"]
    assert first["status"] == "awaiting_dispatch"
    assert first["created_at"] == "2026-09-05T23:22:02+01:00"  # 5 September, not 9 May
    assert first["total"] == "637.00"
    assert recipient(first, "name", "province", "district", "address", "postcode") == (
        "สมชาย ตัวอย่าง",
        "กรุงเทพมหานคร",
        "เขตวัฒนา",
        "99/1 ซอยสุขุมวิท 21",
        "10110",
    )
    assert lines(first) == [("OOLONG-100", "ชาอูหลง 100 กรัม", "คั่วกลาง", 3, "199.00")]
    shipped = orders["579012345678901235"]
    assert (shipped["status"], shipped["tracking_number"]) == ("dispatched", "TH0123456789AB")
    assert lines(shipped)[0][4] == "350.50"


def with_stale_dimension(path: Path) -> Path:
    """Rewrite the sheet's declared size to A1, as some TikTok workbooks carry it although
    their cells run to column AZ: Excel ignores it, a reader trusting it sees one cell."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1"/>', parts[sheet])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def test_a_workbook_declaring_a_stale_size_of_one_cell(database: Database, tmp_path: Path) -> None:
    """The declared dimension is smaller than the data: every real cell is still read."""
    rows = [description_row(TH_HEADER), *rows_from_dicts(TH_HEADER, th_records())]
    path = with_stale_dimension(
        write_xlsx(tmp_path / "All order.xlsx", {"OrderSKUList": (TH_HEADER, rows)})
    )
    report, orders = import_clean(database, path)
    assert (report.profile, report.orders_new, report.lines) == ("tiktok", 2, 2)
    assert orders["579012345678901235"]["tracking_number"] == "TH0123456789AB"
