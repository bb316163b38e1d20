"""Import files: preview what they will do, confirm, import, and show what was refused.

The preview is a dry run of the real import (same code, rolled back), so the counts the
shopkeeper confirms are the counts they get. Both steps run in a worker with progress and
Cancel; cancelling the import writes nothing (all files go in one transaction).
"""

from __future__ import annotations

import csv
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from app.dispatch.shipping_export import neutralise
from app.orders.choices import keep_choice
from app.orders.importer import FileReport, ImportCancelled, ImportOptions, import_files
from app.orders.mapping import FileSample, sample_file
from app.storage import Database
from app.storage.models import Store
from app.ui.codes import platform as platform_name
from app.ui.core_messages import row_issue
from app.ui.mapping_dialog import MappingDialog
from app.ui.profile_choice import ProfileChoiceDialog
from app.ui.screen_fit import resize_within_screen
from app.ui.workers import ProgressFn, Worker

SHOWN_ISSUES = 500


class ImportDialog(QDialog):
    imported = Signal()

    def __init__(
        self, database: Database, paths: Sequence[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import orders"))
        resize_within_screen(self, 900, 560)
        self._database = database
        self._paths = list(paths)
        self._worker: Worker | None = None
        self.reports: list[FileReport] = []
        self._choices: dict[str, str] = {}  # header signature → profile, chosen in this dialog
        self._declined: set[str] = set()  # signatures whose question was cancelled
        self.choice_dialog: ProfileChoiceDialog | None = None

        self.store = QComboBox()
        self.store.setEditable(True)
        self.store.addItem(self.tr("(the platform's only store)"))
        with database.session() as session:
            self.store.addItems(sorted(set(session.scalars(select(Store.name)))))
        self.store.setToolTip(
            self.tr(
                "Which of your stores these orders belong to (Settings → Platforms and stores "
                "adds one)"
            )
        )
        self.refresh_button = QPushButton(self.tr("Preview again"))
        self.refresh_button.clicked.connect(self._start_preview)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.progress = QProgressBar()
        self.summary = QTableWidget(0, 8)
        self.summary.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Platform"),
                self.tr("Rows"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Lines"),
                self.tr("Refused rows"),
            ]
        )
        header = self.summary.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # counts are short
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the file takes the rest
        self.summary.verticalHeader().setVisible(False)
        self.issues = QTableWidget(0, 4)
        self.issues.setHorizontalHeaderLabels(
            [self.tr("File"), self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self.issues.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.issues.verticalHeader().setVisible(False)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button = QPushButton(self.tr("Save refused rows as CSV…"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.map_button = QPushButton(self.tr("Map columns…"))
        self.buttons.addButton(self.map_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.map_button.setVisible(False)
        self.map_button.clicked.connect(self._map_columns)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setEnabled(False)
        self.save_button.setVisible(False)
        self.import_button.clicked.connect(self._start_import)
        self.save_button.clicked.connect(self._save_issues)
        self.cancel_button.clicked.connect(self._cancel)

        layout = QVBoxLayout(self)
        store_row = QHBoxLayout()
        store_row.addWidget(QLabel(self.tr("Store")))
        store_row.addWidget(self.store, 1)
        store_row.addWidget(self.refresh_button)
        layout.addLayout(store_row)
        layout.addWidget(self.headline)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary, 1)
        layout.addWidget(QLabel(self.tr("Refused rows and warnings")))
        layout.addWidget(self.issues, 2)
        layout.addWidget(self.buttons)
        self._start_preview()

    # --- steps --------------------------------------------------------------------------
    def _run(self, dry_run: bool) -> None:
        store = self.store.currentText().strip()
        automatic = self.store.currentIndex() == 0 and store == self.store.itemText(0)
        options = ImportOptions(
            store=None if automatic or not store else store,
            dry_run=dry_run,
            all_or_nothing=True,
            choices=dict(self._choices),
        )
        database, paths = self._database, self._paths

        def job(progress: ProgressFn, cancel: threading.Event) -> list[FileReport]:
            return import_files(database, paths, options, progress, cancel)

        worker = Worker(job, cancelled_error=ImportCancelled)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_preview if dry_run else self._on_imported)
        worker.signals.failed.connect(self._on_failed)
        worker.signals.cancelled.connect(self._on_cancelled)
        self._worker = worker
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        worker.start()

    def _start_preview(self) -> None:
        self.import_button.setEnabled(False)
        names = ", ".join(path.name for path in self._paths)
        self.headline.setText(self.tr("Reading {files}…").format(files=names))
        self._run(dry_run=True)

    def _start_import(self) -> None:
        self.import_button.setEnabled(False)
        self.headline.setText(self.tr("Importing…"))
        self._run(dry_run=False)

    # --- worker signals -----------------------------------------------------------------
    def _on_progress(self, done: int, total: int, message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        text = self._progress_text(message)
        self.progress.setFormat(f"{text} %v/%m" if total else text)

    def _progress_text(self, message: str) -> str:
        """The importer's progress words ("reading FILE", "saving orders") in the user's."""
        if message.startswith("reading "):
            return self.tr("Reading {file}").format(file=message.removeprefix("reading "))
        if message == "saving orders":
            return self.tr("Saving orders")
        return message

    def _on_preview(self, reports: list[FileReport]) -> None:
        self._worker = None
        self._show(reports)
        self.map_button.setVisible(any(report.unrecognised for report in reports))
        importable = [r for r in reports if not r.refused and (r.orders_new or r.orders_updated)]
        self.import_button.setEnabled(bool(importable))
        self.import_button.setDefault(True)
        self._ask_profile(reports)
        if importable:
            new = sum(r.orders_new for r in reports)
            updated = sum(r.orders_updated for r in reports)
            self.headline.setText(
                self.tr("Ready: {new} new and {updated} updated orders. Import them?").format(
                    new=new, updated=updated
                )
            )
        elif any(not r.refused for r in reports):
            self.headline.setText(
                self.tr("Nothing new: every order in these files is already here, unchanged.")
            )
        else:
            self.headline.setText(
                self.tr("Nothing can be imported from these files; see the problems below.")
            )

    def _on_imported(self, reports: list[FileReport]) -> None:
        self._worker = None
        self._show(reports)
        new = sum(r.orders_new for r in reports)
        updated = sum(r.orders_updated for r in reports)
        refused = sum(len(r.errors) for r in reports)
        self.headline.setText(
            self.tr(
                "Imported {new} new and {updated} updated orders; "
                "{refused} problem(s) listed below."
            ).format(new=new, updated=updated, refused=refused)
        )
        self.cancel_button.setText(self.tr("Close"))
        self.import_button.setVisible(False)
        self.imported.emit()

    def _on_failed(self, message: str) -> None:
        self._worker = None
        self.progress.setVisible(False)
        self.headline.setText(
            self.tr("The import failed and nothing was written: {message}").format(message=message)
        )
        self.cancel_button.setText(self.tr("Close"))

    def _on_cancelled(self) -> None:
        self._worker = None
        self.progress.setVisible(False)
        self.headline.setText(self.tr("Cancelled: nothing was written."))
        self.cancel_button.setText(self.tr("Close"))
        self.import_button.setEnabled(bool(self.reports))

    def _cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.headline.setText(self.tr("Cancelling…"))
            return
        self.reject() if not self.import_button.isHidden() else self.accept()

    # --- a header too close to call ------------------------------------------------------
    def _ask_profile(self, reports: list[FileReport]) -> None:
        """Ask which profile the first file too close to call is; preview again once told."""
        report = next(
            (r for r in reports if r.close_call and r.signature not in self._declined), None
        )
        if report is None:
            return
        dialog = ProfileChoiceDialog(Path(report.file).name, report.close_call, self)
        signature = report.signature

        def chosen() -> None:
            profile = dialog.chosen()
            if profile is None:
                return
            self._choices[signature] = profile
            if dialog.remember.isChecked():
                with self._database.write() as session:
                    keep_choice(session, signature, profile)
            self._start_preview()

        dialog.accepted.connect(chosen)
        dialog.rejected.connect(lambda: self._declined.add(signature))
        self.choice_dialog = dialog
        dialog.open()

    # --- mapping an unknown file ---------------------------------------------------------
    def _map_columns(self) -> None:
        path = next(Path(report.file) for report in self.reports if report.unrecognised)
        self.map_button.setEnabled(False)

        def job(_progress: ProgressFn, _cancel: threading.Event) -> FileSample:
            return sample_file(path)

        worker = Worker(job)
        worker.signals.finished.connect(self._open_mapping)
        worker.signals.failed.connect(self._on_failed)
        self._worker = worker
        worker.start()

    def _open_mapping(self, sample: FileSample) -> None:
        self._worker = None
        self.map_button.setEnabled(True)
        self.mapping_dialog = MappingDialog(self._database, sample, self)
        self.mapping_dialog.accepted.connect(self._start_preview)
        self.mapping_dialog.open()

    # --- tables -------------------------------------------------------------------------
    def _show(self, reports: list[FileReport]) -> None:
        self.reports = reports
        self.progress.setVisible(False)
        self.summary.setRowCount(len(reports))
        for row, report in enumerate(reports):
            cells = (
                " + ".join(Path(name).name for name in report.files),
                self.tr("refused") if report.refused else platform_name(report.platform or ""),
                report.rows,
                report.orders_new,
                report.orders_updated,
                report.orders_unchanged,
                report.lines,
                len(report.errors),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                item.setToolTip(str(value))  # a long file name, cut, reads whole here
                self.summary.setItem(row, column, item)
        issues = [(r, issue, self.tr("error")) for r in reports for issue in r.errors]
        issues += [(r, issue, self.tr("warning")) for r in reports for issue in r.warnings]
        self.issues.setRowCount(min(len(issues), SHOWN_ISSUES))
        for row, (report, issue, kind) in enumerate(issues[:SHOWN_ISSUES]):
            issue_cells = (
                issue.source or Path(report.file).name,
                issue.row or "",
                issue.column or "",
                self.tr("{kind}: {problem}").format(kind=kind, problem=row_issue(issue)),
            )
            for column, value in enumerate(issue_cells):
                self.issues.setItem(row, column, QTableWidgetItem(str(value)))
        self.save_button.setVisible(any(r.errors for r in reports))

    def _save_issues(self) -> None:
        target, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save refused rows"), "refused-rows.csv", self.tr("CSV files (*.csv)")
        )
        if target:
            save_issues_csv(Path(target), self.reports)


def save_issues_csv(path: Path, reports: Sequence[FileReport]) -> None:
    """Write every refused row as CSV (UTF-8 with BOM so Excel shows Chinese correctly).

    The problems stay in the core's English, as ``shipproof import --json`` gives them: the
    file is for fixing the export, and may be sent to someone who reads no Chinese.
    """
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "row", "column", "problem"])
        for report in reports:
            for issue in report.errors:
                cells = [issue.source or Path(report.file).name, issue.column or "", issue.message]
                source, column, message = map(neutralise, cells)  # they quote the file
                writer.writerow([source, issue.row or "", column, message])
