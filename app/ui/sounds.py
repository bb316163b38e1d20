"""One distinct sound per scan result, so a packer knows without looking at the screen."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QApplication

from app.dispatch.outcome import ScanResult
from app.paths import resource

log = logging.getLogger(__name__)
RESULTS = tuple(ScanResult)
# a wrong label must stop the packer, sounds off or on
ALWAYS_HEARD = (ScanResult.WARNING, ScanResult.ERROR)


class Sounds(QObject):
    """Plays ``app/resources/sounds/<result>.wav``; falls back to the system beep without audio.

    The audio device is opened on the first sound, not at start: a station that never
    scans (or a test) does not need one. ``silent`` keeps only the record of what would
    have played.
    """

    def __init__(self, parent: QObject | None = None, silent: bool = False) -> None:
        super().__init__(parent)
        self.silent = silent
        self.enabled = True  # the shop's setting; off silences good news only
        self.last_played: str | None = None
        self._effects: dict[str, Any] | None = None

    def _load(self) -> dict[str, Any]:
        effects: dict[str, Any] = {}
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError as error:  # no audio stack (e.g. no PulseAudio on a Linux box)
            log.warning("sound effects unavailable, using the system beep: %s", error)
            return effects
        for result in RESULTS:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource("sounds", f"{result}.wav"))))
            effects[result] = effect
        return effects

    def play(self, result: str) -> None:
        self.last_played = result
        if self.silent or (not self.enabled and result not in ALWAYS_HEARD):
            return
        if self._effects is None:
            self._effects = self._load()
        effect = self._effects.get(result)
        if effect is None:
            QApplication.beep()
            return
        effect.play()
