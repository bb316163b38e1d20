"""Alert thresholds: the hours each rule waits before it opens an alert, per shop."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QSpinBox, QWidget
from sqlalchemy.orm import Session

from app.alerts.engine import keep_thresholds, thresholds
from app.storage import Database

LABELS = {
    ("no_tracking_info", "hours"): QT_TRANSLATE_NOOP(
        "ThresholdsPanel", "No carrier record after dispatch (h)"
    ),
    ("stalled", "domestic_hours"): QT_TRANSLATE_NOOP("ThresholdsPanel", "Stalled, domestic (h)"),
    ("stalled", "international_hours"): QT_TRANSLATE_NOOP(
        "ThresholdsPanel", "Stalled, international (h)"
    ),
    ("out_for_delivery_too_long", "hours"): QT_TRANSLATE_NOOP(
        "ThresholdsPanel", "Out for delivery too long (h)"
    ),
    ("dispatch_overdue", "hours_after_paid"): QT_TRANSLATE_NOOP(
        "ThresholdsPanel", "Dispatch deadline after payment (h)"
    ),
}


class ThresholdsPanel(QWidget):
    """Stored as the shop's ``alert_thresholds`` setting, which every station shares."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        with database.session() as session:
            current = thresholds(session)
        form = QFormLayout(self)
        self.spins: dict[tuple[str, str], QSpinBox] = {}
        for (rule, key), label in LABELS.items():
            spin = QSpinBox(minimum=1, maximum=24 * 60, suffix=self.tr(" h"))
            spin.setValue(current[(rule, key)])
            form.addRow(self.tr(str(label)), spin)
            self.spins[(rule, key)] = spin

    def writer(self) -> Callable[[Session], None]:
        """What the save writes, into its transaction (thresholds land with the other
        settings or not); the spins are read now, as the save may run in a worker."""
        chosen = {place: spin.value() for place, spin in self.spins.items()}
        return partial(keep_thresholds, chosen=chosen)
