"""Map the columns of a file no profile knows, and keep the mapping as a profile.

Pre-filled by header similarity to what the built-in profiles know; the shopkeeper fixes
what is wrong, gives each value of the status column a ShipProof status, and saves. The
status values are collected over the whole file in a worker.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.orders.fields import CANONICAL_FIELDS, ORDER_STATUSES
from app.orders.mapping import (
    FileSample,
    MappingError,
    distinct_values,
    make_definition,
    save_user_profile,
    suggest_columns,
    suggest_statuses,
)
from app.orders.profiles import SHOP_ZONE
from app.storage import Database
from app.ui.codes import order_status
from app.ui.screen_fit import resize_within_screen
from app.ui.workers import ProgressFn, Worker

FIELD_LABELS = {
    "order_id": QT_TRANSLATE_NOOP("MappingDialog", "Order id *"),
    "created_at": QT_TRANSLATE_NOOP("MappingDialog", "Created at"),
    "paid_at": QT_TRANSLATE_NOOP("MappingDialog", "Paid at"),
    "dispatch_by": QT_TRANSLATE_NOOP("MappingDialog", "Dispatch by (deadline)"),
    "total": QT_TRANSLATE_NOOP("MappingDialog", "Order total"),
    "currency": QT_TRANSLATE_NOOP("MappingDialog", "Currency"),
    "buyer_note": QT_TRANSLATE_NOOP("MappingDialog", "Buyer note"),
    "seller_note": QT_TRANSLATE_NOOP("MappingDialog", "Seller note"),
    "carrier": QT_TRANSLATE_NOOP("MappingDialog", "Carrier"),
    "tracking_number": QT_TRANSLATE_NOOP("MappingDialog", "Tracking number"),
    "recipient_name": QT_TRANSLATE_NOOP("MappingDialog", "Recipient name"),
    "recipient_phone": QT_TRANSLATE_NOOP("MappingDialog", "Recipient phone"),
    "recipient_country": QT_TRANSLATE_NOOP("MappingDialog", "Country"),
    "recipient_province": QT_TRANSLATE_NOOP("MappingDialog", "Province / state"),
    "recipient_city": QT_TRANSLATE_NOOP("MappingDialog", "City"),
    "recipient_district": QT_TRANSLATE_NOOP("MappingDialog", "District"),
    "recipient_address": QT_TRANSLATE_NOOP("MappingDialog", "Street address"),
    "recipient_postcode": QT_TRANSLATE_NOOP("MappingDialog", "Postcode"),
    "recipient_full_address": QT_TRANSLATE_NOOP(
        "MappingDialog", "Whole address in one cell (省 市 区 …)"
    ),
    "sku": QT_TRANSLATE_NOOP("MappingDialog", "SKU"),
    "barcode": QT_TRANSLATE_NOOP("MappingDialog", "Barcode"),
    "title": QT_TRANSLATE_NOOP("MappingDialog", "Item title"),
    "variant": QT_TRANSLATE_NOOP("MappingDialog", "Variant"),
    "quantity": QT_TRANSLATE_NOOP("MappingDialog", "Quantity *"),
    "unit_price": QT_TRANSLATE_NOOP("MappingDialog", "Unit price"),
    "line_total": QT_TRANSLATE_NOOP("MappingDialog", "Line total"),
}
ZONES = (
    (QT_TRANSLATE_NOOP("MappingDialog", "The shop's time zone"), SHOP_ZONE),
    (QT_TRANSLATE_NOOP("MappingDialog", "China (UTC+8)"), "Asia/Shanghai"),
    (QT_TRANSLATE_NOOP("MappingDialog", "UTC"), "UTC"),
)


class MappingDialog(QDialog):
    def __init__(
        self, database: Database, sample: FileSample, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._sample = sample
        self._worker: Worker | None = None
        self.setWindowTitle(self.tr("Map the columns of {file}").format(file=sample.table.label))
        resize_within_screen(self, 1000, 720)

        stem = sample.table.path.stem
        self.name = QLineEdit(stem)
        self.platform = QLineEdit()
        self.platform.setPlaceholderText(self.tr("e.g. kuaishou"))
        self.zone = QComboBox()
        for label, zone in ZONES:
            self.zone.addItem(self.tr(str(label)), zone)
        identity = QFormLayout()
        identity.addRow(self.tr("Profile name"), self.name)
        identity.addRow(self.tr("Platform"), self.platform)
        identity.addRow(self.tr("Times in this file are in"), self.zone)

        self.preview = QTableWidget(len(sample.rows), len(sample.headers))
        self.preview.setHorizontalHeaderLabels(sample.headers)
        for row, record in enumerate(sample.rows):
            for column, cell in enumerate(record[: len(sample.headers)]):
                self.preview.setItem(row, column, QTableWidgetItem(cell))
        self.preview.setMaximumHeight(200)

        suggested = suggest_columns(sample.headers)
        self.columns: dict[str, QComboBox] = {}
        fields_form = QFormLayout()
        for name in CANONICAL_FIELDS:
            combo = QComboBox()
            combo.addItem(self.tr("— not in this file —"), None)
            for header in sample.headers:
                if header:
                    combo.addItem(header, header)
            choice = suggested.get(name)
            if choice:
                combo.setCurrentIndex(combo.findData(choice))
            self.columns[name] = combo
            fields_form.addRow(self.tr(str(FIELD_LABELS[name])), combo)
        fields_widget = QWidget()
        fields_widget.setLayout(fields_form)
        scroll = QScrollArea()
        scroll.setWidget(fields_widget)
        scroll.setWidgetResizable(True)

        self.status_column = QComboBox()
        self.status_column.addItem(
            self.tr("— none: every order gets the status on the right —"), None
        )
        for header in sample.headers:
            if header:
                self.status_column.addItem(header, header)
        self.default_status = self._status_combo("awaiting_dispatch")
        self.status_values = QTableWidget(0, 2)
        self.status_values.setHorizontalHeaderLabels(
            [self.tr("In the file"), self.tr("ShipProof status")]
        )
        self.status_values.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        status_box = QGroupBox(self.tr("Order status"))
        status_top = QHBoxLayout()
        status_top.addWidget(self.status_column, 2)
        status_top.addWidget(self.default_status, 1)
        status_layout = QVBoxLayout(status_box)
        status_layout.addLayout(status_top)
        status_layout.addWidget(self.status_values)

        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020; font-weight: bold")
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Save and import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)

        middle = QHBoxLayout()
        middle.addWidget(scroll, 1)
        middle.addWidget(status_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(identity)
        layout.addWidget(QLabel(self.tr("The first rows of the file")))
        layout.addWidget(self.preview)
        layout.addLayout(middle, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

        self.status_column.currentIndexChanged.connect(self._status_column_changed)
        guess = next((h for h in sample.headers if "状态" in h or "status" in h.casefold()), None)
        if guess:
            self.status_column.setCurrentIndex(self.status_column.findData(guess))

    def _status_combo(self, current: str | None = None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("— choose —"), None)
        for status in ORDER_STATUSES:
            combo.addItem(order_status(status), status)
        if current:
            combo.setCurrentIndex(combo.findData(current))
        return combo

    def _status_column_changed(self) -> None:
        header = self.status_column.currentData()
        self.default_status.setEnabled(header is None)
        self.status_values.setRowCount(0)
        if header is None:
            return
        sample = self._sample

        def job(_progress: ProgressFn, _cancel: threading.Event) -> list[str]:
            return distinct_values(sample, header)

        self._worker = Worker(job)
        self._worker.signals.finished.connect(self._show_status_values)
        self._worker.signals.failed.connect(self.problem.setText)
        self._worker.start()

    def _show_status_values(self, values: list[str]) -> None:
        self._worker = None
        self.status_values.setRowCount(len(values))
        for row, (value, status) in enumerate(suggest_statuses(values).items()):
            self.status_values.setItem(row, 0, QTableWidgetItem(value))
            self.status_values.setCellWidget(row, 1, self._status_combo(status))

    def status_map(self) -> dict[str, Any]:
        mapping: dict[str, Any] = {}
        for row in range(self.status_values.rowCount()):
            item = self.status_values.item(row, 0)
            combo = self.status_values.cellWidget(row, 1)
            if item is not None and isinstance(combo, QComboBox):
                mapping[item.text()] = combo.currentData()
        return mapping

    def save(self) -> None:
        columns = {
            name: combo.currentData() for name, combo in self.columns.items() if combo.currentData()
        }
        try:
            definition = make_definition(
                self.name.text(),
                self.platform.text(),
                columns,
                self.status_column.currentData(),
                self.status_map(),
                self.default_status.currentData(),
                self.zone.currentData(),
            )
            save_user_profile(self._database, definition)
        except (MappingError, ValueError) as error:
            self.problem.setText(str(error))
            return
        self.profile_name = definition["name"]
        self.accept()
