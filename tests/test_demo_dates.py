"""The demo shop is of the week it is opened in: its exports move to now before import."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.demo import ensure_demo_shop
from app.demo_dates import EXPORTED, shift_for, shifted_name, shifted_text
from app.storage import Database
from app.storage.models import Order, Shipment, ShipmentOrder
from app.today import today

SHIFT = timedelta(days=14, hours=1, minutes=28)  # 2026-11-20 09:00 → 2026-12-04 10:28


def test_every_way_the_exports_write_a_time_moves_by_the_same_amount() -> None:
    text = (
        "2026-11-20 09:00,2026-11-19 23:59:59 +0100,2026-11-20T23:59:59+00:00,"
        "2026-11-18,261119-254536845806721,'13208349861"
    )
    assert shifted_text(text, SHIFT) == (
        "2026-12-04 10:28,2026-12-04 01:27:59 +0100,2026-12-05T01:27:59+00:00,"
        "2026-12-02,261119-254536845806721,'13208349861"
    )


def test_a_taobao_file_name_keeps_its_export_stamp_in_step() -> None:
    assert shifted_name("ExportOrderList202611200900.csv", SHIFT) == (
        "ExportOrderList202612041028.csv"
    )
    assert shifted_name("shopify_orders_export.csv", SHIFT) == "shopify_orders_export.csv"


def test_the_shift_is_whole_minutes_from_the_export_moment() -> None:
    assert shift_for(datetime(2026, 12, 4, 10, 28, 41, 5)) == SHIFT
    assert shift_for(EXPORTED - timedelta(days=200)) == timedelta(days=-200)


@pytest.mark.parametrize(
    "now",
    [
        datetime(2027, 3, 10, 7, 30, tzinfo=UTC),  # months later, mid-afternoon in Shanghai
        datetime(2026, 6, 1, 16, 5, tzinfo=UTC),  # before the files were made, past midnight
    ],
    ids=["later", "earlier"],
)
def test_the_demo_made_any_day_has_work_for_today(database: Database, now: datetime) -> None:
    assert ensure_demo_shop(database, now=now)
    with database.session() as session:
        newest = session.scalar(select(func.max(Order.created_utc)))
        page = today(session, now)
        packed_before_placed = session.scalar(
            select(func.count())
            .select_from(Shipment)
            .join(ShipmentOrder, ShipmentOrder.shipment_id == Shipment.id)
            .join(Order, Order.id == ShipmentOrder.order_pk)
            .where(Shipment.created_utc < Order.created_utc)
        )
    assert newest is not None and now - timedelta(hours=4) < newest < now
    assert page.awaiting.value > 0
    assert page.due_today.value + page.overdue.value > 0
    assert page.yesterday_orders.value > 0
    assert sum(1 for day in page.days if day.orders) >= 5  # a week of orders on the chart
    assert packed_before_placed == 0
