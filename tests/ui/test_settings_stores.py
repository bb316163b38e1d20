"""Settings, "Platforms and stores": a store renamed or added as the shopkeeper does it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from sqlalchemy.orm import Session

from app import shop as shop_settings
from app.chains import verify_all
from app.storage import Database
from app.ui.settings_dialog import SettingsDialog
from tests.helpers.keyboard import type_text
from tests.helpers.orders import database_bytes
from tests.helpers.shop import add_store, one_dispatched_order

pytestmark = [pytest.mark.gui, pytest.mark.shop(stocked_by=one_dispatched_order)]


def _dialog(qtbot, shop: Database, tmp_path: Path) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(shop, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.shop.name.setText("Tea House")
    dialog.show_tab("stores")
    return dialog


def _retype(qtbot, field: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select what the field holds and type over it, key by key."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(field, text)


def _stores(shop: Database) -> list[tuple[str, str]]:
    with shop.session() as session:
        return shop_settings.load(session).stores


def test_a_store_renamed_in_settings_keeps_its_order(qtbot, shop: Database, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, shop, tmp_path)
    assert not dialog.stores.names.get("taobao")  # a store the shop has: its own field
    _retype(qtbot, dialog.stores.renamed[("taobao", "default")], "天猫旗舰店")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert _stores(shop) == [("taobao", "天猫旗舰店")]
    with shop.session() as session:
        assert all(report.ok for report in verify_all(session))


def test_a_store_is_added_beside_one_the_shop_has(qtbot, shop: Database, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, shop, tmp_path)
    assert not dialog.stores.add_buttons["jd"].isEnabled()  # not ticked: no stores to add
    qtbot.mouseClick(dialog.stores.add_buttons["taobao"], Qt.MouseButton.LeftButton)
    type_text(dialog.stores.added["taobao"][0], "分店")
    qtbot.mouseClick(dialog.stores.add_buttons["taobao"], Qt.MouseButton.LeftButton)  # left empty
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted  # nothing renamed: saved at once
    assert _stores(shop) == [("taobao", "default"), ("taobao", "分店")]


def test_a_name_already_taken_is_said_and_nothing_is_saved(
    qtbot, shop: Database, tmp_path: Path
) -> None:
    before = database_bytes(shop)
    dialog = _dialog(qtbot, shop, tmp_path)
    qtbot.mouseClick(dialog.stores.add_buttons["taobao"], Qt.MouseButton.LeftButton)
    type_text(dialog.stores.added["taobao"][0], "主店")
    _retype(qtbot, dialog.stores.renamed[("taobao", "default")], "主店")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "主店" in dialog.error.text() and "already exists" in dialog.error.text()
    assert database_bytes(shop) == before


def test_cancel_stops_a_rename_and_the_dialog_stays(
    qtbot, shop: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The thresholds are written last in the save's transaction: held there, the save is
    still running when the shopkeeper presses Cancel."""
    before = database_bytes(shop)
    dialog = _dialog(qtbot, shop, tmp_path)
    running, release = threading.Event(), threading.Event()
    writer = dialog.thresholds.writer

    def held() -> Callable[[Session], None]:
        write = writer()

        def slow(session: Session) -> None:
            running.set()
            release.wait(10)
            write(session)

        return slow

    monkeypatch.setattr(dialog.thresholds, "writer", held)
    _retype(qtbot, dialog.stores.renamed[("taobao", "default")], "天猫旗舰店")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert running.wait(10)
    assert not dialog.save_button.isEnabled() and not dialog.tabs.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel, as the dialog says
    release.set()
    qtbot.waitUntil(lambda: "stopped" in dialog.error.text(), timeout=10_000)
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert database_bytes(shop) == before


def test_a_name_another_station_took_meanwhile_is_said(
    qtbot, shop: Database, tmp_path: Path
) -> None:
    """Found in review: the dialog checked names against the shop as it opened; a store
    another station added meanwhile escaped the save as an uncaught error."""
    dialog = _dialog(qtbot, shop, tmp_path)
    qtbot.mouseClick(dialog.stores.add_buttons["taobao"], Qt.MouseButton.LeftButton)
    type_text(dialog.stores.added["taobao"][0], "分店")
    add_store(shop, "taobao", "分店")  # the other station, a moment earlier
    before = database_bytes(shop)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "分店 already exists" in dialog.error.text()
    assert database_bytes(shop) == before
