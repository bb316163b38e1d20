"""The Tracking table: every parcel, newest first, its status as a coloured chip."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from sqlalchemy.orm import Session

from app.storage import Database
from app.tracking.story import ParcelFilter, ParcelRow, count_parcels, parcel_page
from app.ui.codes import carrier, duration, parcel_status
from app.ui.models.paged import PagedModel

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
HEADERS = (
    QT_TRANSLATE_NOOP("TrackingView", "Tracking number"),
    QT_TRANSLATE_NOOP("TrackingView", "Carrier"),
    QT_TRANSLATE_NOOP("TrackingView", "Order"),
    QT_TRANSLATE_NOOP("TrackingView", "Status"),
    QT_TRANSLATE_NOOP("TrackingView", "Carrier says"),
    QT_TRANSLATE_NOOP("TrackingView", "Last event"),
    QT_TRANSLATE_NOOP("TrackingView", "Age"),
)
STATUS_COLUMN = HEADERS.index("Status")
CARRIER_SAYS_COLUMN = HEADERS.index("Carrier says")


class ParcelsModel(PagedModel[ParcelRow, ParcelFilter]):
    CONTEXT = "TrackingView"
    HEADERS = HEADERS

    def __init__(self, database: Database) -> None:
        super().__init__(database, ParcelFilter())
        self._now = datetime.now(UTC)

    def fetch(
        self, session: Session, query: ParcelFilter, offset: int, limit: int
    ) -> list[ParcelRow]:
        return parcel_page(session, query, offset, limit)

    def count(self, session: Session, query: ParcelFilter) -> int:
        return count_parcels(session, query)

    def reload(self) -> None:
        self._now = datetime.now(UTC)  # ages are as of the reload, the same for every row
        super().reload()

    def cell(self, row: ParcelRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            last = row.last_event_utc
            return (
                row.tracking_number,
                carrier(row.carrier) if row.carrier else "",
                row.order_id,
                parcel_status(row.status),
                row.carrier_status or "",
                self.when(last) if last else "",
                duration(int((self._now - last).total_seconds() // 3600)) if last else "",
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == CARRIER_SAYS_COLUMN:
            return row.carrier_status or None
        if column == STATUS_COLUMN:  # a light chip, readable in dark themes too
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(CHIP_COLOURS.get(row.status, "#eeeeee"))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor("#1a1a1a")
        return None
