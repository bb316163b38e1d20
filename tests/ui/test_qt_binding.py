"""Guard against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 drops a reference to ``True`` every time a signal delivers a bool, even one
inside an object; under Python 3.11 the station crashed after a few hundred scans
(``bool_dealloc``). pyproject.toml keeps PySide6 below 6.12; this test fails on any
binding that brings the bug back.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class _Carrier:
    flag: bool


class _Emitter(QObject):
    carried = Signal(object)
    flagged = Signal(str, bool)


def test_signals_carrying_bools_keep_reference_counts(qapp) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.carried.connect(received.append)
    emitter.flagged.connect(lambda _text, flag: received.append(flag))
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.carried.emit(_Carrier(True))
        emitter.flagged.emit("scan", True)
    received.clear()
    assert sys.getrefcount(True) >= before  # the bug took one away per emission
