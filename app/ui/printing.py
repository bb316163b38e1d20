"""Print a PDF ShipProof wrote, through the system's print dialog, without freezing the app.

QtPdf renders each page to an image that is painted on the printer. Done on the GUI
thread at the printer's full resolution (1200 dpi: half a gigabyte a page) this froze
the app for half a minute over seven slips and spooled 33 MB. Pages are rendered at
:data:`MAX_DPI` at most — beyond what a barcode scanner or an eye can tell on paper — in
a worker thread (Qt paints on a printer from any thread), with progress and Cancel.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.ui.workers import ProgressFn, Worker

MAX_DPI = 300
STRIP_ROWS = 128  # rows of a page drawn in one call: a few milliseconds each
AskFn = Callable[[QPrinter, QWidget], bool]  # shows the print dialog; True to print
_RUNNING: set[PrintJob] = set()  # jobs alive until their worker reports back


class PrintCancelled(Exception):
    """The user stopped the printing; the printer was told to drop the job."""


class PrintFailed(Exception):
    """The printer could not be started or the file not read."""


def _ask(printer: QPrinter, parent: QWidget) -> bool:
    return QPrintDialog(printer, parent).exec() == QPrintDialog.DialogCode.Accepted


def print_pdf(parent: QWidget, path: Path, ask: AskFn = _ask) -> bool:
    """Ask where to print ``path``, then print it in the background; False when the file
    cannot be read or the dialog was cancelled. The paper is preset to the PDF's own
    page size, so a label file asks for labels.

    The job prints a copy of the file: the preview that made it may be closed (and its
    files removed) while the pages are still going out.
    """
    copy = _copy(path)
    document = QPdfDocument(parent)
    if copy is None or document.load(str(copy)) != QPdfDocument.Error.None_:
        if copy is not None:
            copy.unlink(missing_ok=True)
        message = QCoreApplication.translate("Printing", "Cannot open {file}").format(file=path)
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Print"), message)
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.name)
    first = document.pagePointSize(0)
    printer.setPageSize(QPageSize(first, QPageSize.Unit.Point))
    portrait = first.height() >= first.width()
    printer.setPageOrientation(
        QPageLayout.Orientation.Portrait if portrait else QPageLayout.Orientation.Landscape
    )
    document.close()
    if not ask(printer, parent):
        copy.unlink(missing_ok=True)
        return False
    PrintJob(parent, printer, copy, path.name).start()
    return True


def _copy(path: Path) -> Path | None:
    """A copy of ``path`` that the print job owns; None when it cannot be read."""
    handle, name = tempfile.mkstemp(prefix="shipproof-print-", suffix=".pdf")
    os.close(handle)
    try:
        shutil.copyfile(path, name)
    except OSError:
        Path(name).unlink(missing_ok=True)
        return None
    return Path(name)


def paint_pages(
    printer: QPrinter, path: Path, progress: ProgressFn, cancel: threading.Event
) -> int:
    """Render each page of the PDF at ``path`` and paint it on ``printer``, scaled to fit
    its printable area without distortion; return the pages printed. Runs off the GUI
    thread, with a document of its own."""
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise PrintFailed(
            QCoreApplication.translate("Printing", "The file to print could not be read.")
        )
    if cancel.is_set():  # before the printer (or its file) is even opened
        raise PrintCancelled
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(
            QCoreApplication.translate("Printing", "The printer could not be started.")
        )
    pages = document.pageCount()
    try:
        # the painter's origin is already the printable area's corner
        printable = printer.pageLayout().paintRectPixels(printer.resolution())
        area = QRectF(0, 0, printable.width(), printable.height())
        dpi = min(printer.resolution(), MAX_DPI)
        for page in range(pages):
            if cancel.is_set():
                printer.abort()
                raise PrintCancelled
            progress(page, pages, "")
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            scale = min(area.width() / points.width(), area.height() / points.height())
            target = QRectF(area.topLeft(), QSizeF(points.width(), points.height()) * scale)
            image = document.render(page, (points * dpi / 72).toSize())
            _draw_in_strips(painter, target, image)
    finally:
        if painter.isActive():
            painter.end()
        document.close()
    progress(pages, pages, "")
    return pages


def _draw_in_strips(painter: QPainter, target: QRectF, image: QImage) -> None:
    """Draw ``image`` into ``target`` a band of :data:`STRIP_ROWS` rows at a time.

    ``QPainter.drawImage`` keeps Python's interpreter lock while it works: a whole 300-dpi
    page takes it for an eighth of a second, and the window's own Python (its timers, the
    Cancel button) waits that long, page after page. Between bands the lock changes hands.
    """
    scale = target.height() / image.height()
    for top in range(0, image.height(), STRIP_ROWS):
        rows = min(STRIP_ROWS, image.height() - top)
        band = QRectF(target.left(), target.top() + top * scale, target.width(), rows * scale)
        painter.drawImage(band, image, QRectF(0, top, image.width(), rows))


class PrintJob:
    """One PDF going to one printer: a worker paints it, a progress dialog can cancel it."""

    def __init__(self, parent: QWidget, printer: QPrinter, copy: Path, name: str) -> None:
        self.printer, self.copy = printer, copy
        self.dialog = QProgressDialog(
            QCoreApplication.translate("Printing", "Printing {file}…").format(file=name),
            QCoreApplication.translate("Printing", "Cancel"),
            0,
            0,
            parent,
        )
        self.dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)  # a one-page slip prints without a flash
        self.worker = Worker(self._job, PrintCancelled)
        self.dialog.canceled.connect(self.worker.cancel)
        self.worker.signals.progress.connect(self._progress)
        for signal in (self.worker.signals.finished, self.worker.signals.cancelled):
            signal.connect(self._done)
        self.worker.signals.failed.connect(self._failed)

    def _job(self, progress: ProgressFn, cancel: threading.Event) -> int:
        return paint_pages(self.printer, self.copy, progress, cancel)

    def start(self) -> None:
        _RUNNING.add(self)
        self.worker.start()

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _done(self, *_result: object) -> None:
        self.dialog.reset()
        self.dialog.deleteLater()
        self.copy.unlink(missing_ok=True)
        _RUNNING.discard(self)

    def _failed(self, message: str) -> None:
        parent = self.dialog.parentWidget()
        self._done()
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Print"), message)


def printing_now() -> int:
    """How many print jobs are still painting (tests wait for none)."""
    return len(_RUNNING)
