"""Every kind of direct edit of the shop's file: `verify` and the affected pack both catch it.

The shop: two Taobao orders dispatched at a station (3001 with label ZTO_A, 3002 with
ZTO_B), both parcels tracked with two carrier events each. Each tamper is plain SQL (or a
consistent rewrite done in Python) against the SQLite file, as an attacker with the file
would do it; the pack of each named order must say FAILED and name the cause.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text, update

from app.chains import verify_all
from app.dispatch.scan_log import scan_content
from app.evidence.facts import gather
from app.storage import Database
from app.storage.chain import GENESIS, link
from app.storage.models import ChainHead, Scan
from tests.helpers.orders import run_import
from tests.helpers.taobao import write_pair

PK = "(SELECT id FROM orders WHERE order_id = '{}')"
SHIP = f"(SELECT shipment_id FROM shipment_orders WHERE order_pk = {PK})"
FIRST_EVENT = f"(SELECT min(id) FROM track_events WHERE shipment_id = {SHIP})"
NEWEST_ORDER_FACT = f"(SELECT max(seq) FROM facts WHERE kind = 'order' AND order_pk = {PK})"


def _broken(database: Database) -> dict[str, str]:
    with database.session() as session:
        return {
            report.chain: report.first_bad.reason
            for report in verify_all(session)
            if report.first_bad is not None
        }


def _problems(database: Database, order_id: str) -> list[str]:
    with database.session() as session:
        return [str(problem) for facts in gather(session, order_id) for problem in facts.problems]


def _rewrite_scans_without(database: Database, seq: int) -> None:
    """Delete one scan and recompute every later hash and the head: the scan chain alone
    verifies again (what only the facts, anchors and older packs can catch)."""
    with database.write() as session:
        session.execute(text(f"DELETE FROM scans WHERE seq = {seq}"))
        previous = GENESIS
        scans = list(session.scalars(select(Scan).order_by(Scan.seq)))
        for number, scan in enumerate(scans, start=1):
            scan.seq, scan.prev_hash = number, previous
            scan.hash = link(previous, scan_content(scan))
            previous = scan.hash
        session.execute(
            update(ChainHead)
            .where(ChainHead.chain == "scans")
            .values(head=previous, length=len(scans))
        )


# (what, SQL statements, {order id: words its pack's problems must contain})
TAMPERS: list[tuple[str, list[str], dict[str, str]]] = [
    (
        "scan text",
        ["UPDATE scans SET raw_input = '9999' WHERE seq = 1"],
        {"3001": "changed after it was written"},
    ),
    (
        "event text",
        [f"UPDATE track_events SET text = 'lost' WHERE id = {FIRST_EVENT.format('3001')}"],
        {"3001": "changed after it was written"},
    ),
    (
        "event sort time",
        [
            "UPDATE track_events SET event_utc = datetime(event_utc, '+40 hours') "
            f"WHERE id = {FIRST_EVENT.format('3001')}"
        ],
        {"3001": "changed after it was written"},
    ),
    (
        "event moved to another parcel",
        [
            f"UPDATE track_events SET shipment_id = {SHIP.format('3002')} "
            f"WHERE id = {FIRST_EVENT.format('3001')}"
        ],
        {"3001": "event(s) of this parcel before it", "3002": "changed after it was written"},
    ),
    (
        "scan moved to another order",
        [f"UPDATE scans SET order_pk = {PK.format('3002')} WHERE seq = 1"],
        {"3001": "scan(s) of this order before it", "3002": "changed after it was written"},
    ),
    (
        "one scan deleted",
        ["DELETE FROM scans WHERE seq = 1"],
        {"3001": "scan(s) of this order before it"},
    ),
    (
        "every scan of an order deleted",
        [f"DELETE FROM scans WHERE order_pk = {PK.format('3001')}"],
        {"3001": "counts 2 scan(s) but 0 remain"},
    ),
    (
        "one event deleted",
        [f"DELETE FROM track_events WHERE id = {FIRST_EVENT.format('3001')}"],
        {"3001": "event(s) of this parcel before it"},
    ),
    (
        "every event of a parcel deleted",
        [f"DELETE FROM track_events WHERE shipment_id = {SHIP.format('3001')}"],
        {"3001": "counts 2 event(s) but 0 remain"},
    ),
    (
        "newest scan deleted, head rewound",
        [
            "DELETE FROM scans WHERE seq = 4",
            "UPDATE chain_heads SET length = 3, head = (SELECT hash FROM scans WHERE seq = 3) "
            "WHERE chain = 'scans'",
        ],
        {"3002": "the scan that bound this label (scan 4) is missing"},
    ),
    (
        "dispatch-by promise",
        ["UPDATE orders SET dispatch_by = '2030-01-01T00:00:00+08:00' WHERE order_id = '3001'"],
        {"3001": "orders.dispatch_by was changed outside the app"},
    ),
    (
        "recipient address",
        ["UPDATE orders SET recipient_address = 'elsewhere' WHERE order_id = '3001'"],
        {"3001": "orders.recipient_address was changed"},
    ),
    (
        "buyer's phone",
        ["UPDATE orders SET recipient_phone = '13800000000' WHERE order_id = '3001'"],
        {"3001": "orders.recipient_phone"},
    ),
    (
        "buyer's phone removed",
        ["UPDATE orders SET recipient_phone = NULL WHERE order_id = '3001'"],
        {"3001": "orders.recipient_phone"},
    ),
    (
        "the salt of the phone's record",
        [f"UPDATE facts SET phone_salt = 'x' WHERE seq = {NEWEST_ORDER_FACT.format('3001')}"],
        {"3001": "orders.recipient_phone (or the salt"},
    ),
    (
        "order status",
        ["UPDATE orders SET status = 'refunded' WHERE order_id = '3001'"],
        {"3001": "orders.status was changed"},
    ),
    (
        "order line",
        [f"UPDATE order_lines SET quantity = 3 WHERE order_pk = {PK.format('3001')}"],
        {"3001": "lines were changed"},
    ),
    (
        "parcel status",
        [f"UPDATE shipments SET status = 'delivered' WHERE id = {SHIP.format('3001')}"],
        {"3001": "shipments.status was changed"},
    ),
    (
        "parcel label",
        [f"UPDATE shipments SET tracking_number = 'X1' WHERE id = {SHIP.format('3001')}"],
        {"3001": "shipments.tracking_number was changed"},
    ),
    (
        "parcel moved to another order",
        [
            f"UPDATE shipment_orders SET order_pk = {PK.format('3002')} "
            f"WHERE order_pk = {PK.format('3001')}"
        ],
        {"3001": "no longer a parcel of this order", "3002": "orders this parcel holds"},
    ),
    (
        "chain head hash",
        ["UPDATE chain_heads SET head = '" + "f" * 64 + "' WHERE chain = 'scans'"],
        {"3002": "head no longer names it"},
    ),
    (
        "raw answer edited with replace()",
        ["UPDATE snapshots SET body = replace(body, 'a', 'b')"],
        {"3001": "stored as str", "3002": "stored as str"},
    ),
    (
        "scan number retyped",
        ["UPDATE scans SET order_n = 'two' WHERE seq = 2"],
        {"3001": "changed after it was written"},
    ),
    (
        "scan version lowered",
        ["UPDATE scans SET v = 1 WHERE seq = 2"],
        {"3001": "changed after it was written"},
    ),
    (
        "event time retyped",
        [f"UPDATE track_events SET event_time = 42 WHERE id = {FIRST_EVENT.format('3001')}"],
        {"3001": "events record 1: changed after it was written"},
    ),
    (
        "order fact edited",
        [
            "UPDATE facts SET content = replace(content, 'dispatched', 'awaiting_dispatch') "
            f"WHERE seq = {NEWEST_ORDER_FACT.format('3001')}"
        ],
        {"3001": "facts record"},
    ),
    (
        "order fact no longer JSON",
        [f"UPDATE facts SET content = 'x' WHERE seq = {NEWEST_ORDER_FACT.format('3001')}"],
        {"3001": "can no longer be read"},
    ),
    (
        "newest order fact deleted",
        [f"DELETE FROM facts WHERE seq = {NEWEST_ORDER_FACT.format('3001')}"],
        {"3001": "orders.status was changed"},
    ),
    (
        "every fact of an order deleted",
        [f"DELETE FROM facts WHERE order_pk = {PK.format('3001')}"],
        {"3001": "the order has no chained record"},
    ),
    (
        "order fact moved to another order",
        [
            f"UPDATE facts SET order_pk = {PK.format('3001')} "
            f"WHERE seq = {NEWEST_ORDER_FACT.format('3002')}"
        ],
        {"3001": "it was moved", "3002": "orders.status was changed"},
    ),
]


@pytest.mark.parametrize(
    ("statements", "victims"),
    [pytest.param(statements, victims, id=what) for what, statements, victims in TAMPERS],
)
def test_verify_and_the_pack_catch_it(
    tracked_shop: Database, statements: list[str], victims: dict[str, str]
) -> None:
    with tracked_shop.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    assert _broken(tracked_shop), "verify must catch it"
    for order_id, words in victims.items():
        problems = _problems(tracked_shop, order_id)
        assert any(words in problem for problem in problems), (order_id, problems)


def test_a_consistent_rewrite_of_the_scans_is_caught_by_the_facts(tracked_shop: Database) -> None:
    _rewrite_scans_without(tracked_shop, 1)
    broken = _broken(tracked_shop)
    assert "scans" not in broken and "orders" in broken, broken
    assert any("scan 2 of this order is not the one" in p for p in _problems(tracked_shop, "3001"))


def test_the_verdict_reads_the_recorded_promise_not_the_edited_row(tracked_shop: Database) -> None:
    with tracked_shop.engine.begin() as connection:
        connection.execute(
            text("UPDATE orders SET dispatch_by = '2030-01-01T00:00:00+08:00' WHERE id = 1")
        )
    with tracked_shop.session() as session:
        [facts] = gather(session, "3001")
    assert facts.order.dispatch_by is None  # as imported: the export had no promise
    assert facts.parcel_status == "in_transit"


def test_an_edit_of_one_order_leaves_the_other_pack_ok(tracked_shop: Database) -> None:
    with tracked_shop.engine.begin() as connection:
        connection.execute(text("UPDATE orders SET recipient_address = 'x' WHERE id = 1"))
        connection.execute(
            text(f"DELETE FROM track_events WHERE id = {FIRST_EVENT.format('3001')}")
        )
    assert _problems(tracked_shop, "3002") == []


def test_a_phone_written_into_an_order_that_had_none(
    tracked_shop: Database, tmp_path: Path
) -> None:
    orders = [{"订单编号": '="3003"', "订单状态": "买家已付款，等待卖家发货", "联系手机": ""}]
    items = [{"订单编号": '="3003"', "标题": "茶杯", "价格": "38.00", "购买数量": "1"}]
    (tmp_path / "more").mkdir()
    run_import(tracked_shop, *write_pair(tmp_path / "more", orders, items))
    assert _problems(tracked_shop, "3003") == []
    with tracked_shop.engine.begin() as connection:
        connection.execute(
            text("UPDATE orders SET recipient_phone = '13900001111' WHERE order_id = '3003'")
        )
    assert any("orders.recipient_phone" in p for p in _problems(tracked_shop, "3003"))
    assert "orders" in _broken(tracked_shop)


def test_no_fact_holds_the_buyers_phone(tracked_shop: Database) -> None:
    """A pack's records leave the shop: the phone is in them only as a salted hash."""
    with tracked_shop.engine.connect() as connection:
        contents = connection.execute(text("SELECT content FROM facts")).scalars().all()
    assert contents and not any("13812348000" in content for content in contents)
