"""Evidence packs from the GUI: preview one order's packs, or write a batch to a folder.

One order: its packs are rendered in a worker and shown in a QPdfView, one parcel at a
time, with Print and Save. Several orders: a folder is chosen and the batch runs in a
worker with a progress bar and Cancel (a cancelled batch writes nothing). Language and
the full phone number can be changed before (re)rendering.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.i18n import LANGUAGES
from app.orders.query import OrderRef
from app.storage import Database
from app.storage.models import Order
from app.ui.language import gui_language
from app.ui.printing import print_pdf
from app.ui.screen_fit import resize_within_screen
from app.ui.workers import ProgressFn, Worker

if TYPE_CHECKING:  # the evidence modules load when a pack is made, not with the window
    from app.evidence.files import WrittenPack


def _order_id(database: Database, order: OrderRef) -> str:
    """How the title names an order chosen by its key: by its platform id."""
    if isinstance(order, str):
        return order
    with database.session() as session:
        return session.get_one(Order, order).order_id


def _choose_folder(parent: QWidget) -> Path | None:
    title = QCoreApplication.translate("EvidenceDialog", "Write evidence packs to")
    folder = QFileDialog.getExistingDirectory(parent, title)
    return Path(folder) if folder else None


def _choose_file(parent: QWidget, suggested: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("EvidenceDialog", "Save evidence pack"),
        suggested,
        QCoreApplication.translate("EvidenceDialog", "PDF files (*.pdf)"),
    )
    return Path(name) if name else None


class EvidenceDialog(QDialog):
    def __init__(
        self,
        database: Database,
        orders: Sequence[OrderRef],
        parent: QWidget | None = None,
        printer: Callable[[QWidget, Path], bool] = print_pdf,
        choose_folder: Callable[[QWidget], Path | None] = _choose_folder,
        choose_file: Callable[[QWidget, str], Path | None] = _choose_file,
    ) -> None:
        super().__init__(parent)
        self._database, self._orders = database, list(orders)
        self._printer, self._choose_folder, self._choose_file = (
            printer,
            choose_folder,
            choose_file,
        )
        self._worker: Worker | None = None
        self._stale = False
        self._done: Callable[[list[WrittenPack]], None] = self._show_packs
        self.packs: list[WrittenPack] = []
        self.preview_mode = len(orders) == 1
        self.setWindowTitle(
            self.tr("Evidence pack — order {order}").format(order=_order_id(database, orders[0]))
            if self.preview_mode
            else self.tr("Evidence packs — %n order(s)", "", len(orders))
        )

        self.language = QComboBox()
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(gui_language()))
        self.full_phone = QCheckBox(self.tr("Show the full phone number"))
        self.raw = QCheckBox(self.tr("Append the carriers' raw answers"))
        self.parcel = QComboBox()
        self.parcel.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save…"))
        self.write_button = QPushButton(self.tr("Write to folder…"))
        close_button = QPushButton(self.tr("Close"))
        close_button.clicked.connect(self.reject)

        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Language")))
        options.addWidget(self.language)
        options.addWidget(self.full_phone)
        options.addWidget(self.raw)
        options.addWidget(self.parcel, 1)
        options.addStretch()
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.status)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        if self.preview_mode:
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            layout.addWidget(self.view, 1)
            buttons.addWidget(self.print_button)
            buttons.addWidget(self.save_button)
            self.print_button.clicked.connect(self.print_current)
            self.save_button.clicked.connect(self.save_current)
            self.parcel.currentIndexChanged.connect(self._show_parcel)
            self.language.currentIndexChanged.connect(self.render_preview)
            self.full_phone.toggled.connect(self.render_preview)
            self.raw.toggled.connect(self.render_preview)
            resize_within_screen(self, 820, 980)
        else:
            self.view.setVisible(False)
            buttons.addWidget(self.write_button)
            self.write_button.clicked.connect(self.write_batch)
            self.status.setText(
                self.tr("One PDF per parcel of the {count} selected orders.").format(
                    count=len(orders)
                )
            )
        buttons.addWidget(close_button)
        layout.addLayout(buttons)
        self._folder = Path(tempfile.mkdtemp(prefix="shipproof-evidence-"))
        self.finished.connect(self._clean_up)
        if self.preview_mode:
            self.render_preview()

    # --- running the core ----------------------------------------------------------------
    def _run(self, target: Path, done: Callable[[list[WrittenPack]], None]) -> None:
        # reportlab and its barcodes take a quarter second to import: paid on the first
        # pack, not by every start of the app (tests/benchmarks/bench_startup.py)
        from app.evidence.files import EvidenceCancelled, write_packs

        database, orders = self._database, self._orders
        lang = self.language.currentData()
        full_phone, raw = self.full_phone.isChecked(), self.raw.isChecked()

        def job(progress: ProgressFn, cancel: threading.Event) -> list[WrittenPack]:
            return write_packs(
                database,
                orders,
                target,
                lang=lang,
                full_phone=full_phone,
                progress=progress,
                cancel=cancel,
                raw=raw,
            )

        self._worker = Worker(job, cancelled_error=EvidenceCancelled)
        self._worker.signals.progress.connect(self._on_progress)
        self._done = done
        self._worker.signals.finished.connect(self._finish)
        self._worker.signals.failed.connect(self._on_failed)
        self._worker.signals.cancelled.connect(self._on_cancelled)
        self._set_busy(True)
        self._worker.start()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        for widget in (
            self.language,
            self.full_phone,
            self.raw,
            self.parcel,
            self.print_button,
            self.save_button,
            self.write_button,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.progress.setRange(0, 0)

    def _on_progress(self, done: int, total: int, order_id: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.status.setText(self.tr("Making the pack for order {order}…").format(order=order_id))

    def _finish(self, packs: list[WrittenPack]) -> None:
        self._worker = None
        self._set_busy(False)
        self.packs = packs
        self._done(packs)

    def _on_failed(self, message: str) -> None:
        self._worker = None
        self._set_busy(False)
        self.status.setText(self.tr("The pack could not be made: {error}").format(error=message))

    def _on_cancelled(self) -> None:
        self._worker = None
        self._set_busy(False)
        self.status.setText(self.tr("Cancelled; no file was written."))

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _integrity_note(self, packs: list[WrittenPack]) -> str:
        failed = [pack.order_id for pack in packs if not pack.sound]
        if not failed:
            return self.tr("Integrity ok.")
        return self.tr("INTEGRITY FAILED for order(s) {orders}: records were changed.").format(
            orders=", ".join(failed)
        )

    # --- one order: preview, print, save -------------------------------------------------
    def render_preview(self) -> None:
        """(Re)make the packs with the chosen options; a change while busy waits its turn."""
        if self._worker is not None:
            self._stale = True
            return
        self._stale = False
        self.document.close()
        target = self._folder / self.language.currentData()
        shutil.rmtree(target, ignore_errors=True)
        self._run(target, self._show_packs)

    def _show_packs(self, packs: list[WrittenPack]) -> None:
        if self._stale:  # the options changed while these were being made
            self.render_preview()
            return
        self.parcel.blockSignals(True)
        self.parcel.clear()
        for pack in packs:
            self.parcel.addItem(pack.file.stem, str(pack.file))
        self.parcel.blockSignals(False)
        self.parcel.setVisible(len(packs) > 1)
        self._show_parcel()

    def _show_parcel(self) -> None:
        pack = self.current_pack()
        if pack is None:
            return
        self.document.load(str(pack.file))
        self.status.setText(
            self.tr("%n page(s). {integrity}", "", pack.pages).format(
                integrity=self._integrity_note([pack])
            )
        )

    def current_pack(self) -> WrittenPack | None:
        index = self.parcel.currentIndex()
        return self.packs[index] if 0 <= index < len(self.packs) else None

    def print_current(self) -> None:
        pack = self.current_pack()
        if pack is not None:
            self._printer(self, pack.file)

    def save_current(self) -> None:
        pack = self.current_pack()
        if pack is None:
            return
        target = self._choose_file(self, pack.file.name)
        if target is None:
            return
        try:
            shutil.copyfile(pack.file, target)
        except OSError as error:
            self.status.setText(self.tr("Not saved: {error}").format(error=error))
            return
        self.status.setText(self.tr("Saved to {file}").format(file=target))

    # --- several orders: a batch to a folder ---------------------------------------------
    def write_batch(self) -> None:
        folder = self._choose_folder(self)
        if folder is None or self._worker is not None:
            return
        self._run(folder, self._batch_written)

    def _batch_written(self, packs: list[WrittenPack]) -> None:
        folder = packs[0].file.parent if packs else None
        self.status.setText(
            self.tr("%n pack(s) written to {folder}. {integrity}", "", len(packs)).format(
                folder=folder, integrity=self._integrity_note(packs)
            )
        )

    def _clean_up(self) -> None:
        self.cancel()
        self.document.close()
        shutil.rmtree(self._folder, ignore_errors=True)


def open_evidence(
    parent: QWidget,
    database: Database,
    order_pks: Sequence[int | None],
    printer: Callable[[QWidget, Path], bool] = print_pdf,
) -> EvidenceDialog | None:
    """The one way every page opens evidence: a preview for one order, a batch for several.

    Orders by their key, as the rows chose them: an id alone may name an order in each
    store, and a pack for another buyer's order would lose the dispute.
    """
    chosen: list[OrderRef] = list(dict.fromkeys(pk for pk in order_pks if pk is not None))
    if not chosen:
        return None
    dialog = EvidenceDialog(database, chosen, parent, printer=printer)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
