"""JD POP: GBK, one row per SKU with the order columns repeated, one-string address."""

from __future__ import annotations

from pathlib import Path

from app.storage import Database
from tests.orders.exports import rows_from_dicts, write_csv
from tests.orders.support import orders_by_id, run_import

HEADER = [
    "订单号", "商品ID", "商品名称", "订购数量", "支付方式", "下单时间", "京东价", "订单金额", "结算金额",
    "余额支付", "应付金额", "订单状态", "订单类型", "下单帐号", "客户姓名", "客户地址", "联系电话", "订单备注",
    "发票类型", "发票抬头", "发票内容", "商家备注", "商家备注等级（等级1-5为由高到低）", "运费金额",
    "付款确认时间", "增值税发票", "货号", "订单完成时间", "订单来源", "订单渠道",
]  # fmt: skip


def sku_row(
    order_id: str, product: str, title: str, quantity: str, price: str, **order: str
) -> dict[str, str]:
    base = {
        "订单号": order_id,
        "商品ID": product,
        "商品名称": title,
        "订购数量": quantity,
        "京东价": price,
        "下单时间": "2026-09-18 21:30:00",
        "付款确认时间": "2026-09-18 21:31:10",
        "订单金额": "317.00",
        "应付金额": "307.00",
        "订单状态": "等待出库",
        "客户姓名": "刘洋",
        "客户地址": "四川成都市武侯区天府大道北段1700号",
        "联系电话": "139****5678",
        "货号": f"JD-{product}",
    }
    base.update(order)
    return base


def test_sku_rows_group_into_orders_and_the_address_is_split(
    database: Database, tmp_path: Path
) -> None:
    records = [
        sku_row("298765432101", "100012345678", "紫砂壶 西施壶", "1", "229.00"),
        sku_row("298765432101", "100012345679", "竹制茶盘", "1", "88.00"),
        # re-saved by Excel: the id and the date became floats
        sku_row(
            "298765432102.0",
            "100012345680",
            "茶叶罐",
            "2",
            "19.50",
            下单时间="20260919.0",
            付款确认时间="",
            订单状态="(删除)等待出库",
        ),
        sku_row("298765432103", "100012345681", "茶巾", "1", "9.90", 订单状态="等待确认收货"),
    ]
    path = write_csv(
        tmp_path / "jd_orders.csv", HEADER, rows_from_dicts(HEADER, records), encoding="gbk"
    )
    [report] = run_import(database, path)

    assert (report.platform, report.rows, report.orders_new, report.lines, report.errors) == (
        "jd",
        4,
        3,
        4,
        [],
    )
    orders = orders_by_id(database)
    first = orders["298765432101"]
    assert [(line["sku"], line["quantity"], line["unit_price"]) for line in first["lines"]] == [
        ("JD-100012345678", 1, "229.00"),
        ("JD-100012345679", 1, "88.00"),
    ]
    assert (first["total"], first["status"], first["created_at"]) == (
        "307.00",
        "awaiting_dispatch",
        "2026-09-18T21:30:00+08:00",
    )
    assert (
        first["recipient"]["province"],
        first["recipient"]["city"],
        first["recipient"]["district"],
    ) == ("四川省", "成都市", "武侯区")
    assert first["recipient"]["address"] == "天府大道北段1700号"
    assert first["recipient"]["masked"] is True
    resaved = orders["298765432102"]
    assert (resaved["status"], resaved["created_at"]) == (
        "awaiting_dispatch",
        "2026-09-19T00:00:00+08:00",
    )
    assert orders["298765432103"]["status"] == "dispatched"
