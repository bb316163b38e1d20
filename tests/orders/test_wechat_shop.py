"""WeChat shop: one row per product; UTF-8 with BOM, GB18030 and UTF-16 files.

Only the product and money columns are known from real exports: a file without any
recipient column must still be recognised, and the expected recipient columns, when
present, must be read.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.storage import Database
from tests.helpers.exports import rows_from_dicts, write_csv
from tests.helpers.orders import orders_by_id, run_import

KNOWN = [
    "订单号", "订单下单时间", "支付时间", "订单状态", "商品编码(平台)", "商品名称", "商品数量", "商品价格(单件)",
    "商品实际价格(单件)", "商品实际价格(总共)", "订单实际支付金额", "订单实际收款金额", "商品已退款金额",
    "订单运费", "商品平均运费", "技术服务费", "运费险预计投保费用", "商品发货", "商品售后", "带货账号昵称",
    "带货方式", "带货费用", "带货费用渠道", "带货佣金率",
]  # fmt: skip
RECIPIENT = ["收件人", "收件人手机号", "省", "市", "区", "详细地址"]
ORDER, REFUNDING = "3712345678901234567", "3712345678901234599"


def records(with_recipient: bool = True) -> list[dict[str, Any]]:
    order = {
        "订单号": ORDER,
        "订单下单时间": "2026-09-21 08:00:01",
        "支付时间": "2026-09-21 08:00:30",
        "订单状态": "待发货",
        "订单实际支付金额": "158.00",
        "订单运费": "0.00",
        "商品售后": "无",
        "商品发货": "未发货",
    }
    if with_recipient:
        order |= {"收件人": "黄丽", "收件人手机号": "15011112222", "省": "上海市", "市": "上海市",
                  "区": "浦东新区", "详细地址": "张江路88弄3号1201室"}  # fmt: skip
    return [
        {**order, "商品编码(平台)": "10000123", "商品名称": "白茶饼 357g", "商品数量": "1",
         "商品价格(单件)": "128.00", "商品实际价格(单件)": "118.00", "商品实际价格(总共)": "118.00"},
        {**order, "商品编码(平台)": "10000124", "商品名称": "茶刀", "商品数量": "2",
         "商品价格(单件)": "20.00", "商品实际价格(单件)": "20.00", "商品实际价格(总共)": "40.00"},
        {**order, "订单号": REFUNDING, "订单下单时间": "2026-09-20 22:15:00", "支付时间": "2026-09-20 22:15:40",
         "订单状态": "待收货", "商品售后": "售后中", "商品发货": "已发货", "订单实际支付金额": "45.00",
         "商品编码(平台)": "10000125", "商品名称": "公道杯", "商品数量": "1", "商品价格(单件)": "45.00",
         "商品实际价格(单件)": "45.00", "商品实际价格(总共)": "45.00"},
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("utf-8-sig", ","), ("gb18030", ","), ("utf-16", "\t")]
)
def test_products_group_into_orders_in_every_encoding(
    database: Database, tmp_path: Path, encoding: str, delimiter: str
) -> None:
    header = KNOWN + RECIPIENT
    path = write_csv(
        tmp_path / "wechat_orders.csv",
        header,
        rows_from_dicts(header, records()),
        encoding=encoding,
        delimiter=delimiter,
    )
    [report] = run_import(database, path)  # detected among every profile
    assert (report.platform, report.rows, report.orders_new, report.lines, report.errors) == (
        "wechat_shop",
        3,
        2,
        3,
        [],
    )
    orders = orders_by_id(database)
    first = orders[ORDER]
    assert (first["status"], first["total"], first["currency"]) == (
        "awaiting_dispatch",
        "158.00",
        "CNY",
    )
    assert (first["created_at"], first["paid_at"], first["dispatch_by"]) == (
        "2026-09-21T08:00:01+08:00",
        "2026-09-21T08:00:30+08:00",
        None,
    )
    assert [
        (line["sku"], line["title"], line["variant"], line["quantity"], line["unit_price"])
        for line in first["lines"]
    ] == [
        ("10000123", "白茶饼 357g", None, 1, "118.00"),  # the price actually paid
        ("10000124", "茶刀", None, 2, "20.00"),
    ]
    assert first["recipient"] == {
        "name": "黄丽",
        "phone": "15011112222",
        "country": "CN",
        "province": "上海市",
        "city": "上海市",
        "district": "浦东新区",
        "address": "张江路88弄3号1201室",
        "postcode": None,
        "masked": False,
    }
    assert orders[REFUNDING]["status"] == "refunding"


def test_a_file_without_recipient_columns_is_still_recognised(
    database: Database, tmp_path: Path
) -> None:
    rows = rows_from_dicts(KNOWN, records(with_recipient=False))
    path = write_csv(tmp_path / "wechat_orders.csv", KNOWN, rows, encoding="utf-8-sig")
    [report] = run_import(database, path)
    assert (report.platform, report.orders_new, report.lines, report.errors) == (
        "wechat_shop",
        2,
        3,
        [],
    )
    first = orders_by_id(database)[ORDER]
    assert (first["recipient"]["name"], first["recipient"]["country"]) == (None, "CN")


def test_one_string_address_is_split(database: Database, tmp_path: Path) -> None:
    """Where the export gives the address as one 收货地址, it is split like Taobao's."""
    header = [*KNOWN, "收件人", "联系电话", "收货地址"]
    rows = [
        {**record, "收件人": "孙强", "联系电话": "18622223333",
         "收货地址": "广东省广州市天河区体育西路191号"}
        for record in records(with_recipient=False)
    ]  # fmt: skip
    path = write_csv(tmp_path / "wechat_orders.csv", header, rows_from_dicts(header, rows))
    [report] = run_import(database, path)
    assert (report.platform, report.orders_new, report.errors) == ("wechat_shop", 2, [])
    recipient = orders_by_id(database)[ORDER]["recipient"]
    assert (
        recipient["phone"],
        recipient["province"],
        recipient["city"],
        recipient["district"],
        recipient["address"],
    ) == ("18622223333", "广东省", "广州市", "天河区", "体育西路191号")
