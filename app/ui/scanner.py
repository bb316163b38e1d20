"""Catch a keyboard-wedge barcode scanner whatever widget has the focus.

While the packing station is on screen every key press is taken before the focused
widget sees it (a checkbox or a table must not eat half a tracking number). A scanner
"types" its code in a burst, a few milliseconds a key, and ends with Enter; a person types
far slower: the timing tells which, so the station can show a hand-typed code as such.
Only the manual-entry box receives keys normally. The key's text is read, never an input
method's composition, so a Chinese IME left on cannot swallow the digits.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

BURST_GAP_S = 0.035  # scanners send a key every 1–20 ms; people rarely under 50 ms


class ScannerCapture(QObject):
    scanned = Signal(str, bool)  # the code, and True when it came as a scanner burst

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.exempt: QObject | None = None  # the manual-entry box: keys reach it normally
        self.scope: QWidget | None = None  # only keys for this widget's window are taken
        self._buffer: list[str] = []
        self._gaps: list[float] = []
        self._last = 0.0

    def feed(self, text: str, now: float | None = None) -> None:
        """Take one typed character, or Enter as ``"\\r"`` to finish the code."""
        now = time.monotonic() if now is None else now
        if self._buffer:
            self._gaps.append(now - self._last)
        self._last = now
        if text in ("\r", "\n"):
            code, gaps = "".join(self._buffer).strip(), self._gaps
            self._buffer, self._gaps = [], []
            if code:
                burst = bool(gaps) and max(gaps) <= BURST_GAP_S
                self.scanned.emit(code, burst)
            return
        if text and text.isprintable():
            self._buffer.append(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched is self.exempt:
            return False
        if not isinstance(watched, QWidget) or (
            self.scope is not None and watched.window() is not self.scope.window()
        ):
            return False  # a dialog (file chooser, settings) keeps its keys
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False  # shortcuts still work
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.feed("\r")
            return True
        if event.text() and event.text().isprintable():
            self.feed(event.text())
            return True
        return False
