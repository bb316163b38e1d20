"""Drive the packing station as a packer does: scanner bursts, whatever has the focus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.storage import Database
from app.ui.main_window import MainWindow
from app.ui.scanner import ScannerCapture
from app.ui.sounds import Sounds
from tests.orders.support import run_import
from tests.orders.test_shopify import order_rows, write_export

pytestmark = pytest.mark.gui
CREATED = "2026-04-05 10:00:00 +0000"


@pytest.fixture
def window(qtbot, database: Database, tmp_path: Path) -> MainWindow:
    records = order_rows("#1001", CREATED, [(1, "Blue Mug", "10.00", "MUG-BLU")])
    records += order_rows(
        "#1002", CREATED, [(1, "Cup", "5.00", "CUP")], **{"Financial Status": "refunded"}
    )
    run_import(database, write_export(tmp_path / "e.csv", records))
    window = MainWindow(database, Sounds(silent=True))
    qtbot.addWidget(window)
    window.show()
    window.navigation.setCurrentRow(1)  # Packing station
    qtbot.mouseClick(window.station.start_button, Qt.MouseButton.LeftButton)
    return window


def scan(qtbot, window: MainWindow, code: str, expected_result: str) -> None:
    """Type ``code`` + Enter as a scanner burst into whatever widget has the focus."""
    target = window.focusWidget() or window.navigation
    qtbot.keyClicks(target, code)
    qtbot.keyClick(target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.station.sounds.last_played == expected_result, timeout=5_000)


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
    assert "1 dispatched" in station.counts.text()


def test_a_refunded_order_stops_the_packer_loudly(qtbot, window: MainWindow) -> None:
    scan(qtbot, window, "#1002", "error")
    assert window.station.banner.text() == "STOP — refunded"
    assert window.station.banner.property("result") == "error"
    assert "do not ship" in window.station.detail.text()


def test_manual_entry_still_works(qtbot, window: MainWindow) -> None:
    station = window.station
    station.manual.setFocus()
    qtbot.keyClicks(station.manual, "#1001")
    qtbot.keyClick(station.manual, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: station.sounds.last_played == "info", timeout=5_000)
    assert station.history.item(0, 1).text().endswith("(typed)")


def test_scanner_timing_tells_bursts_from_typing(qtbot) -> None:
    capture = ScannerCapture()
    received: list[tuple[str, bool]] = []
    capture.scanned.connect(lambda code, burst: received.append((code, burst)))
    for index, key in enumerate("SF123456789012\r"):
        capture.feed(key, now=index * 0.004)  # 4 ms a key: a scanner
    for index, key in enumerate("1001\r"):
        capture.feed(key, now=10 + index * 0.18)  # 180 ms a key: a person
    assert received == [("SF123456789012", True), ("1001", False)]
