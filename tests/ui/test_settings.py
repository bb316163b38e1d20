"""Provider keys: typed in the dialog, tested against the simulator, kept in the keyring."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QDialog

from app.tracking import keys
from app.tracking.config import KEYRING_SERVICE, providers
from app.tracking.simulator import TEST_KEYS, Scenario, Simulator
from app.ui.provider_settings import ProviderSettings

pytestmark = pytest.mark.gui


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


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
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


def test_keys_are_tested_then_saved_to_the_keyring(
    qtbot, memory_keyring: MemoryKeyring, simulator_url: str
) -> None:
    dialog = ProviderSettings(
        base_urls={"17track": f"{simulator_url}/17track", "dhl": f"{simulator_url}/dhl"}
    )
    qtbot.addWidget(dialog)
    dialog.fields["17track"]["key"].setText("wrong-key")
    dialog.test("17track")
    qtbot.waitUntil(lambda: dialog.results["17track"].text().startswith("✗"), timeout=10_000)
    assert "invalid key" in dialog.results["17track"].text()
    dialog.fields["17track"]["key"].setText(TEST_KEYS["17track"]["key"])
    dialog.test("17track")
    qtbot.waitUntil(lambda: dialog.results["17track"].text().startswith("✓"), timeout=10_000)
    dialog.fields["dhl"]["key"].setText(TEST_KEYS["dhl"]["key"])
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
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


def test_alert_thresholds_are_saved_for_the_shop(qtbot, database) -> None:  # type: ignore[no-untyped-def]
    from app.alerts.engine import rules
    from app.ui.alert_settings import AlertSettings

    dialog = AlertSettings(database)
    qtbot.addWidget(dialog)
    assert dialog.spins[("stalled", "international_hours")].value() == 72
    dialog.spins[("no_tracking_info", "hours")].setValue(6)
    dialog.save()
    with database.session() as session:
        assert rules(session)["no_tracking_info"]["hours"] == 6
        assert rules(session)["stalled"]["international_hours"] == 72
