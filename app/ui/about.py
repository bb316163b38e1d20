"""About ShipProof: versions and folders, copyable for a support message."""

from __future__ import annotations

import platform
import sys
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from app import __version__
from app.logs import log_folder
from app.storage import Database
from app.storage.migrate import current_revision

LIBRARIES = ("SQLAlchemy", "alembic", "httpx", "reportlab", "pandas", "keyring")


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "?"


def _schema(database: Database) -> str:
    try:
        return current_revision(database.engine) or "?"
    except SQLAlchemyError as error:  # a server out of reach: About still opens
        return f"? ({type(error).__name__})"


def environment(database: Database, data_folder: Path) -> list[tuple[str, str]]:
    """Facts a support question needs, and nothing personal: no keys, no shop data."""
    facts = [
        ("ShipProof", __version__),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
    ]
    facts += [(name, _version(name)) for name in LIBRARIES]
    facts += [
        ("OS", f"{platform.system()} {platform.release()} ({platform.machine()})"),
        ("Frozen", "yes" if getattr(sys, "frozen", False) else "no"),
        ("Database", database.engine.url.render_as_string(hide_password=True)),
        ("Schema", _schema(database)),
        ("Data folder", str(data_folder)),
        ("Log folder", str(log_folder(data_folder))),
    ]
    return facts


class AboutDialog(QDialog):
    def __init__(
        self, database: Database, data_folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About ShipProof"))
        heading = QLabel(
            self.tr(
                "<h2>ShipProof {version}</h2><p>Import, dispatch, track and prove every parcel.</p>"
            ).format(version=__version__)
        )
        self.details = QPlainTextEdit(
            "\n".join(f"{name}: {value}" for name, value in environment(database, data_folder))
        )
        self.details.setReadOnly(True)
        copy = QPushButton(self.tr("Copy for support"))
        copy.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.details.toPlainText())
