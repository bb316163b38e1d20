"""Clicking through the setup wizard as a user does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWizard

from app.ui.setup_wizard import SetupWizard


def next_page(qtbot, wizard: SetupWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def tick(qtbot, box: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    """Click the box itself (a wide row's centre can be past the end of its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))


def finish(qtbot, wizard: SetupWizard) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
