"""Taobao/Tmall classic export: the GBK 订单报表 + 宝贝报表 pair, joined on 订单编号."""

from __future__ import annotations

from pathlib import Path

from app.storage import Database
from tests.helpers.orders import orders_by_id, run_import
from tests.helpers.taobao import ITEMS, ORDERS, write_pair


def test_pair_is_joined_into_orders_with_lines(database: Database, tmp_path: Path) -> None:
    [report] = run_import(database, *write_pair(tmp_path, ORDERS, ITEMS))

    assert report.platform == "taobao"
    assert len(report.files) == 2
    assert (report.orders_new, report.lines, report.errors) == (3, 4, [])
    orders = orders_by_id(database)
    first = orders["3312530001234567890"]
    assert first["status"] == "awaiting_dispatch"
    assert first["platform_status"] == "买家已付款，等待卖家发货"
    assert first["created_at"] == "2026-09-22T09:15:02+08:00"
    assert (first["total"], first["currency"]) == ("118.00", "CNY")
    assert first["recipient"] == {
        "name": "王小明",
        "phone": "13800138000",
        "country": "CN",
        "province": "浙江省",
        "city": "杭州市",
        "district": "西湖区",
        "address": "文三路100号",
        "postcode": "310012",
        "masked": False,
    }
    assert [
        (line["sku"], line["title"], line["quantity"], line["unit_price"])
        for line in first["lines"]
    ] == [
        ("CUP-BLUE", "青花瓷茶杯", 2, "38.00"),
        ("CUP-HAND", "手绘陶瓷杯", 1, "52.00"),
    ]
    assert first["lines"][0]["variant"] == "颜色分类:蓝色;容量:300ml"
    second = orders["3312530001234567891"]
    assert (second["status"], second["tracking_number"], second["carrier"]) == (
        "dispatched",
        "SF1234567890123",
        "顺丰速运",
    )
    assert (
        second["recipient"]["province"],
        second["recipient"]["city"],
        second["recipient"]["district"],
    ) == (
        "北京市",
        "北京市",
        "朝阳区",
    )
    assert orders["3312530001234567892"]["status"] == "cancelled"


def test_items_file_alone_is_refused_and_changes_nothing(
    database: Database, tmp_path: Path
) -> None:
    _orders, items = write_pair(tmp_path, ORDERS, ITEMS)
    [report] = run_import(database, items)
    assert report.refused
    assert "订单报表" in report.errors[0].message
    assert orders_by_id(database) == {}


def test_orders_file_alone_imports_orders_and_warns_lines_are_missing(
    database: Database, tmp_path: Path
) -> None:
    orders, _items = write_pair(tmp_path, ORDERS, ITEMS)
    [report] = run_import(database, orders)
    assert report.orders_new == 3 and report.lines == 0
    assert any("宝贝报表" in warning.message for warning in report.warnings)
