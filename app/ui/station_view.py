"""The packing station page: a big banner, the open order ticking off, the last scans.

Readable from a metre away and driven by the scanner alone. Scans run one after another
in a one-thread pool (never on the GUI thread: a busy shared database must not freeze the
screen); the banner and the sound come only when the worker reports the scan committed.
"""

from __future__ import annotations

import getpass
import socket
import threading
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QFont, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.dispatch.numbers import NumberRules
from app.dispatch.outcome import ScanOutcome
from app.dispatch.station import Station
from app.storage import Database
from app.ui.codes import scan_result
from app.ui.core_messages import scan_detail
from app.ui.icons import icon
from app.ui.scanner import ScannerCapture
from app.ui.sounds import Sounds
from app.ui.workers import ProgressFn, Worker

COLOURS = {  # background, text
    "ok": ("#1b8a3a", "white"),
    "info": ("#1f5fa8", "white"),
    "warning": ("#e0a100", "black"),
    "error": ("#c62828", "white"),
    "idle": ("#dddddd", "#333333"),
}
SHOWN_SCANS = 50


@dataclass(frozen=True)
class OpenSnapshot:
    """The open order as the worker saw it right after the scan: safe to hand to the GUI."""

    order_id: str
    lines: tuple[tuple[str, int, int], ...]  # title, quantity, scanned
    parcels: tuple[str, ...]


@dataclass(frozen=True)
class ScanShown:
    """What the worker hands the GUI for one committed scan."""

    outcome: ScanOutcome
    snapshot: OpenSnapshot | None
    from_scanner: bool


def _snapshot(station: Station) -> OpenSnapshot | None:
    order = station.open
    if order is None:
        return None
    lines = tuple((line.title, line.quantity, line.scanned) for line in order.lines)
    return OpenSnapshot(order.order_id, lines, tuple(order.parcels))


class StationView(QWidget):
    outcome_shown = Signal(object)  # the ScanOutcome, once banner, order and history show it

    def __init__(
        self,
        database: Database,
        sounds: Sounds | None = None,
        parent: QWidget | None = None,
        rules: NumberRules | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._rules = rules
        self.station: Station | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # scans are handled strictly in order
        self._workers: set[Worker] = set()
        self.sounds = sounds or Sounds(self)
        self.capture = ScannerCapture(self)
        self.capture.scanned.connect(self.submit)

        self.station_id = QLineEdit(socket.gethostname())
        self.operator = QLineEdit(getpass.getuser())
        self.item_checks = QCheckBox(self.tr("Check every item"))
        self.start_button = QPushButton(icon("station"), self.tr("Start shift"))
        self.start_button.clicked.connect(self.start_shift)
        self.counts = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Station")))
        top.addWidget(self.station_id)
        top.addWidget(QLabel(self.tr("Operator")))
        top.addWidget(self.operator)
        top.addWidget(self.item_checks)
        top.addWidget(self.start_button)
        top.addStretch(1)
        top.addWidget(self.counts)

        self.banner = QLabel()
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(160)
        font = QFont(self.font())
        font.setPointSize(max(28, font.pointSize() * 3))
        font.setBold(True)
        self.banner.setFont(font)
        self.detail = QLabel()
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        detail_font = QFont(self.font())
        detail_font.setPointSize(max(14, int(detail_font.pointSize() * 1.5)))
        self.detail.setFont(detail_font)

        self.order_title = QLabel()
        self.order_title.setFont(detail_font)
        self.lines = QTableWidget(0, 3)
        self.lines.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Qty"), self.tr("Scanned")])
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.verticalHeader().setVisible(False)
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Scanned"), self.tr("Result"), self.tr("Message")]
        )
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().setVisible(False)
        for table in (self.lines, self.history):
            table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        order_box = QWidget()
        order_layout = QVBoxLayout(order_box)
        order_layout.addWidget(self.order_title)
        order_layout.addWidget(self.lines)
        splitter = QSplitter()
        splitter.addWidget(order_box)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(1, 2)

        self.manual = QLineEdit(placeholderText=self.tr("Type a code by hand and press Enter"))
        self.manual.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.manual.returnPressed.connect(self._manual_entry)
        self.capture.manual = self.manual
        self.capture.scope = self
        # the shift's own fields (disabled during a shift) keep their keys: names are typed
        self.capture.passthrough = {
            self.station_id,
            self.operator,
            self.item_checks,
            self.start_button,
        }

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.detail)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.manual)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self._show_banner(
            "idle",
            self.tr("Start the shift"),
            self.tr("Choose station and operator, then Start shift."),
        )
        self._update_counts()

    # --- shift ---------------------------------------------------------------------------
    def start_shift(self) -> None:
        station_id = self.station_id.text().strip() or socket.gethostname()
        operator = self.operator.text().strip() or getpass.getuser()
        self.station = Station(
            self._database,
            station_id,
            operator,
            item_checks=self.item_checks.isChecked(),
            rules=self._rules,
        )
        for widget in (self.station_id, self.operator, self.item_checks):
            widget.setEnabled(False)
        self.start_button.setText(self.tr("Shift started"))
        self.start_button.setEnabled(False)
        self._show_banner("idle", self.tr("Ready"), self.tr("Scan an order or a label"))
        self._update_counts()

    # --- scanning --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self.capture)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        application = QApplication.instance()
        if application is not None:
            application.removeEventFilter(self.capture)
        super().hideEvent(event)

    def _manual_entry(self) -> None:
        code = self.manual.text().strip()
        self.manual.clear()
        if code:
            self.submit(code, False)

    def submit(self, code: str, from_scanner: bool = True) -> None:
        """Queue one scan; its outcome arrives in :meth:`_show_outcome` once committed."""
        station = self.station
        if station is None:
            self.sounds.play("error")
            self._show_banner("error", self.tr("Start the shift first"), code)
            return

        def job(_progress: ProgressFn, _cancel: threading.Event) -> ScanShown:
            return ScanShown(station.scan(code), _snapshot(station), from_scanner)

        worker = Worker(job)
        worker.signals.finished.connect(self._show_outcome)
        worker.signals.failed.connect(self._scan_failed)
        self._workers.add(worker)
        worker.signals.finished.connect(lambda _r, w=worker: self._workers.discard(w))
        worker.signals.failed.connect(lambda _m, w=worker: self._workers.discard(w))
        worker.start(self._pool)

    def _show_outcome(self, result: ScanShown) -> None:
        outcome, snapshot, from_scanner = result.outcome, result.snapshot, result.from_scanner
        self.sounds.play(outcome.result)
        self._show_banner(outcome.result, self.headline(outcome), scan_detail(outcome))
        self._show_order(snapshot)
        self._add_history(outcome, from_scanner)
        self._update_counts()
        self.outcome_shown.emit(outcome)

    def _scan_failed(self, message: str) -> None:
        self.sounds.play("error")
        self._show_banner("error", self.tr("NOT SAVED — scan again"), message)

    # --- painting ----------------------------------------------------------------------
    def headline(self, outcome: ScanOutcome) -> str:
        titles = {
            "dispatched": self.tr("DISPATCHED"),
            "order_opened": self.tr("Order {order}"),
            "item_ok": self.tr("Item OK"),
            "order_closed": self.tr("Order closed"),
            "order_unpaid": self.tr("STOP — not paid"),
            "order_cancelled": self.tr("STOP — cancelled"),
            "order_refunded": self.tr("STOP — refunded"),
            "already_dispatched": self.tr("STOP — already dispatched"),
            "tracking_invalid": self.tr("WRONG LABEL NUMBER"),
            "tracking_in_use": self.tr("LABEL ALREADY USED"),
            "tracking_mismatch": self.tr("WRONG LABEL"),
            "carrier_mismatch": self.tr("WRONG CARRIER"),
            "tracking_unrecognized": self.tr("Unknown label — scan again to confirm"),
            "item_not_in_order": self.tr("NOT IN THIS ORDER"),
            "item_over_quantity": self.tr("TOO MANY"),
            "items_incomplete": self.tr("ITEMS MISSING"),
            "unknown_code": self.tr("Unknown code"),
            "merge_started": self.tr("Merged parcel"),
        }
        return titles.get(outcome.code, outcome.code).format(order=outcome.order_id or "")

    def _show_banner(self, result: str, headline: str, detail: str) -> None:
        background, colour = COLOURS[result]
        self.banner.setStyleSheet(
            f"background: {background}; color: {colour}; border-radius: 12px; padding: 16px"
        )
        self.banner.setText(headline)
        self.detail.setText(detail)
        self.banner.setProperty("result", result)

    def _show_order(self, snapshot: OpenSnapshot | None) -> None:
        if snapshot is None:
            self.order_title.setText(self.tr("No open order"))
            self.lines.setRowCount(0)
            return
        parcels = ", ".join(snapshot.parcels)
        self.order_title.setText(
            self.tr("Order {order}").format(order=snapshot.order_id)
            + (f" — {parcels}" if parcels else "")
        )
        self.lines.setRowCount(len(snapshot.lines))
        for row, (title, quantity, scanned) in enumerate(snapshot.lines):
            done = "✓" if scanned >= quantity else f"{scanned}"
            for column, value in enumerate((title, str(quantity), done)):
                self.lines.setItem(row, column, QTableWidgetItem(value))

    def _add_history(self, outcome: ScanOutcome, from_scanner: bool) -> None:
        self.history.insertRow(0)
        code = (
            outcome.input if from_scanner else self.tr("{code} (typed)").format(code=outcome.input)
        )
        cells = (
            datetime.now().strftime("%H:%M:%S"),
            code,
            scan_result(outcome.result),
            scan_detail(outcome),
        )
        for column, value in enumerate(cells):
            item = QTableWidgetItem(value)
            if column == 2:
                item.setBackground(Qt.GlobalColor.transparent)
                item.setForeground(
                    Qt.GlobalColor.darkRed if outcome.result == "error" else Qt.GlobalColor.black
                )
            self.history.setItem(0, column, item)
        if self.history.rowCount() > SHOWN_SCANS:
            self.history.setRowCount(SHOWN_SCANS)

    def _update_counts(self) -> None:
        counts = self.station.counts if self.station else None
        if counts is None:
            self.counts.setText("")
            return
        self.counts.setText(
            self.tr("Shift: {scans} scans · {dispatched} dispatched · {errors} stopped").format(
                scans=counts.scans, dispatched=counts.dispatched, errors=counts.errors
            )
        )
