"""The File menu's shop-keeping: the platforms' shipping upload file, checking the records,
and restoring a backup — what the command line could do and the window could not.

Each runs its core function in a worker and answers in a box, in the user's language, with
the same sentences the command line prints (declared once, beside the core function).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from app.storage import Database
from app.ui.language import gui_language
from app.ui.workers import ProgressFn, Worker


def _cli(text: str) -> str:
    """A sentence the command line says too (context "Cli"), in the GUI's language."""
    return QCoreApplication.translate("Cli", text)


class FileActions(QObject):
    """Owns the running job, so a second click while one runs does nothing."""

    def __init__(self, window: QWidget, database: Database) -> None:
        super().__init__(window)
        self._window, self._database = window, database
        self._worker: Worker | None = None

    def _run(
        self,
        job: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
    ) -> Worker:
        def work(_progress: ProgressFn, _cancel: threading.Event) -> Any:
            return job()

        worker = Worker(work)
        worker.signals.finished.connect(lambda result: self._ended(done, result))
        worker.signals.failed.connect(lambda message: self._ended(failed, message))
        self._worker = worker
        worker.start()
        return worker

    def _ended(self, then: Callable[[Any], None], answer: Any) -> None:
        self._worker = None
        then(answer)

    def _warn(self, title: str) -> Callable[[str], None]:
        def warn(message: str) -> None:
            QMessageBox.warning(self._window, title, message)

        return warn

    @property
    def busy(self) -> bool:
        return self._worker is not None

    # --- checking the records ------------------------------------------------------------
    def verify(self) -> Worker | None:
        """Every chain checked, as ``shipproof verify`` does; the answer in a box."""
        from app.chains import verify_all
        from app.dispatch.photos import PhotoStore

        if self.busy:
            return None
        database, title = self._database, self.tr("Check the records")

        def job() -> list[Any]:
            with database.session() as session:
                return verify_all(session, PhotoStore.of(database))

        def done(reports: list[Any]) -> None:
            lines = "\n".join(report.text(gui_language()) for report in reports)
            if all(report.ok for report in reports):
                QMessageBox.information(
                    self._window,
                    title,
                    self.tr("Every record is as it was written.") + "\n\n" + lines,
                )
            else:
                QMessageBox.warning(
                    self._window,
                    title,
                    self.tr(
                        "Some records were changed, removed or reordered after they were "
                        "written. Keep this database as it is and restore the newest backup "
                        "that checks clean."
                    )
                    + "\n\n"
                    + lines,
                )

        return self._run(job, done, self._warn(title))

    # --- the platforms' shipping upload file ---------------------------------------------
    def export_shipping(self) -> Worker | None:
        """Ask for the platform and the file, write the parcels not uploaded before."""
        from app.dispatch.shipping_export import SHIPPING_WRITTEN, export_shipping, layouts
        from app.orders.stores import shop_zone
        from app.shop import platforms

        if self.busy:
            return None
        title = self.tr("Shipping upload file")
        names = platforms(gui_language())
        codes = sorted(layouts())
        shown = [names.get(code, code) for code in codes]
        choice, chosen = QInputDialog.getItem(
            self._window, title, self.tr("Upload file for"), shown, 0, False
        )
        if not chosen:
            return None
        platform = codes[shown.index(choice)]
        name, _filter = QFileDialog.getSaveFileName(
            self._window,
            title,
            f"shipping-{platform}.csv",
            self.tr("Upload files (*.csv *.xlsx);;All files (*)"),
        )
        if not name:
            return None
        database, target = self._database, Path(name)

        def job() -> Any:
            with database.session() as session:
                zone = shop_zone(session)
            return export_shipping(database, platform, target, zone)

        def done(result: Any) -> None:
            QMessageBox.information(
                self._window,
                title,
                _cli(SHIPPING_WRITTEN).format(
                    file=result.file, rows=result.rows, skipped=result.skipped
                ),
            )

        return self._run(job, done, self._warn(title))

    # --- restoring a backup --------------------------------------------------------------
    def restore(
        self, pause: Callable[[], None], resume: Callable[[], None], after: Callable[[], object]
    ) -> Worker | None:
        """Choose a backup, confirm, replace the shop with it (the current one kept aside).

        ``pause`` stops the window's own background work while the file is replaced, and
        ``resume`` starts it again when nothing was; ``after`` runs once the shop is
        replaced: the window closes, since every page shows the shop it replaced.
        """
        from app.storage.backup import NOT_RESTORED, RESTORED, restore

        if self.busy:
            return None
        title = self.tr("Restore from a backup")
        name, _filter = QFileDialog.getOpenFileName(
            self._window,
            title,
            "",
            self.tr("ShipProof backups (*.db);;All files (*)"),
        )
        if not name:
            return None
        asked = QMessageBox.question(
            self._window,
            title,
            self.tr(
                "Replace this shop with the backup {file}? Everything recorded since that "
                "backup is set aside (kept beside the shop as a copy, not deleted)."
            ).format(file=name),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return None
        pause()
        database, source = self._database, Path(name)

        def done(previous: Path) -> None:
            QMessageBox.information(
                self._window,
                title,
                _cli(RESTORED).format(file=source, previous=previous)
                + "\n\n"
                + self.tr("ShipProof closes now; open it again to work on the restored shop."),
            )
            after()

        def failed(message: str) -> None:
            resume()  # the shop is as it was
            QMessageBox.warning(self._window, title, _cli(NOT_RESTORED).format(error=message))

        return self._run(lambda: restore(database, source), done, failed)
