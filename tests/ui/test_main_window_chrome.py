"""What every page shares: menus and shortcuts, the status bar, Help, remembered layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence

from app.storage import Database
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from app.ui.tracking_view import TrackingView

pytestmark = pytest.mark.gui


def actions(window: MainWindow) -> dict[str, QAction]:
    found = {}
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu else []:
            if action.text():
                found[action.text().replace("&", "")] = action
    return found


def test_frequent_actions_have_shortcuts_and_icons(qtbot, database: Database) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    menu = actions(window)
    for name in (
        "Import orders…",
        "Evidence pack for the selected orders…",
        "Packing slips for the selected orders…",
        "Settings…",
        "Refresh tracking now",
        "Packing station",
        "Orders",
        "Tracking",
        "Alerts",
        "Today",
        "Find order",
    ):
        assert not menu[name].shortcut().isEmpty(), name
    shortcuts = [a.shortcut().toString() for a in menu.values() if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a shortcut"
    assert not menu["Import orders…"].icon().isNull()
    assert all(not window.navigation.item(row).icon().isNull() for row in range(5))


def test_the_status_bar_shows_database_refresh_and_alerts(qtbot, database: Database) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    assert "shop.db" in window.database_label.text()
    assert window.refresh_label.text() == "Tracking: never refreshed"
    assert window.alerts_label.text() == "Open alerts: 0"


def test_the_window_remembers_its_size_and_opens_on_today(qtbot, database: Database) -> None:
    first = MainWindow(database)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.show_page("tracking")
    first.close()
    second = MainWindow(database)
    qtbot.addWidget(second)
    assert second.current_page() == "today"
    assert second.height() == 500  # (the width cannot go below the pages' minimum)
    second.show_page("station")
    second.close()
    bench = MainWindow(database)
    qtbot.addWidget(bench)
    assert bench.current_page() == "station"  # a bench computer opens where it packs


def test_settings_open_on_the_asked_tab(qtbot, database: Database) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    dialog = window.edit_thresholds()
    assert isinstance(dialog, SettingsDialog)
    assert dialog.tabs.currentWidget() is dialog.thresholds
    dialog.shop.name.setText("Lucky Cat")
    dialog.save()
    assert window.windowTitle() == "ShipProof — Lucky Cat"


def test_help_opens_the_log_folder_and_about_names_versions(
    qtbot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = MainWindow(database, data_folder=tmp_path / "data")
    qtbot.addWidget(window)
    actions(window)["Open log folder"].trigger()
    assert opened and Path(opened[0].toLocalFile()) == tmp_path / "data" / "logs"
    about = window.show_about()
    text = about.details.toPlainText()
    for name in ("ShipProof", "Python", "Qt", "PySide6", "SQLAlchemy", "Schema", "Log folder"):
        assert f"{name}:" in text


def test_about_never_shows_a_database_password(tmp_path: Path) -> None:
    from app.ui.about import environment

    server = Database("postgresql+psycopg://shop:s3cret-pw@127.0.0.1:9/shipproof")
    facts = dict(environment(server, tmp_path))
    assert "s3cret-pw" not in " ".join(facts.values())
    assert facts["Database"].startswith("postgresql+psycopg://shop:***@127.0.0.1:9")


def test_f5_refreshes_tracking(qtbot, database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[bool] = []
    monkeypatch.setattr(TrackingView, "start_refresh", lambda self: started.append(True))
    window = MainWindow(database)
    qtbot.addWidget(window)
    refresh = actions(window)["Refresh tracking now"]
    assert (
        refresh.shortcut().matches(QKeySequence(Qt.Key.Key_F5))
        == QKeySequence.SequenceMatch.ExactMatch
    )
    refresh.trigger()
    assert started == [True]


def test_the_settings_action_opens_the_general_tab(qtbot, database: Database) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    actions(window)["Settings…"].trigger()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.tabs.currentIndex() == 0


def test_a_theme_chosen_in_settings_applies_at_once_and_goes_back(
    qtbot, database: Database, qapp
) -> None:
    from PySide6.QtGui import QPalette

    window = MainWindow(database)
    qtbot.addWidget(window)
    before = qapp.palette().color(QPalette.ColorRole.Window).lightness()
    dialog = window.edit_settings()
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.save()
    try:
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 100
    finally:
        again = window.edit_settings()
        again.theme.setCurrentIndex(again.theme.findData("system"))
        again.save()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() == before


def test_the_window_fits_a_1024_by_600_screen(qtbot, database: Database, language: str) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    for page in ("today", "orders", "station", "tracking", "alerts"):
        window.show_page(page)
        assert window.minimumSizeHint().width() <= 1024, page
        assert window.minimumSizeHint().height() <= 600, page
    assert window.width() <= 1024 and window.height() <= 600
