"""Catch a keyboard-wedge barcode scanner whatever widget has the focus.

A scanner "types" its code in a burst, a few milliseconds a key, and ends with Enter; a
person types far slower. While the packing station is on screen every key press is seen
here first and the timing tells which it was:

- Keys for any other widget of the station's window (a table, the navigation list, a
  button) are taken before that widget sees them: a list must not jump to another page on
  the first digit of a tracking number. Enter ends the code.
- The manual-entry box gets its keys normally, so a person sees what they type, but they
  are timed too: on Enter, a burst at the end of the box is a scanner scan (only its
  characters leave the box; text typed by hand before it stays), anything else is a code
  typed by hand, which the box's own ``returnPressed`` hands on.
- ``passthrough`` widgets (the shift's name fields, before a shift) keep their keys too;
  those that are text fields are timed like the manual box, so a scan made before the
  shift starts is a scan (which the station refuses), never a packer's name. Other
  windows (dialogs) keep their keys; Ctrl, Alt and Meta combinations stay shortcuts.

Keys are timed by the event's own time stamp (the X server's, or the OS's) when it has one:
that is when the key arrived, however busy the GUI thread was painting the last banner.
Without one, the time the filter saw the key stands in. A burst is judged by the median
gap, so one late key (or a held-back Enter, never counted) does not make it "typed"; keys
pressed before a pause never join the burst after it, while a person's code is kept whole.
The key's text is read, never an input method's composition, so a Chinese IME left on
cannot swallow the digits.
"""

from __future__ import annotations

import itertools
import statistics
import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

BURST_GAP_S = 0.035  # scanners send a key every 1–20 ms; people rarely under 50 ms
MIN_BURST_KEYS = 4  # the shortest code a scanner sends (NEXT); fewer keys cannot tell
HUMAN_GAP_S = 0.1  # by the keys' own time stamps, no scanner pauses this long mid-code
PAUSE_S = 0.25  # keys before a pause this long are not part of a burst after it
HICCUP_S = 1.0  # without time stamps: a busy GUI thread may hold keys back this long
FORGET_S = 3.0  # keys left this long without an Enter are forgotten

SHORTCUT_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
ALT_GR = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier  # on Windows
MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
    Qt.Key.Key_NumLock,
}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class Key:
    """One typed character and when it came."""

    text: str
    stamp: int  # the event's own time in ms (X server, OS); 0 when the platform gives none
    seen: float  # time.monotonic() when the filter saw it


def gap(before: Key, after: Key) -> tuple[float, bool]:
    """Seconds between two keys, and whether their own time stamps measured it.

    A stamp that goes backwards (the X server's 32-bit clock wrapping) is not trusted.
    """
    if before.stamp and after.stamp and after.stamp >= before.stamp:
        return (after.stamp - before.stamp) / 1000, True
    return after.seen - before.seen, False


def _is_burst(keys: list[Key]) -> bool:
    gaps = [gap(a, b)[0] for a, b in itertools.pairwise(keys)]
    return bool(gaps) and statistics.median(gaps) <= BURST_GAP_S


class KeyRun:
    """The characters of one code as they arrived, with their times."""

    def __init__(self) -> None:
        self.keys: list[Key] = []

    @property
    def text(self) -> str:
        return "".join(key.text for key in self.keys)

    def clear(self) -> None:
        self.keys = []

    def add(self, key: Key) -> None:
        if self.keys and gap(self.keys[-1], key)[0] > FORGET_S:
            self.keys = []
        self.keys.append(key)

    def split(self) -> tuple[str, bool]:
        """The code the run ends with, and whether it came as a scanner burst.

        A burst is the keys after the last pause: the ones before were pressed by hand (or
        by accident) and are not part of it. With time stamps, any gap no scanner leaves
        is such a pause. Without them, a long gap inside a fast run is the GUI thread
        having been busy (keys queued meanwhile come all at once): not a pause. A run that
        ends in no burst is one code typed by hand, whole, pauses and all.
        """
        keys, start = self.keys, 0
        for index in range(1, len(keys)):
            seconds, stamped = gap(keys[index - 1], keys[index])
            if stamped:
                pause = seconds > HUMAN_GAP_S
            else:
                held_back = seconds <= HICCUP_S and _is_burst(keys[start:index])
                pause = seconds > PAUSE_S and not held_back
            if pause:
                start = index
        tail = keys[start:]
        if len(tail) >= MIN_BURST_KEYS and _is_burst(tail):
            return "".join(key.text for key in tail), True
        return self.text, False


def _key(event: QKeyEvent) -> Key:
    return Key(event.text(), event.timestamp(), time.monotonic())


def _shortcut(event: QKeyEvent) -> bool:
    """Ctrl/Alt/Meta + key, except AltGr on Windows (Ctrl+Alt) typing a character."""
    modifiers, text = event.modifiers(), event.text()
    if not modifiers & SHORTCUT_MODIFIERS:
        return False
    return not ((modifiers & ALT_GR) == ALT_GR and text and text.isprintable())


class ScannerCapture(QObject):
    """An application-wide event filter: install it while the station is on screen."""

    scanned = Signal(str, bool)  # the code, and True when it came as a scanner burst

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.manual: QLineEdit | None = None  # keys reach it; a burst + Enter there is a scan
        self.passthrough: set[QWidget] = set()  # keys reach these untouched
        self.scope: QWidget | None = None  # only keys for this widget's window are taken
        self._run = KeyRun()  # keys taken from other widgets
        self._manual_run = KeyRun()  # keys that went into a text field (the manual box…)
        self._typed_box: QLineEdit | None = None  # the field those keys went into

    def _finish(self) -> None:
        code, burst = self._run.split()
        self._run.clear()
        if code.strip():
            self.scanned.emit(code.strip(), burst)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, QWidget) or (
            self.scope is not None and watched.window() is not self.scope.window()
        ):
            return False  # a dialog (file chooser, settings) keeps its keys
        assert isinstance(event, QKeyEvent)
        if watched is self.manual or (
            watched in self.passthrough and isinstance(watched, QLineEdit)
        ):
            return kind == QEvent.Type.KeyPress and self._typed_key(event, watched)
        if watched in self.passthrough:
            self._run.clear()
            return False
        return self._taken_key(event, kind == QEvent.Type.ShortcutOverride)

    def _taken_key(self, event: QKeyEvent, override: bool) -> bool:
        """A key for any other widget of the station: taken before the widget sees it."""
        if _shortcut(event):
            return False
        enter = event.key() in ENTER_KEYS
        if not enter and not (event.text() and event.text().isprintable()):
            return False  # Shift, arrows, function keys (F2…): not part of a code
        if override:
            event.accept()  # a key of a code: no single-key shortcut may take it
            return True
        if enter:
            self._finish()
        else:
            self._manual_run.clear()
            self._run.add(_key(event))
        return True

    def _typed_key(self, event: QKeyEvent, box: QLineEdit) -> bool:
        """A text field keeps its keys; Enter after a burst is taken as a scan."""
        self._run.clear()  # the focus is here: keys taken elsewhere are stale
        if box is not self._typed_box:
            self._manual_run.clear()  # keys typed into another field are not this one's
            self._typed_box = box
        if _shortcut(event):
            self._manual_run.clear()  # a paste or an undo: the box no longer ends in the keys
            return False
        if event.key() in ENTER_KEYS:
            return self._typed_enter(box)
        if event.text() and event.text().isprintable():
            self._manual_run.add(_key(event))
        elif event.key() not in MODIFIER_KEYS:
            self._manual_run.clear()  # Backspace, arrows: the box is being edited by hand
        return False

    def _typed_enter(self, box: QLineEdit) -> bool:
        code, burst = self._manual_run.split()
        self._manual_run.clear()
        if not burst:
            return False  # typed by hand: the field's own returnPressed takes it
        text = box.text()
        if not text.endswith(code) or box.cursorPosition() != len(text):
            return False  # the box was edited meanwhile: take what it shows as typed
        box.setText(text[: len(text) - len(code)])
        if code.strip():
            self.scanned.emit(code.strip(), True)
        return True
