"""Shared fixtures of the evidence tests: a shop whose records a pack rests on."""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.chains import verify_all
from app.dispatch.station import Station
from app.storage import Database
from app.tracking.config import providers
from app.tracking.refresh import refresh
from app.tracking.simulator import Scenario, Simulator
from tests.helpers.orders import run_import
from tests.helpers.taobao import write_pair
from tests.helpers.tracking import NOW, SCENARIO, ZTO, serve

ZTO_A, ZTO_B = ZTO, "73123456789099"


@pytest.fixture
def tracked_shop(database: Database, tmp_path: Path) -> Database:
    """Orders 3001 (label ZTO_A) and 3002 (ZTO_B) dispatched at a station, both parcels
    tracked with two carrier events each; every record verifies."""
    orders = [
        {"订单编号": f'="{order_id}"', "订单状态": "买家已付款，等待卖家发货", "联系手机": phone}
        for order_id, phone in (("3001", "13812348000"), ("3002", "13900000000"))
    ]
    items = [
        {"订单编号": f'="{order_id}"', "标题": "茶杯", "价格": "38.00", "购买数量": "1"}
        for order_id in ("3001", "3002")
    ]
    run_import(database, *write_pair(tmp_path, orders, items))
    station = Station(database, "s1", "Lin", clock=lambda: datetime(2026, 9, 22, 9, 30, tzinfo=UTC))
    for order_id, label in (("3001", ZTO_A), ("3002", ZTO_B)):
        station.scan(order_id)
        assert station.scan(label).code == "dispatched"
    scenario = copy.deepcopy(SCENARIO)
    scenario["shipments"][ZTO_B] = copy.deepcopy(scenario["shipments"][ZTO_A])
    for event in scenario["shipments"][ZTO_B]["events"]:
        event["text"] += " (B)"  # not the same events: one may be moved onto the other
    server = serve(Simulator(Scenario.from_json(scenario)))
    refresh(database, providers({"SHIPPROOF_PROVIDER_BASE_URL": next(server)}), clock=lambda: NOW)
    next(server, None)
    with database.session() as session:
        assert all(report.ok for report in verify_all(session)), "the untouched shop verifies"
    return database
