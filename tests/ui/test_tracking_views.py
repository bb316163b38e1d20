"""The Tracking and Alerts pages against the simulator: refresh in the background, ack."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QTableView

from app.alerts.engine import evaluate
from app.storage import Database
from app.tracking.config import providers
from app.tracking.demo_story import demo_scenario, pack_demo_parcels, start_simulator
from app.ui.main_window import MainWindow
from app.ui.refresh_problems import RefreshProblems
from app.ui.sounds import Sounds
from tests.helpers.orders import run_import
from tests.helpers.shopify import order_rows, write_export
from tests.helpers.taobao import ITEMS, ORDERS, write_pair

pytestmark = pytest.mark.gui


def texts(table: QTableView, column: int) -> set[str]:
    """What the rows fetched so far show in ``column``."""
    model = table.model()
    return {model.index(row, column).data() for row in range(model.rowCount())}


def cell(table: QTableView, row: int, column: int) -> str:
    return str(table.model().index(row, column).data())


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
    window.show_page("tracking")
    tracking = window.tracking
    assert tracking.model.rowCount() == 5  # nine awaiting orders, four left for the station
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
    statuses = texts(tracking.table, 3)
    assert {"Delivered", "In transit", "Exception"} <= statuses
    tracking.carrier.setCurrentIndex(tracking.carrier.findData("zto"))
    assert texts(tracking.table, 1) == {"ZTO Express"}  # by name, not its code
    tracking.carrier.setCurrentIndex(0)
    tracking.table.selectRow(0)
    assert "—" in tracking.timeline.toPlainText()
    from datetime import UTC, datetime, timedelta

    # two days on, the parcels whose news stopped are stalled (the rules decide)
    evaluate(tracking._database, lambda: datetime.now(UTC) + timedelta(days=2))
    tracking.stalled.setChecked(True)
    shown = texts(tracking.table, 3)
    assert shown and shown <= {"In transit", "Out for delivery"}
    assert window.navigation.item(4).text().startswith("Alerts (")
    tracking.table.selectRow(0)
    dialog = tracking.open_evidence()
    assert dialog is not None and dialog.preview_mode
    assert dialog.windowTitle().endswith(cell(tracking.table, 0, 2))
    dialog.close()


def test_alerts_can_be_acknowledged_with_a_note(
    qtbot, window: MainWindow, database: Database
) -> None:
    from datetime import UTC, datetime, timedelta

    evaluate(database, lambda: datetime.now(UTC) + timedelta(days=3))
    alerts = window.alerts
    alerts.reload()
    assert alerts.model.rowCount() > 0
    alerts.table.selectRow(0)
    alerts.acknowledge_selected("called the carrier")
    states = texts(alerts.table, 6)
    assert "Acknowledged" in states
    notes = texts(alerts.table, 8)
    assert "called the carrier" in notes
    alerts.table.selectRow(0)
    dialog = alerts.open_evidence()
    assert dialog is not None and dialog.windowTitle().endswith(cell(alerts.table, 0, 2))
    qtbot.waitUntil(lambda: bool(dialog.packs), timeout=20_000)
    assert dialog.packs[0].order_id == cell(alerts.table, 0, 2)
    dialog.close()


def test_the_timeline_follows_the_selected_parcel_through_a_refresh(
    qtbot, window: MainWindow
) -> None:
    tracking = window.tracking
    tracking.table.selectRow(3)
    number = cell(tracking.table, 3, 0)
    assert tracking.timeline.toPlainText().startswith(number)
    with qtbot.waitSignal(tracking.refreshed, timeout=30_000):
        tracking.start_refresh()
    [row] = tracking.selected_rows()
    assert cell(tracking.table, row, 0) == number
    assert tracking.timeline.toPlainText().startswith(number)
    assert "—" in tracking.timeline.toPlainText()  # its events, now the carrier answered


def test_the_tracking_search_waits_for_the_typing_to_stop(qtbot, window: MainWindow) -> None:
    tracking = window.tracking
    number = cell(tracking.table, 0, 0)
    for key in number:  # a scanner's speed: no query per key
        qtbot.keyClicks(tracking.search, key)
        qtbot.wait(5)
    assert tracking.model.total == 5
    qtbot.waitUntil(lambda: tracking.model.total == 1, timeout=2_000)
    assert texts(tracking.table, 0) == {number}


def test_the_acknowledge_button_asks_for_a_note(
    qtbot, window: MainWindow, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime, timedelta

    evaluate(database, lambda: datetime.now(UTC) + timedelta(days=3))
    alerts = window.alerts
    alerts.reload()
    alerts.table.selectRow(0)
    asked: list[str] = []

    def answer(_parent: object, _title: str, label: str) -> tuple[str, bool]:
        asked.append(label)
        return "rang the depot", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    qtbot.mouseClick(alerts.ack_button, Qt.MouseButton.LeftButton)
    assert asked, "the button acknowledged without asking"
    [row] = [r for r in range(alerts.model.rowCount()) if cell(alerts.table, r, 8)]
    assert cell(alerts.table, row, 8) == "rang the depot"


def test_an_alert_is_read_whole_and_opens_its_parcel(
    qtbot, window: MainWindow, database: Database
) -> None:
    from datetime import UTC, datetime, timedelta

    evaluate(database, lambda: datetime.now(UTC) + timedelta(days=3))
    window.show_page("alerts")
    alerts = window.alerts
    alerts.reload()
    row = next(r for r in range(alerts.model.rowCount()) if cell(alerts.table, r, 3))
    alerts.table.selectRow(row)
    message = cell(alerts.table, row, 7)
    assert message in alerts.detail.toPlainText()
    assert alerts.model.index(row, 7).data(Qt.ItemDataRole.ToolTipRole) == message
    number = cell(alerts.table, row, 3)
    alerts.table.scrollTo(alerts.model.index(row, 1))
    rect = alerts.table.visualRect(alerts.model.index(row, 1))
    qtbot.mouseClick(alerts.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(alerts.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.pages.currentWidget() is window.tracking
    assert texts(window.tracking.table, 0) == {number}
    assert window.tracking.timeline.toPlainText().startswith(number)


def test_the_problems_of_a_refresh_open_as_a_list(qtbot, window: MainWindow) -> None:
    from app.tracking.refresh import RefreshError, RefreshReport
    from app.ui.tracking_view import RefreshOutcome

    tracking = window.tracking
    report = RefreshReport(checked=3, events_new=2)
    report.errors = [
        RefreshError(
            tracking_number="73100000000001",
            provider="kuaidi100",
            message="kuaidi100 has no API key: add it",
        ),
        RefreshError(tracking_number="1Z5R89390357567127", provider="17track", message="HTTP 503"),
    ]
    tracking._on_refreshed(RefreshOutcome(report, 0))
    assert "<a href='problems'>2 problem" in tracking.summary.text()  # (plural: the catalogue's)
    tracking.summary.linkActivated.emit("problems")  # the user clicks "2 problems"
    dialog = tracking.findChild(RefreshProblems)
    assert dialog is not None and dialog.isVisible()
    rows = [
        [dialog.table.item(row, column).text() for column in range(3)]
        for row in range(dialog.table.rowCount())
    ]
    assert rows == [
        ["73100000000001", "Kuaidi100 (快递100)", "kuaidi100 has no API key: add it"],
        ["1Z5R89390357567127", "17TRACK", "HTTP 503"],
    ]
    dialog.reject()
    tracking._on_refreshed(RefreshOutcome(RefreshReport(checked=1), 0))
    assert "href" not in tracking.summary.text() and "0 problem" in tracking.summary.text()


def test_timeline_times_read_on_the_shops_clock(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.tracking.refreshed, timeout=30_000):
        window.tracking.start_refresh()
    tracking = window.tracking
    tracking.table.selectRow(0)
    text = tracking.timeline.toPlainText()
    assert "T0" not in text and "T1" not in text and "T2" not in text  # no ISO times
    assert any(
        month in text
        for month in (
            "Jan",
            "Feb",
            "Mar",
            "Apr",
            "May",
            "Jun",
            "Jul",
            "Aug",
            "Sep",
            "Oct",
            "Nov",
            "Dec",
        )
    ), text
