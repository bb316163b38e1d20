"""The Tracking page: every parcel's status at a glance, its timeline, and refreshing.

Refreshing runs in a worker with progress and Cancel (and every 15 minutes on its own);
the alerts are evaluated right after, so the Alerts page and its badge follow.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QWidget,
)

from app.alerts.engine import evaluate
from app.storage import Database
from app.tracking.providers.base import Provider
from app.tracking.refresh import RefreshReport, refresh
from app.tracking.status import PARCEL_STATUSES
from app.tracking.story import carriers_in_use, parcel_rows, parcel_story_by_shipment
from app.ui.codes import duration, parcel_status
from app.ui.evidence_dialog import EvidenceDialog, open_evidence
from app.ui.icons import icon
from app.ui.pages import lay_out_page, read_only_rows
from app.ui.workers import ProgressFn, Worker

AUTO_REFRESH_MS = 15 * 60 * 1000
CHIP_COLOURS = {
    "delivered": "#c8e6c9",
    "out_for_delivery": "#bbdefb",
    "available_for_pickup": "#bbdefb",
    "in_transit": "#e3f2fd",
    "picked_up": "#e3f2fd",
    "customs": "#fff9c4",
    "delivery_failed": "#ffcdd2",
    "exception": "#ffcdd2",
    "returning": "#ffe0b2",
    "returned": "#ffe0b2",
    "pending": "#eeeeee",
}
COLUMNS = (
    QT_TRANSLATE_NOOP("TrackingView", "Tracking number"),
    QT_TRANSLATE_NOOP("TrackingView", "Carrier"),
    QT_TRANSLATE_NOOP("TrackingView", "Order"),
    QT_TRANSLATE_NOOP("TrackingView", "Status"),
    QT_TRANSLATE_NOOP("TrackingView", "Carrier says"),
    QT_TRANSLATE_NOOP("TrackingView", "Last event"),
    QT_TRANSLATE_NOOP("TrackingView", "Age"),
)
ORDER_COLUMN = COLUMNS.index("Order")


def _age(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return ""
    hours = int((now - moment).total_seconds() // 3600)
    return duration(hours)


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
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in PARCEL_STATUSES:
            self.status.addItem(parcel_status(status), status)
        self.carrier = QComboBox()
        self.carrier.addItem(self.tr("All carriers"), None)
        with database.session() as session:
            for code in carriers_in_use(session):
                self.carrier.addItem(code, code)
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
        top = QHBoxLayout()
        for widget in (
            self.search,
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

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("TrackingView", str(column)) for column in COLUMNS]
        )
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        read_only_rows(self.table, (170, 70, 190, 130, 160, 130, 70))
        self.timeline = QTextBrowser()
        lay_out_page(self, top, self.table, self.timeline, share=25)

        self.search.textChanged.connect(self.reload)
        self.status.currentIndexChanged.connect(self.reload)
        self.stalled.toggled.connect(self.reload)
        self.carrier.currentIndexChanged.connect(self.reload)
        self.refresh_button.clicked.connect(self.start_refresh)
        self.evidence_button.clicked.connect(self.open_evidence)
        self.cancel_button.clicked.connect(self._cancel)
        self.table.itemSelectionChanged.connect(self._show_timeline)
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
        now = datetime.now(UTC)
        with self._database.session() as session:
            rows = parcel_rows(
                session,
                self.status.currentData(),
                self.search.text(),
                stalled_only=self.stalled.isChecked(),
                carrier=self.carrier.currentData(),
            )
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            last = row["last_event_utc"]
            cells = (
                row["tracking_number"],
                row["carrier"] or "",
                row["order_id"],
                parcel_status(row["status"]),
                row["carrier_status"] or "",
                last.astimezone().strftime("%Y-%m-%d %H:%M") if last else "",
                _age(last, now),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row["shipment_id"])
                if column == 3:
                    item.setBackground(QColor(CHIP_COLOURS.get(row["status"], "#eeeeee")))
                    item.setForeground(QColor("#1a1a1a"))  # a light chip reads in dark themes too
                self.table.setItem(index, column, item)

    def open_evidence(self) -> EvidenceDialog | None:
        order_ids = [
            item.text() for item in self.table.selectedItems() if item.column() == ORDER_COLUMN
        ]
        return open_evidence(self, self._database, order_ids)

    def _show_timeline(self) -> None:
        items = self.table.selectedItems()
        if not items:
            self.timeline.clear()
            return
        shipment_id = items[0].data(Qt.ItemDataRole.UserRole)
        with self._database.session() as session:
            story = parcel_story_by_shipment(session, shipment_id)
        if story is None:
            self.timeline.clear()
            return
        title = f"{escape(story['tracking_number'])} — {escape(parcel_status(story['status']))}"
        html = [f"<h3>{title}</h3><table cellpadding='3'>"]
        for event in story["events"]:
            when = escape(event["time"][:16].replace("T", " "))
            where = escape(event["location"] or "")
            html.append(
                f"<tr><td>{when}</td><td><b>{escape(parcel_status(event['status']))}</b></td>"
                f"<td>{where}</td><td>{escape(event['text'])}</td></tr>"
            )
        html.append("</table>")
        if not story["events"]:
            html.append(f"<p>{escape(self.tr('No carrier event yet.'))}</p>")
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
        self.summary.setText(
            self.tr("Checked {checked}, {new} new events, {errors} problems at {time}").format(
                checked=report.checked,
                new=report.events_new,
                errors=len(report.errors),
                time=datetime.now().strftime("%H:%M"),
            )
        )
        self.reload()
        self.refreshed.emit(outcome)

    def _on_failed(self, message: str) -> None:
        self._finish()
        self.summary.setText(self.tr("Refresh failed: {message}").format(message=message))
