"""One worker pattern for all long work: a core function run in the thread pool.

The core function takes ``progress(done, total, message)`` and a ``threading.Event`` to
cancel; the worker turns them into Qt signals. Cancel sets the event and the core stops at
its next check, rolling back what it had begun; no thread is ever terminated.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.catalogue import SaidError
from app.ui.language import gui_language

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]
Job = Callable[[ProgressFn, threading.Event], Any]


class WorkerSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Worker(QRunnable):
    """Runs ``job(progress, cancel_event)`` off the GUI thread."""

    def __init__(self, job: Job, cancelled_error: type[BaseException] | None = None) -> None:
        super().__init__()
        self.job = job
        self.cancel_event = threading.Event()
        self.signals = WorkerSignals()
        self._cancelled_error = cancelled_error

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        try:
            result = self.job(self.signals.progress.emit, self.cancel_event)
        except BaseException as error:  # every failure must reach the GUI, never vanish
            if self._cancelled_error is not None and isinstance(error, self._cancelled_error):
                self.signals.cancelled.emit()
                return
            log.exception("background job failed")
            if isinstance(error, SaidError):  # the core's own words, in the user's language
                self.signals.failed.emit(error.said(gui_language()))
                return
            self.signals.failed.emit(str(error) or type(error).__name__)
            return
        self.signals.finished.emit(result)

    def start(self, pool: QThreadPool | None = None) -> None:
        """Run in ``pool`` (a one-thread pool keeps jobs in order), else the global pool."""
        (pool or QThreadPool.globalInstance()).start(self)
