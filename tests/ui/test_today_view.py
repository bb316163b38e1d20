"""The Today page as a shop owner uses it: the window opens on it, every number opens its list."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from app.alerts.engine import evaluate
from app.storage import Database
from app.ui.main_window import MainWindow
from app.ui.sounds import Sounds
from tests.helpers.shopify import order_rows, write_export
from tests.helpers.today import friday_morning

pytestmark = [pytest.mark.gui, pytest.mark.shop(stocked_by=friday_morning)]


@pytest.fixture
def window(qtbot, shop: Database) -> MainWindow:
    evaluate(shop)
    window = MainWindow(shop, Sounds(silent=True))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    with qtbot.waitSignal(window.today.loaded, timeout=10_000):
        window.show()
    return window


def test_the_window_opens_on_today_with_the_numbers(window: MainWindow) -> None:
    assert window.current_page() == "today"
    today = window.today
    assert today.title.text().startswith("Today, ")
    summary = today.summary
    assert summary is not None
    for key, tile in today.tiles.items():
        assert tile.number.text() == f"{summary.count(key).value:,}", key
    # the numbers that need someone are coloured; a zero is not
    assert "color" in today.tiles["alerts"].number.styleSheet()
    assert today.tiles["awaiting"].number.styleSheet() == ""


def test_a_number_opens_exactly_what_it_counted(qtbot, window: MainWindow) -> None:
    today = window.today
    awaiting = today.summary.count("awaiting").value if today.summary else 0
    qtbot.mouseClick(today.tiles["awaiting"], Qt.MouseButton.LeftButton)
    assert window.current_page() == "orders"
    orders = window.orders
    assert orders.model.rowCount() == awaiting
    assert not orders.focus.isHidden()
    assert orders.focus.label.text() == "Showing: Awaiting dispatch"
    qtbot.mouseClick(orders.focus.clear_button, Qt.MouseButton.LeftButton)
    assert orders.focus.isHidden()
    assert orders.model.rowCount() == 8  # every order again

    window.show_page("today")
    qtbot.mouseClick(today.tiles["exceptions"], Qt.MouseButton.LeftButton)
    assert window.current_page() == "tracking"
    tracking = window.tracking
    assert [tracking.model.row_at(r).order_id for r in range(tracking.model.rowCount())] == ["#8"]
    assert tracking.focus.label.text() == "Showing: Parcels in exception"
    tracking.status.setCurrentIndex(1)  # a filter of the user's own takes over
    assert tracking.focus.isHidden()

    window.show_page("today")
    qtbot.mouseClick(today.tiles["alerts"], Qt.MouseButton.LeftButton)
    assert window.current_page() == "alerts"


def test_a_day_of_the_chart_opens_its_orders(qtbot, window: MainWindow) -> None:
    chart, summary = window.today.chart, window.today.summary
    assert summary is not None
    qtbot.waitUntil(lambda: chart.width() > 100)
    area, slot = chart._slots()
    for index in (len(chart.days) - 1, len(chart.days) - 2):  # today, yesterday
        x = int(area.left() + slot * (index + 0.5))
        window.show_page("today")
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(x, chart.height() // 2))
        assert window.current_page() == "orders"
        assert window.orders.focus.label.text().startswith("Showing: Orders of ")
        assert window.orders.model.rowCount() == summary.days[index].orders


def test_an_import_counts_again(qtbot, window: MainWindow, tmp_path: Path) -> None:
    """An order imported while the app is open is on Today when the import ends."""
    before = window.today.summary
    assert before is not None
    placed = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S +0000")
    export = write_export(tmp_path / "new.csv", order_rows("#9", placed, [(1, "Tea", "9.00", "T")]))
    dialog = window.import_files([export])
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(window.today.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    after = window.today.summary
    assert after is not None
    assert after.awaiting.value == before.awaiting.value + 1
    assert window.today.tiles["awaiting"].number.text() == str(after.awaiting.value)
