"""A scanner's burst is a scan whatever has the focus; a person typing is "(typed)".

Real key events with real timings: QTest sends each key to a widget and waits between keys
(those events carry no time stamp, so the filter's own clock times them), or hands them to
the window as the platform does (to whatever has the focus, with the window system's time
stamp). Nothing here calls the filter's handler directly.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from app.dispatch.station import Station
from app.storage import Database
from app.storage.models import Scan, Shipment
from app.ui.main_window import MainWindow
from app.ui.scanner import Key, KeyRun
from app.ui.station_view import StationView
from tests.helpers.station import LABEL, burst, open_station, seed_orders, shown

pytestmark = pytest.mark.gui
KEY_GAPS_MS = (2, 5, 10, 20)  # scanners send a key every 1–20 ms


@pytest.fixture
def window(qtbot, database: Database, tmp_path: Path) -> MainWindow:
    seed_orders(database, tmp_path)
    return open_station(qtbot, database)


def platform_burst(window: MainWindow, code: str, gap_ms: int) -> None:
    """``code`` + Enter through the window, as the window system delivers keys: to the
    focus widget, each with its own time stamp."""
    handle = window.windowHandle()
    for character in code:
        QTest.keyClick(handle, character)
        QTest.qWait(gap_ms)
    QTest.keyClick(handle, Qt.Key.Key_Return)


def focus(qtbot, window: MainWindow, name: str) -> QWidget:
    station = window.station
    widget = {
        "manual box": station.manual,
        "history": station.history,
        "navigation": window.navigation,
        "order lines": station.lines,
    }[name]
    widget.setFocus()
    assert window.focusWidget() is widget
    return widget


@pytest.mark.parametrize("gap_ms", KEY_GAPS_MS)
@pytest.mark.parametrize("target", ["manual box", "history", "navigation", "order lines"])
def test_a_burst_is_a_scan_whatever_has_the_focus(
    qtbot, window: MainWindow, target: str, gap_ms: int
) -> None:
    station = window.station
    widget = focus(qtbot, window, target)
    burst(qtbot, widget, "#1001", gap_ms)
    assert shown(qtbot, window, 1) == ["#1001"]
    assert station.banner.text() == "Order #1001"
    widget = focus(qtbot, window, target)  # the order's lines are on screen now
    burst(qtbot, widget, LABEL, gap_ms)
    assert shown(qtbot, window, 2) == ["#1001", LABEL]
    assert station.banner.text() == "DISPATCHED"
    assert window.pages.currentWidget() is station, "no key may reach the navigation list"
    assert station.manual.text() == "", "a burst leaves nothing behind in the manual box"


@pytest.mark.parametrize("target", ["manual box", "navigation", "order lines"])
def test_a_burst_through_the_window_system_is_a_scan(
    qtbot, window: MainWindow, target: str
) -> None:
    qtbot.waitActive(window)
    focus(qtbot, window, target)
    platform_burst(window, "#1001", 5)
    assert shown(qtbot, window, 1) == ["#1001"]
    focus(qtbot, window, target)
    platform_burst(window, LABEL, 5)
    assert shown(qtbot, window, 2) == ["#1001", LABEL]
    assert window.station.banner.text() == "DISPATCHED"


def test_slow_typing_in_the_manual_box_is_typed(qtbot, window: MainWindow) -> None:
    manual = focus(qtbot, window, "manual box")
    qtbot.keyClicks(manual, "#1001", delay=60)  # 120 ms a key: a person
    assert manual.text() == "#1001", "a person sees what they type"
    qtbot.keyClick(manual, Qt.Key.Key_Return, delay=60)
    assert shown(qtbot, window, 1) == ["#1001 (typed)"]
    assert window.station.banner.text() == "Order #1001"


def test_slow_typing_elsewhere_is_typed_too(qtbot, window: MainWindow) -> None:
    navigation = focus(qtbot, window, "navigation")
    burst(qtbot, navigation, "#1001", 130)
    assert shown(qtbot, window, 1) == ["#1001 (typed)"]
    assert window.pages.currentWidget() is window.station


def test_a_burst_after_hand_typed_text_keeps_that_text(qtbot, window: MainWindow) -> None:
    manual = focus(qtbot, window, "manual box")
    qtbot.keyClicks(manual, "10", delay=60)  # someone began typing, then picked up the scanner
    qtbot.wait(300)
    burst(qtbot, manual, "#1001", 5)
    assert shown(qtbot, window, 1) == ["#1001"]
    assert manual.text() == "10", "only the burst's characters leave the box"


def test_keys_pressed_before_a_pause_do_not_join_the_burst(qtbot, window: MainWindow) -> None:
    navigation = focus(qtbot, window, "navigation")
    qtbot.keyClicks(navigation, "x")  # a stray key, no Enter
    qtbot.wait(400)
    burst(qtbot, navigation, "#1001", 5)
    assert shown(qtbot, window, 1) == ["#1001"]
    assert window.station.banner.text() == "Order #1001"


def test_a_person_pausing_mid_code_keeps_the_whole_code(qtbot, window: MainWindow) -> None:
    navigation = focus(qtbot, window, "navigation")
    qtbot.keyClicks(navigation, "#10", delay=60)
    qtbot.wait(400)  # looking at the slip again
    burst(qtbot, navigation, "01", 120)
    assert shown(qtbot, window, 1) == ["#1001 (typed)"]


def test_shortcuts_still_work_while_scanning(qtbot, window: MainWindow) -> None:
    focus(qtbot, window, "navigation")
    qtbot.waitActive(window)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.orders, "Ctrl+1 opens the orders"
    assert window.station.history.rowCount() == 0


@pytest.mark.parametrize("target", ["manual box", "history"])
def test_a_burst_while_the_last_scan_is_still_running_is_a_scan(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, target: str
) -> None:
    station = window.station
    release = threading.Event()
    original_scan, original_show = Station.scan, StationView._show_outcome

    def slow_first(self: Station, raw: str):
        if raw == "#1001":
            assert release.wait(5)
        return original_scan(self, raw)

    def busy_painting(self: StationView, result) -> None:
        time.sleep(0.08)  # the GUI thread held up painting the banner, keys queue meanwhile
        original_show(self, result)

    monkeypatch.setattr(Station, "scan", slow_first)
    monkeypatch.setattr(StationView, "_show_outcome", busy_painting)
    widget = focus(qtbot, window, target)
    burst(qtbot, widget, "#1001", 5)
    assert station.history.rowCount() == 0, "the first scan is still in the worker"
    # the first scan's outcome reaches the GUI in the middle of the next burst
    QTimer.singleShot(30, release.set)
    burst(qtbot, widget, LABEL, 5)
    assert shown(qtbot, window, 2) == ["#1001", LABEL]
    assert station.banner.text() == "DISPATCHED"


def test_a_tired_packer_scanning_twice_quickly(
    qtbot, window: MainWindow, database: Database
) -> None:
    """The order twice, its label twice, each burst right after the last (no waiting)."""
    manual = focus(qtbot, window, "manual box")
    for code in ("#1001", "#1001", LABEL, LABEL):
        burst(qtbot, manual, code, 3)
        qtbot.wait(40)  # the next trigger pull
    assert shown(qtbot, window, 4) == ["#1001", "#1001", LABEL, LABEL]
    assert window.station.history.item(0, 2).text() != "OK", "the second label is refused"
    with database.session() as session:
        assert session.scalars(select(Scan.raw_input).order_by(Scan.seq)).all() == [
            "#1001",
            "#1001",
            LABEL,
            LABEL,
        ]
        assert session.scalars(select(Shipment.tracking_number)).all() == [LABEL]


# --- the timing rules, by the keys' own time stamps --------------------------------------
def run_of(text: str, gaps_ms: list[int], start: int = 1000) -> KeyRun:
    run, stamp = KeyRun(), start
    for index, character in enumerate(text):
        stamp += gaps_ms[index - 1] if index else 0
        run.add(Key(character, stamp, 0.0))  # a busy GUI thread saw them all at once
    return run


def test_time_stamps_not_the_gui_thread_tell_a_burst() -> None:
    assert run_of("SF1234567890", [4] * 11).split() == ("SF1234567890", True)
    assert run_of("SF1234567890", [4] * 5 + [90] + [4] * 5).split() == ("SF1234567890", True)
    assert run_of("1001", [180] * 3).split() == ("1001", False)
    assert run_of("1001", [60] * 3).split() == ("1001", False)  # a fast typist
    assert run_of("NEX", [4] * 2).split() == ("NEX", False)  # too short to tell
    # typed by hand, then the scanner right after: only the burst is the scan
    assert run_of("ab#1001", [150, 150, 5, 5, 5, 5]).split() == ("#1001", True)
    # a pause parts a burst from what came before; a person's code stays whole
    assert run_of("x#1001", [400, 5, 5, 5, 5]).split() == ("#1001", True)
    assert run_of("1001", [150, 400, 150]).split() == ("1001", False)
    assert run_of("x#1001", [5000, 5, 5, 5, 5]).split() == ("#1001", True)
    assert run_of("x1001", [5000, 150, 150, 150]).split() == ("1001", False)  # forgotten


def test_without_time_stamps_a_held_back_key_stays_in_the_code() -> None:
    run = KeyRun()
    seen = [0.0, 0.004, 0.008, 0.4, 0.4, 0.4, 0.4]  # the GUI thread was busy for 400 ms
    for character, moment in zip("#100123", seen, strict=True):
        run.add(Key(character, 0, moment))
    assert run.split() == ("#100123", True)
    stray = KeyRun()
    for character, moment in zip("x#1001", [0.0, 0.5, 0.505, 0.51, 0.515, 0.52], strict=True):
        stray.add(Key(character, 0, moment))
    assert stray.split() == ("#1001", True), "one stray key is no fast run to hold back"
