"""See paper before it is printed: packing slips and the command sheet, on the paper chosen.

The PDF is written in a worker each time the paper changes and shown in a preview, so
the packer sees a label as a label and four slips to a sheet as four, then prints or
saves that very file. The paper chosen is kept per computer (QSettings): a bench has one
printer, and its labels do not change from one batch to the next.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import QT_TRANSLATE_NOOP
from app.ui.printing import print_pdf
from app.ui.screen_fit import resize_within_screen
from app.ui.workers import ProgressFn, Worker

PAPER_KEY = "paper/size"
PER_SHEET_KEY = "paper/per_sheet"
Render = Callable[[Path, str, int], int]  # (target, paper key, slips per sheet) → pages
PAPER_NAMES = {  # app.paper.sheets.PAPERS by name
    "a4": QT_TRANSLATE_NOOP("PaperDialog", "A4"),
    "letter": QT_TRANSLATE_NOOP("PaperDialog", "Letter"),
    "label-100x150": QT_TRANSLATE_NOOP("PaperDialog", "Label 100 × 150 mm"),
    "label-4x6": QT_TRANSLATE_NOOP("PaperDialog", "Label 4 × 6 in"),
}


def _choose_file(parent: QWidget, suggested: str) -> Path | None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PaperDialog", "Save as PDF"),
        suggested,
        QCoreApplication.translate("PaperDialog", "PDF files (*.pdf)"),
    )
    return Path(name) if name else None


class PaperDialog(QDialog):
    """A preview of what ``render`` writes, on the paper chosen, with Print and Save."""

    def __init__(
        self,
        title: str,
        file_name: str,
        render: Render,
        parent: QWidget | None = None,
        papers: tuple[str, ...] = tuple(PAPER_NAMES),
        shares_sheets: bool = True,
        printer: Callable[[QWidget, Path], bool] = print_pdf,
        choose_file: Callable[[QWidget, str], Path | None] = _choose_file,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # one per batch, not kept
        self.setWindowTitle(title)
        self._render, self._printer, self._choose_file = render, printer, choose_file
        self._worker: Worker | None = None
        self._again = False
        self._folder = Path(tempfile.mkdtemp(prefix="shipproof-paper-"))
        self._file = self._folder / file_name
        self.ready: Path | None = None  # the file on show, once written

        settings = QSettings()
        self.paper = QComboBox()
        for key in papers:
            self.paper.addItem(self.tr(PAPER_NAMES[key]), key)
        kept = self.paper.findData(settings.value(PAPER_KEY, papers[0]))
        self.paper.setCurrentIndex(max(kept, 0))
        self.per_sheet = QComboBox()
        for count in (1, 2, 4):
            self.per_sheet.addItem(self.tr("%n slip(s) a sheet", "", count), count)
        kept = self.per_sheet.findData(int(str(settings.value(PER_SHEET_KEY, 1))))
        self.per_sheet.setCurrentIndex(max(kept, 0))
        self.per_sheet.setVisible(shares_sheets)
        self._shares_sheets = shares_sheets  # isVisible() is False until the dialog shows
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        close_button = QPushButton(self.tr("Close"))
        self.print_button.clicked.connect(self.print_file)
        self.save_button.clicked.connect(self.save_file)
        close_button.clicked.connect(self.reject)

        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Paper")))
        options.addWidget(self.paper)
        options.addWidget(self.per_sheet)
        options.addStretch()
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        resize_within_screen(self, 760, 900)

        self.paper.currentIndexChanged.connect(self.render_preview)
        self.per_sheet.currentIndexChanged.connect(self.render_preview)
        self.finished.connect(self._clean_up)
        self.render_preview()

    def chosen(self) -> tuple[str, int]:
        """The paper key and slips a sheet chosen (a label always takes one)."""
        paper = str(self.paper.currentData())
        label = paper.startswith("label")
        self.per_sheet.setEnabled(not label)
        return paper, 1 if label or not self._shares_sheets else int(self.per_sheet.currentData())

    def render_preview(self) -> None:
        """Write the file for the paper chosen, in a worker; a change meanwhile waits for it."""
        if self._worker is not None:
            self._again = True
            return
        paper, per_sheet = self.chosen()
        settings = QSettings()
        settings.setValue(PAPER_KEY, paper)
        settings.setValue(PER_SHEET_KEY, per_sheet)
        self.ready = None
        self.document.close()  # the old file is about to be written over
        self._set_busy(True)
        target, render = self._file, self._render

        def job(_progress: ProgressFn, _cancel: threading.Event) -> int:
            return render(target, paper, per_sheet)

        self._worker = Worker(job)
        self._worker.signals.finished.connect(self._written)
        self._worker.signals.failed.connect(self._failed)
        self._worker.start()

    def _set_busy(self, busy: bool) -> None:
        self.print_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        if busy:
            self.status.setText(self.tr("Preparing the pages…"))

    def _written(self, pages: int) -> None:
        self._worker = None
        if self._again:
            self._again = False
            self.render_preview()
            return
        self.document.load(str(self._file))
        self.ready = self._file
        self._set_busy(False)
        self.status.setText(self.tr("%n page(s)", "", pages))

    def _failed(self, message: str) -> None:
        self._worker = None
        if self._again:  # the paper changed meanwhile: that choice may well work
            self._again = False
            self.render_preview()
            return
        self.status.setText(message)
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def print_file(self) -> None:
        if self.ready is not None:
            self._printer(self, self.ready)

    def save_file(self) -> None:
        if self.ready is None:
            return
        target = self._choose_file(self, self.ready.name)
        if target is None:
            return
        try:
            shutil.copyfile(self.ready, target)
        except OSError as error:
            self.status.setText(self.tr("Not saved: {error}").format(error=error))
            return
        self.status.setText(self.tr("Saved to {file}").format(file=target))

    def _clean_up(self) -> None:
        self.document.close()
        shutil.rmtree(self._folder, ignore_errors=True)
