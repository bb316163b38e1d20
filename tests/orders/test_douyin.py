"""Douyin shop: one row per sub-order, as CSV in two encodings and as XLSX.

The same orders are written three ways, with the artefacts each way brings (a leading
``'`` or tab, thousands separators, dates an Excel re-save shortened, numeric cells in
a workbook), and must import identically.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.storage import Database
from tests.helpers.exports import rows_from_dicts, write_csv, write_xlsx
from tests.helpers.orders import orders_by_id, run_import

HEADER = [
    "主订单编号", "子订单编号", "选购商品", "商品规格", "商品数量", "商品ID", "商家编码", "商品单价", "商品金额",
    "订单应付金额", "运费", "优惠总金额", "平台优惠", "商家优惠", "达人优惠", "手续费", "收件人", "收件人手机号",
    "省", "市", "区", "街道", "详细地址", "买家留言", "商家备注", "旗帜颜色", "订单提交时间", "支付完成时间",
    "订单完成时间", "发货时间", "承诺发货时间", "支付方式", "订单类型", "订单状态", "售后状态", "取消原因",
    "快递单号", "快递公司", "达人ID", "达人昵称", "流量来源", "仓库名称",
]  # fmt: skip
ORDER, REFUNDING, CLOSED = "6923456789012345678", "6923456789012345690", "6923456789012345700"


def records(resaved: bool = False, numbers: bool = False) -> list[dict[str, Any]]:
    """Three orders, four sub-orders; ``resaved`` dates as Excel writes them back."""

    def when(original: str, short: str) -> str:
        return short if resaved else original

    def amount(text: str, value: float) -> Any:
        return value if numbers else text

    order = {
        "主订单编号": f"'{ORDER}",
        "订单应付金额": amount("1,288.00", 1288.0),
        "收件人": "陈静",
        "收件人手机号": "'13700001111",
        "省": "浙江省",
        "市": "杭州市",
        "区": "余杭区",
        "街道": "五常街道",
        "详细地址": "文一西路969号3幢",
        "买家留言": "\t不要放快递柜",
        "订单提交时间": when("2026-09-22 14:03:00", "2026/9/22 14:03"),
        "支付完成时间": when("2026-09-22 14:04:00", "2026/9/22 14:04"),
        "承诺发货时间": when("2026-09-24 14:04:00", "2026/9/24 14:04"),
        "订单状态": "备货中",
        "售后状态": "-",
    }
    return [
        {**order, "子订单编号": "'6923456789012345679", "选购商品": "龙井茶叶 250g", "商品规格": "特级;罐装",
         "商品数量": amount("2", 2), "商品ID": "'3612345678901", "商家编码": "\tTEA-LJ250",
         "商品单价": amount("599.00", 599.0)},
        {**order, "子订单编号": "'6923456789012345680", "选购商品": "玻璃杯", "商品规格": "350ml",
         "商品数量": amount("1", 1), "商品ID": "'3612345678902", "商品单价": amount("90.00", 90.0)},
        {**order, "主订单编号": f"'{REFUNDING}", "子订单编号": "'6923456789012345691", "选购商品": "茶巾",
         "商品数量": amount("1", 1), "商品单价": amount("12.00", 12.0), "订单应付金额": amount("12.00", 12.0),
         "订单状态": "已发货", "售后状态": "退款中", "快递单号": "'75123456789012", "快递公司": "中通快递",
         "发货时间": when("2026-09-22 18:30:00", "2026/9/22 18:30")},
        {**order, "主订单编号": f"'{CLOSED}", "子订单编号": "'6923456789012345701", "选购商品": "茶匙",
         "商品数量": amount("1", 1), "商品单价": amount("8.00", 8.0), "订单应付金额": amount("8.00", 8.0),
         "订单状态": "已关闭", "取消原因": "买家不想要了"},
    ]  # fmt: skip


def check(database: Database) -> None:
    orders = orders_by_id(database)
    assert set(orders) == {ORDER, REFUNDING, CLOSED}
    first = orders[ORDER]
    assert (first["status"], first["total"], first["currency"]) == (
        "awaiting_dispatch",
        "1288.00",
        "CNY",
    )
    assert (first["created_at"], first["paid_at"], first["dispatch_by"]) == (
        "2026-09-22T14:03:00+08:00",
        "2026-09-22T14:04:00+08:00",
        "2026-09-24T14:04:00+08:00",
    )
    assert first["buyer_note"] == "不要放快递柜"
    recipient = first["recipient"]
    assert (recipient["name"], recipient["phone"], recipient["country"]) == (
        "陈静",
        "13700001111",
        "CN",
    )
    assert (recipient["province"], recipient["city"], recipient["district"]) == (
        "浙江省",
        "杭州市",
        "余杭区",
    )
    assert recipient["address"] == "五常街道文一西路969号3幢"
    assert [
        (line["sku"], line["title"], line["variant"], line["quantity"], line["unit_price"])
        for line in first["lines"]
    ] == [
        ("TEA-LJ250", "龙井茶叶 250g", "特级;罐装", 2, "599.00"),
        ("3612345678902", "玻璃杯", "350ml", 1, "90.00"),  # no shop code: Douyin's id
    ]
    refunding = orders[REFUNDING]
    assert (refunding["status"], refunding["tracking_number"], refunding["carrier"]) == (
        "refunding",
        "75123456789012",
        "中通快递",
    )
    assert orders[CLOSED]["status"] == "cancelled"


@pytest.mark.parametrize(("encoding", "resaved"), [("utf-8-sig", False), ("gb18030", True)])
def test_csv_exports(database: Database, tmp_path: Path, encoding: str, resaved: bool) -> None:
    rows = rows_from_dicts(HEADER, records(resaved=resaved))
    path = write_csv(tmp_path / "douyin_orders.csv", HEADER, rows, encoding=encoding)
    [report] = run_import(database, path)  # detected among every profile
    assert (report.platform, report.rows, report.orders_new, report.lines, report.errors) == (
        "douyin",
        4,
        3,
        4,
        [],
    )
    check(database)


def test_xlsx_export_with_numeric_cells(database: Database, tmp_path: Path) -> None:
    rows = rows_from_dicts(HEADER, records(numbers=True))
    path = write_xlsx(tmp_path / "douyin_orders.xlsx", {"Sheet1": (HEADER, rows)})
    [report] = run_import(database, path)
    assert (report.platform, report.rows, report.orders_new, report.lines, report.errors) == (
        "douyin",
        4,
        3,
        4,
        [],
    )
    check(database)
