"""Pinduoduo: tab-padded cells, split address, dispatch deadline, after-sale refunds.

Headers come with half- or full-width parentheses and the file in UTF-8 or GB18030; the
profile names each header once, so both spellings must be recognised by width folding.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage import Database
from tests.helpers.exports import rows_from_dicts, write_csv
from tests.helpers.orders import orders_by_id, run_import
from tests.helpers.pinduoduo import HEADER, row

RESEARCH_STATUSES = {
    "待支付": "unpaid",
    "待发货": "awaiting_dispatch",
    "已发货，待签收": "dispatched",
    "已签收": "delivered",
    "已取消": "cancelled",
    "未发货，退款成功": "refunded",
    "已发货，退款成功": "refunded",
    "已签收，退款成功": "refunded",
    "已取消，退款成功": "refunded",
}


def full_width(header: str) -> str:
    return header.replace("(", "（").replace(")", "）")


def write(path: Path, records: list[dict[str, str]], encoding: str, width: str) -> Path:
    header = [full_width(name) for name in HEADER] if width == "full" else HEADER
    return write_csv(path, header, rows_from_dicts(HEADER, records), encoding=encoding)


@pytest.mark.parametrize(("encoding", "width"), [("utf-8", "half"), ("gb18030", "full")])
def test_orders_with_split_address_deadline_and_refunds(
    database: Database, tmp_path: Path, encoding: str, width: str
) -> None:
    records = [
        row("260920-123456789012345", "待发货", 买家留言="\t请用纸箱"),
        row(
            "260920-123456789012346",
            "已发货，待签收",
            手机="\t18400001234-5678",  # a virtual number with its extension
            快递单号="\tYT1234567890123",
            快递公司="\t圆通快递",
            发货时间="\t2026-09-21 09:00:00",
            **{"商家编码-SKU维度": "\t"},  # no code of the shop's own: the platform's style id
        ),
        row("260920-123456789012347", "待发货", 售后状态="\t售后处理中"),
        row("260920-123456789012348", "已发货，退款成功", 售后状态="\t退款成功"),
        row(
            "260920-123456789012349", "待支付", 支付时间="\t", 拼单成功时间="\t", 承诺发货时间="\t"
        ),
    ]
    path = write(tmp_path / "orders_export.csv", records, encoding, width)
    [report] = run_import(database, path)  # detected among every profile

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
    assert (first["created_at"], first["paid_at"], first["dispatch_by"]) == (
        "2026-09-20T10:01:05+08:00",
        "2026-09-20T10:01:02+08:00",
        "2026-09-22T10:01:05+08:00",
    )
    assert (first["total"], first["currency"], first["buyer_note"]) == ("69.90", "CNY", "请用纸箱")
    assert first["recipient"] == {
        "name": "张伟",
        "phone": "13812345678",
        "country": "CN",
        "province": "广东省",
        "city": "深圳市",
        "district": "南山区",
        "address": "科技园南路88号创新大厦A座1203",
        "postcode": None,
        "masked": False,
    }
    assert first["lines"] == [
        {
            "sku": "CUP-BLUE",
            "barcode": None,
            "title": "手工青花瓷茶杯 家用",
            "variant": "蓝色,300ml",
            "quantity": 2,
            "unit_price": "38.00",  # 商品总价 / 商品数量
        }
    ]
    shipped = orders["260920-123456789012346"]
    assert (shipped["status"], shipped["tracking_number"], shipped["carrier"]) == (
        "dispatched",
        "YT1234567890123",
        "圆通快递",
    )
    assert shipped["recipient"]["phone"] == "18400001234-5678"
    assert shipped["lines"][0]["sku"] == "1234567890123"
    assert orders["260920-123456789012347"]["status"] == "refunding"
    assert orders["260920-123456789012348"]["status"] == "refunded"
    unpaid = orders["260920-123456789012349"]
    assert (unpaid["status"], unpaid["created_at"], unpaid["paid_at"], unpaid["dispatch_by"]) == (
        "unpaid",
        None,
        None,
        None,
    )


def test_every_status_of_the_research_is_mapped(database: Database, tmp_path: Path) -> None:
    records = [
        row(f"260921-0000000000000{index:02d}", status)
        for index, status in enumerate(RESEARCH_STATUSES)
    ]
    records.append(row("260921-000000000000099", "已取消,退款成功"))  # half-width comma
    [report] = run_import(database, write(tmp_path / "statuses.csv", records, "utf-8", "half"))
    assert (report.orders_new, report.errors) == (len(records), [])
    orders = orders_by_id(database)
    found = {order["platform_status"].split(" / ")[0]: order["status"] for order in orders.values()}
    assert found == {**RESEARCH_STATUSES, "已取消,退款成功": "refunded"}
