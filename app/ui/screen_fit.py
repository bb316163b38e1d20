"""Windows sized for the screen they open on: a laptop's 1280×720 or 1366×768 is common at a
packing bench, and a dialog taller than the screen hides its buttons (Print, Save) below it."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MARGIN = 0.92  # of the screen's free area: room for the title bar and the taskbar


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """``width`` × ``height``, or as much of the available screen as there is."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, int(free.width() * MARGIN))
        height = min(height, int(free.height() * MARGIN))
    window.resize(width, height)
