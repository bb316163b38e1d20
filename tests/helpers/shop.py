"""Shops the tests stock, named for what they hold.

A test module names the one its ``shop`` fixture gets with
``pytestmark = pytest.mark.shop(stocked_by=builder)``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app.dispatch.station import Station
from app.storage import Database
from app.tracking.config import providers
from app.tracking.refresh import refresh
from app.tracking.simulator import Scenario, Simulator
from tests.helpers.orders import run_import
from tests.helpers.taobao import write_pair
from tests.helpers.tracking import NOW, SCENARIO, ZTO, serve


def one_dispatched_order(database: Database, tmp_path: Path) -> None:
    """One Taobao order dispatched: two scans, so the chains have heads to anchor or back up."""
    orders = [{"订单编号": '="4001"', "订单状态": "买家已付款，等待卖家发货", "收货人姓名": "李雷"}]
    items = [{"订单编号": '="4001"', "标题": "茶叶", "价格": "10.00", "购买数量": "1"}]
    run_import(database, *write_pair(tmp_path, orders, items))
    station = Station(database, "s1", "Lin", clock=lambda: datetime(2026, 9, 22, 9, tzinfo=UTC))
    station.scan("4001")
    station.scan("73123456789012")


ORDER = "3001"


def two_tracked_orders(database: Database, tmp_path: Path) -> None:
    """Two Taobao orders dispatched at one bench and tracked once: ZTO's answers recorded."""
    orders = [
        {
            "订单编号": '="3001"',
            "订单状态": "买家已付款，等待卖家发货",
            "订单创建时间": "2026-09-22 09:00:00",
            "收货人姓名": "王小明",
            "联系手机": "13812348000",
            "收货地址 ": "浙江省 杭州市 西湖区 文三路100号",
        },
        {
            "订单编号": '="3002"',
            "订单状态": "买家已付款，等待卖家发货",
            "订单创建时间": "2026-09-22 09:00:00",
            "联系手机": "13900000000",
        },
    ]
    items = [
        {"订单编号": '="3001"', "标题": "青花瓷茶杯", "价格": "38.00", "购买数量": "2"},
        {"订单编号": '="3002"', "标题": "茶盘", "价格": "88.00", "购买数量": "1"},
    ]
    run_import(database, *write_pair(tmp_path, orders, items))
    station = Station(
        database, "bench-1", "Lin", clock=lambda: datetime(2026, 9, 22, 9, 30, tzinfo=UTC)
    )
    for order_id, label in ((ORDER, ZTO), ("3002", "73123456789099")):
        station.scan(order_id)
        assert station.scan(label).code == "dispatched"
    server = serve(Simulator(Scenario.from_json(SCENARIO)))
    base = next(server)
    refresh(database, providers({"SHIPPROOF_PROVIDER_BASE_URL": base}), clock=lambda: NOW)
    next(server, None)


def add_store(database: Database, platform: str, name: str) -> None:
    """A second (third…) store of ``platform``, added as Settings adds one: an import only
    makes a platform's first store."""
    from app import shop

    shop.save(database, shop.ShopSettings(added=[(platform, name)]), stores_only=True)
