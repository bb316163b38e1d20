"""Alert thresholds: the hours each rule waits before it opens an alert, per shop."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from app.alerts.engine import THRESHOLDS_SETTING, rules
from app.storage import Database
from app.storage.models import Setting

LABELS = {
    ("no_tracking_info", "hours"): "No carrier record after dispatch (h)",
    ("stalled", "domestic_hours"): "Stalled, domestic (h)",
    ("stalled", "international_hours"): "Stalled, international (h)",
    ("out_for_delivery_too_long", "hours"): "Out for delivery too long (h)",
    ("dispatch_overdue", "hours_after_paid"): "Dispatch deadline after payment (h)",
}


class AlertSettings(QDialog):
    """Stored as the shop's ``alert_thresholds`` setting, which every station shares."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Alert thresholds"))
        self._database = database
        with database.session() as session:
            current = rules(session)
        form = QFormLayout(self)
        self.spins: dict[tuple[str, str], QSpinBox] = {}
        for (rule, key), label in LABELS.items():
            spin = QSpinBox(minimum=1, maximum=24 * 60, suffix=" h")
            spin.setValue(int(current[rule][key]))
            form.addRow(self.tr(label), spin)
            self.spins[(rule, key)] = spin
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        overrides: dict[str, dict[str, int]] = {}
        for (rule, key), spin in self.spins.items():
            overrides.setdefault(rule, {})[key] = spin.value()
        with self._database.write() as session:
            session.merge(Setting(key=THRESHOLDS_SETTING, value=json.dumps(overrides)))
        self.accept()
