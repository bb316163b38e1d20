"""Refreshing against the simulator: the whole path, archive, dedup, status, faults."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.dispatch.station import Station
from app.orders.query import resolve_orders
from app.storage import Database
from app.storage.models import Shipment, Snapshot, TrackEvent
from app.tracking.config import providers
from app.tracking.refresh import refresh
from app.tracking.simulator import Scenario, Simulator, parse_faults
from app.tracking.story import ParcelStory, order_parcels
from app.tracking.verify import verify_events, verify_snapshots
from tests.helpers.orders import run_import
from tests.helpers.shopify import order_rows, write_export
from tests.helpers.taobao import write_pair
from tests.helpers.tracking import NOW, SCENARIO, UPS, ZTO, serve


@pytest.fixture
def base_url() -> Iterator[str]:
    yield from serve(Simulator(Scenario.from_json(SCENARIO)))


def stock(database: Database, tmp_path: Path) -> None:
    orders = [
        {
            "订单编号": '="3001"',
            "订单状态": "买家已付款，等待卖家发货",
            "订单创建时间": "2026-09-22 09:00:00",
            "联系手机": "13800138000",
        }
    ]
    items = [{"订单编号": '="3001"', "标题": "茶杯", "价格": "38.00", "购买数量": "1"}]
    run_import(database, *write_pair(tmp_path, orders, items))
    run_import(
        database,
        write_export(
            tmp_path / "s.csv",
            order_rows("#1001", "2026-09-21 10:00:00 +0000", [(1, "Mug", "10.00", "MUG")]),
        ),
    )
    station = Station(database, "s1", "Lin")
    for order_id, label in (("3001", ZTO), ("#1001", UPS)):
        station.scan(order_id)
        assert station.scan(label).code == "dispatched"


pytestmark = pytest.mark.shop(stocked_by=stock)


def statuses(database: Database) -> dict[str, str]:
    with database.session() as session:
        rows = session.execute(select(Shipment.tracking_number, Shipment.status))
        return {number: status for number, status in rows}


def counts(database: Database) -> tuple[int, int]:
    with database.session() as session:
        events = session.scalar(select(func.count(TrackEvent.id))) or 0
        snapshots = session.scalar(select(func.count(Snapshot.id))) or 0
    return events, snapshots


def test_refresh_reaches_the_carriers_status_and_archives_everything(
    shop: Database, base_url: str
) -> None:
    report = refresh(shop, providers({"SHIPPROOF_PROVIDER_BASE_URL": base_url}), clock=lambda: NOW)
    assert (report.checked, report.updated, report.events_new) == (2, 2, 4), report.errors
    assert statuses(shop) == {ZTO: "in_transit", UPS: "delivered"}
    story = parcel_story_of(shop, "3001")
    assert story.provider == "kuaidi100" and story.events[0].text == "快件已到达【北京转运中心】"
    assert story.events[0].time == "2026-09-23T06:30:00+08:00"
    with shop.session() as session:
        assert verify_events(session) is None and verify_snapshots(session) is None
        urls = session.scalars(select(Snapshot.url)).all()
    assert all("key" not in url and "sign" not in url for url in urls)

    later = NOW + timedelta(hours=5)
    again = refresh(shop, providers({"SHIPPROOF_PROVIDER_BASE_URL": base_url}), clock=lambda: later)
    assert (again.checked, again.events_new) == (1, 0)  # the delivered parcel is not asked again
    assert counts(shop)[0] == 4


def parcel_story_of(database: Database, order_id: str) -> ParcelStory:
    with database.session() as session:
        [pk] = resolve_orders(session, [order_id])
        story = order_parcels(session, pk, order_id)
    return story.shipments[0]


def test_kuaidi100_is_never_asked_twice_in_30_minutes(shop: Database, base_url: str) -> None:
    from app.storage.models import Setting
    from app.storage.setting_keys import TIMEZONE_SETTING

    with shop.write() as session:
        session.merge(Setting(key=TIMEZONE_SETTING, value="Asia/Shanghai"))
    available = providers({"SHIPPROOF_PROVIDER_BASE_URL": base_url})
    refresh(shop, available, clock=lambda: NOW)
    forced = refresh(shop, available, order_ids=["3001"], clock=lambda: NOW + timedelta(minutes=10))
    assert forced.checked == 0
    # asked at 08:00 UTC: said on the shop's clock, as every page reads
    assert forced.errors[0].message.endswith("one query every 30 minutes: asked at 16:00")


def test_without_keys_a_provider_is_off_and_says_so(shop: Database) -> None:
    report = refresh(shop, {}, clock=lambda: NOW)
    assert report.checked == 0
    assert {error.provider for error in report.errors} == {"kuaidi100", "17track"}
    assert all("no API key" in error.message for error in report.errors)


def test_faults_never_corrupt_and_repeated_refreshes_end_like_a_clean_run(
    shop: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.tracking import refresh as engine
    from app.tracking import simulator as sim

    monkeypatch.setattr(sim, "TIMEOUT_SLEEP_S", 0.6)
    monkeypatch.setattr(engine, "TIMEOUT_S", 0.3)
    faulty = Simulator(
        Scenario.from_json(SCENARIO),
        parse_faults("429=0.1,500=0.1,timeout=0.05,garbage=0.05"),
        seed=3,
    )
    server = serve(faulty)
    base = next(server)
    try:
        moment = NOW
        for _ in range(8):
            refresh(
                shop,
                providers({"SHIPPROOF_PROVIDER_BASE_URL": base}),
                clock=lambda moment=moment: moment,
            )
            moment += timedelta(hours=6)
    finally:
        next(server, None)
    assert statuses(shop) == {ZTO: "in_transit", UPS: "delivered"}
    assert counts(shop)[0] == 4
    with shop.session() as session:
        assert verify_events(session) is None and verify_snapshots(session) is None


def test_editing_an_event_or_a_raw_answer_is_found(shop: Database, base_url: str) -> None:
    refresh(shop, providers({"SHIPPROOF_PROVIDER_BASE_URL": base_url}), clock=lambda: NOW)
    with shop.engine.begin() as connection:
        connection.execute(
            text("UPDATE track_events SET text = 'delivered to neighbour' WHERE seq = 2")
        )
        connection.execute(text("UPDATE snapshots SET body = CAST('{}' AS BLOB) WHERE seq = 1"))
    with shop.session() as session:
        event_break, snapshot_break = verify_events(session), verify_snapshots(session)
    assert event_break is not None and event_break.seq == 2
    assert (
        snapshot_break is not None
        and snapshot_break.seq == 1
        and "raw answer" in snapshot_break.reason
    )


def test_a_shop_can_route_a_carrier_to_another_provider(shop: Database) -> None:
    import json

    from app.storage.models import Setting
    from app.tracking.refresh import due_parcels
    from app.tracking.routes import routing

    with shop.write() as session:
        session.add(
            Setting(
                key="provider_routes",
                value=json.dumps({"routes": {"zto": {"provider": "17track"}}}),
            )
        )
    with shop.session() as session:
        due = {
            parcel.ref.number: parcel.provider
            for parcel in due_parcels(session, NOW, routing(session))
        }
    assert due == {ZTO: "17track", UPS: "17track"}
