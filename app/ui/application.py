"""Start the Qt application: language, theme, the first-run wizard, then the main window."""

from __future__ import annotations

import logging
import sys
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from app import __version__, shop
from app.dispatch.numbers import NumberRules
from app.i18n import language
from app.paths import chosen_config_folder
from app.storage import Database
from app.ui.fonts import use_bundled_cjk_font
from app.ui.icons import app_icon
from app.ui.main_window import MainWindow
from app.ui.schema_warning import SchemaWarning
from app.ui.theme import apply_theme
from app.ui.translations import install_translators
from app.ui.workers import ProgressFn, Worker

if TYPE_CHECKING:
    from app.demo import DemoShop
    from app.tracking.providers.base import Provider

log = logging.getLogger(__name__)


@dataclass
class Launch:
    """What the command line hands the GUI."""

    database: Database
    data_folder: Path
    preferences: Path  # where the language choice lives (the top data folder, not demo/)
    rules: NumberRules | None = None
    providers: dict[str, Provider] = field(default_factory=dict)
    first_run: bool = False  # a new, empty shop may be set up by the wizard
    movable: bool = False  # the data folder may be moved (not the demo, not --data-dir)


def application() -> QApplication:
    """The one QApplication, made ready to draw Chinese before any window exists."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    created = QApplication(sys.argv)
    created.setApplicationName("ShipProof")
    created.setApplicationVersion(__version__)
    created.setOrganizationName("ShipProof")
    keep_settings_in(chosen_config_folder())
    created.setWindowIcon(app_icon())
    use_bundled_cjk_font(created)  # every window, the error box and the wizard included
    return created


def keep_settings_in(folder: Path | None) -> None:
    """Per-computer settings (window, theme, station, camera) in ``folder`` as INI files
    when the user chose a config folder; else the system's own place (registry, plist)."""
    if folder is None:
        return
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def report_crashes() -> None:
    """An unexpected error is logged with its traceback and shown, not swallowed."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(kind, error, trace))
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "ShipProof",
            QApplication.translate(
                "Application",
                "Something went wrong: {error}\n\nThe details are in the log file "
                "(Help → Open log folder). Your data was saved before this happened.",
            ).format(error=error),
        )
        box.exec()

    sys.excepthook = hook


def first_run(launch: Launch, app: QApplication) -> Launch | None:
    """The wizard on a new shop; None when the user closed it (start on the empty shop)."""
    from app.ui.setup_wizard import RESTART, SetupWizard  # a new shop's only: not every start

    while True:
        wizard = SetupWizard(launch.database, launch.preferences, language(launch.preferences))
        result = wizard.exec()
        if result == RESTART and wizard.language_chosen:
            install_translators(app, wizard.language_chosen)
            continue
        if result != SetupWizard.DialogCode.Accepted:
            return None
        if wizard.choice != "demo":
            from app.tracking.config import providers  # keyring and httpx: when needed

            return replace(launch, providers=providers())  # with the keys just typed
        demo = open_demo_with_progress(launch.preferences / "demo")
        if demo is None:
            return None
        app.aboutToQuit.connect(demo.close)
        return Launch(
            database=demo.database,
            data_folder=launch.preferences / "demo",
            preferences=launch.preferences,
            rules=launch.rules,
            providers=demo.providers,
        )  # not movable: the demo must never become the shop's data folder


def open_demo_with_progress(folder: Path) -> DemoShop | None:
    """Importing the demo takes seconds: in a worker, behind a progress dialog."""
    from app.demo import DemoShop, open_demo_shop  # the importer is not needed otherwise

    dialog = QProgressDialog(
        QApplication.translate("Application", "Opening the demo shop…"), "", 0, 0
    )
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def finish(key: str, value: object) -> None:
        outcome[key] = value
        loop.quit()

    def job(_progress: ProgressFn, _cancel: threading.Event) -> DemoShop:
        return open_demo_shop(folder)

    worker = Worker(job)
    worker.signals.finished.connect(lambda demo: finish("demo", demo))
    worker.signals.failed.connect(lambda message: finish("error", message))
    worker.start()
    loop.exec()
    dialog.close()
    if "error" in outcome:
        QMessageBox.warning(None, "ShipProof", str(outcome["error"]))
        return None
    demo = outcome["demo"]
    assert isinstance(demo, DemoShop)
    return demo


def show_startup_error(reason: str) -> None:
    """The app cannot start (e.g. its data folder is missing): say so in a window."""
    app = application()
    QMessageBox.critical(
        None,
        "ShipProof",
        QApplication.translate("Application", "ShipProof cannot start: {reason}").format(
            reason=reason
        ),
    )
    app.quit()


def run_gui(launch: Launch) -> int:
    """Show the main window and run the event loop until it closes."""
    app = application()
    install_translators(app, language(launch.preferences))
    apply_theme(app)
    report_crashes()
    if launch.first_run and shop.needs_setup(launch.database):
        chosen = first_run(launch, app)
        launch = chosen or launch
    window = MainWindow(
        launch.database,
        rules=launch.rules,
        providers=launch.providers,
        data_folder=launch.data_folder,
        preferences=launch.preferences,
        movable=launch.movable,
    )
    window.show()
    SchemaWarning(window, launch.database).start()  # a foreign trigger is said, not hidden
    return int(app.exec())
