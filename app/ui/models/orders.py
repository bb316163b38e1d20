"""The orders table model: a lazy window over the orders query.

Sorting re-runs the query instead of sorting in memory (:class:`~app.ui.models.paged.PagedModel`
fetches the pages), so 100,000 orders cost no more than the rows on screen.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from sqlalchemy.orm import Session

from app.orders.query import OrderFilter, OrderRow, count_orders, order_page
from app.shop import platforms as platform_names
from app.storage import Database
from app.ui.codes import carrier, order_status
from app.ui.language import gui_language
from app.ui.models.paged import PagedModel

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


class OrdersModel(PagedModel[OrderRow, OrderFilter]):
    CONTEXT = "OrdersModel"
    HEADERS = tuple(header for header, _attribute, _key in COLUMNS)

    def __init__(self, database: Database) -> None:
        super().__init__(database, OrderFilter())
        self._sort = ("created_utc", True)
        self._loaded = False
        self._platforms = platform_names(gui_language())  # once: data() runs per painted cell

    def fetch(
        self, session: Session, query: OrderFilter, offset: int, limit: int
    ) -> list[OrderRow]:
        return order_page(session, query, offset, limit, *self._sort)

    def count(self, session: Session, query: OrderFilter) -> int:
        return count_orders(session, query)

    def cell(self, row: OrderRow, column: int, role: int) -> Any:
        attribute = COLUMNS[column][1]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, attribute)
            if attribute == "created_at" and value:
                # one zone for every row, so orders written +08:00 and +01:00 compare
                return self.when(datetime.fromisoformat(value))
            if attribute == "status":
                return order_status(value)
            if attribute == "platform":
                return self._platforms.get(value, value)
            if attribute == "total" and value is not None:
                return f"{value:,.2f} {row.currency or ''}".strip()
            if attribute == "tracking_number":
                code, number = row.shown_tracking
                return " ".join(filter(None, (carrier(code) if code else "", number)))
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and attribute == "total":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and attribute == "status":
            return row.platform_status
        platform_differs = row.bound_tracking and row.tracking_number not in (
            None,
            row.bound_tracking,
        )
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and attribute == "tracking_number"
            and platform_differs
        ):
            return self.tr("The platform's export says {number}").format(number=row.tracking_number)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][2]
        if key is None:
            return
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        if self._loaded:  # the view sorts once while it is set up: no query before a filter
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        super().reload()
