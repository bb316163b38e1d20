"""Qianniu XLSX: the main and sub-order sheets of one workbook joined, masks kept.

The workbook must be told apart from the classic Taobao CSV pair (same platform, other
headers), a masked recipient must stay masked, and an id a spreadsheet stored as a
floating-point number must be refused where it is, never rounded into another order's id.
"""

from __future__ import annotations

from pathlib import Path

from app.storage import Database
from tests.helpers.orders import orders_by_id, run_import
from tests.helpers.qianniu import MASKED, REFUNDING, SHIPPED, workbook


def test_both_sheets_are_joined_and_masked_recipients_stay_masked(
    database: Database, tmp_path: Path
) -> None:
    [report] = run_import(database, workbook(tmp_path))  # detected among every profile
    assert (report.platform, report.profile) == ("taobao", "qianniu")
    assert (report.rows, report.orders_new, report.lines, report.errors) == (8, 3, 5, [])
    assert report.warnings == []
    orders = orders_by_id(database)
    assert set(orders) == {MASKED, SHIPPED, REFUNDING}
    first = orders[MASKED]
    assert (first["status"], first["platform_status"]) == (
        "awaiting_dispatch",
        "买家已付款，等待卖家发货",
    )
    assert (first["created_at"], first["total"], first["currency"]) == (
        "2026-09-23T11:20:00+08:00",
        "256.00",
        "CNY",
    )
    assert first["seller_note"] == "送试用装"
    assert first["recipient"] == {
        "name": None,
        "phone": None,
        "country": "CN",
        "province": "江苏省",
        "city": "南京市",
        "district": "建邺区",
        "address": "沙洲街道****",
        "postcode": None,
        "masked": True,
    }
    assert [
        (line["sku"], line["title"], line["variant"], line["quantity"], line["unit_price"])
        for line in first["lines"]
    ] == [
        ("612345678901", "青花瓷茶杯", "颜色分类:蓝色[礼盒装];容量:300ml", 2, "78.00"),
        ("612345678902", "竹制茶盘", "颜色分类:原木色;安装方式:免安装", 1, "100.00"),
    ]
    shipped = orders[SHIPPED]
    assert (shipped["status"], shipped["tracking_number"], shipped["carrier"]) == (
        "dispatched",
        "YT7512345678901",
        "圆通速递",
    )
    assert shipped["dispatch_by"] is None  # Qianniu gives no deadline
    # one item's refund request stops the whole parcel
    assert orders[REFUNDING]["status"] == "refunding"


def test_an_id_stored_as_a_number_is_refused_and_the_other_orders_import(
    database: Database, tmp_path: Path
) -> None:
    [report] = run_import(database, workbook(tmp_path, number_id=True))
    assert set(orders_by_id(database)) == {MASKED, SHIPPED}  # nothing rounded into an id
    assert report.orders_new == 2
    [refused] = [error for error in report.errors if error.column == "订单编号"]
    assert refused.row == 4 and "digits were lost" in refused.message
    assert refused.source.endswith("[订单]")
    # its items, whose sheet kept the id as text, are not imported without their order
    assert any(REFUNDING in error.message for error in report.errors if error is not refused)


def test_main_sheet_alone_imports_orders_and_says_the_items_are_missing(
    database: Database, tmp_path: Path
) -> None:
    [report] = run_import(database, workbook(tmp_path, sub_sheet=False))
    assert (report.profile, report.orders_new, report.lines) == ("qianniu", 3, 0)
    assert any("子订单" in warning.message for warning in report.warnings)
