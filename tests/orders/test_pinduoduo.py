"""Pinduoduo: tab-padded cells, split address, dispatch deadline, after-sale refunds."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage import Database
from tests.orders.exports import rows_from_dicts, write_csv
from tests.orders.support import orders_by_id, run_import

HEADER = [
    "商品", "订单号", "订单状态", "商品总价(元)", "店铺优惠折扣(元)", "平台优惠折扣(元)", "邮费(元)",
    "用户实付金额(元)", "商家实收金额（元）", "商品数量(件)", "身份证姓名", "身份证号码", "收货人", "手机",
    "是否审核中", "省", "市", "区", "街道", "支付时间", "拼单成功时间", "订单确认时间", "承诺发货时间",
    "发货时间", "确认收货时间", "商品id", "商品规格", "用户购买手机号", "样式ID", "商家编码-SKU维度",
    "商家编码-商品维度", "快递单号", "快递公司", "商家备注", "售后状态", "买家留言",
]  # fmt: skip


def row(order_id: str, status: str, **cells: str) -> dict[str, str]:
    base = {
        "商品": "\t手工青花瓷茶杯 家用",
        "订单号": f"\t{order_id}",
        "订单状态": status,
        "商品总价(元)": "76.00",
        "用户实付金额(元)": "69.90",
        "商品数量(件)": "2",
        "收货人": "张伟",
        "手机": "\t13812345678",
        "省": "广东省",
        "市": "深圳市",
        "区": "南山区",
        "街道": "科技园南路88号",
        "支付时间": "\t2026-09-20 10:01:02",
        "拼单成功时间": "\t2026-09-20 10:01:05",
        "承诺发货时间": "\t2026-09-22 10:01:05",
        "发货时间": "\t",
        "确认收货时间": "\t",
        "商品规格": "蓝色,300ml",
        "商家编码-SKU维度": "CUP-BLUE",
        "售后状态": "无售后或售后取消",
    }
    base.update(cells)
    return base


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_orders_with_split_address_and_deadline(
    database: Database, tmp_path: Path, encoding: str
) -> None:
    records = [
        row("260920-123456789012345", "待发货"),
        row(
            "260920-123456789012346",
            "已发货，待签收",
            快递单号="\tYT1234567890123",
            快递公司="圆通快递",
            发货时间="\t2026-09-21 09:00:00",
        ),
        row("260920-123456789012347", "待发货", 售后状态="退款中"),
        row("260920-123456789012348", "已取消，退款成功"),
        row("260920-123456789012349", "待支付", 支付时间="\t"),
    ]
    path = write_csv(
        tmp_path / "pdd_orders.csv", HEADER, rows_from_dicts(HEADER, records), encoding=encoding
    )
    [report] = run_import(database, path)

    assert (report.platform, report.rows, report.orders_new, report.lines, report.errors) == (
        "pinduoduo",
        5,
        5,
        5,
        [],
    )
    orders = orders_by_id(database)
    first = orders["260920-123456789012345"]
    assert first["status"] == "awaiting_dispatch"
    assert first["dispatch_by"] == "2026-09-22T10:01:05+08:00"
    assert first["created_at"] == "2026-09-20T10:01:05+08:00"
    assert (first["total"], first["currency"]) == ("69.90", "CNY")
    assert first["recipient"]["phone"] == "13812345678"
    assert (
        first["recipient"]["province"],
        first["recipient"]["city"],
        first["recipient"]["district"],
        first["recipient"]["address"],
    ) == (
        "广东省",
        "深圳市",
        "南山区",
        "科技园南路88号",
    )
    assert first["lines"] == [
        {
            "sku": "CUP-BLUE",
            "barcode": None,
            "title": "手工青花瓷茶杯 家用",
            "variant": "蓝色,300ml",
            "quantity": 2,
            "unit_price": "38.00",
        }
    ]
    shipped = orders["260920-123456789012346"]
    assert (shipped["status"], shipped["tracking_number"], shipped["carrier"]) == (
        "dispatched",
        "YT1234567890123",
        "圆通快递",
    )
    assert orders["260920-123456789012347"]["status"] == "refunding"
    assert orders["260920-123456789012348"]["status"] == "refunded"
    unpaid = orders["260920-123456789012349"]
    assert (unpaid["status"], unpaid["paid_at"]) == ("unpaid", None)
