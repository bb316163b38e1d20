"""Print a PDF ShipProof wrote, through the system's print dialog (QtPdf renders the pages)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QMessageBox, QWidget


def print_pdf(parent: QWidget, path: Path) -> bool:
    """Ask where to print ``path`` and print every page; False when cancelled or failed."""
    document = QPdfDocument(parent)
    if document.load(str(path)) != QPdfDocument.Error.None_:
        message = QCoreApplication.translate("Printing", "Cannot open {file}").format(file=path)
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Print"), message)
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.name)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        message = QCoreApplication.translate("Printing", "The printer could not be started.")
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Print"), message)
        return False
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            image = document.render(page, QSize(area.width(), area.height()))
            painter.drawImage(area.topLeft(), image)
    finally:
        painter.end()
    return True
