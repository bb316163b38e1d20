"""Panels for the shop's own settings, shared by the first-run wizard and the Settings dialog.

Each panel shows part of a :class:`app.shop.ShopSettings` and writes its part back with
``collect``; checking and saving stay in the core (``app.shop``).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
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
    """Which platforms the shop sells on and the stores on each.

    A store the shop has stays (orders may belong to it) but its name can be edited: the
    save renames it. Each ticked platform can take another store ("Add a store").
    """

    def __init__(self, settings: shop.ShopSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kept = list(settings.stores)  # stores the shop has: they stay, whatever is ticked
        existing: dict[str, list[str]] = {}
        for platform, store_name in settings.stores:
            existing.setdefault(platform, []).append(store_name)
        self.boxes: dict[str, QCheckBox] = {}
        self.names: dict[str, QLineEdit] = {}  # a platform's first store, when it has none yet
        self.renamed: dict[tuple[str, str], QLineEdit] = {}  # each store the shop has
        self.added: dict[str, list[QLineEdit]] = {}  # stores added with "Add a store"
        self.add_buttons: dict[str, QPushButton] = {}
        self._fields: dict[str, QVBoxLayout] = {}
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Platform")), 0, 0)
        grid.addWidget(QLabel(self.tr("Store name")), 0, 1)
        for row, (platform, label) in enumerate(shop.platforms(gui_language()).items(), 1):
            box = QCheckBox(label)
            box.setObjectName(f"platform_{platform}")
            fields = QVBoxLayout()
            fields.setContentsMargins(0, 0, 0, 0)
            add = QPushButton(self.tr("Add a store"))
            add.setObjectName(f"add_store_{platform}")
            add.clicked.connect(partial(self.add_store, platform))
            if platform in existing:  # orders may already point at it: never taken away
                box.setChecked(True)
                box.setEnabled(False)
                for number, store_name in enumerate(existing[platform]):
                    field = QLineEdit(store_name)
                    field.setObjectName(f"store_{platform}_{number}")
                    fields.addWidget(field)
                    self.renamed[(platform, store_name)] = field
            else:
                name = QLineEdit(label)
                name.setObjectName(f"store_{platform}")
                name.setEnabled(False)
                add.setEnabled(False)
                box.toggled.connect(name.setEnabled)
                box.toggled.connect(partial(self._ticked, platform))
                fields.addWidget(name)
                self.names[platform] = name
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addLayout(fields, row, 1)
            grid.addWidget(add, row, 2, Qt.AlignmentFlag.AlignTop)
            self.boxes[platform], self.add_buttons[platform] = box, add
            self._fields[platform] = fields
        grid.setColumnStretch(1, 1)
        note = QLabel(
            self.tr(
                "Tick each platform you sell on. Edit a store's name to rename it: its "
                "orders and their history stay with it. A store is never removed once "
                "orders belong to it."
            )
        )
        note.setWordWrap(True)
        inner = QWidget()
        rows = QVBoxLayout(inner)
        rows.addLayout(grid)
        rows.addStretch(1)
        scroll = QScrollArea()  # twelve platforms and their stores outgrow a small screen
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)

    def _ticked(self, platform: str, ticked: bool) -> None:
        self.add_buttons[platform].setEnabled(ticked)
        for field in self.added.get(platform, []):
            field.setEnabled(ticked)

    def add_store(self, platform: str) -> QLineEdit:
        """One more store of ``platform``: a name field, focused, for the save to add."""
        field = QLineEdit()
        field.setObjectName(f"new_store_{platform}_{len(self.added.get(platform, []))}")
        field.setPlaceholderText(self.tr("The new store's name"))
        self._fields[platform].addWidget(field)
        self.added.setdefault(platform, []).append(field)
        field.setFocus()
        return field

    def collect(self, settings: shop.ShopSettings) -> None:
        ticked = {platform for platform, box in self.boxes.items() if box.isChecked()}
        chosen = [
            (platform, name.text()) for platform, name in self.names.items() if platform in ticked
        ]
        chosen += [  # a field added and left empty adds nothing
            (platform, field.text())
            for platform, fields in self.added.items()
            if platform in ticked
            for field in fields
            if field.text().strip()
        ]
        settings.stores = list(self._kept)
        settings.added = chosen  # checked by the save: a name twice, or one taken, is said
        settings.renames = {
            store: field.text()
            for store, field in self.renamed.items()
            if field.text().strip() != store[1]
        }


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
