"""The Orders page: filters, the lazy orders table and the detail panel."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.orders.fields import ORDER_STATUSES
from app.orders.order_sheet import write_order_sheet
from app.orders.query import MAX_SEARCH, OrderFilter
from app.orders.stores import shop_zone
from app.shop import platforms as platform_names
from app.storage import Database
from app.storage.models import Store
from app.ui.codes import order_status
from app.ui.evidence_dialog import EvidenceDialog, open_evidence
from app.ui.focus_bar import FocusBar
from app.ui.icons import icon
from app.ui.language import gui_language
from app.ui.models.orders import OrdersModel
from app.ui.order_detail import OrderDetail
from app.ui.pages import SEARCH_DELAY_MS, lay_out_page, read_only_rows
from app.ui.paper_dialog import PaperDialog
from app.ui.printing import print_pdf
from app.ui.workers import ProgressFn, Worker

PERIODS: tuple[tuple[object, int | None], ...] = (
    (QT_TRANSLATE_NOOP("OrdersView", "Any time"), None),
    (QT_TRANSLATE_NOOP("OrdersView", "Last 24 hours"), 1),
    (QT_TRANSLATE_NOOP("OrdersView", "Last 7 days"), 7),
    (QT_TRANSLATE_NOOP("OrdersView", "Last 30 days"), 30),
    (QT_TRANSLATE_NOOP("OrdersView", "Last 365 days"), 365),
)


class OrdersView(QWidget):
    paper_opened = Signal(object)  # the PaperDialog previewing the selected orders' slips
    import_requested = Signal()  # the empty shop's "Import orders…"
    service_requested = Signal(str)  # "Where is the parcel?" for this order id
    sheet_written = Signal(str)  # what an export to a spreadsheet ended with

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        printer: Callable[[QWidget, Path], bool] = print_pdf,
        load_when_shown: bool = False,
    ) -> None:
        """``load_when_shown``: the list is read when the page first shows (the window
        opens on Today: reading 50,000 orders' first page then cost a sixth of the start)."""
        super().__init__(parent)
        self._database = database
        self._printer = printer
        self._loaded = False
        self.search = QLineEdit(
            placeholderText=self.tr("Search order id, name, phone, tracking number, product, SKU…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(MAX_SEARCH)  # longer matches nothing, and SQLite refuses it
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in ORDER_STATUSES:
            self.status.addItem(order_status(status), status)
        self.platform = QComboBox()
        self.period = QComboBox()
        for label, days in PERIODS:
            self.period.addItem(self.tr(str(label)), days)
        self.count_label = QLabel()

        self.model = OrdersModel(database)
        self.table = QTableView()
        self.table.setModel(self.model)
        read_only_rows(self.table, (130, 85, 215, 130, 120, 90, 100))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.detail = OrderDetail(database)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.platform, 1)
        filters.addWidget(self.period, 1)
        filters.addWidget(self.count_label)
        self.slips_button = QPushButton(icon("print"), self.tr("Packing slips…"))
        self.slips_button.setToolTip(
            self.tr("Print packing slips and a pick list for the selected orders")
        )
        self.slips_button.clicked.connect(self.print_slips)
        filters.addWidget(self.slips_button)
        self.evidence_button = QPushButton(icon("evidence"), self.tr("Evidence pack…"))
        self.evidence_button.setToolTip(
            self.tr("Preview, print or save the dispute evidence for the selected orders")
        )
        self.evidence_button.clicked.connect(self.open_evidence)
        filters.addWidget(self.evidence_button)
        self.focus = FocusBar()
        self._focus: OrderFilter | None = None  # rows a number elsewhere opened
        self._body = lay_out_page(self, filters, self.table, self.detail, focus=self.focus)
        self.empty = self._empty_state()
        layout = self.layout()
        if isinstance(layout, QVBoxLayout):  # lay_out_page's
            layout.addWidget(self.empty, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._filters_changed)
        for combo in (self.status, self.platform, self.period):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.focus.cleared.connect(self._filters_changed)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._right_click)
        self._sheet_worker: Worker | None = None
        if not load_when_shown:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_loaded()
        super().showEvent(event)

    def ensure_loaded(self) -> None:
        """Read the list now if it has not been read yet (the page is being opened)."""
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        """Reload platforms and rows, e.g. after an import."""
        self._loaded = True
        current = self.platform.currentData()
        self.platform.blockSignals(True)
        self.platform.clear()
        self.platform.addItem(self.tr("All platforms"), None)
        with self._database.session() as session:
            platforms = sorted(set(session.scalars(select(Store.platform))))
        names = platform_names(gui_language())
        for code in platforms:
            self.platform.addItem(names.get(code, code), code)
        self.platform.setCurrentIndex(max(0, self.platform.findData(current)))
        self.platform.blockSignals(False)
        self.apply_filter()

    def show_only(self, order_filter: OrderFilter, title: str) -> None:
        """Exactly the orders ``order_filter`` keeps (what a Today number counted), named
        ``title`` above the list, until the user clears it or filters for themselves."""
        for combo in (self.status, self.platform, self.period):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._focus = order_filter
        self.focus.show_title(title)
        self.apply_filter()

    def _filters_changed(self) -> None:
        """The user's own filter: it replaces what a number elsewhere opened."""
        self._focus = None
        self.focus.setVisible(False)
        self.apply_filter()

    def current_filter(self) -> OrderFilter:
        if self._focus is not None:
            return self._focus
        days = self.period.currentData()
        since = datetime.now(UTC) - timedelta(days=days) if days else None
        return OrderFilter(
            status=self.status.currentData(),
            platform=self.platform.currentData(),
            search=self.search.text().strip() or None,
            created_from=since,
        )

    def _empty_state(self) -> QWidget:
        """What a shop with no order yet sees instead of an empty table: what to do next."""
        panel = QWidget()
        text = QLabel(
            self.tr(
                "No orders yet. Export your orders from each platform you sell on (Taobao, "
                "Pinduoduo, Shopify, Amazon…) and import the files: ShipProof recognises "
                "the platform by itself. You can also drop the files on this window."
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.import_button = QPushButton(icon("import"), self.tr("Import orders…"))
        self.import_button.clicked.connect(lambda: self.import_requested.emit())
        layout = QVBoxLayout(panel)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        panel.setVisible(False)
        return panel

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        empty_shop = self.model.total == 0 and self.current_filter() == OrderFilter()
        self.empty.setVisible(empty_shop)
        self._body.setVisible(not empty_shop)
        self.count_label.setText(self.tr("%n order(s)", "", self.model.total))
        self.detail.show_nothing()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.selected_rows()
        if rows:
            self.detail.show_order(self.model.row_at(rows[-1]).pk)
        else:
            self.detail.show_nothing()

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def open_evidence(self) -> EvidenceDialog | None:
        """A preview for one selected order; a batch to a folder for several."""
        pks = [self.model.row_at(row).pk for row in self.selected_rows()]
        return open_evidence(self, self._database, pks, self._printer)

    # --- what a right click offers for the selected orders ----------------------------------
    def selected_ids(self) -> list[str]:
        return [self.model.row_at(row).order_id for row in self.selected_rows()]

    def _right_click(self, point: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(self.table.viewport().mapToGlobal(point))
        menu.deleteLater()  # a menu a click, not one kept per click

    def context_menu(self) -> QMenu:
        """The selected orders' actions: paper, evidence, the buyer's question, a sheet."""
        menu = QMenu(self)
        ids = self.selected_ids()
        for text, slot in (
            (self.tr("Packing slips…"), self.print_slips),
            (self.tr("Evidence packs…"), self.open_evidence),
            (self.tr("Export to a spreadsheet…"), self.export_selected),
        ):
            menu.addAction(text, slot).setEnabled(bool(ids))
        menu.addSeparator()
        one = len(ids) == 1
        where = menu.addAction(
            self.tr("Where is the parcel?"), lambda: self.service_requested.emit(ids[0])
        )
        copy = menu.addAction(
            self.tr("Copy order number"), lambda: QGuiApplication.clipboard().setText(ids[0])
        )
        where.setEnabled(one)
        copy.setEnabled(one)
        return menu

    def export_selected(self, target: Path | None = None) -> None:
        """The selected orders to a CSV spreadsheet, written in a worker."""
        pks = [self.model.row_at(row).pk for row in self.selected_rows()]
        if not pks or self._sheet_worker is not None:
            return
        if target is None:
            name, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export orders"), "orders.csv", self.tr("Spreadsheet (*.csv)")
            )
            if not name:
                return
            target = Path(name)
        database, language, chosen = self._database, gui_language(), target

        def job(_progress: ProgressFn, _cancel: threading.Event) -> int:
            with database.session() as session:
                return write_order_sheet(session, pks, chosen, language, shop_zone(session))

        self._sheet_worker = Worker(job)
        self._sheet_worker.signals.finished.connect(
            lambda count: self._sheet_done(
                self.tr("%n order(s) written to {file}", "", count).format(file=chosen.name)
            )
        )
        self._sheet_worker.signals.failed.connect(self._sheet_done)
        self._sheet_worker.start()

    def _sheet_done(self, message: str) -> None:
        """The export's outcome (its rows, or why it failed) where the count stands."""
        self._sheet_worker = None
        self.count_label.setText(message)
        self.sheet_written.emit(message)

    # --- packing slips -----------------------------------------------------------------
    def print_slips(self) -> PaperDialog | None:
        """Slips (with a pick list for several orders) in a preview on the paper this
        computer prints on, written in a worker; printed or saved from there."""
        pks = [self.model.row_at(row).pk for row in self.selected_rows()]
        if not pks:
            return None
        database, language = self._database, gui_language()

        def render(target: Path, paper: str, per_sheet: int) -> int:
            from app.paper.slips import load_orders, shop_now, write_slips  # reportlab: later

            return write_slips(
                load_orders(database, pks),
                target,
                pick_list=len(pks) > 1,
                page_size=paper,
                lang=language,
                now=shop_now(database),
                per_sheet=per_sheet,
            )

        dialog = PaperDialog(
            self.tr("Packing slips — %n order(s)", "", len(pks)),
            "packing-slips.pdf",
            render,
            self,
            printer=self._printer,
        )
        dialog.open()
        self.paper_opened.emit(dialog)
        return dialog
