"""The packing station page: a big banner, the open order ticking off, the last scans.

Readable from a metre away and driven by the scanner alone. Scans run one after another
in a one-thread pool (never on the GUI thread: a busy shared database must not freeze the
screen); the banner and the sound come only when the worker reports the scan committed.

A shift names its station and operator, and those names go into every scan record and so
into evidence packs: they are what was chosen at the start of the shift (remembered on
this computer for the next one), never silently the OS account's name.

With a camera chosen in Settings, a small live view sits beside the banner and each scan
takes the frame of its moment along to the core, which keeps it as the parcel's photo
when the scan binds a label (or opens an order, if so set). Without one, nothing changes.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QThreadPool, Signal
from PySide6.QtGui import QFont, QFontMetrics, QHideEvent, QImage, QPixmap, QShowEvent
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
from app.dispatch.outcome import ScanOutcome, ScanResult
from app.dispatch.photos import PhotoStore
from app.dispatch.station import ShiftCounts, Station
from app.orders.stores import shop_zone
from app.paper.papers import OFFICE_PAPERS
from app.storage import Database
from app.ui.camera import ParcelCamera, chosen_camera, photo_on_open
from app.ui.codes import scan_result
from app.ui.core_messages import scan_detail
from app.ui.icons import icon
from app.ui.language import gui_language
from app.ui.paper_dialog import PaperDialog
from app.ui.scanner import ScannerCapture
from app.ui.sounds import Sounds
from app.ui.workers import ProgressFn, Worker

COLOURS = {  # background, text
    ScanResult.OK: ("#1b8a3a", "white"),
    ScanResult.INFO: ("#1f5fa8", "white"),
    ScanResult.WARNING: ("#e0a100", "black"),
    ScanResult.ERROR: ("#c62828", "white"),
    "idle": ("#dddddd", "#333333"),
}
SHOWN_SCANS = 50
STATION_KEY = "station/id"  # QSettings: per computer (and user), not in the shop database
OPERATOR_KEY = "station/operator"
LIVE_VIEW = (240, 135)  # a 16:9 thumbnail: enough to see the parcel is under the camera


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


@dataclass(frozen=True)
class Shift:
    """The shift under way: who packs at which station, since when."""

    station: Station
    started: datetime


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
        camera: ParcelCamera | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._rules = rules
        self.station: Station | None = None
        self.shift: Shift | None = None
        self._zone: tzinfo = UTC  # the shop's, read at each shift's start
        self._ending: tuple[Shift, datetime] | None = None  # ended, its last scans in flight
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # scans are handled strictly in order
        self._workers: set[Worker] = set()
        self._in_flight = 0  # scans queued or running, not yet shown
        self.sounds = sounds or Sounds(self)
        self.capture = ScannerCapture(self)
        self.capture.scanned.connect(self.submit)

        settings = QSettings()
        self.station_id = QLineEdit(str(settings.value(STATION_KEY, "") or socket.gethostname()))
        self.operator = QLineEdit(str(settings.value(OPERATOR_KEY, "") or ""))
        self.operator.setPlaceholderText(self.tr("Your name"))
        for field in (self.station_id, self.operator):
            field.returnPressed.connect(self.start_shift)
        self.item_checks = QCheckBox(self.tr("Check every item"))
        self.start_button = QPushButton(icon("station"), self.tr("Start shift"))
        self.start_button.clicked.connect(self._toggle_shift)
        self.sheet_button = QPushButton(icon("print"), self.tr("Command sheet…"))
        self.sheet_button.setToolTip(
            self.tr("Print the barcodes of the station's commands (next, cancel, parcel…)")
        )
        self.sheet_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # scans keep their target
        self.sheet_button.clicked.connect(self.print_command_sheet)
        self.counts = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Station")))
        top.addWidget(self.station_id)
        top.addWidget(QLabel(self.tr("Operator")))
        top.addWidget(self.operator)
        top.addWidget(self.item_checks)
        top.addWidget(self.start_button)
        top.addWidget(self.sheet_button)
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
        # room for two lines, so a longer message does not make the tables below jump
        self.detail.setMinimumHeight(2 * QFontMetrics(detail_font).lineSpacing())
        self.live_view = QLabel()
        self.live_view.setFixedSize(*LIVE_VIEW)
        self.live_view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.live_view.setStyleSheet("background: black; border-radius: 6px")
        self.live_view.setVisible(False)
        self.camera_status = QLabel()
        self.camera_status.setWordWrap(True)
        self.camera_status.setFixedWidth(LIVE_VIEW[0])
        self.camera_box = QWidget()  # beside the banner, only while a camera is chosen
        camera_layout = QVBoxLayout(self.camera_box)
        camera_layout.setContentsMargins(0, 0, 0, 0)
        camera_layout.addWidget(self.live_view)
        camera_layout.addWidget(self.camera_status)
        camera_layout.addStretch(1)
        self.camera_box.setVisible(False)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.camera_box)

        self.order_title = QLabel()
        self.order_title.setFont(detail_font)
        self.lines = QTableWidget(0, 3)
        self.lines.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Qty"), self.tr("Scanned")])
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # narrow numbers: the item's title gets the width
            self.lines.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.lines.verticalHeader().setVisible(False)
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Scanned"), self.tr("Result"), self.tr("Message")]
        )
        header = self.history.horizontalHeader()
        for column in (0, 2):  # a time, a word
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # a whole tracking number and "(typed)", never "1Z5R893903…"; a longer code (a QR's
        # text) is cut, not allowed to squeeze the message
        header.resizeSection(1, self.history.fontMetrics().horizontalAdvance("8" * 25))
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # long messages wrap onto a second line rather than end in "…"
        rows = self.history.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)

        self.manual = QLineEdit(placeholderText=self.tr("Type a code by hand and press Enter"))
        self.manual.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)
        self.manual.returnPressed.connect(self._manual_entry)
        self.capture.manual = self.manual
        self.capture.scope = self
        self._idle_widgets = {self.station_id, self.operator, self.item_checks, self.start_button}
        self.capture.passthrough = set(self._idle_widgets)  # names are typed before a shift

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(banner_row)
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
        self.camera = camera or ParcelCamera(self)
        self.camera.frame_ready.connect(self._paint_frame)
        self.camera.status_changed.connect(self._show_camera_status)

    # --- shift ---------------------------------------------------------------------------
    def _toggle_shift(self) -> None:
        if self.station is None:
            self.start_shift()
        else:
            self.end_shift()

    def print_command_sheet(self) -> PaperDialog:
        """The command sheet in a preview, on office paper, in the station's language."""
        language = gui_language()

        def render(target: Path, paper: str, _per_sheet: int) -> int:
            from app.paper.command_sheet import write_command_sheet  # reportlab: later

            return write_command_sheet(target, language, paper)

        dialog = PaperDialog(
            self.tr("Station commands"),
            "station-commands.pdf",
            render,
            self,
            papers=OFFICE_PAPERS,
            shares_sheets=False,
        )
        dialog.open()
        return dialog

    def start_shift(self) -> None:
        """Start a shift with the names in the fields; without an operator, ask for one."""
        if self.station is not None or self._ending is not None:
            return
        operator = self.operator.text().strip()
        if not operator:
            self._show_banner(
                ScanResult.WARNING,
                self.tr("Who is packing?"),
                self.tr("Type the operator's name, then Start shift."),
            )
            self.operator.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        station_id = self.station_id.text().strip() or socket.gethostname()
        self.station_id.setText(station_id)  # what the scans will say, in plain sight
        self.operator.setText(operator)
        settings = QSettings()
        settings.setValue(STATION_KEY, station_id)
        settings.setValue(OPERATOR_KEY, operator)
        with self._database.session() as session:
            self._zone = shop_zone(session)  # the shop's clock, as every other page reads
        self.station = Station(
            self._database,
            station_id,
            operator,
            item_checks=self.item_checks.isChecked(),
            rules=self._rules,
            photos=PhotoStore.of(self._database),
            photo_on_open=photo_on_open(),
            zone=self._zone,
        )
        self.shift = Shift(self.station, datetime.now(self._zone))
        for widget in (self.station_id, self.operator, self.item_checks):
            widget.setEnabled(False)
        self.capture.passthrough = set()  # a burst at the End shift button is still a scan
        self.start_button.setText(self.tr("End shift"))
        self._show_banner("idle", self.tr("Ready"), self.tr("Scan an order or a label"))
        self._show_order(None)
        self._update_counts()
        camera = chosen_camera()  # chosen in Settings, taken up at each shift start
        if camera is None:
            self.camera.stop()
        else:
            self.camera.start(camera)

    def end_shift(self) -> None:
        """End the shift; its summary shows once the scans still in flight are shown."""
        shift = self.shift
        if shift is None:
            return
        self.station, self.shift = None, None  # scans from now on are refused
        self._ending = (shift, datetime.now(self._zone))
        self.start_button.setEnabled(False)
        self.camera.stop()  # scans in flight took their frames when they arrived
        if not self._in_flight:
            self._finish_shift()

    def _finish_shift(self) -> None:
        assert self._ending is not None
        shift, ended = self._ending
        self._ending = None
        station = shift.station
        lines = [
            self.tr("Station {station} · {operator} · {start}–{end} ({length})").format(
                station=station.station_id,
                operator=station.operator,
                start=_clock(shift.started, ended),
                end=_clock(ended, shift.started),
                length=self._length(ended - shift.started),
            ),
            self._counts_text(station.counts),
        ]
        if station.open is not None:
            lines.append(
                self.tr("Order {order} was still open when the shift ended.").format(
                    order=station.open.order_id
                )
            )
        self._show_banner(
            ScanResult.WARNING if station.open is not None else ScanResult.INFO,
            self.tr("Shift ended"),
            "\n".join(lines),
        )
        self.counts.setText("")
        for widget in (self.station_id, self.operator, self.item_checks):
            widget.setEnabled(True)
        self.capture.passthrough = set(self._idle_widgets)
        self.start_button.setText(self.tr("Start shift"))
        self.start_button.setEnabled(True)

    def _length(self, span: timedelta) -> str:
        hours, minutes = divmod(max(0, round(span.total_seconds() / 60)), 60)
        if hours:
            return self.tr("{hours} h {minutes} min").format(hours=hours, minutes=minutes)
        return self.tr("{minutes} min").format(minutes=minutes)

    # --- scanning --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        application = QApplication.instance()
        if application is not None:
            application.installEventFilter(self.capture)
        super().showEvent(event)
        if self.station is None and not self.operator.text().strip():
            self.operator.setFocus(Qt.FocusReason.OtherFocusReason)  # who packs, first

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
            self.sounds.play(ScanResult.ERROR)
            self._show_banner(ScanResult.ERROR, self.tr("Start the shift first"), code)
            return
        # the frame of this moment, taken now: the worker may start a few scans later
        photo = self.camera.still() if self.camera.active else None

        def job(_progress: ProgressFn, _cancel: threading.Event) -> ScanShown:
            # without a camera, the very call the station always made
            outcome = station.scan(code, photo=photo) if photo else station.scan(code)
            return ScanShown(outcome, _snapshot(station), from_scanner)

        worker = Worker(job)
        worker.signals.finished.connect(self._show_outcome)
        worker.signals.failed.connect(self._scan_failed)
        self._workers.add(worker)
        worker.signals.finished.connect(lambda _r, w=worker: self._workers.discard(w))
        worker.signals.failed.connect(lambda _m, w=worker: self._workers.discard(w))
        self._in_flight += 1
        worker.start(self._pool)

    def _scan_settled(self) -> None:
        self._in_flight -= 1
        if self._ending is not None and not self._in_flight:
            self._finish_shift()  # the last scan of an ended shift is shown: now its summary

    def _show_outcome(self, result: ScanShown) -> None:
        outcome, snapshot, from_scanner = result.outcome, result.snapshot, result.from_scanner
        self.sounds.play(outcome.result)
        self._show_banner(outcome.result, self.headline(outcome), scan_detail(outcome))
        self._show_order(snapshot)
        self._add_history(outcome, from_scanner)
        self._update_counts()
        self.outcome_shown.emit(outcome)
        self._scan_settled()

    def _scan_failed(self, message: str) -> None:
        self.sounds.play(ScanResult.ERROR)
        self._show_banner(ScanResult.ERROR, self.tr("NOT SAVED — scan again"), message)
        self._scan_settled()

    # --- painting ----------------------------------------------------------------------
    def _paint_frame(self, image: QImage) -> None:
        if not self.camera.active:
            return  # a frame still queued from a camera just stopped
        scaled = image.scaled(
            self.live_view.size(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.live_view.setPixmap(QPixmap.fromImage(scaled))

    def _show_camera_status(self, text: str) -> None:
        """Under the live view, one line, so the banner keeps its height; alone, wrapped."""
        active = self.camera.active
        self.camera_status.setToolTip(text)
        self.camera_status.setWordWrap(not active)
        self.camera_status.setText(
            self.camera_status.fontMetrics().elidedText(
                text, Qt.TextElideMode.ElideRight, LIVE_VIEW[0]
            )
            if active
            else text
        )
        self.camera_box.setVisible(bool(text))
        self.live_view.setVisible(active)
        if not active:
            self.live_view.clear()

    def headline(self, outcome: ScanOutcome) -> str:
        titles = {
            "dispatched": self.tr("DISPATCHED"),
            "order_opened": self.tr("Order {order}"),
            "order_switched": self.tr("Order {order} — the last one has no label"),
            "label_repeated": self.tr("Already on this parcel"),
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
            "parcel_added": self.tr("Another parcel"),
            "reprint": self.tr("Reprint the slip"),
            "no_open_order": self.tr("SCAN THE ORDER FIRST"),
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
            datetime.now(self._zone).strftime("%H:%M:%S"),
            code,
            scan_result(outcome.result),
            scan_detail(outcome),
        )
        for column, value in enumerate(cells):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            if column == 2 and outcome.photo_sha256:
                item.setText(self.tr("{result} · photo").format(result=value))
                item.setToolTip(
                    self.tr("Photo kept, SHA-256 {sha256}").format(sha256=outcome.photo_sha256)
                )
            if column == 2:
                item.setBackground(Qt.GlobalColor.transparent)
                item.setForeground(
                    Qt.GlobalColor.darkRed
                    if outcome.result == ScanResult.ERROR
                    else Qt.GlobalColor.black
                )
            self.history.setItem(0, column, item)
        if self.history.rowCount() > SHOWN_SCANS:
            self.history.setRowCount(SHOWN_SCANS)

    def _counts_text(self, counts: ShiftCounts) -> str:
        """Say "3 scans · 1 parcel · 0 stopped", each count in its plural form.

        Parcels, not orders: a split order sends two, a merged parcel carries several.
        """
        return self.tr("{scans} · {dispatched} · {stopped}").format(
            scans=self.tr("%n scan(s)", "", counts.scans),
            dispatched=self.tr("%n parcel(s) dispatched", "", counts.dispatched),
            stopped=self.tr("%n stopped", "", counts.errors),
        )

    def _update_counts(self) -> None:
        shift = self.shift
        if shift is None:
            self.counts.setText("")
            return
        self.counts.setText(
            self.tr("Shift since {start}: {counts}").format(
                start=shift.started.strftime("%H:%M"),
                counts=self._counts_text(shift.station.counts),
            )
        )


def _clock(moment: datetime, other: datetime) -> str:
    """The time of day; with the date too when the shift crossed midnight."""
    return moment.strftime("%H:%M" if moment.date() == other.date() else "%Y-%m-%d %H:%M")
