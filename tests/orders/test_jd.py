"""JD POP: GBK, one row per SKU with the order columns repeated, one-string address.

Copies that went through Excel carry float ids and dates (``298765432102.0``) that can be
read back exactly, and 12-digit ids in scientific notation that cannot: those are refused.
A "(删除)" status is an order JD deleted and must never reach the packing table.
"""

from __future__ import annotations

from pathlib import Path

from app.storage import Database
from tests.helpers.exports import rows_from_dicts, write_csv
from tests.helpers.orders import orders_by_id, run_import

HEADER = [
    "订单号", "商品ID", "商品名称", "订购数量", "支付方式", "下单时间", "京东价", "订单金额", "结算金额",
    "余额支付", "应付金额", "订单状态", "订单类型", "下单帐号", "客户姓名", "客户地址", "联系电话", "订单备注",
    "发票类型", "发票抬头", "发票内容", "商家备注", "商家备注等级（等级1-5为由高到低）", "运费金额",
    "付款确认时间", "增值税发票", "货号", "订单完成时间", "订单来源", "订单渠道",
]  # fmt: skip


def sku_row(
    order_id: str, product: str, title: str, quantity: str, price: str, **order: str
) -> dict[str, str]:
    """One SKU row; the order's own columns are repeated on every row of it."""
    return {
        "订单号": order_id,
        "商品ID": product,
        "商品名称": title,
        "订购数量": quantity,
        "支付方式": "在线支付",
        "京东价": price,
        "下单时间": "2026-09-18 21:30:00",
        "付款确认时间": "2026-09-18 21:31:10",
        "订单金额": "317.00",
        "应付金额": "307.00",
        "订单状态": "等待出库",
        "订单类型": "销售订单",
        "客户姓名": "刘洋",
        "客户地址": "四川成都市武侯区天府大道北段1700号环球中心E1区",
        "联系电话": "139****5678",
        "货号": f"JD-{product}",
        "订单来源": "移动端订单",
        **order,
    }


RECORDS = [
    sku_row("298765432101", "100012345678", "紫砂壶 西施壶", "1", "229.00", 订单备注="周末送货"),
    sku_row("298765432101", "100012345679", "竹制茶盘", "1", "88.00", 订单备注="周末送货"),
    # re-saved by Excel: the id, the date, the product id and the quantity became floats
    sku_row(
        "298765432102.0",
        "100012345680.0",
        "茶叶罐 锡制",
        "2.0",
        "19.5",
        下单时间="20260919.0",
        付款确认时间="",
        订单状态="等待确认收货",
        客户姓名="赵敏",
        客户地址="江西南昌市青山湖区民营科技园88号（仓库）",
        联系电话="13767100001",
        货号="",
    ),
    # split by JD into two new orders: the old one is deleted and must not be shipped
    sku_row(
        "298765432103",
        "100012345681",
        "茶巾",
        "1",
        "9.90",
        订单状态="(删除)等待出库",
        商家备注="订单拆分为 298765432201 298765432202",
    ),
    sku_row("298765432104", "100012345682", "公道杯", "1", "35.00", 订单状态="锁定"),
    sku_row("2.98765E+11", "100012345683", "茶漏", "1", "12.00"),  # digits lost
]


def test_sku_rows_group_into_orders_and_the_address_is_split(
    database: Database, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "jd_orders.csv", HEADER, rows_from_dicts(HEADER, RECORDS), encoding="gbk"
    )
    [report] = run_import(database, path)  # detected among every profile

    assert (report.platform, report.rows, report.orders_new, report.lines) == ("jd", 6, 4, 5)
    [refused] = report.errors
    assert (refused.row, refused.column) == (7, "订单号")
    assert "scientific notation" in refused.message
    orders = orders_by_id(database)
    assert set(orders) == {"298765432101", "298765432102", "298765432103", "298765432104"}

    first = orders["298765432101"]
    assert [
        (line["sku"], line["title"], line["variant"], line["quantity"], line["unit_price"])
        for line in first["lines"]
    ] == [
        ("JD-100012345678", "紫砂壶 西施壶", None, 1, "229.00"),
        ("JD-100012345679", "竹制茶盘", None, 1, "88.00"),
    ]
    assert (first["total"], first["currency"], first["status"]) == (
        "307.00",
        "CNY",
        "awaiting_dispatch",
    )
    assert (first["created_at"], first["paid_at"]) == (
        "2026-09-18T21:30:00+08:00",
        "2026-09-18T21:31:10+08:00",
    )
    assert first["buyer_note"] == "周末送货"
    assert first["recipient"] == {
        "name": "刘洋",
        "phone": "139****5678",
        "country": "CN",
        "province": "四川省",
        "city": "成都市",
        "district": "武侯区",
        "address": "天府大道北段1700号环球中心E1区",
        "postcode": None,
        "masked": True,  # JD masks the phone in exports
    }

    resaved = orders["298765432102"]
    assert (resaved["status"], resaved["created_at"], resaved["paid_at"]) == (
        "dispatched",
        "2026-09-19T00:00:00+08:00",
        None,
    )
    assert [(line["sku"], line["quantity"], line["unit_price"]) for line in resaved["lines"]] == [
        ("100012345680", 2, "19.50")
    ]
    assert (
        resaved["recipient"]["province"],
        resaved["recipient"]["city"],
        resaved["recipient"]["district"],
        resaved["recipient"]["address"],
    ) == ("江西省", "南昌市", "青山湖区", "民营科技园88号（仓库）")

    deleted = orders["298765432103"]
    assert (deleted["status"], deleted["platform_status"]) == ("cancelled", "(删除)等待出库")
    assert orders["298765432104"]["status"] == "refunding"
