"""Records retyped or emptied by direct SQL: verify and the packs name them, never crash."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from app.chains import verify_all
from app.dispatch.station import Station
from app.evidence.files import write_packs
from app.storage import Database
from app.tracking.config import providers
from app.tracking.refresh import refresh
from app.tracking.simulator import Scenario, Simulator
from tests.orders.support import run_import
from tests.orders.test_taobao import write_pair
from tests.tracking.test_refresh import NOW, SCENARIO, ZTO, serve


@pytest.fixture
def tracked(database: Database, tmp_path: Path) -> Database:
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
    for order_id, label in (("3001", ZTO), ("3002", "73123456789099")):
        station.scan(order_id)
        assert station.scan(label).code == "dispatched"
    server = serve(Simulator(Scenario.from_json(SCENARIO)))
    refresh(database, providers({"SHIPPROOF_PROVIDER_BASE_URL": next(server)}), clock=lambda: NOW)
    next(server, None)
    return database


def broken(database: Database) -> dict[str, str]:
    with database.session() as session:
        return {
            report.chain: report.first_bad.reason
            for report in verify_all(session)
            if report.first_bad is not None
        }


def test_a_raw_answer_edited_with_replace_is_a_change_not_a_crash(
    tracked: Database, tmp_path: Path
) -> None:
    with tracked.engine.begin() as connection:  # replace() hands back TEXT, not a BLOB
        connection.execute(text("UPDATE snapshots SET body = replace(body, 'a', 'b')"))
    assert "stored as str" in broken(tracked)["snapshots"]
    [pack] = write_packs(tracked, ["3001"], tmp_path / "packs")
    assert pack["integrity"] == "failed"


@pytest.mark.parametrize(
    ("statement", "chain", "cause"),
    [
        ("UPDATE snapshots SET fetched_utc = 'yesterday'", "snapshots", "can no longer be read"),
        ("UPDATE scans SET seq = 'two' WHERE seq = 2", "scans", "record 2"),
        ("UPDATE scans SET hash = '' WHERE seq = 1", "scans", "changed"),
        ("UPDATE track_events SET event_time = 42 WHERE seq = 1", "events", "changed"),
    ],
)
def test_retyped_or_emptied_fields_are_named(
    tracked: Database, statement: str, chain: str, cause: str
) -> None:
    with tracked.engine.begin() as connection:
        connection.execute(text(statement))
    found = broken(tracked)
    assert cause in found[chain], found
