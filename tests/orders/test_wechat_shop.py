"""WeChat shop: one row per product; UTF-8 with BOM, GB18030 and UTF-16 files."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage import Database
from tests.orders.exports import rows_from_dicts, write_csv
from tests.orders.support import orders_by_id, run_import

HEADER = [
    "订单号", "订单下单时间", "支付时间", "订单状态", "商品编码(平台)", "商品名称", "商品数量", "商品价格(单件)",
    "商品实际价格(单件)", "商品实际价格(总共)", "订单实际支付金额", "订单实际收款金额", "商品已退款金额",
    "订单运费", "商品平均运费", "技术服务费", "商品发货", "商品售后", "收件人", "收件人手机号", "省", "市", "区",
    "详细地址", "带货账号昵称", "带货方式",
]  # fmt: skip


def records() -> list[dict[str, str]]:
    order = {
        "订单号": "3712345678901234567",
        "订单下单时间": "2026-09-21 08:00:01",
        "支付时间": "2026-09-21 08:00:30",
        "订单状态": "待发货",
        "订单实际支付金额": "158.00",
        "收件人": "黄丽",
        "收件人手机号": "15011112222",
        "省": "上海市",
        "市": "上海市",
        "区": "浦东新区",
        "详细地址": "张江路88弄3号",
        "商品售后": "无",
    }
    return [
        {**order, "商品编码(平台)": "10000123", "商品名称": "白茶饼 357g", "商品数量": "1", "商品价格(单件)": "128.00", "商品实际价格(单件)": "118.00"},
        {**order, "商品编码(平台)": "10000124", "商品名称": "茶刀", "商品数量": "2", "商品价格(单件)": "20.00", "商品实际价格(单件)": "20.00"},
        {**order, "订单号": "3712345678901234599", "订单状态": "待收货", "商品售后": "售后中", "商品编码(平台)": "10000125", "商品名称": "公道杯", "商品数量": "1", "商品实际价格(单件)": "45.00"},
    ]  # fmt: skip


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "utf-16"])
def test_products_group_into_orders_in_every_encoding(
    database: Database, tmp_path: Path, encoding: str
) -> None:
    path = write_csv(
        tmp_path / "wechat.csv", HEADER, rows_from_dicts(HEADER, records()), encoding=encoding
    )
    [report] = run_import(database, path)
    assert (report.platform, report.rows, report.orders_new, report.lines, report.errors) == (
        "wechat_shop",
        3,
        2,
        3,
        [],
    )
    orders = orders_by_id(database)
    first = orders["3712345678901234567"]
    assert (first["status"], first["total"], first["created_at"]) == (
        "awaiting_dispatch",
        "158.00",
        "2026-09-21T08:00:01+08:00",
    )
    assert [(line["sku"], line["quantity"], line["unit_price"]) for line in first["lines"]] == [
        ("10000123", 1, "118.00"),
        ("10000124", 2, "20.00"),
    ]
    assert (first["recipient"]["name"], first["recipient"]["district"]) == ("黄丽", "浦东新区")
    assert orders["3712345678901234599"]["status"] == "refunding"
