"""The packing station's state machine: every trap caught, every scan kept and chained."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.dispatch.scan_log import verify_scans
from app.dispatch.station import Station
from app.storage import Database
from app.storage.models import Order, Scan, Shipment, ShipmentOrder
from tests.helpers.orders import run_import
from tests.helpers.shop import add_store
from tests.helpers.shopify import order_rows, write_export
from tests.helpers.taobao import write_pair

CREATED = "2026-04-05 10:00:00 +0000"
UPS_OK, UPS_BAD = "1Z5R89390357567127", "1Z5R89390357567128"
FEDEX_OK = "986578788855"


def stock(database: Database, tmp_path: Path) -> None:
    records = order_rows(
        "#1001", CREATED, [(2, "Blue Mug", "10.00", "MUG-BLU"), (1, "Lid", "1.00", "LID")]
    )
    records += order_rows("#1002", CREATED, [(1, "Teapot", "30.00", "POT")])
    records += order_rows(
        "#1003", CREATED, [(1, "Cup", "5.00", "CUP")], **{"Financial Status": "pending"}
    )
    records += order_rows(
        "#1004", CREATED, [(1, "Cup", "5.00", "CUP")], **{"Financial Status": "refunded"}
    )
    records += order_rows(
        "#1005", CREATED, [(1, "Cup", "5.00", "CUP")], **{"Cancelled at": CREATED}
    )
    run_import(database, write_export(tmp_path / "shopify.csv", records))
    orders = [
        {
            "订单编号": '="3001"',
            "订单状态": "买家已付款，等待卖家发货",
            "订单创建时间": "2026-09-22 09:00:00",
            "物流单号 ": "SF1234567890123",
            "物流公司": "顺丰速运",
        },
        {
            "订单编号": '="3002"',
            "订单状态": "买家已付款，等待卖家发货",
            "订单创建时间": "2026-09-22 09:00:00",
            "物流公司": "顺丰速运",
        },
        {  # the platform's 发货 was clicked before packing: shipped, never scanned here
            "订单编号": '="3003"',
            "订单状态": "卖家已发货，等待买家确认",
            "订单创建时间": "2026-09-22 09:00:00",
            "物流单号 ": "SF3003300330033",
            "物流公司": "顺丰速运",
        },
        {
            "订单编号": '="3004"',
            "订单状态": "买家已付款，等待卖家发货",
            "订单创建时间": "2026-09-22 09:00:00",
            "物流单号 ": "SF3004300430043",
            "物流公司": "顺丰速运",
        },
        {
            "订单编号": '="3005"',
            "订单状态": "退款中的订单",
            "订单创建时间": "2026-09-22 09:00:00",
            "物流单号 ": "SF3005300530053",
            "物流公司": "顺丰速运",
        },
    ]
    items = [
        {
            "订单编号": '="3001"',
            "标题": "茶杯",
            "价格": "38.00",
            "购买数量": "1",
            "商家编码": "TEA-CUP",
        },
        {
            "订单编号": '="3002"',
            "标题": "茶壶",
            "价格": "88.00",
            "购买数量": "1",
            "商家编码": "TEA-POT",
        },
        *(
            {"订单编号": f'="{order}"', "标题": "茶叶", "价格": "20.00", "购买数量": "1"}
            for order in ("3003", "3004", "3005")
        ),
    ]
    run_import(database, *write_pair(tmp_path, orders, items))


pytestmark = pytest.mark.shop(stocked_by=stock)


def station(database: Database, name: str = "bench-1", **options: bool) -> Station:
    return Station(
        database,
        name,
        "Lin",
        zone=UTC,
        clock=lambda: datetime(2026, 9, 23, 10, 0, tzinfo=UTC),
        **options,
    )


def codes(station: Station, *scans: str) -> list[str]:
    return [station.scan(scan).code for scan in scans]


def status_of(database: Database, order_id: str) -> str:
    with database.session() as session:
        return session.scalars(select(Order.status).where(Order.order_id == order_id)).one()


def test_order_then_label_dispatches_and_every_scan_is_kept(shop: Database) -> None:
    bench = station(shop)
    opened = bench.scan("#1001\r\n")
    assert (opened.result, opened.code, opened.order_id) == ("info", "order_opened", "#1001")
    done = bench.scan(UPS_OK)
    assert (done.result, done.code, done.tracking_number, done.carrier) == (
        "ok",
        "dispatched",
        UPS_OK,
        "ups",
    )
    assert status_of(shop, "#1001") == "dispatched"
    with shop.session() as session:
        assert [s.code for s in session.scalars(select(Scan).order_by(Scan.seq))] == [
            "order_opened",
            "dispatched",
        ]
        assert session.scalars(select(Shipment.tracking_number)).all() == [UPS_OK]
        assert verify_scans(session) is None


def test_slip_barcode_without_hash_and_full_width_digits_open_the_order(shop: Database) -> None:
    assert station(shop).scan("１００２").code == "order_opened"


@pytest.mark.parametrize(
    ("order_id", "code"),
    [("#1003", "order_unpaid"), ("#1004", "order_refunded"), ("#1005", "order_cancelled")],
)
def test_orders_that_must_not_ship_are_stopped(shop: Database, order_id: str, code: str) -> None:
    bench = station(shop)
    outcome = bench.scan(order_id)
    assert (outcome.result, outcome.code) == ("error", code)
    assert "do not ship" in outcome.message
    assert bench.open is None
    assert bench.scan(UPS_OK).code == "no_open_order"  # nothing open: the label binds to nothing


def test_a_dispatched_order_says_so(shop: Database) -> None:
    bench = station(shop)
    codes(bench, "#1001", UPS_OK)
    assert codes(bench, "#1001") == ["already_dispatched"]


def test_wrong_check_digit_is_refused_and_the_order_stays_open(shop: Database) -> None:
    bench = station(shop)
    assert codes(bench, "#1002", UPS_BAD, UPS_OK) == [
        "order_opened",
        "tracking_invalid",
        "dispatched",
    ]


def test_a_label_already_on_another_order(shop: Database) -> None:
    bench = station(shop)
    assert codes(bench, "#1001", UPS_OK, "#1002", UPS_OK) == [
        "order_opened",
        "dispatched",
        "order_opened",
        "tracking_in_use",
    ]
    assert status_of(shop, "#1002") == "awaiting_dispatch"


def test_platform_waybill_mismatch_and_label_first(shop: Database) -> None:
    bench = station(shop)
    assert codes(bench, "3001", "SF9999999999999") == ["order_opened", "tracking_mismatch"]
    assert codes(bench, "CANCEL") == ["order_closed"]
    # label first: the platform's own waybill dispatches its order in one scan
    outcome = bench.scan("SF1234567890123")
    assert (outcome.code, outcome.order_id, outcome.carrier) == ("dispatched", "3001", "sf")


def test_carrier_mismatch(shop: Database) -> None:
    bench = station(shop)
    assert codes(bench, "3002", UPS_OK, "SF5555555555555") == [
        "order_opened",
        "carrier_mismatch",
        "dispatched",
    ]


def test_a_number_of_no_known_shape_needs_confirming(shop: Database) -> None:
    bench = station(shop)
    assert codes(bench, "#1002", "ZX98765432") == ["order_opened", "tracking_unrecognized"]
    assert codes(bench, "ZX98765432") == ["dispatched"]
    bench2 = station(shop)
    assert codes(bench2, "#1001", "QQ11223344", "CONFIRM") == [
        "order_opened",
        "tracking_unrecognized",
        "dispatched",
    ]


def test_item_checks(shop: Database) -> None:
    bench = station(shop, item_checks=True)
    assert codes(bench, "#1001", "MUG-BLU", FEDEX_OK) == [
        "order_opened",
        "item_ok",
        "items_incomplete",
    ]
    assert codes(bench, "POT", "LID", "LID") == [
        "item_not_in_order",
        "item_ok",
        "item_over_quantity",
    ]
    assert codes(bench, "mug-blu", FEDEX_OK) == ["item_ok", "dispatched"]


def parcels_of(database: Database, order_id: str) -> list[str]:
    with database.session() as session:
        return list(
            session.scalars(
                select(Shipment.tracking_number)
                .join(ShipmentOrder, ShipmentOrder.shipment_id == Shipment.id)
                .join(Order, Order.id == ShipmentOrder.order_pk)
                .where(Order.order_id == order_id)
                .order_by(Shipment.id)
            )
        )


def test_the_next_orders_waybill_never_becomes_parcel_2_of_the_last(shop: Database) -> None:
    """The tired packer's slip: order, label, then the next order's label without its order."""
    bench = station(shop)
    assert codes(bench, "#1001", UPS_OK) == ["order_opened", "dispatched"]
    refused = bench.scan("SF1234567890123")  # order 3001's platform waybill
    assert (refused.result, refused.code) == ("error", "tracking_mismatch")
    assert "3001" in refused.message and "#1001" in refused.message
    assert parcels_of(shop, "#1001") == [UPS_OK]
    assert status_of(shop, "3001") == "awaiting_dispatch"
    # scanning it twice does not slip through either; scanning the order first does
    assert codes(bench, "SF1234567890123", "3001", "SF1234567890123") == [
        "tracking_mismatch",
        "order_opened",
        "dispatched",
    ]
    assert parcels_of(shop, "3001") == ["SF1234567890123"]


def test_a_fresh_label_after_a_dispatch_binds_to_nothing(shop: Database) -> None:
    bench = station(shop)
    codes(bench, "#1001", UPS_OK)
    outcome = bench.scan(FEDEX_OK)
    assert (outcome.code, outcome.detail) == ("no_open_order", "closed_scan_parcel")
    assert "PARCEL" in outcome.message and parcels_of(shop, "#1001") == [UPS_OK]


def test_another_parcel_only_after_parcel_is_scanned(shop: Database) -> None:
    bench = station(shop)
    assert codes(bench, "#1001", UPS_OK, "PARCEL", FEDEX_OK) == [
        "order_opened",
        "dispatched",
        "parcel_added",
        "dispatched",
    ]
    assert parcels_of(shop, "#1001") == [UPS_OK, FEDEX_OK]
    assert bench.open is None  # the second parcel closed it again
    assert codes(bench, "1Z5R89390357567136") == ["no_open_order"]
    # PARCEL scanned up front: the order stays open for exactly one more label
    assert codes(bench, "#1002", "加包裹", "1Z5R89390357567136") == [
        "order_opened",
        "parcel_added",
        "dispatched",
    ]
    assert bench.open is not None
    last = bench.scan("1Z5R89390357567145")
    assert (last.code, last.params["parcel"]) == ("dispatched", "2")
    assert bench.open is None and parcels_of(shop, "#1002") == [
        "1Z5R89390357567136",
        "1Z5R89390357567145",
    ]


def test_parcel_after_a_dispatched_order_is_shown_adds_one(shop: Database) -> None:
    codes(station(shop, "bench-2"), "#1001", UPS_OK)
    bench = station(shop)
    assert codes(bench, "#1001", "PARCEL", FEDEX_OK) == [
        "already_dispatched",
        "parcel_added",
        "dispatched",
    ]
    assert parcels_of(shop, "#1001") == [UPS_OK, FEDEX_OK]
    assert codes(station(shop), "PARCEL") == ["unknown_code"]  # nothing to add a parcel to


def test_already_dispatched_says_when_where_and_by_whom(shop: Database) -> None:
    codes(station(shop, "bench-2"), "#1001", UPS_OK)
    outcome = station(shop).scan("#1001")
    assert outcome.code == "already_dispatched"
    assert outcome.params == {
        "order": "#1001",
        "number": UPS_OK,
        "when": "2026-09-23 10:00",
        "station": "bench-2",
        "operator": "Lin",
    }


def test_a_label_that_is_another_orders_waybill_is_never_bound(shop: Database) -> None:
    bench = station(shop)
    outcome = bench.scan("#1002")
    outcome = bench.scan("SF3004300430043")
    assert (outcome.code, outcome.params["owner"]) == ("tracking_mismatch", "3004")
    assert parcels_of(shop, "#1002") == [] and status_of(shop, "3004") == "awaiting_dispatch"
    # …unless both orders go in one merged parcel
    assert codes(bench, "CANCEL", "MERGE", "#1002", "3004", "SF3004300430043")[-1] == "dispatched"
    assert parcels_of(shop, "#1002") == parcels_of(shop, "3004") == ["SF3004300430043"]


def test_platform_shipped_but_never_scanned_is_packed_against_its_waybill(shop: Database) -> None:
    bench = station(shop)
    opened = bench.scan("3003")
    assert (opened.code, opened.detail) == ("order_opened", "opened_shipped")
    assert codes(bench, "SF5555555555555", "SF3003300330033") == ["tracking_mismatch", "dispatched"]
    assert status_of(shop, "3003") == "dispatched" and parcels_of(shop, "3003") == [
        "SF3003300330033"
    ]
    again = bench.scan("3003")
    assert (again.code, again.params["station"]) == ("already_dispatched", "bench-1")


def test_label_first_works_whatever_the_platform_status_but_a_stopped_one(shop: Database) -> None:
    bench = station(shop)
    shipped = bench.scan("SF3003300330033")
    assert (shipped.code, shipped.order_id) == ("dispatched", "3003")
    # label first after label first: a stream of waybills is how such a shop packs
    assert codes(bench, "SF3004300430043") == ["dispatched"]
    stopped = bench.scan("SF3005300530053")
    assert (stopped.code, stopped.order_id) == ("order_refunded", "3005")
    assert parcels_of(shop, "3005") == []


def test_an_order_stopped_while_on_the_bench_is_not_dispatched(shop: Database) -> None:
    bench = station(shop)
    codes(bench, "#1002")
    with shop.engine.begin() as connection:  # an import saw the refund meanwhile
        connection.execute(text("UPDATE orders SET status = 'refunded' WHERE order_id = '#1002'"))
    outcome = bench.scan(UPS_OK)
    assert (outcome.code, outcome.result) == ("order_refunded", "error")
    assert parcels_of(shop, "#1002") == [] and bench.open is None


def test_two_stations_race_for_one_order(shop: Database) -> None:
    first, second = station(shop, "bench-1"), station(shop, "bench-2")
    assert codes(first, "#1002") == codes(second, "#1002") == ["order_opened"]
    assert codes(first, UPS_OK) == ["dispatched"]
    assert codes(second, FEDEX_OK) == ["already_dispatched"]
    with shop.session() as session:
        assert session.scalars(select(Shipment.tracking_number)).all() == [UPS_OK]


def test_the_scan_is_committed_before_the_outcome_returns(shop: Database) -> None:
    bench = station(shop)
    outcome = bench.scan("nonsense!")
    with shop.engine.connect() as other:  # a separate connection sees it at once
        row = other.execute(
            text("SELECT code, raw_input FROM scans WHERE seq = :seq"), {"seq": outcome.seq}
        ).one()
    assert tuple(row) == ("unknown_code", "nonsense!")


def test_editing_or_deleting_a_scan_breaks_the_chain(shop: Database) -> None:
    bench = station(shop)
    codes(bench, "#1001", UPS_OK, "#1002", FEDEX_OK)
    with shop.engine.begin() as connection:
        connection.execute(text("UPDATE scans SET tracking_number = 'FORGED' WHERE seq = 2"))
    with shop.session() as session:
        broken = verify_scans(session)
    assert broken is not None and broken.seq == 2 and "changed" in broken.reason
    with shop.engine.begin() as connection:
        connection.execute(
            text("UPDATE scans SET tracking_number = :t WHERE seq = 2"), {"t": UPS_OK}
        )
        connection.execute(text("DELETE FROM scans WHERE seq = 3"))
    with shop.session() as session:
        broken = verify_scans(session)
    assert broken is not None and broken.seq == 3


def test_an_explicit_merged_parcel_takes_one_label_for_several_orders(shop: Database) -> None:
    bench = station(shop)
    assert codes(bench, "MERGE", "#1001", "#1002") == [
        "merge_started",
        "order_opened",
        "order_opened",
    ]
    outcome = bench.scan(UPS_OK)
    assert outcome.code == "dispatched" and "#1001, #1002" in outcome.message
    assert (status_of(shop, "#1001"), status_of(shop, "#1002")) == ("dispatched", "dispatched")
    with shop.session() as session:
        [shipment] = session.scalars(select(Shipment)).all()
        assert (
            len(
                session.scalars(
                    select(ShipmentOrder).where(ShipmentOrder.shipment_id == shipment.id)
                ).all()
            )
            == 2
        )
    assert bench.open is None and bench.merged is None


def test_a_merged_parcel_is_all_or_nothing_when_another_station_took_one_order(
    shop: Database,
) -> None:
    bench, other = station(shop, "bench-1"), station(shop, "bench-2")
    codes(bench, "MERGE", "#1001", "#1002")
    assert codes(other, "#1002", FEDEX_OK) == ["order_opened", "dispatched"]
    assert codes(bench, UPS_OK) == ["already_dispatched"]
    assert status_of(shop, "#1001") == "awaiting_dispatch"  # rolled back with the parcel


def test_one_order_id_in_two_stores_is_never_guessed(shop: Database, tmp_path: Path) -> None:
    records = order_rows("#1002", CREATED, [(1, "Teapot", "30.00", "POT")])
    add_store(shop, "shopify", "Second shop")
    run_import(shop, write_export(tmp_path / "other.csv", records), store="Second shop")
    outcome = station(shop).scan("#1002")
    assert (outcome.code, outcome.detail) == ("unknown_code", "ambiguous_order")
    assert "Second shop" in outcome.params["stores"] and "default" in outcome.params["stores"]
    records = order_rows("1002", CREATED, [(1, "Teapot", "30.00", "POT")])
    add_store(shop, "shopify", "Third shop")
    run_import(shop, write_export(tmp_path / "third.csv", records), store="Third shop")
    exact = station(shop).scan("1002")  # the id exactly as the slip holds it wins
    assert (exact.code, exact.order_id) == ("order_opened", "1002")


def test_a_merged_parcel_goes_on_past_a_stopped_or_dispatched_order(shop: Database) -> None:
    codes(station(shop, "bench-2"), "3004", "SF3004300430043")
    bench = station(shop)
    started = bench.scan("MERGE")
    assert started.detail == "merge_started"
    first = bench.scan("#1001")
    assert first.detail == "opened_merged_first" and "1 orders" not in first.message
    assert codes(bench, "#1002", "3004", "#1004", UPS_OK) == [
        "order_opened",
        "already_dispatched",
        "order_refunded",
        "dispatched",
    ]
    assert parcels_of(shop, "#1001") == parcels_of(shop, "#1002") == [UPS_OK]
    assert parcels_of(shop, "#1004") == []
    kept = station(shop)
    kept.scan("#1005")
    kept.scan("3002")
    assert kept.scan("MERGE").params == {"order": "3002"}  # it says which order it keeps


def test_orders_sharing_one_platform_waybill_are_told_to_merge(shop: Database) -> None:
    with shop.engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE orders SET tracking_number = 'SF1234567890123',"
                " waybill_key = 'SF1234567890123' WHERE order_id = '3002'"
            )
        )
    bench = station(shop)
    outcome = bench.scan("3001")
    outcome = bench.scan("SF1234567890123")
    assert (outcome.code, outcome.detail) == ("tracking_mismatch", "waybill_shared")
    assert "MERGE" in outcome.message
    assert codes(bench, "CANCEL", "MERGE", "3001", "3002", "SF1234567890123")[-1] == "dispatched"


def test_a_second_parcel_of_an_order_with_a_platform_waybill(shop: Database) -> None:
    bench = station(shop)
    assert codes(bench, "SF3004300430043", "PARCEL", "SF5555555555555") == [
        "dispatched",
        "parcel_added",
        "dispatched",
    ]
    assert parcels_of(shop, "3004") == ["SF3004300430043", "SF5555555555555"]


def test_the_forgotten_order_is_caught_past_an_idle_or_repeated_scan(shop: Database) -> None:
    bench = station(shop)
    assert codes(bench, "#1001", UPS_OK, UPS_OK, "REPRINT", "junk!", "SF1234567890123") == [
        "order_opened",
        "dispatched",
        "label_repeated",  # the same label read twice: said calmly, not a STOP
        "unknown_code",
        "unknown_code",
        "tracking_mismatch",
    ]
    assert codes(bench, "PARCEL", FEDEX_OK) == ["parcel_added", "dispatched"]
    closed = station(shop)
    assert codes(closed, "#1002", "PARCEL", "1Z5R89390357567136") == [
        "order_opened",
        "parcel_added",
        "dispatched",
    ]
    early = closed.scan("NEXT")  # one of the two parcels planned is still unlabelled
    assert (early.detail, early.params["count"], early.params["planned"]) == (
        "closed_parcels_missing",
        "1",
        "2",
    )


def test_odd_input_is_kept_and_answered_never_raised(shop: Database) -> None:
    bench = station(shop)
    bench.scan("#1002")
    long_code = "https://example.com/track?" + "x" * 200  # a QR's text at the label
    answers = [bench.scan(raw) for raw in ("A\x00B", "\ud800", long_code, "9" * 10_000)]
    assert [a.code for a in answers] == ["unknown_code"] * 4
    assert all(a.tracking_number is None or len(a.tracking_number) <= 64 for a in answers)
    with shop.session() as session:
        raws = session.scalars(select(Scan.raw_input).order_by(Scan.seq)).all()
        assert verify_scans(session) is None
    assert raws[1:3] == ["A\\x00B", "\\ud800"] and len(raws[-1]) == 4096
    with pytest.raises(ValueError, match="operator"):
        Station(shop, "bench", "")
    with pytest.raises(ValueError, match="station"):
        Station(shop, "b" * 65, "Lin")


def test_a_camera_that_fails_never_stops_the_parcel(shop: Database) -> None:
    from app.dispatch.photos import PhotoStore

    def broken() -> bytes:
        raise RuntimeError("the camera driver fell over")

    bench = Station(shop, "bench-1", "Lin", photos=PhotoStore.of(shop))
    bench.scan("#1002")
    assert bench.scan(UPS_OK, photo=broken).code == "dispatched"
    bench.scan("#1001")
    assert bench.scan(FEDEX_OK, photo=lambda: "not bytes").code == "dispatched"  # type: ignore[arg-type, return-value]


def test_a_waybill_exported_with_spaces_or_lower_case_is_still_recognised(
    database: Database, tmp_path: Path
) -> None:
    orders = [
        {
            "订单编号": f'="{order_id}"',
            "订单状态": "买家已付款，等待卖家发货",
            "订单创建时间": "2026-09-22 09:00:00",
            "物流单号 ": waybill,
            "物流公司": "顺丰速运",
        }
        for order_id, waybill in (("3001", ""), ("3002", "sf 1234-5678 90123"))
    ]
    items = [
        {"订单编号": f'="{order_id}"', "标题": "茶杯", "价格": "38.00", "购买数量": "1"}
        for order_id in ("3001", "3002")
    ]
    run_import(database, *write_pair(tmp_path, orders, items))
    bench = station(database)
    wrong = bench.scan("3001")
    wrong = bench.scan("SF1234567890123")  # 3002's waybill, as the printed label reads
    assert (wrong.code, wrong.params["owner"]) == ("tracking_mismatch", "3002")
    first = station(database).scan("SF1234567890123")  # label first finds it too
    assert (first.code, first.order_id) == ("dispatched", "3002")


def test_opening_an_order_while_another_lies_unlabelled_warns(shop: Database) -> None:
    bench = station(shop)
    bench.scan("#1001")
    switched = bench.scan("#1002")
    assert (switched.code, switched.result) == ("order_switched", "warning")
    assert switched.params == {"order": "#1002", "left": "#1001"}
    assert codes(bench, UPS_OK, "#1001") == ["dispatched", "order_opened"]  # nothing left
