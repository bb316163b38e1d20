"""The Alerts table: most severe and oldest first, open ones tinted by severity."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from sqlalchemy.orm import Session

from app.alerts.listing import AlertFilter, AlertRow, alert_page, count_alerts
from app.storage import Database
from app.ui.codes import alert_level, alert_rule, alert_severity, alert_state
from app.ui.core_messages import alert_message
from app.ui.models.paged import PagedModel

HEADERS = (
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
MESSAGE_COLUMN = HEADERS.index("Message")
NOTE_COLUMN = HEADERS.index("Note")
SEVERITY_COLOURS = {"critical": "#ffcdd2", "warning": "#fff3cd"}


class AlertsModel(PagedModel[AlertRow, AlertFilter]):
    CONTEXT = "AlertsView"
    HEADERS = HEADERS

    def __init__(self, database: Database) -> None:
        super().__init__(database, AlertFilter())

    def fetch(
        self, session: Session, query: AlertFilter, offset: int, limit: int
    ) -> list[AlertRow]:
        return alert_page(session, query, offset, limit)

    def count(self, session: Session, query: AlertFilter) -> int:
        return count_alerts(session, query)

    def cell(self, row: AlertRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                alert_severity(row.severity),
                alert_rule(row.rule),
                row.order_id or "",
                row.tracking_number or "",
                self.when(row.opened_utc),
                alert_level(row.level),
                alert_state(row.state),
                alert_message(row),
                row.note or "",
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (MESSAGE_COLUMN, NOTE_COLUMN):
            return (alert_message(row) if column == MESSAGE_COLUMN else row.note) or None
        if row.state != "resolved":  # a light chip, readable in dark themes too
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(SEVERITY_COLOURS.get(row.severity, "#ffffff"))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#1a1a1a")
        return None
