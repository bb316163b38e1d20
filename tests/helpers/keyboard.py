"""Typing as a shopkeeper does: ASCII key by key, Chinese as an input method commits it.

``QTest.keyClicks`` only knows ASCII (Qt aborts the process on anything else); a Chinese
keyboard never sends 茶 as a key press either: the input method commits it to the field.
"""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(widget, event)
