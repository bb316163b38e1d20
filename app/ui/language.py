"""The language the GUI speaks right now, as ShipProof's core codes ("en", "zh")."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def gui_language() -> str:
    """The start-up code sets the default locale from the user's choice; follow it."""
    return "zh" if QLocale().language() == QLocale.Language.Chinese else "en"
