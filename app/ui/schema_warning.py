"""At start, warn when the shop's database has schema objects the app did not create.

A trigger added to the shop's file (by hand, by a tool, by a crafted backup restored with
another program) can set dispatched orders back to awaiting on every scan while every
chain still verifies; the person at the window must hear of it. The check runs in a worker
(it takes milliseconds on a sound shop, but a foreign object is confirmed by the full
comparison, which runs the migrations on a scratch file), and the warning does not block:
the shop may still need to pack today's parcels while someone restores a backup.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.storage import Database
from app.storage.schema_check import SchemaFindings, SchemaObject, quick_findings
from app.ui.workers import ProgressFn, Worker

log = logging.getLogger(__name__)


class SchemaWarning(QObject):
    """Checks once, in the background; shows a non-modal warning over ``window`` if needed."""

    checked = Signal(object)  # the SchemaFindings, sound or not, once the check is done

    def __init__(self, window: QWidget, database: Database) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self._worker: Worker | None = None
        self.box: QMessageBox | None = None

    def start(self) -> None:
        database = self._database

        def job(_progress: ProgressFn, _cancel: threading.Event) -> SchemaFindings:
            return quick_findings(database.engine)

        self._worker = Worker(job)
        self._worker.signals.finished.connect(self._done)
        self._worker.signals.failed.connect(self._failed)
        self._worker.start()

    def _done(self, findings: SchemaFindings) -> None:
        self._worker = None
        if findings:
            log.warning("%s", findings)
            self.box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("The shop database was changed outside ShipProof"),
                self.text(findings),
                QMessageBox.StandardButton.Ok,
                self._window,
            )
            self.box.setWindowModality(Qt.WindowModality.NonModal)
            self.box.show()
        self.checked.emit(findings)

    def _failed(self, message: str) -> None:
        """A check that cannot run must not stop the shop; the log keeps why."""
        self._worker = None
        log.warning("the shop database's schema could not be checked: %s", message)

    def text(self, findings: SchemaFindings) -> str:
        """The same sentences as the command line's, in the window's language."""
        parts = []
        if findings.foreign:
            parts.append(
                self.tr(
                    "The shop database has objects the app did not create: {objects}. They "
                    "can change your records behind the app's back — restore a backup or "
                    "remove them."
                ).format(objects=self._named(findings.foreign))
            )
        if findings.missing:
            parts.append(
                self.tr(
                    "The shop database lacks parts the app built: {objects}. Restore a backup."
                ).format(objects=self._named(findings.missing))
            )
        if findings.changed:
            parts.append(
                self.tr(
                    "The shop database has parts that differ from what the app built: "
                    "{objects}. Restore a backup."
                ).format(objects=self._named(findings.changed))
            )
        return "\n\n".join(parts)

    def _named(self, items: tuple[SchemaObject, ...]) -> str:
        return self.tr(", ", "between the named objects").join(map(self._object, items))

    def _object(self, item: SchemaObject) -> str:
        name, table = item.name, item.table
        if item.kind == "column":
            return self.tr("column {table}.{name}").format(table=table, name=name)
        if item.kind == "trigger":
            return self.tr("trigger {name} on {table}").format(name=name, table=table)
        if item.kind == "rule":
            return self.tr("rule {name} on {table}").format(name=name, table=table)
        if item.kind == "index":
            return self.tr("index {name} on {table}").format(name=name, table=table)
        if item.kind == "view":
            return self.tr("view {name}").format(name=name)
        return self.tr("table {name}").format(name=name)
