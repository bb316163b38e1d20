"""Ask which profile a file is when its header fits several about equally well.

Detection (app/orders/detect.py) refuses to choose between profiles whose scores are too
close; this dialog lists them with their evidence, best first, and the shopkeeper picks.
The choice can be kept for files with the same header, so the question comes once.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.orders.detect import ProfileScore


class ProfileChoiceDialog(QDialog):
    def __init__(
        self, file: str, scores: Sequence[ProfileScore], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which export is this?"))
        self._scores = list(scores)
        question = QLabel(
            self.tr(
                "The columns of {file} fit several kinds of export about equally well. "
                "Which one is it?"
            ).format(file=file)
        )
        question.setWordWrap(True)
        self.candidates = QTableWidget(len(self._scores), 3)
        self.candidates.setHorizontalHeaderLabels(
            [self.tr("Export"), self.tr("Known columns in the file"), self.tr("Score")]
        )
        self.candidates.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidates.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidates.verticalHeader().setVisible(False)
        self.candidates.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, score in enumerate(self._scores):
            cells = (
                score.label,
                self.tr("{found} of {known}").format(found=score.found, known=score.known),
                self.tr("{percent}%").format(percent=score.percent),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(score.profile)
                self.candidates.setItem(row, column, item)
        self.candidates.doubleClicked.connect(self.accept)
        self.remember = QCheckBox(self.tr("Remember this choice for files with the same columns"))
        self.remember.setChecked(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.candidates.itemSelectionChanged.connect(self._selection_changed)
        self.candidates.selectRow(0)

        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.candidates, 1)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)
        self.resize(640, 300)

    def _selection_changed(self) -> None:
        self.ok_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> str | None:
        """The name of the profile picked, or None when no row is selected."""
        rows = self.candidates.selectionModel().selectedRows()
        return self._scores[rows[0].row()].profile if rows else None
