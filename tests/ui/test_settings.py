"""The Settings dialog: keys tested and kept in the keyring, shop settings in one transaction."""

from __future__ import annotations

import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QDialog, QPushButton

from app import shop
from app.alerts.engine import rules
from app.i18n import chosen_language
from app.orders.stores import shop_zone
from app.storage import Database
from app.storage.models import Setting
from app.tracking import keys
from app.tracking.config import KEYRING_SERVICE, providers
from app.tracking.simulator import TEST_KEYS
from app.ui.settings_dialog import SettingsDialog
from tests.helpers.keyring import MemoryKeyring
from tests.helpers.wizard import tick

pytestmark = pytest.mark.gui


def test_keys_are_tested_then_saved_to_the_keyring(
    qtbot, database: Database, tmp_path: Path, memory_keyring: MemoryKeyring, simulator_url: str
) -> None:
    settings = SettingsDialog(
        database,
        tmp_path,
        base_urls={"17track": f"{simulator_url}/17track", "dhl": f"{simulator_url}/dhl"},
    )
    qtbot.addWidget(settings)
    settings.show_tab("providers")
    dialog = settings.providers
    dialog.fields["17track"]["key"].setText("wrong-key")
    dialog.test("17track")
    qtbot.waitUntil(lambda: dialog.results["17track"].text().startswith("✗"), timeout=10_000)
    assert "invalid key" in dialog.results["17track"].text()
    dialog.fields["17track"]["key"].setText(TEST_KEYS["17track"]["key"])
    dialog.test("17track")
    qtbot.waitUntil(lambda: dialog.results["17track"].text().startswith("✓"), timeout=10_000)
    dialog.fields["dhl"]["key"].setText(TEST_KEYS["dhl"]["key"])
    settings.save()
    assert settings.result() == QDialog.DialogCode.Accepted
    assert memory_keyring.secrets == {
        (KEYRING_SERVICE, "17track:key"): TEST_KEYS["17track"]["key"],
        (KEYRING_SERVICE, "dhl:key"): TEST_KEYS["dhl"]["key"],
    }
    assert set(providers({})) == {"17track", "dhl"}  # on with their keys; the others stay off


def test_clearing_a_key_removes_it(memory_keyring: MemoryKeyring) -> None:
    keys.save("dhl", {"key": "abc"})
    assert keys.stored("dhl") == {"key": "abc"}
    keys.save("dhl", {"key": ""})
    assert keys.stored("dhl") == {"key": ""} and not memory_keyring.secrets


def test_the_shop_settings_are_saved_together(qtbot, database: Database, tmp_path: Path) -> None:
    dialog = SettingsDialog(database, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.shop.name.setText("小猫杂货铺")
    dialog.shop.timezone.setCurrentText("Asia/Shanghai")
    dialog.show_tab("stores")
    tick(qtbot, dialog.stores.boxes["pinduoduo"])
    dialog.stores.names["pinduoduo"].setText("拼多多旗舰店")
    dialog.station.item_checks.setChecked(True)
    dialog.station.sounds.setChecked(False)
    dialog.thresholds.spins[("no_tracking_info", "hours")].setValue(6)
    assert dialog.backup_folder is not None
    dialog.backup_folder.setText(str(tmp_path / "synced"))
    dialog.language.setCurrentIndex(dialog.language.findData("zh"))
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    with database.session() as session:
        saved = shop.load(session)
        assert rules(session)["no_tracking_info"]["hours"] == 6
        assert rules(session)["stalled"]["international_hours"] == 72
        assert shop_zone(session) == ZoneInfo("Asia/Shanghai")
        assert session.get(Setting, "backup_folder").value == str(tmp_path / "synced")
    assert saved.name == "小猫杂货铺" and saved.item_checks and not saved.sounds
    assert saved.stores == [("pinduoduo", "拼多多旗舰店")]
    assert chosen_language(tmp_path) == "zh"
    with database.session() as session:  # only the changed threshold is the shop's own
        assert json.loads(session.get(Setting, "alert_thresholds").value) == {
            "no_tracking_info": {"hours": 6}
        }
    assert json.loads((tmp_path / "preferences.json").read_text()) == {"language": "zh"}


def test_a_bad_value_is_shown_and_nothing_is_saved(
    qtbot, database: Database, tmp_path: Path
) -> None:
    dialog = SettingsDialog(database, tmp_path)
    qtbot.addWidget(dialog)
    dialog.shop.name.setText("changed")
    dialog.shop.timezone.setCurrentText("Mars/Olympus")
    dialog.thresholds.spins[("no_tracking_info", "hours")].setValue(9)
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Mars/Olympus" in dialog.error.text()
    with database.session() as session:
        assert shop.load(session).name == ""
        assert rules(session)["no_tracking_info"]["hours"] != 9


def test_the_data_folder_moves_in_the_background(qtbot, database: Database, tmp_path: Path) -> None:
    from app.paths import chosen_data_dir

    dialog = SettingsDialog(database, tmp_path, movable=True)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.data_folder_moved, timeout=30_000) as moved:
        dialog.move_data_folder(tmp_path / "synced")
    assert moved.args[0] == tmp_path / "synced"
    assert (tmp_path / "synced" / "shipproof.db").exists()
    assert chosen_data_dir() == tmp_path / "synced"
    assert "next start" in dialog.move_status.text()


def test_a_move_onto_a_shop_is_refused_and_the_dialog_works_again(
    qtbot, database: Database, tmp_path: Path
) -> None:
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "shipproof.db").write_bytes(b"an older shop")
    dialog = SettingsDialog(database, tmp_path, movable=True)
    qtbot.addWidget(dialog)
    worker = dialog.move_data_folder(tmp_path / "other")
    assert worker is not None
    qtbot.waitUntil(lambda: "Not moved" in dialog.move_status.text(), timeout=30_000)
    assert "already holds a shop" in dialog.move_status.text() and dialog.isEnabled()


def test_the_demo_cannot_be_moved(qtbot, database: Database, tmp_path: Path) -> None:
    dialog = SettingsDialog(database, tmp_path)
    qtbot.addWidget(dialog)
    assert not dialog.findChild(QPushButton, "move_data_folder").isEnabled()


def test_keys_that_could_not_be_read_are_not_deleted_by_a_save(
    qtbot, database: Database, tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch
) -> None:
    keys.save("dhl", {"key": "stored-dhl-key"})

    def locked(_provider: str) -> dict[str, str]:
        raise keys.KeyStoreError("the keyring is locked")

    monkeypatch.setattr(keys, "stored", locked)
    dialog = SettingsDialog(database, tmp_path)
    qtbot.addWidget(dialog)
    monkeypatch.undo()
    dialog.shop.name.setText("only the name changed")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert memory_keyring.secrets == {(KEYRING_SERVICE, "dhl:key"): "stored-dhl-key"}


def test_the_default_backup_folder_stays_a_default(
    qtbot, database: Database, tmp_path: Path
) -> None:
    dialog = SettingsDialog(database, tmp_path)
    qtbot.addWidget(dialog)
    dialog.save()
    with database.session() as session:
        assert session.get(Setting, "backup_folder") is None


def test_a_refused_key_is_said_in_the_users_language(
    qtbot, database: Database, tmp_path: Path, simulator_url: str, language: str
) -> None:
    settings = SettingsDialog(database, tmp_path, base_urls={"17track": f"{simulator_url}/17track"})
    qtbot.addWidget(settings)
    settings.show_tab("providers")
    panel = settings.providers
    panel.fields["17track"]["key"].setText("wrong-key")
    panel.test("17track")
    qtbot.waitUntil(lambda: panel.results["17track"].text().startswith("✗"), timeout=10_000)
    said = {"en": "refused the key", "zh": "拒绝了密钥"}[language]
    assert said in panel.results["17track"].text()
