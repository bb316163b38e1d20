"""The Tracking page: every parcel's status at a glance, its timeline, and refreshing.

Refreshing runs in a worker with progress and Cancel (and every 15 minutes on its own);
the alerts are evaluated right after, so the Alerts page and its badge follow.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTextBrowser,
    QWidget,
)

from app.alerts.engine import evaluate
from app.shop_time import moment, time_text
from app.storage import Database
from app.tracking.providers.base import Provider
from app.tracking.status import PARCEL_STATUSES
from app.tracking.story import ParcelFilter, ParcelRow, carriers_in_use, parcel_story_by_shipment
from app.ui.codes import carrier as carrier_name
from app.ui.codes import parcel_status
from app.ui.evidence_dialog import EvidenceDialog, open_evidence
from app.ui.focus_bar import FocusBar
from app.ui.icons import icon
from app.ui.language import gui_language
from app.ui.models.parcels import CARRIER_SAYS_COLUMN, ParcelsModel
from app.ui.pages import SEARCH_DELAY_MS, lay_out_page, read_only_rows
from app.ui.refresh_problems import RefreshProblems
from app.ui.workers import ProgressFn, Worker

if TYPE_CHECKING:
    from app.tracking.refresh import RefreshError, RefreshReport

AUTO_REFRESH_MS = 15 * 60 * 1000


@dataclass(frozen=True)
class RefreshOutcome:
    report: RefreshReport
    alerts_opened: int  # new alerts the refresh brought


class TrackingView(QWidget):
    refreshed = Signal(object)  # a RefreshOutcome, once parcels and alerts are up to date

    def __init__(
        self, database: Database, providers: dict[str, Provider], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._providers = providers
        self._worker: Worker | None = None

        self.search = QLineEdit(placeholderText=self.tr("Tracking number or order id"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in PARCEL_STATUSES:
            self.status.addItem(parcel_status(status), status)
        self.carrier = QComboBox()
        self.carrier.addItem(self.tr("All carriers"), None)
        with database.session() as session:
            for code in carriers_in_use(session):
                self.carrier.addItem(carrier_name(code), code)
        self.stalled = QCheckBox(self.tr("Only stalled"))
        self.stalled.setToolTip(self.tr("Parcels the carrier has said nothing about for too long"))
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh now"))
        self.evidence_button = QPushButton(icon("evidence"), self.tr("Evidence pack…"))
        self.evidence_button.setToolTip(self.tr("Dispute evidence for the selected parcels"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)  # a long sentence wraps: the bar fits a small screen
        self.summary.linkActivated.connect(lambda _link: self.show_problems())
        self._problems: list[RefreshError] = []
        top = QHBoxLayout()
        top.addWidget(self.search, 2)  # room for a whole tracking number
        for widget in (
            self.status,
            self.carrier,
            self.stalled,
            self.refresh_button,
            self.evidence_button,
            self.cancel_button,
            self.progress,
        ):
            top.addWidget(widget)
        top.addWidget(self.summary, 1)

        self.model = ParcelsModel(database)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(
            CARRIER_SAYS_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        read_only_rows(self.table, (170, 70, 190, 130, 160, 130, 70))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.timeline = QTextBrowser()
        self.focus = FocusBar()
        self._focus: ParcelFilter | None = None  # rows a number elsewhere opened
        lay_out_page(self, top, self.table, self.timeline, share=30, focus=self.focus)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._filters_changed)
        self.status.currentIndexChanged.connect(self._filters_changed)
        self.stalled.toggled.connect(self._filters_changed)
        self.carrier.currentIndexChanged.connect(self._filters_changed)
        self.focus.cleared.connect(self._filters_changed)
        self.refresh_button.clicked.connect(self.start_refresh)
        self.evidence_button.clicked.connect(self.open_evidence)
        self.cancel_button.clicked.connect(self._cancel)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self._timer = QTimer(self, interval=AUTO_REFRESH_MS)
        self._timer.timeout.connect(self.start_refresh)
        self._timer.start()
        if not providers:
            self.summary.setText(
                self.tr("No tracking provider has an API key yet: add one in the settings.")
            )
        self.reload()

    # --- the list --------------------------------------------------------------------------
    def reload(self) -> None:
        """The rows again; the parcel shown beside them stays selected and its timeline
        follows it (after a refresh it is that parcel's new timeline, not another's)."""
        self._search_timer.stop()
        chosen = self._current()
        self.model.set_filter(
            self._focus
            or ParcelFilter(
                status=self.status.currentData(),
                search=self.search.text().strip() or None,
                stalled_only=self.stalled.isChecked(),
                carrier=self.carrier.currentData(),
            )
        )
        self._select(chosen)

    def show_only(self, parcel_filter: ParcelFilter, title: str) -> None:
        """Exactly the parcels ``parcel_filter`` keeps (what a Today number counted), named
        ``title`` above the list, until the user clears it or filters for themselves."""
        self._reset_filters("")
        self._focus = parcel_filter
        self.focus.show_title(title)
        self.reload()

    def _filters_changed(self) -> None:
        """The user's own filter: it replaces what a number elsewhere opened."""
        self._focus = None
        self.focus.setVisible(False)
        self.reload()

    def _reset_filters(self, search: str) -> None:
        for combo in (self.status, self.carrier):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.stalled.blockSignals(True)
        self.stalled.setChecked(False)
        self.stalled.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(search)
        self.search.blockSignals(False)

    def show_parcel(self, number: str) -> None:
        """Only this parcel (a tracking number or an order id), selected, its timeline shown."""
        self._reset_filters(number)
        self._focus = None
        self.focus.setVisible(False)
        self.reload()
        if self.model.rowCount() and not self.selected_rows():
            self.table.selectRow(0)

    def _current(self) -> tuple[int, str] | None:
        """The parcel whose timeline is shown: (shipment id, order id)."""
        rows = self.selected_rows()
        if not rows:
            return None
        row = self.model.row_at(rows[-1])
        return row.shipment_id, row.order_id

    def _select(self, chosen: tuple[int, str] | None) -> None:
        for index in range(self.model.rowCount()):
            row = self.model.row_at(index)
            if (row.shipment_id, row.order_id) == chosen:
                self.table.selectRow(index)
                self._show_timeline(row)
                return
        self.table.clearSelection()
        self.timeline.clear()

    def selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def open_evidence(self) -> EvidenceDialog | None:
        pks = [self.model.row_at(row).order_pk for row in self.selected_rows()]
        return open_evidence(self, self._database, pks)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.selected_rows()
        self._show_timeline(self.model.row_at(rows[-1]) if rows else None)

    def _show_timeline(self, row: ParcelRow | None) -> None:
        if row is None:
            self.timeline.clear()
            return
        with self._database.session() as session:
            story = parcel_story_by_shipment(session, row.shipment_id)
        if story is None:
            self.timeline.clear()
            return
        title = f"{escape(story.tracking_number)} — {escape(parcel_status(story.status))}"
        html = [f"<h3>{title}</h3><table cellpadding='3'>"]
        zone, lang = self.model.zone, gui_language()
        for event in story.events:
            at = moment(event.time, zone)
            when = escape(time_text(at, zone, lang) if at else event.time)
            where = escape(event.location or "")
            html.append(
                f"<tr><td style='white-space:nowrap'>{when}</td>"
                f"<td><b>{escape(parcel_status(event.status))}</b></td>"
                f"<td>{where}</td><td>{escape(event.text)}</td></tr>"
            )
        html.append("</table>")
        if not story.events:
            none_yet = self.tr("No carrier event yet.")  # outside the f-string: lupdate reads it
            html.append(f"<p>{escape(none_yet)}</p>")
        self.timeline.setHtml("".join(html))

    # --- refreshing ------------------------------------------------------------------------
    def set_providers(self, providers: dict[str, Provider]) -> None:
        self._providers = providers
        self.summary.setText(
            ""
            if providers
            else self.tr("No tracking provider has an API key yet: add one in the settings.")
        )

    def start_refresh(self) -> None:
        if self._worker is not None or not self._providers:
            return
        database, providers = self._database, self._providers

        def job(progress: ProgressFn, cancel: threading.Event) -> RefreshOutcome:
            from app.tracking.refresh import refresh  # httpx and asyncio: not at start

            report = refresh(database, providers, progress=progress, cancel=cancel)
            return RefreshOutcome(report, evaluate(database).opened)

        worker = Worker(job)
        worker.signals.progress.connect(self._on_progress)
        worker.signals.finished.connect(self._on_refreshed)
        worker.signals.failed.connect(self._on_failed)
        self._worker = worker
        self.refresh_button.setEnabled(False)
        self.cancel_button.setVisible(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        worker.start()

    def _on_progress(self, done: int, total: int, _message: str) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def pause_auto_refresh(self) -> None:
        """No refresh from now on (the shop is being moved); a running one is cancelled."""
        self._timer.stop()
        self._cancel()

    def resume_auto_refresh(self) -> None:
        self._timer.start()

    def _cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def _finish(self) -> None:
        self._worker = None
        self.refresh_button.setEnabled(True)
        self.cancel_button.setVisible(False)
        self.progress.setVisible(False)

    def _on_refreshed(self, outcome: RefreshOutcome) -> None:
        report = outcome.report
        self._finish()
        self._problems = list(report.errors)
        problems = self.tr("%n problem(s)", "", len(report.errors))
        if report.errors:  # a link to the list of them
            problems = f"<a href='problems'>{escape(problems)}</a>"
        self.summary.setText(
            self.tr("Checked {checked}, {new} new events, {problems} at {time}").format(
                checked=report.checked,
                new=report.events_new,
                problems=problems,
                time=self.model.when(datetime.now(UTC))[-5:],  # the shop's clock
            )
        )
        self.reload()
        self.refreshed.emit(outcome)

    def show_problems(self) -> RefreshProblems | None:
        """The parcels the last refresh could not update, and why."""
        if not self._problems:
            return None
        dialog = RefreshProblems(self._problems, self)
        dialog.open()
        return dialog

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.summary.setText(self.tr("Refresh failed: {message}").format(message=message))
