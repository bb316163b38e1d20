"""The Tracking and Alerts tables are lazy windows like Orders: every row reachable, none cut."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.alerts.listing import AlertFilter
from app.storage import Database
from app.storage.models import Alert, Order, Shipment, ShipmentOrder
from app.tracking.story import ParcelFilter
from app.ui.models.alerts import AlertsModel
from app.ui.models.paged import PAGE_SIZE
from app.ui.models.parcels import ParcelsModel
from tests.helpers.orders import run_import
from tests.helpers.shopify import order_rows, write_export

PARCELS = 650  # the old pages stopped at 500
NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)


def stock(database: Database, tmp_path: Path) -> None:
    records = []
    for number in range(PARCELS):
        records += order_rows(
            f"#{number:04d}", "2026-11-20 10:00:00 +0000", [(1, "Cup", "5.00", f"SKU{number}")]
        )
    run_import(database, write_export(tmp_path / "e.csv", records))
    with database.write() as session:
        orders = session.scalars(select(Order).order_by(Order.order_id)).all()
        for number, order in enumerate(orders):
            parcel = Shipment(
                tracking_number=f"YT{number:012d}",
                carrier="yto" if number % 2 else "zto",
                created_utc=NOW - timedelta(hours=number),
                station="bench",
                operator="test",
                status="in_transit" if number % 5 else "delivered",
            )
            session.add(parcel)
            session.flush()
            session.add(ShipmentOrder(shipment_id=parcel.id, order_pk=order.id))
            session.add(
                Alert(
                    rule="stalled",
                    severity="warning",
                    order_pk=order.id,
                    shipment_id=parcel.id,
                    state="open" if number % 4 else "resolved",
                    opened_utc=NOW - timedelta(minutes=number),
                    message=f"YT{number:012d}: no news from the carrier for 2 d",
                )
            )


pytestmark = [pytest.mark.gui, pytest.mark.shop(stocked_by=stock)]


def test_parcels_model_passes_qt_model_tester(qtmodeltester, shop: Database) -> None:
    model = ParcelsModel(shop)
    model.reload()
    qtmodeltester.check(model)


def test_alerts_model_passes_qt_model_tester(qtmodeltester, shop: Database) -> None:
    model = AlertsModel(shop)
    model.reload()
    qtmodeltester.check(model)


def test_every_parcel_is_reachable_a_page_at_a_time(shop: Database) -> None:
    model = ParcelsModel(shop)
    model.reload()
    assert (model.total, model.rowCount()) == (PARCELS, PAGE_SIZE)
    while model.canFetchMore():
        model.fetchMore()
    numbers = [row.tracking_number for row in model.rows()]
    assert len(numbers) == len(set(numbers)) == PARCELS  # no row twice, none lost at a seam
    model.set_filter(ParcelFilter(status="delivered", carrier="zto"))
    assert model.total == len([n for n in range(PARCELS) if n % 10 == 0])
    assert {(row.status, row.carrier) for row in model.rows()} == {("delivered", "zto")}
    model.set_filter(ParcelFilter(search="YT000000000649"))
    assert [row.order_id for row in model.rows()] == ["#0649"]


def test_every_alert_is_reachable_and_resolved_ones_on_demand(shop: Database) -> None:
    model = AlertsModel(shop)
    model.reload()
    active = len([n for n in range(PARCELS) if n % 4])
    assert model.total == active and model.rowCount() == PAGE_SIZE
    while model.canFetchMore():
        model.fetchMore()
    assert len({row.id for row in model.rows()}) == active
    assert all(row.state == "open" for row in model.rows())
    model.set_filter(AlertFilter(include_resolved=True))
    assert model.total == PARCELS
    model.set_filter(AlertFilter(search="#0013"))
    assert [row.tracking_number for row in model.rows()] == ["YT000000000013"]
