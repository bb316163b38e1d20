"""Files dropped on the main window, as a shopkeeper drags exports from a folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.ui.import_dialog import ImportDialog
from app.ui.main_window import MainWindow


def drop_files(window: MainWindow, *paths: Path) -> ImportDialog:
    """Drop ``paths`` on ``window``; the import dialog it opens."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    [dialog] = window.findChildren(ImportDialog)
    return dialog
