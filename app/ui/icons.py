"""The app's own icon set (resources/icons): one look on every OS, a variant for dark themes."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from app.paths import resource
from app.ui.theme import is_dark


@cache
def _load(name: str, dark: bool) -> QIcon:
    folder = resource("icons", "actions")
    path = folder / f"{name}-dark.svg" if dark else folder / f"{name}.svg"
    if not path.exists():
        path = folder / f"{name}.svg"
    return QIcon(str(path))


def icon(name: str) -> QIcon:
    """``resources/icons/actions/<name>.svg``, its ``-dark`` twin on a dark palette."""
    return _load(name, is_dark())


def app_icon() -> QIcon:
    return QIcon(str(resource("icons", "shipproof.svg")))
