"""A chosen config folder (SHIPPROOF_CONFIG_DIR) holds the window's and station's settings too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.paths import chosen_config_folder, location_file
from app.ui.application import keep_settings_in

pytestmark = pytest.mark.gui


def test_qt_settings_follow_the_chosen_config_folder(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "portable-config"
    monkeypatch.setenv("SHIPPROOF_CONFIG_DIR", str(folder))
    assert chosen_config_folder() == folder and location_file().parent == folder
    qapp.setOrganizationName("ShipProof")
    qapp.setApplicationName("ShipProof")
    keep_settings_in(chosen_config_folder())
    settings = QSettings()
    settings.setValue("station/id", "bench-7")
    settings.sync()
    written = Path(settings.fileName())
    assert written.is_relative_to(folder) and written.exists()
    assert "bench-7" in written.read_text(encoding="utf-8")


def test_without_a_chosen_folder_nothing_is_redirected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SHIPPROOF_CONFIG_DIR", raising=False)
    assert chosen_config_folder() is None
