"""A lazy window over a core query: the shape the Orders, Tracking and Alerts tables share.

Rows are fetched a page at a time as the view scrolls (``canFetchMore``/``fetchMore``), as
the core's frozen dataclasses; a filter change re-runs the count and the first page, so a
shop with 100,000 rows costs no more than the rows on screen and no list is ever cut.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, tzinfo
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from sqlalchemy.orm import Session

from app.orders.stores import shop_zone
from app.storage import Database

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")
Filter = TypeVar("Filter")


class PagedModel(QAbstractTableModel, Generic[Row, Filter]):
    """Subclasses say what a page and a count are, and how a cell is shown.

    ``CONTEXT`` and ``HEADERS`` name the columns (declared with ``QT_TRANSLATE_NOOP``).
    """

    CONTEXT = ""
    HEADERS: Sequence[object] = ()

    def __init__(self, database: Database, initial: Filter) -> None:
        super().__init__()
        self._database = database
        self._filter = initial
        self._rows: list[Row] = []
        self._exhausted = True  # nothing to fetch until the first reload
        self.total = 0
        self.zone: tzinfo = UTC  # the shop's, read again at each reload (Settings may change it)

    # --- what a subclass says ------------------------------------------------------------
    def fetch(self, session: Session, query: Filter, offset: int, limit: int) -> list[Row]:
        raise NotImplementedError

    def count(self, session: Session, query: Filter) -> int:
        raise NotImplementedError

    def cell(self, row: Row, column: int, role: int) -> Any:
        """What ``role`` shows for ``column`` of ``row`` (None: nothing)."""
        raise NotImplementedError

    # --- what the view asks -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, str(self.HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        with self._database.session() as session:
            page = self.fetch(session, self._filter, len(self._rows), PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # --- what the page asks -------------------------------------------------------------
    @property
    def query(self) -> Filter:
        return self._filter

    def set_filter(self, query: Filter) -> None:
        self._filter = query
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (after a filter change, an import, a refresh)."""
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        with self._database.session() as session:
            self.total = self.count(session, self._filter)
            self.zone = shop_zone(session)
        self.endResetModel()
        self.fetchMore()

    def when(self, moment: datetime) -> str:
        """A time in a table cell: on the shop's clock, to the minute, the same in every
        language so a column reads (and compares) at a glance."""
        return moment.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        """The rows fetched so far (the view's window, not the whole list)."""
        return list(self._rows)
