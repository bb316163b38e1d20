"""The parcels a tracking refresh could not bring up to date, each with its reason.

The Tracking page's summary counts them ("3 problems"); the count is a link to this list,
so the shop sees which parcels and what the provider said — and can copy it to the
provider's support — rather than a number it cannot act on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import in_language
from app.tracking.problems import label
from app.ui.language import gui_language
from app.ui.screen_fit import resize_within_screen

if TYPE_CHECKING:  # the refresh engine (httpx, asyncio) loads with the first refresh
    from app.tracking.refresh import RefreshError


class RefreshProblems(QDialog):
    def __init__(self, problems: list[RefreshError], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Parcels the refresh could not update"))
        self.table = QTableWidget(len(problems), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tracking number"), self.tr("Provider"), self.tr("What happened")]
        )
        for row, problem in enumerate(problems):
            provider = label(problem.provider)
            said = in_language(problem.message, gui_language())
            for column, text in enumerate((problem.tracking_number, provider, said)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        resize_within_screen(self, 760, 360)
