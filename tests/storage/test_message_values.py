"""A kept message's values are outside every hash: damaged in the database, they never make
a record look tampered with, and nothing that reads the row fails on them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from app.chains import verify_all
from app.dispatch.station import Station
from app.storage import Database
from app.storage.models import Scan
from tests.helpers.orders import run_import
from tests.helpers.shopify import order_rows, write_export


@pytest.mark.parametrize("damaged", ["{not json", "[1]", "7", '"x"', "null"])
def test_damaged_scan_values_leave_the_records_verified(
    database: Database, tmp_path: Path, damaged: str
) -> None:
    records = order_rows("#1", "2026-09-21 10:00:00 +0000", [(1, "Mug", "10.00", "MUG")])
    run_import(database, write_export(tmp_path / "e.csv", records))
    station = Station(database, "s1", "Lin", clock=lambda: datetime(2026, 9, 22, tzinfo=UTC))
    station.scan("#1")
    assert station.scan("1Z5R89390357567127").code == "dispatched"
    with database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE scans SET message_values = ?", (damaged,))
    with database.session() as session:
        reports = verify_all(session)
        scans = list(session.scalars(select(Scan)))
    assert all(report.ok for report in reports), reports
    assert [scan.message_values for scan in scans] == [None, None]
