"""The packing station driven through the GUI: seeded orders, an open shift, scans and bursts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.storage import Database
from app.ui.main_window import MainWindow
from app.ui.sounds import Sounds
from tests.helpers.orders import run_import
from tests.helpers.shopify import order_rows, write_export
from tests.helpers.tracking import UPS

CREATED = "2026-04-05 10:00:00 +0000"


OPERATOR = "Li Wei"


def seed_orders(database: Database, tmp_path: Path) -> None:
    """#1001 awaiting dispatch (one Blue Mug, MUG-BLU), #1002 refunded."""
    records = order_rows("#1001", CREATED, [(1, "Blue Mug", "10.00", "MUG-BLU")])
    records += order_rows(
        "#1002", CREATED, [(1, "Cup", "5.00", "CUP")], **{"Financial Status": "refunded"}
    )
    run_import(database, write_export(tmp_path / "e.csv", records))


def open_station(qtbot, database: Database, operator: str = OPERATOR) -> MainWindow:
    """The main window on the packing station; the shift started by ``operator``, if any."""
    window = MainWindow(database, Sounds(silent=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("station")
    if operator:
        qtbot.keyClicks(window.station.operator, operator)
        qtbot.mouseClick(window.station.start_button, Qt.MouseButton.LeftButton)
        assert window.station.station is not None
    return window


def scan(qtbot, window: MainWindow, code: str, expected_result: str) -> None:
    """Type ``code`` + Enter as a scanner burst (about 5 ms a key) into the focus widget."""
    target = window.focusWidget() or window.navigation
    qtbot.keyClicks(target, code, delay=2)  # QTest waits the delay before press and release
    qtbot.keyClick(target, Qt.Key.Key_Return, delay=2)
    qtbot.waitUntil(lambda: window.station.sounds.last_played == expected_result, timeout=5_000)


LABEL = UPS  # check digit valid


def burst(qtbot, widget: QWidget, code: str, gap_ms: int) -> None:
    """``code`` + Enter into ``widget``, a key every ``gap_ms`` (QTest waits before press
    and before release, so half of it each time)."""
    delay = max(1, gap_ms // 2)
    qtbot.keyClicks(widget, code, delay=delay)
    qtbot.keyClick(widget, Qt.Key.Key_Return, delay=delay)


def shown(qtbot, window: MainWindow, count: int) -> list[str]:
    """The history's "Scanned" cells, oldest first, once ``count`` scans are shown."""
    history = window.station.history
    qtbot.waitUntil(lambda: history.rowCount() >= count, timeout=5_000)
    return [history.item(row, 1).text() for row in reversed(range(history.rowCount()))]
