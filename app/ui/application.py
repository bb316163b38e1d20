"""Start the Qt application on an open database."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from app import __version__
from app.dispatch.numbers import NumberRules
from app.storage import Database
from app.tracking.providers.base import Provider
from app.ui.main_window import MainWindow


def run_gui(
    database: Database,
    rules: NumberRules | None = None,
    providers: dict[str, Provider] | None = None,
) -> int:
    """Show the main window and run the event loop until it closes."""
    application = QApplication.instance() or QApplication(sys.argv)
    application.setApplicationName("ShipProof")
    application.setApplicationVersion(__version__)
    application.setOrganizationName("ShipProof")
    window = MainWindow(database, rules=rules, providers=providers)
    window.show()
    return int(application.exec())
