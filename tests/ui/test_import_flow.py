"""Drive the real widgets as a shopkeeper would: drop a file, preview, import, search."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.storage import Database
from app.ui.import_dialog import ImportDialog
from app.ui.main_window import MainWindow
from tests.helpers.drop import drop_files
from tests.helpers.orders import database_bytes, orders_by_id
from tests.helpers.shop import add_store
from tests.helpers.shopify import order_rows, write_export

pytestmark = pytest.mark.gui


def shopify_file(folder: Path, orders: int) -> Path:
    records = []
    for number in range(orders):
        records += order_rows(
            f"#{5000 + number}",
            "2026-04-05 10:00:00 +0000",
            [(1, "Cup", "5.00", f"CUP-{number}"), (2, "Lid", "1.00", "LID")],
        )
    return write_export(folder / "orders_export.csv", records)


def test_drop_preview_import_and_find_by_sku(qtbot, database: Database, tmp_path: Path) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    dialog = drop_files(window, shopify_file(tmp_path, 3))

    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert dialog.summary.item(0, 1).text() == "Shopify"  # by name, not its code
    assert dialog.summary.item(0, 3).text() == "3"  # new orders
    assert orders_by_id(database) == {}, "the preview must not write"

    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(orders_by_id(database)) == 3
    assert window.orders.model.total == 3

    qtbot.keyClicks(window.orders.search, "cup-2")
    qtbot.waitUntil(lambda: window.orders.model.total == 1, timeout=5_000)
    assert window.orders.model.row_at(0).order_id == "#5002"
    assert "#5002" in window.orders.detail.toPlainText()


def test_refused_rows_are_listed_and_saved(qtbot, database: Database, tmp_path: Path) -> None:
    records = order_rows("#1", "2026-04-05 10:00:00 +0000", [(1, "Cup", "5.00", "CUP")])
    records += order_rows("#2", "not a date", [(1, "Cup", "5.00", "CUP")])
    path = write_export(tmp_path / "export.csv", records)
    window = MainWindow(database)
    qtbot.addWidget(window)
    dialog = drop_files(window, path)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)

    assert dialog.issues.rowCount() == 2  # every bad cell of the order, not just the first
    assert {dialog.issues.item(row, 1).text() for row in range(2)} == {"3"}
    assert {dialog.issues.item(row, 2).text() for row in range(2)} == {"Created at", "Paid at"}
    assert dialog.save_button.isVisible()


def test_cancel_writes_nothing(qtbot, database: Database, tmp_path: Path) -> None:
    path = shopify_file(tmp_path, 15_000)
    window = MainWindow(database)
    qtbot.addWidget(window)
    before = database_bytes(database)
    dialog = drop_files(window, path)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=60_000)

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nothing was written" in dialog.headline.text(), timeout=60_000)

    assert orders_by_id(database) == {}
    assert database_bytes(database) == before


def test_not_an_export_is_refused_in_the_preview(qtbot, database: Database, tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("shopping list,qty\nmilk,2\n", encoding="utf-8")
    window = MainWindow(database)
    qtbot.addWidget(window)
    dialog = drop_files(window, path)
    qtbot.waitUntil(lambda: "Nothing can be imported" in dialog.headline.text(), timeout=10_000)
    assert not dialog.import_button.isEnabled()
    assert "not an order export" in dialog.issues.item(0, 3).text()


def test_unknown_file_is_mapped_in_the_dialog_then_imported(
    qtbot, database: Database, tmp_path: Path
) -> None:
    from app.ui.mapping_dialog import MappingDialog
    from tests.helpers.exports import write_csv
    from tests.helpers.mapping import HEADER, ROWS

    path = write_csv(tmp_path / "kuaishou.csv", HEADER, ROWS, encoding="utf-8-sig")
    window = MainWindow(database)
    qtbot.addWidget(window)
    dialog = drop_files(window, path)
    qtbot.waitUntil(dialog.map_button.isVisible, timeout=10_000)

    qtbot.mouseClick(dialog.map_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(MappingDialog) is not None, timeout=10_000)
    mapping: MappingDialog = dialog.findChild(MappingDialog)
    assert mapping.columns["order_id"].currentData() == "订单编号"  # suggested
    qtbot.keyClicks(mapping.platform, "kuaishou")
    assert mapping.status_column.currentData() == "订单状态"  # guessed from the header
    qtbot.waitUntil(lambda: mapping.status_values.rowCount() == 2, timeout=10_000)

    # statuses other profiles know are suggested; one left unchosen blocks saving
    suggested = [mapping.status_values.cellWidget(row, 1).currentData() for row in range(2)]
    assert suggested == ["awaiting_dispatch", "dispatched"]
    mapping.status_values.cellWidget(1, 1).setCurrentIndex(0)
    qtbot.mouseClick(mapping.save_button, Qt.MouseButton.LeftButton)
    assert "every value" in mapping.problem.text()
    combo = mapping.status_values.cellWidget(1, 1)
    combo.setCurrentIndex(combo.findData("dispatched"))
    mapping.columns["created_at"].setCurrentIndex(
        mapping.columns["created_at"].findData("下单时间")
    )
    qtbot.mouseClick(mapping.save_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert dialog.summary.item(0, 1).text() == "kuaishou"
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert set(orders_by_id(database)) == {"2026092212345678", "2026092212345679"}


def test_choosing_the_store_when_there_are_several(
    qtbot, database: Database, tmp_path: Path
) -> None:
    from tests.helpers.orders import run_import

    path = shopify_file(tmp_path, 2)
    run_import(database, path, store="EU shop")
    add_store(database, "shopify", "US shop")
    add_store(database, "shopify", "UK shop")
    run_import(database, path, store="US shop")
    window = MainWindow(database)
    qtbot.addWidget(window)
    dialog = drop_files(window, path)
    qtbot.waitUntil(lambda: "Nothing can be imported" in dialog.headline.text(), timeout=10_000)
    assert "several shopify stores" in dialog.issues.item(0, 3).text()

    dialog.store.setCurrentText("UK shop")
    qtbot.mouseClick(dialog.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.reports[0].orders_new == 2


def test_packing_slips_for_the_selected_orders(qtbot, database: Database, tmp_path: Path) -> None:
    from pypdf import PdfReader
    from PySide6.QtCore import QItemSelectionModel

    from app.ui.orders_view import OrdersView
    from tests.helpers.orders import run_import

    run_import(database, shopify_file(tmp_path, 3))
    printed: list[Path] = []
    view = OrdersView(database, printer=lambda _parent, path: printed.append(path) or True)
    qtbot.addWidget(view)
    selection = view.table.selectionModel()
    for row in (0, 2):
        selection.select(
            view.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    with qtbot.waitSignal(view.paper_opened, timeout=10_000) as opened:
        qtbot.mouseClick(view.slips_button, Qt.MouseButton.LeftButton)
    dialog = opened.args[0]
    qtbot.waitUntil(lambda: dialog.ready is not None, timeout=30_000)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    [path] = printed
    pages = [page.extract_text() for page in PdfReader(path).pages]
    assert len(pages) == 3 and "Pick list" in pages[0]  # a pick list, then one slip per order


def test_refused_cells_are_told_in_chinese(qtbot, qapp, database: Database, tmp_path: Path) -> None:
    from PySide6.QtCore import QLocale

    from app.ui.translations import install_translators, remove_translators

    records = order_rows("#1", "2026-04-05 10:00:00 +0000", [(1, "Cup", "5.00", "CUP")])
    records += order_rows("#2", "not a date", [(1, "Cup", "5.00", "CUP")])
    path = write_export(tmp_path / "export.csv", records)
    before = QLocale()
    install_translators(qapp, "zh", cache_dir=tmp_path / "i18n-cache")
    try:
        window = MainWindow(database)
        qtbot.addWidget(window)
        dialog = drop_files(window, path)
        qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)

        rows = [
            tuple(dialog.issues.item(row, column).text() for column in range(4))
            for row in range(dialog.issues.rowCount())
        ]
    finally:
        remove_translators(qapp)
        QLocale.setDefault(before)
    assert sorted(rows) == [
        ("export.csv", "3", column, "错误：'not a date' 不是该平台使用的日期/时间格式")
        for column in ("Created at", "Paid at")
    ]


def test_an_empty_shop_is_shown_how_to_start(
    qtbot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.show_page("orders")
    orders = window.orders
    assert orders.empty.isVisible() and not orders.table.isVisible()
    export = shopify_file(tmp_path, 2)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_args, **_kw: ([str(export)], ""))
    qtbot.mouseClick(orders.import_button, Qt.MouseButton.LeftButton)
    [dialog] = window.findChildren(ImportDialog)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not orders.empty.isVisible() and orders.table.isVisible()
    assert orders.model.total == 2
    orders.search.setText("nothing like this")
    orders.apply_filter()
    assert not orders.empty.isVisible(), "a search that finds nothing is not an empty shop"
