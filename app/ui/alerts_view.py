"""The Alerts page: open problems by severity, acknowledged with a note, history on demand.

A lazy table (no list is ever cut), a search over order ids, tracking numbers and rules,
and the selected alert's whole message beside it.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelection, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTextBrowser,
    QWidget,
)

from app.alerts.engine import acknowledge
from app.alerts.listing import AlertFilter, AlertRow, open_count
from app.catalogue import SaidError
from app.storage import Database
from app.ui.codes import alert_rule, alert_severity, alert_state
from app.ui.core_messages import alert_message
from app.ui.evidence_dialog import EvidenceDialog, open_evidence
from app.ui.icons import icon
from app.ui.language import gui_language
from app.ui.models.alerts import MESSAGE_COLUMN, AlertsModel
from app.ui.pages import SEARCH_DELAY_MS, lay_out_page, read_only_rows


class AlertsView(QWidget):
    count_changed = Signal(int)  # open alerts, for the navigation badge
    parcel_requested = Signal(str)  # a double-click: the tracking number (or order) to show

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.search = QLineEdit(placeholderText=self.tr("Order id, tracking number or rule"))
        self.search.setClearButtonEnabled(True)
        self.history = QCheckBox(self.tr("Show resolved"))
        self.ack_button = QPushButton(icon("alerts"), self.tr("Acknowledge…"))
        self.evidence_button = QPushButton(icon("evidence"), self.tr("Evidence pack…"))
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.ack_button)
        top.addWidget(self.evidence_button)
        top.addWidget(self.history)
        top.addStretch(1)
        top.addWidget(self.summary)
        self.model = AlertsModel(database)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(
            MESSAGE_COLUMN, QHeaderView.ResizeMode.Stretch
        )
        read_only_rows(self.table, (70, 170, 170, 150, 120, 45, 100))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.detail = QTextBrowser()
        lay_out_page(self, top, self.table, self.detail, share=25)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.reload)
        self.history.toggled.connect(self.reload)
        self.ack_button.clicked.connect(lambda: self.acknowledge_selected())  # not clicked's bool
        self.evidence_button.clicked.connect(self.open_evidence)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(self._open_parcel)
        self.reload()

    def reload(self) -> None:
        """The rows again, keeping the selected alert selected when it is still listed."""
        self._search_timer.stop()
        chosen = self.selected()
        self.model.set_filter(
            AlertFilter(
                include_resolved=self.history.isChecked(),
                search=self.search.text().strip() or None,
            )
        )
        self._select(chosen.id if chosen else None)
        with self._database.session() as session:
            opened = open_count(session)
        self.summary.setText(self.tr("{count} open").format(count=opened))
        self.open_alerts = opened  # for a badge connected after this first reload
        self.count_changed.emit(opened)

    def _select(self, alert_id: int | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == alert_id:
                self.table.selectRow(row)
                return
        self.table.clearSelection()
        self._show(None)

    def selected(self) -> AlertRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.selected())

    def _show(self, alert: AlertRow | None) -> None:
        """The whole alert, its message unclipped and its note, beside the table."""
        if alert is None:
            self.detail.clear()
            return
        facts = (
            (self.tr("Rule"), alert_rule(alert.rule)),
            (self.tr("Severity"), alert_severity(alert.severity)),
            (self.tr("State"), alert_state(alert.state)),
            (self.tr("Order"), alert.order_id or "—"),
            (self.tr("Tracking number"), alert.tracking_number or "—"),
            (self.tr("Opened"), self.model.when(alert.opened_utc)),
            (self.tr("Note"), alert.note or "—"),
        )
        rows = "".join(
            f"<tr><td><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>"
            for label, value in facts
        )
        self.detail.setHtml(
            f"<p>{escape(alert_message(alert))}</p><table cellpadding='3'>{rows}</table>"
        )

    def _open_parcel(self, _index: QModelIndex) -> None:
        """A double-click shows the alert's parcel on the Tracking page, with its timeline."""
        alert = self.selected()
        target = alert and (alert.tracking_number or alert.order_id)
        if target:
            self.parcel_requested.emit(target)

    def open_evidence(self) -> EvidenceDialog | None:
        """The evidence for the selected alert's order (an alert is about one parcel)."""
        alert = self.selected()
        return open_evidence(self, self._database, [alert.order_pk] if alert else [])

    def acknowledge_selected(self, note: str | None = None) -> None:
        alert = self.selected()
        if alert is None:
            return
        if note is None:
            note, accepted = QInputDialog.getText(
                self, self.tr("Acknowledge"), self.tr("What is being done about it?")
            )
            if not accepted:
                return
        try:
            acknowledge(self._database, alert.id, note)
        except SaidError as error:  # gone or resolved meanwhile (another station)
            self.summary.setText(error.said(gui_language()))
            return
        self.reload()
