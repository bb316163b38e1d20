"""Batch-shipping upload files: each parcel once, platform layouts, no formula injection."""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.dispatch.shipping_export import ExportError, export_shipping, layouts, neutralise
from app.dispatch.station import Station
from app.storage import Database
from tests.helpers.orders import run_import
from tests.helpers.shopify import order_rows, write_export
from tests.helpers.taobao import write_pair

CREATED = "2026-04-05 10:00:00 +0000"
SHANGHAI = ZoneInfo("Asia/Shanghai")


def stock(database: Database, tmp_path: Path) -> None:
    records = order_rows("#1001", CREATED, [(1, "Mug", "10.00", "MUG")])
    records += order_rows("=1+1", CREATED, [(1, "Cup", "5.00", "CUP")])
    records += order_rows("#1003", CREATED, [(1, "Pot", "30.00", "POT")])
    run_import(database, write_export(tmp_path / "shopify.csv", records))
    orders = [
        {
            "订单编号": '="3001"',
            "订单状态": "买家已付款，等待卖家发货",
            "订单创建时间": "2026-09-22 09:00:00",
            "物流公司": "中通快递",
        }
    ]
    items = [{"订单编号": '="3001"', "标题": "茶杯", "价格": "38.00", "购买数量": "1"}]
    run_import(database, *write_pair(tmp_path, orders, items))


pytestmark = pytest.mark.shop(stocked_by=stock)


def dispatch(database: Database, *pairs: tuple[str, str]) -> None:
    station = Station(database, "s1", "Lin", clock=lambda: datetime(2026, 9, 23, 2, 30, tzinfo=UTC))
    for order_id, label in pairs:
        assert station.scan(order_id).code == "order_opened"
        assert station.scan(label).code == "dispatched", label


def read(path: Path, encoding: str = "utf-8", delimiter: str = ",") -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding=encoding).splitlines(), delimiter=delimiter))


def test_each_parcel_is_exported_once(shop: Database, tmp_path: Path) -> None:
    dispatch(shop, ("#1001", "1Z5R89390357567127"), ("=1+1", "986578788855"))
    first = export_shipping(shop, "shopify", tmp_path / "a.csv", SHANGHAI)
    assert (first.rows, first.skipped) == (2, 0)
    assert read(first.file) == [
        ["Order Name", "Tracking Number", "Tracking Company"],
        ["#1001", "1Z5R89390357567127", "UPS"],
        ["'=1+1", "986578788855", "FedEx"],  # neutralised: a spreadsheet will not run it
    ]
    dispatch(shop, ("#1003", "EE123456785CN"))
    second = export_shipping(shop, "shopify", tmp_path / "b.csv", SHANGHAI)
    assert (second.rows, second.skipped) == (1, 2)
    assert read(second.file)[1] == ["#1003", "EE123456785CN", "China EMS"]
    again = export_shipping(shop, "shopify", tmp_path / "c.csv", SHANGHAI, everything=True)
    assert again.rows == 3 and len(read(again.file)) == 4


def test_chinese_layout_encoding_and_carrier_name(shop: Database, tmp_path: Path) -> None:
    dispatch(shop, ("3001", "73123456789012"))
    result = export_shipping(shop, "taobao", tmp_path / "taobao.csv", SHANGHAI)
    assert read(result.file, encoding="gb18030") == [
        ["订单编号", "物流公司", "运单号"],
        ["3001", "中通快递", "73123456789012"],
    ]


def test_amazon_confirmation_has_its_template_line_and_local_ship_date(
    database: Database, tmp_path: Path
) -> None:
    from tests.helpers.amazon import UNSHIPPED
    from tests.helpers.exports import rows_from_dicts, write_csv

    record = {
        "order-id": "305-1234567-1234567",
        "purchase-date": "2026-09-18T12:00:00+00:00",
        "sku": "X",
        "product-name": "Tea",
        "quantity-to-ship": "1",
        "recipient-name": "Mia",
    }
    run_import(
        database,
        write_csv(
            tmp_path / "u.txt", UNSHIPPED, rows_from_dicts(UNSHIPPED, [record]), delimiter="\t"
        ),
    )
    dispatch(database, ("305-1234567-1234567", "1Z5R89390357567127"))
    result = export_shipping(database, "amazon", tmp_path / "amazon.txt", SHANGHAI)
    lines = result.file.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "TemplateType=OrderFulfillment\tVersion=2011.1102"
    assert lines[2].split("\t") == [
        "305-1234567-1234567",
        "",
        "",
        "2026-09-23",
        "UPS",
        "",
        "1Z5R89390357567127",
        "",
    ]


def test_unknown_platform_and_every_layout_loads(shop: Database, tmp_path: Path) -> None:
    assert {"taobao", "pinduoduo", "douyin", "shopify", "amazon", "ebay"} <= set(layouts())
    with pytest.raises(ExportError, match="no batch-shipping layout"):
        export_shipping(shop, "myspace", tmp_path / "x.csv", SHANGHAI)


@pytest.mark.parametrize(
    ("cell", "safe"),
    [("=SUM(A1)", "'=SUM(A1)"), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"), ("SF123", "SF123")],
)
def test_neutralise(cell: str, safe: str) -> None:
    assert neutralise(cell) == safe
