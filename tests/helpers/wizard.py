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


def at_the_stores_page(qtbot, wizard: SetupWizard) -> SetupWizard:  # type: ignore[no-untyped-def]
    """``wizard`` shown, past the shop's page (named), on "Where you sell"."""
    qtbot.addWidget(wizard)
    wizard.show()
    next_page(qtbot, wizard)
    wizard.shop.name.setText("Lucky Cat Goods")
    next_page(qtbot, wizard)
    return wizard
