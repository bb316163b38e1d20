"""The orders table model: a lazy window over a core query.

Rows are fetched 200 at a time as the view scrolls (``canFetchMore``/``fetchMore``), as
plain dataclasses; sorting and filtering re-run the query instead of sorting in memory,
so 100,000 orders cost no more than the rows on screen.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.orders.query import OrderFilter, OrderRow, count_orders, order_page
from app.shop import platforms as platform_names
from app.storage import Database
from app.ui.codes import order_status
from app.ui.language import gui_language

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex

# (header, OrderRow attribute, sort key in app.orders.query.SORTABLE or None)
COLUMNS: tuple[tuple[object, str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("OrdersModel", "Created"), "created_at", "created_utc"),
    (QT_TRANSLATE_NOOP("OrdersModel", "Platform"), "platform", "platform"),
    (QT_TRANSLATE_NOOP("OrdersModel", "Order"), "order_id", "order_id"),
    (QT_TRANSLATE_NOOP("OrdersModel", "Status"), "status", "status"),
    (QT_TRANSLATE_NOOP("OrdersModel", "Recipient"), "recipient_name", "recipient_name"),
    (QT_TRANSLATE_NOOP("OrdersModel", "City"), "recipient_city", None),
    (QT_TRANSLATE_NOOP("OrdersModel", "Total"), "total", "total"),
    (QT_TRANSLATE_NOOP("OrdersModel", "Tracking"), "tracking_number", None),
)


class OrdersModel(QAbstractTableModel):
    def __init__(self, database: Database) -> None:
        super().__init__()
        self._database = database
        self._filter = OrderFilter()
        self._rows: list[OrderRow] = []
        self._exhausted = True  # nothing to fetch until the first filter arrives
        self._sort = ("created_utc", True)
        self._loaded = False
        self._platforms = platform_names(gui_language())  # once: data() runs per painted cell
        self.total = 0

    # --- what the view asks -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(COLUMNS[section][0]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        attribute = COLUMNS[index.column()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, attribute)
            if attribute == "created_at" and value:
                # shown in this computer's zone so rows from +08:00 and +01:00 shops compare
                return datetime.fromisoformat(value).astimezone().strftime("%Y-%m-%d %H:%M")
            if attribute == "status":
                return order_status(value)
            if attribute == "platform":
                return self._platforms.get(value, value)
            if attribute == "total" and value is not None:
                return f"{value:,.2f} {row.currency or ''}".strip()
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and attribute == "total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and attribute == "status":
            return row.platform_status
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        with self._database.session() as session:
            page = order_page(session, self._filter, len(self._rows), PAGE_SIZE, *self._sort)
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][2]
        if key is None:
            return
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        if self._loaded:  # the view sorts once while it is set up: no query before a filter
            self.reload()

    # --- what the window asks -----------------------------------------------------------
    def set_filter(self, order_filter: OrderFilter) -> None:
        self._filter = order_filter
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (after a filter change or an import)."""
        self.beginResetModel()
        self._loaded = True
        self._rows = []
        self._exhausted = False
        with self._database.session() as session:
            self.total = count_orders(session, self._filter)
        self.endResetModel()
        self.fetchMore()

    def row_at(self, row: int) -> OrderRow:
        return self._rows[row]
