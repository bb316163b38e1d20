"""The Alerts page: open problems by severity, acknowledged with a note, history on demand."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.alerts.engine import acknowledge, listing
from app.storage import Database
from app.ui.codes import alert_rule, alert_severity, alert_state
from app.ui.core_messages import alert_message
from app.ui.evidence_dialog import EvidenceDialog, open_evidence
from app.ui.icons import icon
from app.ui.pages import lay_out_page, read_only_rows

COLUMNS = (
    QT_TRANSLATE_NOOP("AlertsView", "Severity"),
    QT_TRANSLATE_NOOP("AlertsView", "Rule"),
    QT_TRANSLATE_NOOP("AlertsView", "Order"),
    QT_TRANSLATE_NOOP("AlertsView", "Tracking number"),
    QT_TRANSLATE_NOOP("AlertsView", "Opened"),
    QT_TRANSLATE_NOOP("AlertsView", "Level"),
    QT_TRANSLATE_NOOP("AlertsView", "State"),
    QT_TRANSLATE_NOOP("AlertsView", "Message"),
    QT_TRANSLATE_NOOP("AlertsView", "Note"),
)
ORDER_COLUMN = COLUMNS.index("Order")
SEVERITY_COLOURS = {"critical": "#ffcdd2", "warning": "#fff3cd"}


class AlertsView(QWidget):
    count_changed = Signal(int)  # open alerts, for the navigation badge

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.history = QCheckBox(self.tr("Show resolved"))
        self.ack_button = QPushButton(icon("alerts"), self.tr("Acknowledge…"))
        self.evidence_button = QPushButton(icon("evidence"), self.tr("Evidence pack…"))
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.ack_button)
        top.addWidget(self.evidence_button)
        top.addWidget(self.history)
        top.addStretch(1)
        top.addWidget(self.summary)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("AlertsView", str(column)) for column in COLUMNS]
        )
        self.table.horizontalHeader().setSectionResizeMode(7, QHeaderView.ResizeMode.Stretch)
        read_only_rows(self.table, (70, 170, 170, 150, 120, 45, 100))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        lay_out_page(self, top, self.table)
        self.history.toggled.connect(self.reload)
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.evidence_button.clicked.connect(self.open_evidence)
        self.reload()

    def reload(self) -> None:
        with self._database.session() as session:
            alerts = listing(session, include_resolved=self.history.isChecked())
        self.table.setRowCount(len(alerts))
        for row, alert in enumerate(alerts):
            cells = (
                alert_severity(alert["severity"]),
                alert_rule(alert["rule"]),
                alert["order_id"] or "",
                alert["tracking_number"] or "",
                alert["opened_at"][:16].replace("T", " "),
                "" if alert["level"] is None else str(alert["level"]),
                alert_state(alert["state"]),
                alert_message(alert),
                alert["note"] or "",
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, alert["id"])
                if alert["state"] != "resolved":
                    item.setBackground(QColor(SEVERITY_COLOURS.get(alert["severity"], "#ffffff")))
                    item.setForeground(QColor("#1a1a1a"))  # a light chip reads in dark themes too
                self.table.setItem(row, column, item)
        open_count = sum(alert["state"] == "open" for alert in alerts)
        self.summary.setText(self.tr("{count} open").format(count=open_count))
        self.count_changed.emit(open_count)

    def open_evidence(self) -> EvidenceDialog | None:
        """The evidence for the selected alert's order (an alert is about one parcel)."""
        order_ids = [
            item.text() for item in self.table.selectedItems() if item.column() == ORDER_COLUMN
        ]
        return open_evidence(self, self._database, order_ids[:1])

    def acknowledge_selected(self, note: str | None = None) -> None:
        items = self.table.selectedItems()
        if not items:
            return
        alert_id = int(items[0].data(Qt.ItemDataRole.UserRole))
        if note is None:
            note, accepted = QInputDialog.getText(
                self, self.tr("Acknowledge"), self.tr("What is being done about it?")
            )
            if not accepted:
                return
        try:
            acknowledge(self._database, alert_id, note)
        except (LookupError, ValueError) as error:
            self.summary.setText(str(error))
            return
        self.reload()
