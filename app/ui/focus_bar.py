"""The strip above a list opened from a number elsewhere: what it shows, and a way back.

The Today page opens the Orders and Tracking lists on exactly the rows it counted; the
list's own filters cannot say "overdue" or "picked up yesterday", so this strip does,
until the user clears it or picks a filter of their own.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class FocusBar(QWidget):
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.clear_button = QPushButton(self.tr("Show all"))
        self.clear_button.clicked.connect(lambda: self.cleared.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.setVisible(False)

    def show_title(self, title: str) -> None:
        self.label.setText(self.tr("Showing: {what}").format(what=title))
        self.setVisible(True)
