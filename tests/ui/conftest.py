"""GUI test fixtures: a keyring in memory, the carrier simulator, QSettings in a temp folder."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.tracking.simulator import Scenario, Simulator
from app.ui.translations import install_translators, remove_translators


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


class MemoryKeyring(KeyringBackend):
    """A keyring that never touches the disk: secrets stay in this test's memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


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
