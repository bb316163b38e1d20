"""The app's start warns, without blocking, of a shop database with foreign schema objects."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.i18n import choose_language
from app.storage import Database
from app.storage.schema_check import SchemaFindings, SchemaObject
from app.ui import application
from app.ui.application import Launch, run_gui
from app.ui.main_window import MainWindow
from app.ui.schema_warning import SchemaWarning
from app.ui.translations import install_translators, remove_translators

pytestmark = pytest.mark.gui

TRIGGER = (
    "CREATE TRIGGER t_x AFTER INSERT ON scans BEGIN"
    " UPDATE orders SET status = 'awaiting' WHERE id = NEW.order_pk; END"
)


def add_trigger(database: Database) -> None:
    with sqlite3.connect(str(database.engine.url.database)) as connection:
        connection.execute(TRIGGER)


def test_the_start_shows_the_warning_and_the_window_stays_usable(
    qtbot, database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through run_gui itself: its event loop waits for the warning, then ends."""
    add_trigger(database)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    seen: dict[str, object] = {}

    def event_loop(_app: QApplication) -> int:
        def warning() -> QMessageBox | None:
            boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
            return next((box for box in boxes if box.isVisible()), None)

        qtbot.waitUntil(lambda: warning() is not None, timeout=30_000)
        box = warning()
        assert box is not None
        window = box.parent()
        assert isinstance(window, MainWindow)
        seen.update(text=box.text(), modality=box.windowModality(), window=window)
        qtbot.addWidget(window)
        return 0

    monkeypatch.setattr(application.QApplication, "exec", event_loop)
    choose_language(tmp_path, "en")  # whatever this machine speaks
    launch = Launch(database=database, data_folder=tmp_path, preferences=tmp_path)
    try:
        assert run_gui(launch) == 0
    finally:
        remove_translators(QApplication.instance())  # type: ignore[arg-type]
    assert seen["text"] == (
        "The shop database has objects the app did not create: trigger t_x on scans. They "
        "can change your records behind the app's back — restore a backup or remove them."
    )
    assert seen["modality"] == application.Qt.WindowModality.NonModal
    window = seen["window"]
    assert isinstance(window, MainWindow) and window.isEnabled()


def test_a_sound_shop_starts_without_a_warning(qtbot, database: Database) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    warning = SchemaWarning(window, database)
    with qtbot.waitSignal(warning.checked, timeout=30_000) as checked:
        warning.start()
    assert not checked.args[0] and warning.box is None


def test_every_kind_of_finding_has_words(qtbot, database: Database) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    findings = SchemaFindings(
        foreign=(SchemaObject("rule", "r", "orders"), SchemaObject("table", "t")),
        missing=(SchemaObject("column", "dispatch_by", "orders"),),
        changed=(SchemaObject("index", "ix_orders_status", "orders"),),
    )
    text = SchemaWarning(window, database).text(findings)
    assert text.split("\n\n") == [
        "The shop database has objects the app did not create: rule r on orders, table t. "
        "They can change your records behind the app's back — restore a backup or remove "
        "them.",
        "The shop database lacks parts the app built: column orders.dispatch_by. Restore a backup.",
        "The shop database has parts that differ from what the app built: index "
        "ix_orders_status on orders. Restore a backup.",
    ]


def test_the_warning_speaks_chinese(qtbot, database: Database) -> None:
    window = MainWindow(database)
    qtbot.addWidget(window)
    findings = SchemaFindings(
        foreign=(SchemaObject("trigger", "t_x", "scans"), SchemaObject("view", "v"))
    )
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, "zh")
    try:
        text = SchemaWarning(window, database).text(findings)
    finally:
        remove_translators(app)
    assert text == (
        "店铺数据库中有并非本应用创建的对象：表 scans 上的触发器 t_x、视图 v。"
        "它们可能绕过应用悄悄更改您的记录 — 请恢复备份或删除它们。"
    )
