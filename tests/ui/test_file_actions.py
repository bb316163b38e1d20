"""The File menu's shipping upload file, record check and restore, driven as a user does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from sqlalchemy import text

from app.storage import Database
from app.storage.backup import backup
from app.ui.main_window import MainWindow
from tests.helpers.orders import orders_by_id, run_import
from tests.helpers.shopify import order_rows, write_export
from tests.helpers.today import friday_morning

pytestmark = [pytest.mark.gui, pytest.mark.shop(stocked_by=friday_morning)]


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The boxes the window shows, as (kind, text), answered without a click."""
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda _parent, _title, body, *_a, k=kind, **_kw: shown.append((k, body)),
        )
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_kw: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def window(qtbot, shop: Database) -> MainWindow:
    window = MainWindow(shop)
    qtbot.addWidget(window)
    window.show()
    return window


def menu_action(window: MainWindow, text: str) -> QAction:
    [action] = [a for a in window.findChildren(QAction) if a.text() == text]
    return action


def test_the_records_check_clean_then_an_edit_is_found(
    qtbot, window: MainWindow, shop: Database, said: list[tuple[str, str]]
) -> None:
    menu_action(window, "&Check the records").trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    kind, body = said.pop()
    assert kind == "information" and body.startswith("Every record is as it was written.")
    assert "Scans: 8 records, ok" in body
    with shop.write() as session:  # someone edits a scan in the file
        session.execute(text("UPDATE scans SET operator = 'Someone else' WHERE id = 2"))
    menu_action(window, "&Check the records").trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    kind, body = said.pop()
    assert kind == "warning" and "Scans: 8 records, BROKEN at record" in body


def test_the_shipping_upload_file_from_the_menu(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    said: list[tuple[str, str]],
) -> None:
    target = tmp_path / "upload.csv"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_kw: ("Shopify", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_kw: (str(target), ""))
    menu_action(window, "S&hipping upload file…").trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert said == [("information", f"{target}: 4 parcels (0 exported before)")]
    assert "73123456789012" in target.read_text(encoding="utf-8-sig")


def test_a_backup_is_restored_and_the_window_closes(
    qtbot,
    window: MainWindow,
    shop: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    said: list[tuple[str, str]],
) -> None:
    kept = backup(shop, tmp_path / "kept" / "shipproof-backup.db")
    run_import(
        shop,
        write_export(
            tmp_path / "late.csv",
            order_rows("#99", "2026-12-04 09:00:00 +0800", [(1, "Cup", "5.00", "CUP")]),
        ),
    )
    assert "#99" in orders_by_id(shop)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_kw: (str(kept), ""))
    menu_action(window, "&Restore from a backup…").trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    kind, body = said.pop()
    assert kind == "information" and body.startswith(f"restored {kept}")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert "#99" not in orders_by_id(shop)  # the shop is the backup's


def test_a_file_that_is_no_backup_restores_nothing(
    qtbot,
    window: MainWindow,
    shop: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    said: list[tuple[str, str]],
) -> None:
    before = orders_by_id(shop)
    stranger = tmp_path / "not-a-backup.db"
    stranger.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_kw: (str(stranger), ""))
    menu_action(window, "&Restore from a backup…").trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    kind, body = said.pop()
    assert kind == "warning" and body.startswith("nothing restored: ")
    assert window.isVisible() and window._backup_timer.isActive()  # working on as before
    assert orders_by_id(shop) == before
