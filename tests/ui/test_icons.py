"""Icons follow the palette when painted: a window built light turns dark with the OS."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication

from app.ui.icons import icon
from app.ui.theme import dark_palette

pytestmark = pytest.mark.gui


def ink(image: QImage) -> float:
    """Mean lightness of the drawn (non-transparent) pixels."""
    values = [
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert values, "nothing was drawn"
    return sum(values) / len(values)


def test_an_icon_made_in_light_draws_its_dark_twin_after_the_switch(qapp: QApplication) -> None:
    made = icon("refresh")
    light_palette = QPalette(qapp.palette())
    try:
        light = ink(made.pixmap(QSize(48, 48)).toImage())
        qapp.setPalette(dark_palette())
        dark = ink(made.pixmap(QSize(48, 48)).toImage())
    finally:
        qapp.setPalette(light_palette)
    assert dark > light + 40  # light strokes on a dark window, dark strokes on a light one
