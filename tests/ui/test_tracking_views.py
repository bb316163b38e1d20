"""The Tracking and Alerts pages against the simulator: refresh in the background, ack."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer

from app.alerts.engine import evaluate
from app.storage import Database
from app.tracking.config import providers
from app.tracking.demo_story import demo_scenario, pack_demo_parcels, start_simulator
from app.ui.main_window import MainWindow
from app.ui.sounds import Sounds
from tests.orders.support import run_import
from tests.orders.test_shopify import order_rows, write_export
from tests.orders.test_taobao import ITEMS, ORDERS, write_pair

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, database: Database, tmp_path: Path):
    run_import(database, *write_pair(tmp_path, ORDERS, ITEMS))
    records = []
    for number in range(8):
        records += order_rows(
            f"#{number}", "2026-09-21 10:00:00 +0000", [(1, "Mug", "10.00", "MUG")]
        )
    run_import(database, write_export(tmp_path / "s.csv", records))
    from datetime import UTC, datetime

    pack_demo_parcels(database, datetime.now(UTC))
    server, base_url = start_simulator(demo_scenario(database))
    window = MainWindow(
        database,
        Sounds(silent=True),
        providers=providers({"SHIPPROOF_PROVIDER_BASE_URL": base_url}),
    )
    qtbot.addWidget(window)
    window.show()
    yield window
    server.shutdown()
    server.server_close()


def test_refresh_runs_in_the_background_and_fills_the_views(qtbot, window: MainWindow) -> None:
    window.navigation.setCurrentRow(2)
    tracking = window.tracking
    assert tracking.table.rowCount() == 5  # nine awaiting orders, four left for the station
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [0.0]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    ticker = QTimer(interval=5)
    ticker.timeout.connect(tick)
    ticker.start()
    with qtbot.waitSignal(tracking.refreshed, timeout=30_000) as blocker:
        qtbot.mouseClick(tracking.refresh_button, Qt.MouseButton.LeftButton)
    ticker.stop()
    assert blocker.args[0].report.events_new > 0
    assert blocker.args[0].alerts_opened > 0 and "new alert" in window.last_notice
    assert max(gaps[1:]) < 50, f"the GUI thread stalled for {max(gaps[1:])} ms"
    statuses = {tracking.table.item(row, 3).text() for row in range(tracking.table.rowCount())}
    assert {"Delivered", "In transit", "Exception"} <= statuses
    tracking.carrier.setCurrentIndex(tracking.carrier.findData("zto"))
    assert {tracking.table.item(row, 1).text() for row in range(tracking.table.rowCount())} == {
        "zto"
    }
    tracking.carrier.setCurrentIndex(0)
    tracking.table.selectRow(0)
    assert "—" in tracking.timeline.toPlainText()
    from datetime import UTC, datetime, timedelta

    # two days on, the parcels whose news stopped are stalled (the rules decide)
    evaluate(tracking._database, lambda: datetime.now(UTC) + timedelta(days=2))
    tracking.stalled.setChecked(True)
    shown = {tracking.table.item(row, 3).text() for row in range(tracking.table.rowCount())}
    assert shown and shown <= {"In transit", "Out for delivery"}
    assert window.navigation.item(3).text().startswith("Alerts (")
    tracking.table.selectRow(0)
    dialog = tracking.open_evidence()
    assert dialog is not None and dialog.preview_mode
    assert dialog.windowTitle().endswith(tracking.table.item(0, 2).text())
    dialog.close()


def test_alerts_can_be_acknowledged_with_a_note(
    qtbot, window: MainWindow, database: Database
) -> None:
    from datetime import UTC, datetime, timedelta

    evaluate(database, lambda: datetime.now(UTC) + timedelta(days=3))
    alerts = window.alerts
    alerts.reload()
    assert alerts.table.rowCount() > 0
    alerts.table.selectRow(0)
    alerts.acknowledge_selected("called the carrier")
    states = {alerts.table.item(row, 6).text() for row in range(alerts.table.rowCount())}
    assert "Acknowledged" in states
    notes = {alerts.table.item(row, 8).text() for row in range(alerts.table.rowCount())}
    assert "called the carrier" in notes
    alerts.table.selectRow(0)
    dialog = alerts.open_evidence()
    assert dialog is not None and dialog.windowTitle().endswith(alerts.table.item(0, 2).text())
    qtbot.waitUntil(lambda: bool(dialog.packs), timeout=20_000)
    assert dialog.packs[0]["order_id"] == alerts.table.item(0, 2).text()
    dialog.close()
