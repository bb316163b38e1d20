"""Douyin shop: one row per sub-order, CSV in two encodings and XLSX, Excel artefacts."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage import Database
from tests.orders.exports import rows_from_dicts, write_csv, write_xlsx
from tests.orders.support import orders_by_id, run_import

HEADER = [
    "主订单编号", "子订单编号", "选购商品", "商品规格", "商品数量", "商品ID", "商家编码", "商品单价", "商品金额",
    "订单应付金额", "运费", "优惠总金额", "收件人", "收件人手机号", "省", "市", "区", "街道", "详细地址", "买家留言",
    "商家备注", "订单提交时间", "支付完成时间", "订单完成时间", "发货时间", "承诺发货时间", "支付方式",
    "订单类型", "订单状态", "售后状态", "取消原因", "快递单号", "快递公司", "达人ID", "达人昵称",
]  # fmt: skip


def records() -> list[dict[str, str]]:
    common = {
        "主订单编号": "'6923456789012345678",
        "订单应付金额": "1,288.00",
        "收件人": "陈静",
        "收件人手机号": "'13700001111",
        "省": "浙江省",
        "市": "杭州市",
        "区": "余杭区",
        "街道": "五常街道",
        "详细地址": "文一西路969号",
        "订单提交时间": "2026/9/22 14:03",
        "支付完成时间": "2026/9/22 14:04",
        "承诺发货时间": "2026/9/24 14:04",
        "订单状态": "待发货",
        "售后状态": "-",
    }
    return [
        {
            **common,
            "子订单编号": "'6923456789012345679",
            "选购商品": "龙井茶叶 250g",
            "商品规格": "特级",
            "商品数量": "2",
            "商品单价": "599.00",
            "商家编码": "\tTEA-LJ250",
        },
        {
            **common,
            "子订单编号": "'6923456789012345680",
            "选购商品": "玻璃杯",
            "商品规格": "350ml",
            "商品数量": "1",
            "商品单价": "90.00",
            "商家编码": "\tGLASS-350",
        },
        {
            **common,
            "主订单编号": "'6923456789012345690",
            "子订单编号": "'6923456789012345691",
            "选购商品": "茶巾",
            "商品数量": "1",
            "商品单价": "12.00",
            "订单应付金额": "12.00",
            "订单状态": "已发货",
            "售后状态": "退款中",
            "快递单号": "'75123456789012",
            "快递公司": "中通快递",
        },
    ]


def check(database: Database) -> None:
    orders = orders_by_id(database)
    first = orders["6923456789012345678"]
    assert (first["status"], first["total"]) == ("awaiting_dispatch", "1288.00")
    assert first["created_at"] == "2026-09-22T14:03:00+08:00"
    assert first["dispatch_by"] == "2026-09-24T14:04:00+08:00"
    assert first["recipient"]["phone"] == "13700001111"
    assert first["recipient"]["address"] == "五常街道文一西路969号"
    assert [
        (line["sku"], line["title"], line["variant"], line["quantity"], line["unit_price"])
        for line in first["lines"]
    ] == [
        ("TEA-LJ250", "龙井茶叶 250g", "特级", 2, "599.00"),
        ("GLASS-350", "玻璃杯", "350ml", 1, "90.00"),
    ]
    refunding = orders["6923456789012345690"]
    assert (refunding["status"], refunding["tracking_number"], refunding["carrier"]) == (
        "refunding",
        "75123456789012",
        "中通快递",
    )


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_csv_exports(database: Database, tmp_path: Path, encoding: str) -> None:
    path = write_csv(
        tmp_path / "douyin.csv", HEADER, rows_from_dicts(HEADER, records()), encoding=encoding
    )
    [report] = run_import(database, path)
    assert (report.platform, report.rows, report.orders_new, report.lines, report.errors) == (
        "douyin",
        3,
        2,
        3,
        [],
    )
    check(database)


def test_xlsx_export(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "douyin.xlsx", {"Sheet1": (HEADER, rows_from_dicts(HEADER, records()))}
    )
    [report] = run_import(database, path)
    assert (report.platform, report.orders_new, report.errors) == ("douyin", 2, [])
    check(database)
