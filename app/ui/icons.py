"""The app's own icon set (app/resources/icons): one look on every OS, a variant for dark themes.

Each icon picks its variant when it is painted, not when it is made, so a window built in
a light theme follows the OS into dark mode (and back) without being rebuilt.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap

from app.paths import resource
from app.ui.theme import is_dark


@cache
def _load(name: str, dark: bool) -> QIcon:
    folder = resource("icons", "actions")
    path = folder / f"{name}-dark.svg" if dark else folder / f"{name}.svg"
    if not path.exists():
        path = folder / f"{name}.svg"
    return QIcon(str(path))


class _ThemedEngine(QIconEngine):
    """Draws ``<name>.svg`` or ``<name>-dark.svg``, whichever the palette asks for now."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def _current(self) -> QIcon:
        return _load(self._name, is_dark())

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._current().paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._current().pixmap(size, mode, state)

    def clone(self) -> QIconEngine:
        return _ThemedEngine(self._name)


def icon(name: str) -> QIcon:
    """``app/resources/icons/actions/<name>.svg``, drawn in its ``-dark`` twin on a dark palette."""
    return QIcon(_ThemedEngine(name))


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "shipproof.svg")))
