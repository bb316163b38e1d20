"""Light and dark: follow the OS unless the user picked one (kept in QSettings, per user)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEME_KEY = "theme"
THEMES = ("system", "light", "dark")
SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}


_NATIVE_KEY = "native"
_native: dict[str, tuple[str, QPalette]] = {}
_painted: list[str] = []  # non-empty while our own palette stands in for the platform's


def chosen_theme() -> str:
    value = QSettings().value(THEME_KEY, "system")
    return value if value in THEMES else "system"


def choose_theme(theme: str) -> None:
    QSettings().setValue(THEME_KEY, theme)


def apply_theme(application: QApplication, theme: str | None = None) -> None:
    """Ask the platform for the scheme; where it cannot switch, paint Fusion ourselves.

    Windows 11, macOS and recent GNOME switch the native style; elsewhere (other Linux
    desktops, older Windows) the request has no effect, so an explicit choice falls back
    to Fusion with a palette of our own: the user gets what they picked everywhere.
    """
    theme = theme or chosen_theme()
    if _NATIVE_KEY not in _native:  # the platform's own look, to go back to from ours
        _native[_NATIVE_KEY] = (application.style().name(), QPalette(application.palette()))
    hints = QGuiApplication.styleHints()
    hints.setColorScheme(SCHEMES[theme])
    style_name, palette = _native[_NATIVE_KEY]
    if theme == "system" or hints.colorScheme() == SCHEMES[theme]:
        if _painted:  # an earlier choice painted Fusion: give the platform its look back
            application.setStyle(QStyleFactory.create(style_name))
            application.setPalette(palette)
            _painted.clear()
        return
    _painted.append(theme)
    application.setStyle(QStyleFactory.create("Fusion"))
    application.setPalette(
        dark_palette() if theme == "dark" else application.style().standardPalette()
    )


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#17181a",
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.ToolTipBase: "#2d2f33",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d2f33",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Highlight: "#4c8bf5",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    }
    for role, colour in colours.items():
        palette.setColor(role, colour)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, "#6f7378")
    return palette


def is_dark() -> bool:
    """Whether the window is dark now, whichever way it got so (icons pick their variant)."""
    window = QApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128
