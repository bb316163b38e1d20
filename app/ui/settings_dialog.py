"""One Settings dialog for everything the first-run wizard asked, and more.

Saving goes in a fixed order so a failure leaves things as they were: values are checked
first; keys go to the keyring (the step most likely to be refused, and one that cannot
share a database transaction); then the shop's settings, thresholds and backup folder in
one transaction; last the per-user preferences (language, theme, this bench's camera).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app import shop
from app.data_folder import move_to
from app.i18n import LANGUAGES, choose_language, chosen_language
from app.storage import Database
from app.storage.backup import backup_folder, keep_backup_folder
from app.ui.alert_settings import ThresholdsPanel
from app.ui.camera import (
    CameraChoice,
    choose_camera,
    chosen_camera,
    photo_on_open,
    set_photo_on_open,
    video_inputs,
)
from app.ui.core_messages import shop_error
from app.ui.provider_settings import ProvidersPanel
from app.ui.screen_fit import resize_within_screen
from app.ui.shop_panels import ShopPanel, StationPanel, StoresPanel, error_label
from app.ui.theme import THEMES, choose_theme, chosen_theme
from app.ui.workers import ProgressFn, Worker

TABS = ("general", "stores", "station", "providers", "alerts")


class CameraPanel(QGroupBox):
    """This computer's parcel camera (QSettings, like the station's name), or Off.

    Cameras are listed when the panel is first shown: asking the OS for them can take a
    moment, and a dialog opened for another tab should not wait for it.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        cameras: Callable[[], list[CameraChoice]] | None = None,
    ) -> None:
        super().__init__(self.tr("Parcel camera on this computer"), parent)
        self._cameras = cameras
        self._listed = False
        self.camera = QComboBox()
        self.camera.setObjectName("camera")
        self.photo_on_open = QCheckBox(self.tr("Also photograph when an order is opened"))
        self.photo_on_open.setObjectName("photo_on_open")
        self.photo_on_open.setChecked(photo_on_open())
        hint = QLabel(
            self.tr(
                "Off unless you choose one. With a camera, the station keeps a photo of the "
                "parcel at each label scan; its SHA-256 goes into the scan's record and the "
                "evidence pack shows it. Used from the next shift start."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Camera"), self.camera)
        form.addRow(self.photo_on_open)
        form.addRow(hint)
        self._fill([], chosen_camera())

    def _fill(self, connected: list[CameraChoice], selected: CameraChoice | None) -> None:
        """Off, the connected cameras, and the chosen one even when it is unplugged now."""
        self.camera.clear()
        self.camera.addItem(self.tr("Off"), None)
        for choice in connected:
            self.camera.addItem(choice.name, choice)  # the data holds the name: not chrome
        ids = [choice.device_id for choice in connected]
        if selected is not None and selected.device_id not in ids:
            self.camera.addItem(
                self.tr("{name} (not connected)").format(name=selected.name), selected
            )
            ids.append(selected.device_id)
        self.camera.setCurrentIndex(ids.index(selected.device_id) + 1 if selected else 0)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._listed:
            self._listed = True
            self._fill((self._cameras or video_inputs)(), self.choice())
        super().showEvent(event)

    def choice(self) -> CameraChoice | None:
        data = self.camera.currentData()
        return data if isinstance(data, CameraChoice) else None

    def save(self) -> None:
        choose_camera(self.choice())
        set_photo_on_open(self.photo_on_open.isChecked())


class SettingsDialog(QDialog):
    saved = Signal()
    move_started = Signal()  # background writers must stop until the app starts again
    data_folder_moved = Signal(object)  # the new folder's Path: the app must start again

    def __init__(
        self,
        database: Database,
        data_folder: Path,
        parent: QWidget | None = None,
        base_urls: dict[str, str] | None = None,
        preferences: Path | None = None,
        movable: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        resize_within_screen(self, 720, 560)
        self._database = database
        self._data_folder = data_folder
        self._preferences = preferences or data_folder  # where the language choice lives
        self._mover: Worker | None = None
        self._saver: Worker | None = None  # a save that renames stores
        self._movable = movable
        with database.session() as session:
            self._settings = shop.load(session)

        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Follow the system"), None)
        for code, label in LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(self.language.findData(chosen_language(self._preferences)))
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        theme_labels = {
            "system": self.tr("Follow the system"),
            "light": self.tr("Light"),
            "dark": self.tr("Dark"),
        }
        for theme in THEMES:
            self.theme.addItem(theme_labels[theme], theme)
        self.theme.setCurrentIndex(self.theme.findData(chosen_theme()))
        self.shop = ShopPanel(self._settings)
        self.stores = StoresPanel(self._settings)
        self.station = StationPanel(self._settings)
        self.camera = CameraPanel()
        self.providers = ProvidersPanel(base_urls=base_urls)
        self.thresholds = ThresholdsPanel(database)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._general(), self.tr("General"))
        self.tabs.addTab(self.stores, self.tr("Platforms and stores"))
        self.tabs.addTab(self._station_tab(), self.tr("Packing station"))
        self.tabs.addTab(self.providers, self.tr("Tracking providers"))
        self.tabs.addTab(self.thresholds, self.tr("Alerts"))
        self.error = error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _general(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", QLabel(self.tr("A new language is used from the next start.")))
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.shop)
        data = QLineEdit(str(self._data_folder))
        data.setReadOnly(True)
        open_data = QPushButton(self.tr("Open"))
        open_data.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_folder)))
        )
        move = QPushButton(self.tr("Move…"))
        move.setObjectName("move_data_folder")
        move.clicked.connect(lambda: self.move_data_folder())
        move.setEnabled(self._movable)
        if not self._movable:
            move.setToolTip(
                self.tr("The demo shop, or a folder given at start, cannot be moved from here.")
            )
        row = QHBoxLayout()
        row.addWidget(data, 1)
        row.addWidget(open_data)
        row.addWidget(move)
        form.addRow(self.tr("Data folder"), row)
        self.move_status = QLabel()
        self.move_status.setWordWrap(True)
        form.addRow(self.move_status)
        self.backup_folder: QLineEdit | None = None
        if self._database.is_sqlite:
            self._backup_shown = str(backup_folder(self._database))
            self.backup_folder = QLineEdit(self._backup_shown)
            self.backup_folder.setObjectName("backup_folder")
            choose = QPushButton(self.tr("Choose…"))
            choose.clicked.connect(self._choose_backup_folder)
            backup_row = QHBoxLayout()
            backup_row.addWidget(self.backup_folder, 1)
            backup_row.addWidget(choose)
            form.addRow(self.tr("Backup folder"), backup_row)
            hint = QLabel(
                self.tr(
                    "A verified copy of the shop is made there every day; a synced cloud "
                    "folder keeps it safe if this computer is lost."
                )
            )
            hint.setWordWrap(True)
            form.addRow(hint)
        return page

    def _station_tab(self) -> QWidget:
        """The shop's station defaults, then this computer's camera."""
        page = QWidget()
        layout = QVBoxLayout(page)
        defaults = self.station.layout()
        if defaults is not None:
            defaults.setContentsMargins(0, 0, 0, 0)  # the page's margins are enough
        layout.addWidget(self.station)
        layout.addSpacing(layout.spacing() * 2)
        layout.addWidget(self.camera)
        layout.addStretch(1)
        return page

    def move_data_folder(self, target: Path | None = None) -> Worker | None:
        """Copy the shop to another folder (verified) for the next start; the old one stays."""
        if target is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("New data folder"))
            if not chosen:
                return None
            target = Path(chosen)
        database, current = self._database, self._data_folder

        def job(_progress: ProgressFn, _cancel: threading.Event) -> Path:
            return move_to(database, current, target)

        self._mover = Worker(job)
        self._mover.signals.finished.connect(lambda _copy: self._moved(target))
        self._mover.signals.failed.connect(self._not_moved)
        self.move_status.setText(self.tr("Copying the shop to {folder}…").format(folder=target))
        self.setEnabled(False)  # no Cancel half-way: the app restarts once the copy is made
        self.move_started.emit()
        self._mover.start()
        return self._mover

    def _not_moved(self, reason: str) -> None:
        self._mover = None
        self.setEnabled(True)
        self.move_status.setText(self.tr("Not moved: {reason}").format(reason=reason))

    def _moved(self, target: Path) -> None:
        self._mover = None
        self.move_status.setText(
            self.tr("ShipProof works in {folder} from its next start.").format(folder=target)
        )
        self.data_folder_moved.emit(target)

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(name))

    def _choose_backup_folder(self) -> None:
        assert self.backup_folder is not None
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.backup_folder.text()
        )
        if folder:
            self.backup_folder.setText(folder)

    def save(self) -> Worker | None:
        """Checked, then saved in one transaction; in a worker when stores are renamed (each
        of their orders is restated). Returns that worker, if any."""
        for panel in (self.shop, self.stores, self.station):
            panel.collect(self._settings)
        try:
            shop.check(self._settings)
        except shop.ShopSettingsError as error:
            self.error.setText(shop_error(error))
            return None
        if not self.providers.save():
            self.show_tab("providers")
            self.error.setText(  # the panel says why, and what to do
                self.tr("Nothing was saved: the keyring did not take the keys (see above).")
            )
            return None
        folder = self.backup_folder.text().strip() if self.backup_folder else ""
        also = [self.thresholds.writer()]
        if folder and folder != self._backup_shown:  # the default stays a default
            also.append(partial(keep_backup_folder, folder=folder))
        restated = shop.renamed_orders(self._database, self._settings)
        if restated:
            return self._save_in_background(also, restated)
        try:
            shop.save(self._database, self._settings, *also)
        except shop.ShopSettingsError as error:  # found in the shop as it is now (a name
            self.error.setText(shop_error(error))  # another station took meanwhile)
            return None
        except (SQLAlchemyError, OSError) as error:
            self._not_saved(str(error))
            return None
        self._saved()
        return None

    def _save_in_background(self, also: list[Callable[[Session], None]], total: int) -> Worker:
        database, settings = self._database, self._settings

        def job(progress: ProgressFn, cancel: threading.Event) -> None:
            def restated(done: int) -> None:
                progress(done, total, "")

            shop.save(database, settings, *also, progress=restated, cancel=cancel)

        self._saver = Worker(job, cancelled_error=shop.SaveCancelled)
        self._saver.signals.progress.connect(self._restating)
        self._saver.signals.finished.connect(lambda _none: self._saved())
        self._saver.signals.failed.connect(self._not_saved)
        self._saver.signals.cancelled.connect(self._save_stopped)
        self._restating(0, total, "")
        self.tabs.setEnabled(False)
        self.save_button.setEnabled(False)
        self._saver.start()
        return self._saver

    def _restating(self, done: int, total: int, _what: str) -> None:
        self.error.setText(
            self.tr("Renaming stores: {done} of {total} orders restated… (Cancel stops it)").format(
                done=f"{done:,}", total=f"{total:,}"
            )
        )

    def _save_ended(self) -> None:
        self._saver = None
        self.tabs.setEnabled(True)
        self.save_button.setEnabled(True)

    def _not_saved(self, reason: str) -> None:
        self._save_ended()
        self.error.setText(self.tr("Nothing was saved to the shop: {reason}").format(reason=reason))

    def _save_stopped(self) -> None:
        self._save_ended()
        self.error.setText(self.tr("Nothing was saved to the shop: the renaming was stopped."))

    def _saved(self) -> None:
        self._save_ended()
        language = self.language.currentData()
        if language != chosen_language(self._preferences):
            choose_language(self._preferences, language)
        choose_theme(self.theme.currentData())
        self.camera.save()
        self.saved.emit()
        self.accept()

    def reject(self) -> None:
        """Cancel (or Escape, or closing) while a save runs stops the save, not the dialog:
        the dialog says so once the transaction has rolled back."""
        if self._saver is not None:
            self._saver.cancel()
            return
        super().reject()
