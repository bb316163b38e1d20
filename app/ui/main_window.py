"""The main window: navigation on the left, one page per capability on the right.

It also carries what every page shares: menus with a shortcut for each frequent action,
the status bar (database, last refresh, open alerts), daily backups, desktop notices,
and the window's size and layout remembered between runs.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from app import shop
from app.dispatch.numbers import NumberRules
from app.dispatch.outcome import ScanCode, ScanOutcome
from app.logs import log_folder
from app.orders.query import OrderFilter
from app.orders.stores import shop_zone
from app.paths import data_dir
from app.storage import Database
from app.tracking.story import ParcelFilter, last_refresh
from app.ui.about import AboutDialog
from app.ui.alerts_view import AlertsView
from app.ui.file_actions import FileActions
from app.ui.icons import app_icon, icon
from app.ui.orders_view import OrdersView
from app.ui.screen_fit import resize_within_screen
from app.ui.service_view import ServiceView
from app.ui.sounds import Sounds
from app.ui.station_view import StationView
from app.ui.theme import apply_theme
from app.ui.today_view import TodayView
from app.ui.tracking_view import RefreshOutcome, TrackingView
from app.ui.workers import ProgressFn, Worker

if TYPE_CHECKING:  # loaded when first used, not at start-up
    from app.tracking.providers.base import Provider
    from app.ui.import_dialog import ImportDialog
    from app.ui.settings_dialog import SettingsDialog

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
        data_folder: Path | None = None,
        preferences: Path | None = None,
        movable: bool = False,
    ) -> None:
        super().__init__()
        self._database = database
        self.data_folder = data_folder or _default_folder(database)
        self.preferences = preferences or self.data_folder  # the demo keeps the user's language
        self.movable = movable  # the data folder may be moved from Settings
        self.setWindowTitle("ShipProof")
        self.setWindowIcon(app_icon())
        resize_within_screen(self, 1280, 760)
        self.setAcceptDrops(True)

        self.today = TodayView(database)
        self.orders = OrdersView(database, load_when_shown=True)
        self.station = StationView(database, sounds, rules=rules)
        self.tracking = TrackingView(database, providers or {})
        self.alerts = AlertsView(database)
        self.service = ServiceView(database)
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(160)
        self.pages = QStackedWidget()
        self._page_keys: list[str] = []
        self._add_page(self.tr("Today"), self.today, "today", "today")
        self._add_page(self.tr("Orders"), self.orders, "orders", "search")
        self._add_page(self.tr("Packing station"), self.station, "station", "station")
        self._add_page(self.tr("Tracking"), self.tracking, "tracking", "refresh")
        self._add_page(self.tr("Alerts"), self.alerts, "alerts", "alerts")
        self._add_page(self.tr("Customer service"), self.service, "service", "service")
        self.database_label = QLabel()
        self.refresh_label = QLabel()
        self.alerts_label = QLabel()
        self.alerts.count_changed.connect(self._alert_badge)
        self.alerts.parcel_requested.connect(self._show_parcel)
        self.today.orders_requested.connect(self._show_orders)
        self.orders.import_requested.connect(self.choose_files)
        self.orders.service_requested.connect(self._ask_service)
        self.today.parcels_requested.connect(self._show_parcels)
        self.today.alerts_requested.connect(lambda: self.show_page("alerts"))
        self.tracking.refreshed.connect(self._after_refresh)
        self.station.outcome_shown.connect(self._after_scan)
        self.tray = self._tray()
        self.last_notice = ""
        self._alert_badge(self.alerts.open_alerts)  # counted as the page was built
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.file_actions = FileActions(self, database)
        self._build_menus()
        self._build_status_bar()
        self.apply_shop_settings()
        self.restore_layout()
        self._backup_worker: Worker | None = None
        self._backup_timer = QTimer(self, interval=BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self.run_daily_backup)
        self._backup_timer.start()
        self._first_backup = QTimer(self, singleShot=True, interval=FIRST_BACKUP_DELAY_MS)
        self._first_backup.timeout.connect(self.run_daily_backup)
        self._first_backup.start()
        # What is built so far lives as long as the window. Frozen, it is left out of the
        # collector's full passes, which otherwise stalled the GUI thread for ~100 ms.
        gc.freeze()

    def show_page(self, key: str) -> None:
        """The page ``key`` ("today", "orders", "station", "tracking", "alerts", "service")."""
        self.navigation.setCurrentRow(self._page_keys.index(key))
        if key == "orders":  # read when first opened, shown or not (a hidden window too)
            self.orders.ensure_loaded()

    def current_page(self) -> str:
        return self._page_keys[self.navigation.currentRow()]

    def _show_parcel(self, number: str) -> None:
        """The Tracking page, searched for ``number`` (an alert's parcel, double-clicked)."""
        self.show_page("tracking")
        self.tracking.show_parcel(number)

    def _show_orders(self, order_filter: OrderFilter, title: str) -> None:
        """The Orders page on what a Today number counted."""
        self.show_page("orders")
        self.orders.show_only(order_filter, title)

    def _show_parcels(self, parcel_filter: ParcelFilter, title: str) -> None:
        """The Tracking page on what a Today number counted."""
        self.show_page("tracking")
        self.tracking.show_only(parcel_filter, title)

    def _add_page(self, title: str, page: QWidget, key: str, icon_name: str) -> None:
        self._page_keys.append(key)
        self.navigation.addItem(title)
        item = self.navigation.item(self.navigation.count() - 1)
        if item is not None:
            item.setIcon(icon(icon_name))
        self.pages.addWidget(page)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | None = None,
        icon_name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda _checked=False: slot())  # not the checked flag
        return action

    def _build_menus(self) -> None:
        """Every frequent action has a shortcut; the menus are where users discover them."""
        keys = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(
                self.tr("&Import orders…"), self.choose_files, QKeySequence(keys.Open), "import"
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("&Evidence pack for the selected orders…"),
                self.orders.open_evidence,
                QKeySequence("Ctrl+E"),
                "evidence",
            )
        )
        file_menu.addAction(
            self._action(
                self.tr("Packing &slips for the selected orders…"),
                self.orders.print_slips,
                QKeySequence(keys.Print),
                "print",
            )
        )
        file_menu.addAction(
            self._action(self.tr("S&hipping upload file…"), self.file_actions.export_shipping)
        )
        file_menu.addSeparator()
        if self._database.is_sqlite:
            file_menu.addAction(
                self._action(self.tr("&Back up now"), self.back_up_now, icon_name="backup")
            )
            file_menu.addAction(
                self._action(self.tr("&Restore from a backup…"), self.restore_backup)
            )
        file_menu.addAction(self._action(self.tr("&Check the records"), self.file_actions.verify))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(
                self.tr("&Settings…"),
                self.edit_settings,
                _preferences_key(),
                "settings",
            )
        )
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Quit"), self.close, QKeySequence(keys.Quit)))

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for key, title, shortcut in (
            ("today", self.tr("T&oday"), "Ctrl+0"),
            ("orders", self.tr("&Orders"), "Ctrl+1"),
            ("station", self.tr("&Packing station"), "F2"),
            ("tracking", self.tr("&Tracking"), "Ctrl+3"),
            ("alerts", self.tr("&Alerts"), "Ctrl+4"),
            ("service", self.tr("&Customer service"), "Ctrl+5"),
        ):
            view_menu.addAction(
                self._action(title, partial(self.show_page, key), QKeySequence(shortcut))
            )
        view_menu.addSeparator()
        full_screen = QAction(self.tr("&Full screen"), self)
        full_screen.setShortcut(QKeySequence(keys.FullScreen))
        full_screen.setCheckable(True)
        full_screen.toggled.connect(self._full_screen)
        view_menu.addAction(full_screen)
        view_menu.addAction(
            self._action(
                self.tr("Find order"), self._focus_search, QKeySequence(keys.Find), "search"
            )
        )
        tracking_menu = self.menuBar().addMenu(self.tr("&Tracking"))
        tracking_menu.addAction(
            self._action(
                self.tr("&Refresh tracking now"),
                self.tracking.start_refresh,
                QKeySequence(keys.Refresh),
                "refresh",
            )
        )
        tracking_menu.addAction(self._action(self.tr("Tracking &providers…"), self.edit_providers))
        tracking_menu.addAction(self._action(self.tr("Alert &thresholds…"), self.edit_thresholds))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(self.tr("Open &log folder"), self.open_log_folder, icon_name="help")
        )
        help_menu.addAction(
            self._action(self.tr("&About ShipProof"), self.show_about, icon_name="about")
        )

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.database_label.setText(
            self.tr("Database: {url}").format(url=_database_name(self._database))
        )
        self.database_label.setToolTip(self._database.engine.url.render_as_string())
        for label in (self.database_label, self.refresh_label, self.alerts_label):
            bar.addPermanentWidget(label)
        self._show_last_refresh()

    def _show_last_refresh(self) -> None:
        with self._database.session() as session:
            moment = last_refresh(session)
            zone = shop_zone(session)  # the clock the lists' times are on
        if moment is None:
            self.refresh_label.setText(self.tr("Tracking: never refreshed"))
            return
        local = moment.astimezone(zone)
        same_day = local.date() == datetime.now(zone).date()
        text = local.strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M")
        self.refresh_label.setText(self.tr("Last refresh: {time}").format(time=text))

    # --- settings -------------------------------------------------------------------------
    def apply_shop_settings(self) -> None:
        """The station starts each shift with the shop's defaults; the packer may change them."""
        with self._database.session() as session:
            settings = shop.load(session)
        if self.station.item_checks.isEnabled():  # not in the middle of a shift
            self.station.item_checks.setChecked(settings.item_checks)
        self.station.sounds.enabled = settings.sounds
        title = f"ShipProof — {settings.name}" if settings.name else "ShipProof"
        self.setWindowTitle(title)

    def edit_settings(self, tab: str = "general") -> SettingsDialog:
        from app.ui.settings_dialog import SettingsDialog  # keyring, camera: when opened

        dialog = SettingsDialog(
            self._database,
            self.data_folder,
            self,
            preferences=self.preferences,
            movable=self.movable,
        )
        dialog.show_tab(tab)
        dialog.saved.connect(self._settings_saved)
        dialog.move_started.connect(self._pause_background_work)
        dialog.data_folder_moved.connect(self._data_folder_moved)
        dialog.open()
        return dialog

    def _settings_saved(self) -> None:
        application = QApplication.instance()
        if isinstance(application, QApplication):
            apply_theme(application)  # the theme just chosen, at once
        self.apply_shop_settings()
        from app.tracking.config import providers  # keyring and httpx: not before the window

        self.tracking.set_providers(providers())
        self.alerts.reload()
        self.run_daily_backup()  # a new backup folder gets today's copy now

    def _pause_background_work(self) -> None:
        """While the shop is copied nothing else writes: what came after would stay behind."""
        self._backup_timer.stop()
        self.tracking.pause_auto_refresh()

    def _resume_background_work(self) -> None:
        self._backup_timer.start()
        self.tracking.resume_auto_refresh()

    def restore_backup(self) -> None:
        self.file_actions.restore(
            self._pause_background_work, self._resume_background_work, self.close
        )

    def _data_folder_moved(self, folder: Path) -> None:
        """Work done after the copy would stay behind in the old folder: start again now."""
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Data folder"),
            self.tr(
                "The shop was copied to {folder}. ShipProof closes now; open it again to "
                "work there. The old folder is kept as it was."
            ).format(folder=folder),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.finished.connect(self.close)
        box.open()

    def edit_providers(self) -> SettingsDialog:
        """Keys go to the keyring; the Tracking page picks them up as soon as they are saved."""
        return self.edit_settings("providers")

    def edit_thresholds(self) -> SettingsDialog:
        return self.edit_settings("alerts")

    # --- help -----------------------------------------------------------------------------
    def open_log_folder(self) -> None:
        folder = log_folder(self.data_folder)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_about(self) -> AboutDialog:
        dialog = AboutDialog(self._database, self.data_folder, self)
        dialog.open()
        return dialog

    # --- window state ---------------------------------------------------------------------
    def restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):  # anything else: a hand-edited or foreign file
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        # the app opens on Today; a computer last left on the packing station is a bench,
        # and opens where it packs
        if settings.value("window/page") == "station":
            self.show_page("station")

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/page", self.current_page())
        # no new background work once the window is gone (a backup or refresh started
        # after it would outlive the database it writes to)
        for timer in (self._first_backup, self._backup_timer):
            timer.stop()
        self.tracking.pause_auto_refresh()
        super().closeEvent(event)

    # --- daily backups -------------------------------------------------------------------
    def back_up_now(self) -> None:
        """The menu's "Back up now": always a fresh, verified copy, and always an answer."""
        if not self._database.is_sqlite:
            self.statusBar().showMessage(
                self.tr("This shop lives on a database server: back it up there.")
            )
        elif self._backup_worker is not None:
            self.statusBar().showMessage(self.tr("A backup is being made already…"))
        else:
            self.run_daily_backup(again=True)

    def run_daily_backup(self, again: bool = False) -> None:
        """Today's verified backup in the background; the user hears of success and failure.
        ``again`` refreshes a backup already made today (see :func:`daily_backup`)."""
        if not self._database.is_sqlite or self._backup_worker is not None:
            return
        database = self._database
        if again:
            self.statusBar().showMessage(self.tr("Making a backup…"))

        def job(_progress: ProgressFn, _cancel: threading.Event) -> Path | None:
            from app.storage.backup import daily_backup  # its chain checks: not at start-up

            return daily_backup(database, again=again)

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

    def _tray(self) -> QSystemTrayIcon | None:
        """A tray icon for new-alert notices, where the desktop has a tray."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        tray = QSystemTrayIcon(app_icon(), self)
        tray.setToolTip("ShipProof")
        tray.show()
        return tray

    def _after_refresh(self, outcome: RefreshOutcome) -> None:
        self.alerts.reload()
        self.today.reload()
        self._show_last_refresh()
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

    def _after_scan(self, outcome: ScanOutcome) -> None:
        """A label just bound may have settled an overdue alert: the badge says so at once."""
        if outcome.code == ScanCode.DISPATCHED:
            self.alerts.reload()

    def _alert_badge(self, count: int) -> None:
        self.alerts_label.setText(self.tr("Open alerts: {count}").format(count=count))
        item = self.navigation.item(self._page_keys.index("alerts"))
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

    def _ask_service(self, order_id: str) -> None:
        """The Customer service page on one order (from the Orders page's right click)."""
        self.show_page("service")
        self.service.search.setText(order_id)
        self.service.look_up()

    def _focus_search(self) -> None:
        self.show_page("orders")
        self.orders.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.orders.search.selectAll()

    def choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import order exports"),
            "",
            self.tr("Order exports (*.csv *.tsv *.txt *.xlsx *.xls *.xlsm);;All files (*)"),
        )
        if files:
            self.import_files([Path(name) for name in files])

    def import_files(self, paths: list[Path]) -> ImportDialog:
        # the importer and its readers load on the first import, not at every start
        from app.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self._database, paths, self)
        dialog.imported.connect(self.orders.refresh)
        dialog.imported.connect(self.today.reload)
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


def _default_folder(database: Database) -> Path:
    """Beside a SQLite shop; the OS's data folder for a server database."""
    name = database.engine.url.database
    if database.is_sqlite and name and name != ":memory:":
        return Path(name).parent
    return data_dir()


def _database_name(database: Database) -> str:
    """The file's name, or the server and database, without any password."""
    url = database.engine.url
    if database.is_sqlite:
        return Path(url.database or "").name or ":memory:"
    return f"{url.host or 'localhost'}/{url.database}"


def _preferences_key() -> QKeySequence:
    """The platform's own (⌘, on macOS); Windows and Linux define none, so Ctrl+, there."""
    native = QKeySequence(QKeySequence.StandardKey.Preferences)
    return QKeySequence("Ctrl+,") if native.isEmpty() else native
