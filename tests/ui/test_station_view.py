"""Drive the packing station as a packer does: scanner bursts, whatever has the focus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.alerts.engine import evaluate
from app.storage import Database
from app.ui.main_window import MainWindow
from tests.helpers.orders import run_import
from tests.helpers.shopify import order_rows, write_export
from tests.helpers.station import CREATED, open_station, scan, seed_orders

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, database: Database, tmp_path: Path) -> MainWindow:
    seed_orders(database, tmp_path)
    return open_station(qtbot, database)


def test_scanner_bursts_dispatch_an_order_whatever_has_the_focus(qtbot, window: MainWindow) -> None:
    station = window.station
    window.navigation.setFocus()  # a list that would jump to another page if it got the keys
    scan(qtbot, window, "#1001", "info")
    assert station.banner.text() == "Order #1001"
    assert station.banner.property("result") == "info"
    assert window.pages.currentWidget() is station, "the scan must not reach the navigation list"
    station.sounds.last_played = None
    scan(qtbot, window, "1Z5R89390357567127", "ok")
    assert station.banner.text() == "DISPATCHED"
    assert "1Z5R89390357567127" in station.detail.text()
    assert station.history.item(0, 2).text() == "OK"
    assert "1 parcel" in station.counts.text()  # "(s)" without the English plural forms


def test_a_refunded_order_stops_the_packer_loudly(qtbot, window: MainWindow) -> None:
    scan(qtbot, window, "#1002", "error")
    assert window.station.banner.text() == "STOP — refunded"
    assert window.station.banner.property("result") == "error"
    assert "do not ship" in window.station.detail.text()


def test_manual_entry_still_works(qtbot, window: MainWindow) -> None:
    station = window.station
    station.manual.setFocus()
    qtbot.keyClicks(station.manual, "#1001", delay=60)  # a person: 120 ms a key
    qtbot.keyClick(station.manual, Qt.Key.Key_Return, delay=60)
    qtbot.waitUntil(lambda: station.sounds.last_played == "info", timeout=5_000)
    assert station.history.item(0, 1).text() == "#1001 (typed)"


def test_the_next_orders_waybill_after_a_dispatch_is_refused_loudly(
    qtbot, database: Database, tmp_path: Path
) -> None:
    """The tired packer's slip at scanner speed: order, its label, the next order's waybill."""
    records = order_rows("#2001", CREATED, [(1, "Mug", "10.00", "MUG")])
    records += order_rows("#2002", CREATED, [(1, "Pot", "30.00", "POT")])
    run_import(database, write_export(tmp_path / "e.csv", records))
    with database.engine.begin() as connection:  # the platform printed #2002's waybill
        connection.exec_driver_sql(
            "UPDATE orders SET tracking_number = '1Z5R89390357567136',"
            " waybill_key = '1Z5R89390357567136' WHERE order_id = '#2002'"
        )
    window = open_station(qtbot, database)
    station = window.station
    station.manual.setFocus()  # where the focus often is on this page
    scan(qtbot, window, "#2001", "info")
    station.sounds.last_played = None
    scan(qtbot, window, "1Z5R89390357567127", "ok")
    station.sounds.last_played = None
    scan(qtbot, window, "1Z5R89390357567136", "error")
    assert station.banner.text() == "WRONG LABEL"
    assert "#2002" in station.detail.text() and "#2001" in station.detail.text()
    assert not station.history.item(0, 1).text().endswith("(typed)")
    station.sounds.last_played = None
    scan(qtbot, window, "PARCEL", "info")
    assert station.banner.text() == "Another parcel"


def test_every_outcome_code_has_a_headline(qtbot, window: MainWindow) -> None:
    from app.dispatch.outcome import CODES, ScanOutcome

    for code, (result, _kind) in CODES.items():
        outcome = ScanOutcome(input="x", normalized="x", result=result, code=code, message="m")
        assert window.station.headline(outcome) != code, f"no headline for {code}"


def test_a_scan_before_the_shift_is_never_taken_for_the_packers_name(
    qtbot, database: Database, tmp_path: Path
) -> None:
    seed_orders(database, tmp_path)
    window = open_station(qtbot, database, operator="")
    station = window.station
    station.operator.setFocus()  # where the cursor waits on a new computer
    qtbot.keyClicks(station.operator, "#1001", delay=2)
    qtbot.keyClick(station.operator, Qt.Key.Key_Return, delay=2)
    qtbot.waitUntil(lambda: station.sounds.last_played == "error", timeout=5_000)
    assert station.station is None, "a scan started a shift"
    assert station.operator.text() == "" and station.banner.property("result") == "error"
    qtbot.keyClicks(station.operator, "Li Wei", delay=130)  # a person types the name
    qtbot.keyClick(station.operator, Qt.Key.Key_Return, delay=130)
    assert station.station is not None and station.station.operator == "Li Wei"


def test_the_alert_badge_drops_as_an_overdue_order_is_dispatched(
    qtbot, database: Database, tmp_path: Path
) -> None:
    seed_orders(database, tmp_path)  # #1001 paid in April: long overdue
    evaluate(database)
    window = open_station(qtbot, database)
    assert window.alerts_label.text() == "Open alerts: 1"
    scan(qtbot, window, "#1001", "info")
    assert window.alerts_label.text() == "Open alerts: 1"
    window.station.sounds.last_played = None
    scan(qtbot, window, "1Z5R89390357567127", "ok")
    qtbot.waitUntil(lambda: window.alerts_label.text() == "Open alerts: 0", timeout=2_000)
    assert window.alerts.model.rowCount() == 0
