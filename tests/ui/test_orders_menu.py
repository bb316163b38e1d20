"""A right click on orders: paper, evidence, a spreadsheet, and the buyer's question."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.storage import Database
from app.ui.main_window import MainWindow
from tests.helpers.today import friday_morning

pytestmark = pytest.mark.shop(stocked_by=friday_morning)


def _select(window: MainWindow, rows: range) -> None:
    view = window.orders
    view.table.clearSelection()
    for row in rows:
        view.table.selectionModel().select(
            view.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def _actions(window: MainWindow) -> dict[str, object]:
    return {a.text(): a for a in window.orders.context_menu().actions() if a.text()}


def test_one_order_asks_where_its_parcel_is(qtbot: QtBot, shop: Database) -> None:
    window = MainWindow(shop)
    qtbot.addWidget(window)
    window.show_page("orders")
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 8, timeout=10_000)
    _select(window, range(2))
    actions = _actions(window)
    assert actions["Packing slips…"].isEnabled() and actions["Evidence packs…"].isEnabled()
    assert not actions["Where is the parcel?"].isEnabled()  # which one? the buyer asks once
    _select(window, range(1))
    [order_id] = window.orders.selected_ids()
    _actions(window)["Copy order number"].trigger()
    assert QGuiApplication.clipboard().text() == order_id
    _actions(window)["Where is the parcel?"].trigger()
    assert window.current_page() == "service"
    assert [answer.order_id for answer in window.service.answers] == [order_id]


def test_the_selected_orders_go_to_a_spreadsheet_in_the_users_language(
    qtbot: QtBot, shop: Database, tmp_path: Path, language: str
) -> None:
    window = MainWindow(shop)
    qtbot.addWidget(window)
    window.show_page("orders")
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 8, timeout=10_000)
    _select(window, range(3))
    target = tmp_path / "chosen.csv"
    with qtbot.waitSignal(window.orders.sheet_written, timeout=10_000) as done:
        window.orders.export_selected(target)
    assert "chosen.csv" in done.args[0] and "3" in done.args[0]
    rows = list(csv.reader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][0] == {"en": "Platform", "zh": "平台"}[language]
    assert sorted(row[1] for row in rows[1:]) == sorted(window.orders.selected_ids())
