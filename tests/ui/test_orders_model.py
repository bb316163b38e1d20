"""The lazy orders model: Qt's model tester, paging, sorting and filtering by query."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.orders.query import OrderFilter
from app.storage import Database
from app.ui.models.orders import OrdersModel
from app.ui.models.paged import PAGE_SIZE
from tests.helpers.orders import run_import
from tests.helpers.shopify import order_rows, write_export


def stock(database: Database, tmp_path: Path) -> None:
    records = []
    for number in range(450):
        status = {"Financial Status": "pending"} if number % 3 == 0 else {}
        records += order_rows(
            f"#{number:04d}",
            f"2026-04-05 10:{number % 60:02d}:00 +0000",
            [(1, "Cup", "5.00", f"SKU{number}")],
            **status,
        )
    run_import(database, write_export(tmp_path / "e.csv", records))


pytestmark = [pytest.mark.gui, pytest.mark.shop(stocked_by=stock)]


def test_model_passes_qt_model_tester(qtmodeltester, shop: Database) -> None:
    model = OrdersModel(shop)
    model.reload()
    qtmodeltester.check(model)


def test_rows_arrive_a_page_at_a_time(shop: Database) -> None:
    model = OrdersModel(shop)
    model.reload()
    assert (model.total, model.rowCount()) == (450, PAGE_SIZE)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450


def test_sort_and_filter_rerun_the_query(shop: Database) -> None:
    model = OrdersModel(shop)
    model.sort(2, Qt.SortOrder.AscendingOrder)  # order id, kept for the first load
    assert model.rowCount() == 0  # no query while the view is being set up
    model.reload()
    assert model.row_at(0).order_id == "#0000"
    model.set_filter(OrderFilter(status="unpaid"))
    assert model.total == 150
    assert all(model.row_at(row).status == "unpaid" for row in range(model.rowCount()))
