"""A shift: who packs at which station (their names go into every scan and so into evidence
packs), chosen at the start and remembered on this computer; End shift and its summary."""

from __future__ import annotations

import getpass
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.dispatch.station import Station
from app.storage import Database
from app.storage.models import Scan
from app.ui.main_window import MainWindow
from app.ui.translations import install_translators, remove_translators
from tests.helpers.screens import chrome, english, shop_data
from tests.helpers.station import LABEL, OPERATOR, burst, open_station, seed_orders, shown


@pytest.fixture(autouse=True)
def english_gui(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """English as the app installs it (its plural forms: "1 scan", "2 scans")."""
    before = QLocale()
    install_translators(qapp, "en", cache_dir=tmp_path / "i18n-cache")
    yield
    remove_translators(qapp)
    QLocale.setDefault(before)


@pytest.fixture
def os_account(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(getpass, "getuser", lambda: "osaccount")
    return "osaccount"


pytestmark = [pytest.mark.gui, pytest.mark.shop(stocked_by=seed_orders)]


def test_a_new_computer_asks_who_packs_and_never_takes_the_os_account(
    qtbot, shop: Database, os_account: str
) -> None:
    window = open_station(qtbot, shop, operator="")
    station = window.station
    assert station.operator.text() == "", "never silently the OS account's name"
    assert station.operator.placeholderText()
    assert station.station_id.text() == socket.gethostname(), "the host name, in plain sight"
    assert window.focusWidget() is station.operator

    qtbot.mouseClick(station.start_button, Qt.MouseButton.LeftButton)
    assert station.station is None, "no shift without an operator"
    assert station.banner.text() == "Who is packing?"
    assert "operator" in station.detail.text()
    assert window.focusWidget() is station.operator

    burst(qtbot, window.navigation, "#1001", 5)  # a scan before the shift: refused, said so
    qtbot.waitUntil(lambda: station.banner.text() == "Start the shift first")
    assert station.history.rowCount() == 0


def test_names_are_typed_and_remembered_on_this_computer(
    qtbot, shop: Database, os_account: str
) -> None:
    window = open_station(qtbot, shop, operator="")
    station = window.station
    station.station_id.selectAll()
    qtbot.keyClicks(station.station_id, "bench-2")  # real keys: the capture lets them through
    qtbot.keyClicks(station.operator, "Wang Fang", delay=30)
    qtbot.keyClick(station.operator, Qt.Key.Key_Return)  # Enter in the field starts the shift
    assert station.station is not None
    assert (station.station.station_id, station.station.operator) == ("bench-2", "Wang Fang")
    assert station.start_button.text() == "End shift"
    assert not station.operator.isEnabled() and not station.station_id.isEnabled()
    burst(qtbot, window.navigation, "#1001", 5)
    shown(qtbot, window, 1)
    with shop.session() as session:
        assert session.execute(select(Scan.station, Scan.operator)).all() == [
            ("bench-2", "Wang Fang")
        ]
    assert QSettings().value("station/operator") == "Wang Fang"  # per computer, not the shop

    again = MainWindow(shop)  # the next day, on this computer
    qtbot.addWidget(again)
    assert again.station.operator.text() == "Wang Fang"
    assert again.station.station_id.text() == "bench-2"


def test_end_shift_shows_the_summary_and_frees_the_fields(qtbot, shop: Database) -> None:
    window = open_station(qtbot, shop)
    station = window.station
    assert station.start_button.text() == "End shift"
    burst(qtbot, window.navigation, "#1001", 5)
    shown(qtbot, window, 1)
    assert station.counts.text().endswith("1 scan · 0 parcels dispatched · 0 stopped")
    burst(qtbot, window.navigation, LABEL, 5)
    burst(qtbot, window.navigation, "#1002", 5)  # refunded: stopped
    shown(qtbot, window, 3)
    assert station.counts.text().endswith("3 scans · 1 parcel dispatched · 1 stopped")

    qtbot.mouseClick(station.start_button, Qt.MouseButton.LeftButton)
    assert station.banner.text() == "Shift ended"
    assert station.banner.property("result") == "info"
    summary = station.detail.text()
    assert f"Station {socket.gethostname()} · {OPERATOR} · " in summary
    assert "3 scans · 1 parcel dispatched · 1 stopped" in summary
    assert "min)" in summary and "still open" not in summary
    assert station.start_button.text() == "Start shift"
    assert station.operator.isEnabled() and station.operator.text() == OPERATOR
    assert station.counts.text() == ""

    burst(qtbot, window.navigation, "#1001", 5)  # after the shift: refused, nothing written
    qtbot.waitUntil(lambda: station.banner.text() == "Start the shift first")
    with shop.session() as session:
        assert len(session.scalars(select(Scan.id)).all()) == 3

    qtbot.mouseClick(station.start_button, Qt.MouseButton.LeftButton)  # the next shift
    assert station.start_button.text() == "End shift"
    assert station.counts.text().endswith("0 scans · 0 parcels dispatched · 0 stopped")


def test_ending_with_an_order_open_says_so(qtbot, shop: Database) -> None:
    window = open_station(qtbot, shop)
    station = window.station
    burst(qtbot, window.navigation, "#1001", 5)
    shown(qtbot, window, 1)
    station.end_shift()
    assert station.banner.text() == "Shift ended"
    assert station.banner.property("result") == "warning"
    assert "Order #1001 was still open when the shift ended." in station.detail.text()
    assert "1 scan · 0 parcels dispatched · 0 stopped" in station.detail.text()


def test_the_summary_waits_for_the_scan_still_in_flight(
    qtbot, shop: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_station(qtbot, shop)
    station = window.station
    release = threading.Event()
    original = Station.scan

    def slow(self: Station, raw: str):
        assert release.wait(5)
        return original(self, raw)

    monkeypatch.setattr(Station, "scan", slow)
    burst(qtbot, window.navigation, "#1001", 5)
    qtbot.mouseClick(station.start_button, Qt.MouseButton.LeftButton)
    assert station.banner.text() != "Shift ended"
    assert not station.start_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: station.banner.text() == "Shift ended", timeout=5_000)
    assert "1 scan · " in station.detail.text()
    assert station.start_button.isEnabled()
    assert station.history.rowCount() == 1


def test_counts_in_chinese(qtbot, qapp: QApplication, shop: Database, tmp_path: Path) -> None:
    install_translators(qapp, "zh", cache_dir=tmp_path / "i18n-cache")
    window = open_station(qtbot, shop, operator="")
    station = window.station
    station.operator.setText("李伟")  # (QTest types ASCII only)
    qtbot.mouseClick(station.start_button, Qt.MouseButton.LeftButton)
    assert station.start_button.text() == "结束班次"
    burst(qtbot, window.navigation, "#1001", 5)
    shown(qtbot, window, 1)
    assert station.counts.text().endswith("扫描 1 次 · 发出包裹 0 个 · 拦截 0 次")
    station.end_shift()
    assert station.banner.text() == "班次已结束"
    assert "扫描 1 次 · 发出包裹 0 个 · 拦截 0 次" in station.detail.text()
    assert "订单 #1001" in station.detail.text()


def test_the_station_speaks_chinese_before_during_and_after_a_shift(
    qtbot, qapp: QApplication, shop: Database, tmp_path: Path
) -> None:
    install_translators(qapp, "zh", cache_dir=tmp_path / "i18n-cache")
    window = open_station(qtbot, shop, operator="")
    station = window.station
    data = shop_data(shop) | {socket.gethostname(), "李伟"}
    found: list[str] = []

    def look(moment: str) -> None:
        for widget, text in chrome(station):
            words = english(text, data)
            if words:
                found.append(f"{moment}: {type(widget).__name__} {text!r} ← {words}")

    look("before the shift")
    qtbot.mouseClick(station.start_button, Qt.MouseButton.LeftButton)
    look("refused without an operator")
    station.operator.setText("李伟")
    qtbot.mouseClick(station.start_button, Qt.MouseButton.LeftButton)
    burst(qtbot, window.navigation, "#1001", 5)
    shown(qtbot, window, 1)
    look("during the shift")
    station.end_shift()
    look("after the shift")
    assert not found, "\n".join(found)
