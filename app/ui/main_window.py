"""The main window: navigation on the left, one page per capability on the right.

Only capabilities that exist get a page; later ones (packing station, tracking, alerts,
evidence) add theirs here when they are built.
"""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QDragEnterEvent, QDropEvent, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from app.backup import backup_folder, daily_backup, set_backup_folder
from app.dispatch.numbers import NumberRules
from app.storage import Database
from app.tracking.config import providers as tracking_providers
from app.tracking.providers.base import Provider
from app.ui.alert_settings import AlertSettings
from app.ui.alerts_view import AlertsView
from app.ui.import_dialog import ImportDialog
from app.ui.orders_view import OrdersView
from app.ui.provider_settings import ProviderSettings
from app.ui.sounds import Sounds
from app.ui.station_view import StationView
from app.ui.tracking_view import RefreshOutcome, TrackingView
from app.ui.workers import ProgressFn, Worker

EXPORT_FILTER = "Order exports (*.csv *.tsv *.txt *.xlsx *.xls *.xlsm);;All files (*)"


BACKUP_CHECK_MS = 60 * 60 * 1000  # a shop left open overnight gets the next day's backup
FIRST_BACKUP_DELAY_MS = 10_000  # let the window settle first


class MainWindow(QMainWindow):
    backup_finished = Signal(object)  # the new backup's Path, or None (none due, or failed)

    def __init__(
        self,
        database: Database,
        sounds: Sounds | None = None,
        rules: NumberRules | None = None,
        providers: dict[str, Provider] | None = None,
    ) -> None:
        super().__init__()
        self._database = database
        self.setWindowTitle("ShipProof")
        self.resize(1280, 760)
        self.setAcceptDrops(True)

        self.orders = OrdersView(database)
        self.station = StationView(database, sounds, rules=rules)
        self.tracking = TrackingView(database, providers or {})
        self.alerts = AlertsView(database)
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(160)
        self.pages = QStackedWidget()
        self._add_page(self.tr("Orders"), self.orders)
        self._add_page(self.tr("Packing station"), self.station)
        self._add_page(self.tr("Tracking"), self.tracking)
        self._add_page(self.tr("Alerts"), self.alerts)
        self.alerts.count_changed.connect(self._alert_badge)
        self.tracking.refreshed.connect(self._after_refresh)
        self.tray = self._tray()
        self.last_notice = ""
        self.alerts.reload()
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().showMessage(
            self.tr("Database: {url}").format(url=database.engine.url.render_as_string())
        )
        self._backup_worker: Worker | None = None
        self._backup_timer = QTimer(self, interval=BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self.run_daily_backup)
        self._backup_timer.start()
        QTimer.singleShot(FIRST_BACKUP_DELAY_MS, self.run_daily_backup)
        # What is built so far lives as long as the window. Frozen, it is left out of the
        # collector's full passes, which otherwise stalled the GUI thread for ~100 ms.
        gc.freeze()

    def _add_page(self, title: str, page: QWidget) -> None:
        self.navigation.addItem(title)
        self.pages.addWidget(page)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        import_action = QAction(self.tr("&Import orders…"), self)
        import_action.setShortcut(QKeySequence.StandardKey.Open)
        import_action.triggered.connect(self.choose_files)
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        providers_action = QAction(self.tr("Tracking &providers…"), self)
        providers_action.triggered.connect(self.edit_providers)
        settings_menu.addAction(providers_action)
        thresholds_action = QAction(self.tr("Alert &thresholds…"), self)
        thresholds_action.triggered.connect(self.edit_thresholds)
        settings_menu.addAction(thresholds_action)
        if self._database.is_sqlite:
            folder_action = QAction(self.tr("&Backup folder…"), self)
            folder_action.triggered.connect(self.choose_backup_folder)
            settings_menu.addAction(folder_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        full_screen = QAction(self.tr("&Full screen"), self)
        full_screen.setShortcut(QKeySequence.StandardKey.FullScreen)
        full_screen.setCheckable(True)
        full_screen.toggled.connect(self._full_screen)
        view_menu.addAction(full_screen)
        station_action = QAction(self.tr("&Packing station"), self)
        station_action.setShortcut(QKeySequence("F2"))
        station_action.triggered.connect(lambda: self.navigation.setCurrentRow(1))
        view_menu.addAction(station_action)
        find_action = QAction(self.tr("Find order"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(self._focus_search)
        self.addAction(find_action)

    # --- daily backups -------------------------------------------------------------------
    def run_daily_backup(self) -> None:
        """Today's verified backup in the background; the user hears of success and failure."""
        if not self._database.is_sqlite or self._backup_worker is not None:
            return
        database = self._database

        def job(_progress: ProgressFn, _cancel: threading.Event) -> Path | None:
            return daily_backup(database)

        self._backup_worker = Worker(job)
        self._backup_worker.signals.finished.connect(self._backup_done)
        self._backup_worker.signals.failed.connect(self._backup_failed)
        self._backup_worker.start()

    def _backup_done(self, path: Path | None) -> None:
        self._backup_worker = None
        if path is not None:
            self.statusBar().showMessage(
                self.tr("Backup made and verified: {file}").format(file=path)
            )
        self.backup_finished.emit(path)

    def _backup_failed(self, message: str) -> None:
        self._backup_worker = None
        self.notify(self.tr("Backup failed"), message)
        self.backup_finished.emit(None)

    def choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), str(backup_folder(self._database))
        )
        if folder:
            set_backup_folder(self._database, Path(folder))
            self.run_daily_backup()

    def edit_providers(self) -> ProviderSettings:
        """Keys go to the keyring; the Tracking page picks them up as soon as they are saved."""
        dialog = ProviderSettings(self)
        dialog.accepted.connect(lambda: self.tracking.set_providers(tracking_providers()))
        dialog.open()
        return dialog

    def _tray(self) -> QSystemTrayIcon | None:
        """A tray icon for new-alert notices, where the desktop has a tray."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        pixmap = QPixmap(32, 32)
        pixmap.fill(QColor("#1f5fa8"))
        tray = QSystemTrayIcon(QIcon(pixmap), self)
        tray.setToolTip("ShipProof")
        tray.show()
        return tray

    def _after_refresh(self, outcome: RefreshOutcome) -> None:
        self.alerts.reload()
        if outcome.alerts_opened:
            self.notify(
                self.tr("ShipProof"),
                self.tr("{count} new alert(s): parcels need a look").format(
                    count=outcome.alerts_opened
                ),
            )

    def notify(self, title: str, message: str) -> None:
        """A desktop notice (tray balloon), or the status bar where there is no tray."""
        self.last_notice = message
        if self.tray is not None:
            self.tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Warning)
        else:
            self.statusBar().showMessage(message, 15_000)

    def edit_thresholds(self) -> AlertSettings:
        dialog = AlertSettings(self._database, self)
        dialog.open()
        return dialog

    def _alert_badge(self, count: int) -> None:
        item = self.navigation.item(3)
        if item is not None:
            item.setText(
                self.tr("Alerts ({count})").format(count=count) if count else self.tr("Alerts")
            )

    def _full_screen(self, on: bool) -> None:
        """A packing bench reads the station from a metre away: give it the whole screen."""
        if on:
            self.showFullScreen()
        else:
            self.showNormal()

    def _focus_search(self) -> None:
        self.navigation.setCurrentRow(0)
        self.orders.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.orders.search.selectAll()

    def choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Import order exports"), "", self.tr(EXPORT_FILTER)
        )
        if files:
            self.import_files([Path(name) for name in files])

    def import_files(self, paths: list[Path]) -> ImportDialog:
        dialog = ImportDialog(self._database, paths, self)
        dialog.imported.connect(self.orders.refresh)
        dialog.open()
        return dialog

    # --- drag and drop ------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        files = [path for path in paths if path.is_file()]
        if files:
            event.acceptProposedAction()
            self.import_files(files)
