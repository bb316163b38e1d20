"""GUI test fixtures: a keyring in memory, the carrier simulator, QSettings in a temp folder."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.tracking.simulator import Scenario, Simulator
from app.ui.translations import install_translators, remove_translators
from tests.helpers.keyring import MemoryKeyring


@pytest.fixture(autouse=True)
def private_qsettings(tmp_path: Path) -> None:
    """Window state and theme go to this test's folder, never the user's real settings."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )


@pytest.fixture(params=["en", "zh"])
def language(
    request: pytest.FixtureRequest, qapp: QApplication, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The GUI speaks each language in turn (Qt's translators installed, then removed)."""
    install_translators(qapp, request.param, cache_dir=tmp_path_factory.getbasetemp() / "i18n")
    yield request.param
    remove_translators(qapp)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every GUI test: keys typed into a dialog never reach the machine's keyring."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def simulator_url() -> Iterator[str]:
    server = Simulator(Scenario()).serve(0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
