"""Panels for the shop's own settings, shared by the first-run wizard and the Settings dialog.

Each panel shows part of a :class:`app.shop.ShopSettings` and writes its part back with
``collect``; checking and saving stay in the core (``app.shop``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app import shop
from app.ui.language import gui_language


class ShopPanel(QWidget):
    """The shop's name (printed on evidence packs) and the zone its exports' times are in."""

    def __init__(self, settings: shop.ShopSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit(settings.name)
        self.name.setObjectName("shop_name")
        self.timezone = QComboBox()
        self.timezone.setObjectName("timezone")
        self.timezone.setEditable(True)
        self.timezone.addItems(shop.zones())
        self.timezone.setCurrentText(settings.timezone)
        completer = self.timezone.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "Shang" finds Asia/Shanghai
        form = QFormLayout(self)
        form.addRow(self.tr("Shop name"), self.name)
        form.addRow(self.tr("Time zone"), self.timezone)
        hint = QLabel(
            self.tr(
                "Times in exports that carry no zone (eBay, Etsy, WooCommerce) are read in "
                "this zone."
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)

    def collect(self, settings: shop.ShopSettings) -> None:
        settings.name = self.name.text()
        settings.timezone = self.timezone.currentText().strip()


class StoresPanel(QWidget):
    """Which platforms the shop sells on, one store each; stores already used stay ticked."""

    def __init__(self, settings: shop.ShopSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kept = list(settings.stores)  # stores the shop has: they stay, whatever is ticked
        existing: dict[str, list[str]] = {}
        for platform, store_name in settings.stores:
            existing.setdefault(platform, []).append(store_name)
        self.boxes: dict[str, QCheckBox] = {}
        self.names: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Platform")), 0, 0)
        grid.addWidget(QLabel(self.tr("Store name")), 0, 1)
        for row, (platform, label) in enumerate(shop.platforms(gui_language()).items(), 1):
            box = QCheckBox(label)
            box.setObjectName(f"platform_{platform}")
            name = QLineEdit(", ".join(existing.get(platform, [])) or label)
            name.setObjectName(f"store_{platform}")
            if platform in existing:  # orders may already point at it: never taken away
                box.setChecked(True)
                box.setEnabled(False)
                name.setEnabled(False)
            else:
                name.setEnabled(False)
                box.toggled.connect(name.setEnabled)
            grid.addWidget(box, row, 0)
            grid.addWidget(name, row, 1)
            self.boxes[platform], self.names[platform] = box, name
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "Tick each platform you sell on. Several stores on one platform are told "
                "apart at import; a store is never removed once orders belong to it."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(grid)
        layout.addStretch(1)

    def collect(self, settings: shop.ShopSettings) -> None:
        chosen = [
            (platform, self.names[platform].text())
            for platform, box in self.boxes.items()
            if box.isChecked() and box.isEnabled()
        ]
        settings.stores = sorted(set(self._kept) | set(chosen))  # what is ticked now, no more


class StationPanel(QWidget):
    """What a packing station starts a shift with; the packer can still change it there."""

    def __init__(self, settings: shop.ShopSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_checks = QCheckBox(self.tr("Check every item before the label"))
        self.item_checks.setObjectName("item_checks")
        self.item_checks.setChecked(settings.item_checks)
        self.sounds = QCheckBox(
            self.tr("Play a sound after each good scan (mistakes always sound)")
        )
        self.sounds.setObjectName("sounds")
        self.sounds.setChecked(settings.sounds)
        layout = QVBoxLayout(self)
        layout.addWidget(self.item_checks)
        explain = QLabel(
            self.tr(
                "With item checks on, the packer scans each item's barcode and the label is "
                "refused until the order is complete."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        layout.addWidget(self.sounds)
        layout.addStretch(1)

    def collect(self, settings: shop.ShopSettings) -> None:
        settings.item_checks = self.item_checks.isChecked()
        settings.sounds = self.sounds.isChecked()


def error_label() -> QLabel:
    """Where the wizard and the Settings dialog say why nothing was saved."""
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.setStyleSheet("color: #c62828")
    return label
