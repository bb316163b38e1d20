"""Shopee's XLSX order export in its English (Malaysia, with today's money columns) and Thai
spellings: one row per SKU line, numbers stored as numbers, the ship-out deadline read."""

from __future__ import annotations

from pathlib import Path

from app.storage import Database
from tests.helpers.exports import rows_from_dicts, write_xlsx
from tests.helpers.layouts import import_clean, lines, recipient
from tests.helpers.orders import run_import

MALAYSIA = [
    "Order ID", "Order Status", "Return / Refund Status", "Tracking Number*", "Shipping Option", "Shipment Method",
    "Estimated Ship Out Date", "Ship Time", "Order Creation Date", "Order Paid Time", "Parent SKU Reference No.",
    "Product Name", "SKU Reference No.", "Variation Name", "Original Price", "Deal Price", "Quantity",
    "Returned quantity", "Product Subtotal", "Total Discount(MYR)", "Price Discount(from Seller)(MYR)",
    "Shopee Rebate(MYR)", "Voucher Code", "Seller Voucher(MYR)", "Shopee Voucher(MYR)",
    "Products' Price Paid by Buyer (MYR)", "Buyer Paid Shipping Fee", "Service Fee", "Grand Total",
    "Username (Buyer)", "Receiver Name", "Phone Number", "Delivery Address", "Town", "District", "City",
    "Province/State/Area", "Country", "Zip Code", "Remark from buyer", "Order Complete Time", "Note",
]  # fmt: skip
THAI = [
    "หมายเลขคำสั่งซื้อ", "สถานะการสั่งซื้อ", "Hot Listing", "เหตุผลในการยกเลิกคำสั่งซื้อ", "สถานะการคืนเงินหรือคืนสินค้า",
    "ชื่อผู้ใช้ (ผู้ซื้อ)", "วันที่ทำการสั่งซื้อ", "เวลาการชำระสินค้า", "ช่องทางการชำระเงิน", "ตัวเลือกการจัดส่ง", "วิธีการจัดส่ง",
    "*หมายเลขติดตามพัสดุ", "วันที่คาดว่าจะทำการจัดส่งสินค้า", "เวลาส่งสินค้า", "เลขอ้างอิง Parent SKU", "ชื่อสินค้า",
    "เลขอ้างอิง SKU (SKU Reference No.)", "ชื่อตัวเลือก", "ราคาตั้งต้น", "ราคาขาย", "จำนวน", "จำนวนที่ส่งคืน", "ราคาขายสุทธิ",
    "ส่วนลดจาก Shopee", "โค้ดส่วนลด", "ค่าคอมมิชชั่น", "Transaction Fee", "ค่าจัดส่งที่ชำระโดยผู้ซื้อ", "ค่าบริการ",
    "จำนวนเงินทั้งหมด",
]  # fmt: skip


def test_malaysian_export_with_money_columns_named_by_currency(
    database: Database, tmp_path: Path
) -> None:
    """A two-SKU order to ship before its deadline, and a shipped one with its tracking number."""
    to = {"Order Creation Date": "2026-09-18 14:30", "Order Paid Time": "2026-09-18 14:31", "Username (Buyer)": "ahmad_tea", "Receiver Name": "Ahmad bin Contoh", "Phone Number": "60123456789", "Delivery Address": "12, Jalan Contoh 3, Taman Sampel", "Town": "Taman Sampel", "District": "Petaling", "City": "Petaling Jaya", "Province/State/Area": "Selangor", "Country": "MY", "Zip Code": "46000", "Shipping Option": "Standard Delivery", "Shipment Method": "SPX Express"}  # fmt: skip
    records = [
        {**to, "Order ID": "260918KX4P2M7Q", "Order Status": "To ship", "Estimated Ship Out Date": "2026-09-20 23:59", "Product Name": "Pu-erh cake 357 g", "SKU Reference No.": "PUER-357", "Parent SKU Reference No.": "PUER", "Variation Name": "2019 harvest", "Original Price": 89.0, "Deal Price": 79.0, "Quantity": 2, "Product Subtotal": 158.0, "Grand Total": 173.9, "Buyer Paid Shipping Fee": 4.9, "Remark from buyer": "Tolong bungkus elok-elok"},
        {**to, "Order ID": "260918KX4P2M7Q", "Order Status": "To ship", "Estimated Ship Out Date": "2026-09-20 23:59", "Product Name": "Tea knife", "SKU Reference No.": "KNIFE", "Original Price": 11.0, "Deal Price": 11.0, "Quantity": 1, "Product Subtotal": 11.0, "Grand Total": 173.9},
        {**to, "Order ID": "260917HZ1A9B3C", "Order Status": "Shipping", "Tracking Number*": "SPXMY0123456789", "Ship Time": "2026-09-18 10:02", "Product Name": "Tea knife", "SKU Reference No.": "KNIFE", "Original Price": 11.0, "Deal Price": 11.0, "Quantity": 1, "Product Subtotal": 11.0, "Grand Total": 15.9, "Order Creation Date": "2026-09-17 09:00"},
    ]  # fmt: skip
    path = write_xlsx(tmp_path / "Order.toship.20260918_20260918.xlsx", {"orders": (MALAYSIA, rows_from_dicts(MALAYSIA, records))})  # fmt: skip
    report, orders = import_clean(database, path)
    assert (report.platform, report.profile, report.orders_new, report.lines) == (
        "shopee",
        "shopee",
        2,
        3,
    )
    order = orders["260918KX4P2M7Q"]
    assert (order["status"], order["total"], order["dispatch_by"]) == (
        "awaiting_dispatch",
        "173.90",
        "2026-09-20T23:59:00+01:00",
    )
    assert order["buyer_note"] == "Tolong bungkus elok-elok"
    assert recipient(
        order, "name", "phone", "address", "city", "district", "province", "postcode"
    ) == (
        "Ahmad bin Contoh",
        "60123456789",
        "12, Jalan Contoh 3, Taman Sampel",
        "Petaling Jaya",
        "Petaling",
        "Selangor",
        "46000",
    )
    assert lines(order) == [
        ("PUER-357", "Pu-erh cake 357 g", "2019 harvest", 2, "79.00"),  # the deal price
        ("KNIFE", "Tea knife", None, 1, "11.00"),
    ]
    shipped = orders["260917HZ1A9B3C"]
    assert (shipped["status"], shipped["tracking_number"], shipped["carrier"]) == (
        "dispatched",
        "SPXMY0123456789",
        "Standard Delivery",
    )


def thai_records(first_status: str) -> list[dict[str, object]]:
    return [
        {"หมายเลขคำสั่งซื้อ": "2609180ABCDE12", "สถานะการสั่งซื้อ": first_status, "ชื่อผู้ใช้ (ผู้ซื้อ)": "somchai.tea", "วันที่ทำการสั่งซื้อ": "2026-09-18 09:15", "เวลาการชำระสินค้า": "2026-09-18 09:16", "ตัวเลือกการจัดส่ง": "Kerry Express", "*หมายเลขติดตามพัสดุ": "KERTH0123456789", "เวลาส่งสินค้า": "2026-09-18 15:00", "ชื่อสินค้า": "ชาเขียวมัทฉะ 50 กรัม", "เลขอ้างอิง SKU (SKU Reference No.)": "MATCHA-50", "ชื่อตัวเลือก": "กระป๋อง", "ราคาตั้งต้น": 290, "ราคาขาย": 250, "จำนวน": 2, "ราคาขายสุทธิ": 500, "จำนวนเงินทั้งหมด": 540},
        {"หมายเลขคำสั่งซื้อ": "2609170FGHIJ34", "สถานะการสั่งซื้อ": "ยกเลิกแล้ว", "เหตุผลในการยกเลิกคำสั่งซื้อ": "ผู้ซื้อยกเลิก", "วันที่ทำการสั่งซื้อ": "2026-09-17 20:00", "ชื่อสินค้า": "ชาเขียวมัทฉะ 50 กรัม", "เลขอ้างอิง SKU (SKU Reference No.)": "MATCHA-50", "ราคาขาย": 250, "จำนวน": 1, "จำนวนเงินทั้งหมด": 290},
        {"หมายเลขคำสั่งซื้อ": "2609190KLMNO56", "สถานะการสั่งซื้อ": "ค้างชำระ", "วันที่ทำการสั่งซื้อ": "2026-09-19 07:30", "ชื่อสินค้า": "ถ้วยชา", "เลขอ้างอิง Parent SKU": "CUP", "ราคาขาย": 120, "จำนวน": 1, "จำนวนเงินทั้งหมด": 160},
    ]  # fmt: skip


def test_thai_export(database: Database, tmp_path: Path) -> None:
    """Thai headers, the asterisk in front of the tracking column, Thai status words; a
    line without its own SKU falls back to the parent SKU."""
    path = write_xlsx(tmp_path / "Order.all.xlsx", {"orders": (THAI, rows_from_dicts(THAI, thai_records("จัดส่งสำเร็จแล้ว")))})  # fmt: skip
    report, orders = import_clean(database, path)
    assert (report.profile, report.orders_new, report.lines) == ("shopee", 3, 3)
    delivered = orders["2609180ABCDE12"]
    assert (delivered["status"], delivered["tracking_number"], delivered["total"]) == (
        "delivered",
        "KERTH0123456789",
        "540.00",
    )
    assert delivered["created_at"] == "2026-09-18T09:15:00+01:00"
    assert lines(delivered) == [("MATCHA-50", "ชาเขียวมัทฉะ 50 กรัม", "กระป๋อง", 2, "250.00")]
    assert orders["2609170FGHIJ34"]["status"] == "cancelled"
    unpaid = orders["2609190KLMNO56"]
    assert (unpaid["status"], lines(unpaid)[0][0]) == ("unpaid", "CUP")


def test_an_unknown_thai_status_is_refused_not_guessed(database: Database, tmp_path: Path) -> None:
    """A Thai status word no source documents yet: the order is refused with the word shown."""
    path = write_xlsx(tmp_path / "Order.all.xlsx", {"orders": (THAI, rows_from_dicts(THAI, thai_records("รอการจัดส่ง")))})  # fmt: skip
    [report] = run_import(database, path)
    assert report.orders_new == 2
    assert any("รอการจัดส่ง" in issue.message for issue in report.errors)
