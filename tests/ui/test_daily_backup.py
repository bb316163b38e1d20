"""The main window's daily backup: made in the background, verified, once a day."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction

from app.storage import Database
from app.storage.backup import backup_folder, problems
from app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, database: Database) -> MainWindow:
    shown = MainWindow(database)
    qtbot.addWidget(shown)
    return shown


def test_the_daily_backup_runs_in_the_background_once_a_day(
    qtbot, database: Database, window: MainWindow
) -> None:
    with qtbot.waitSignal(window.backup_finished, timeout=30_000) as made:
        window.run_daily_backup()
    path = made.args[0]
    assert path is not None and path.parent == backup_folder(database) and problems(path) == []
    assert "verified" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.backup_finished, timeout=30_000) as again:
        window.run_daily_backup()
    assert again.args[0] is None  # today's exists: nothing more to do


def test_back_up_now_always_makes_a_fresh_copy_and_says_so(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.backup_finished, timeout=30_000) as daily:
        window.run_daily_backup()
    first = daily.args[0]
    first_made = first.stat().st_mtime_ns
    [action] = [a for a in window.findChildren(QAction) if a.text() == "&Back up now"]
    with qtbot.waitSignal(window.backup_finished, timeout=30_000) as now:
        action.trigger()  # as the menu does: once today's backup exists
    assert now.args[0] == first, "today's file, replaced by a fresh copy"
    assert first.stat().st_mtime_ns > first_made and problems(first) == []
    assert "verified" in window.statusBar().currentMessage()
