"""The shape every list page shares: a bar on top, a read-only table, a detail beside it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLayout,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

SEARCH_DELAY_MS = 250  # a search box waits this long after the last key before it asks


def read_only_rows(table: QTableView, widths: Sequence[int]) -> None:
    """Whole rows selected, nothing editable, one line per row, starting column widths."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)


def lay_out_page(
    page: QWidget,
    bar: QLayout,
    table: QWidget,
    detail: QWidget | None = None,
    share: int = 40,
    focus: QWidget | None = None,
) -> QWidget:
    """The bar above (and ``focus``, a :class:`~app.ui.focus_bar.FocusBar`, under it); the
    table, with ``detail`` taking ``share`` % beside it, below. Returns that body (a page
    may hide it behind an empty state)."""
    body: QWidget = table
    if detail is not None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 100 - share)
        splitter.setStretchFactor(1, share)
        body = splitter
    layout = QVBoxLayout(page)
    layout.addLayout(bar)
    if focus is not None:
        layout.addWidget(focus)
    layout.addWidget(body, 1)
    return body
