"""No keyring, or a locked one: Settings and the wizard say so, in English and in Chinese,
with what to do; and a key typed in then is kept nowhere (not the data folder, not the
database, not the log).

The machine's keyring is never used: keyring's own fail backend stands for a Linux box
without Secret Service, and a fake raising ``KeyringLocked`` for a keyring left locked.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked
from PySide6.QtWidgets import QDialog, QWizard

from app import shop
from app.storage import Database
from app.tracking import keys
from app.ui.provider_settings import keyring_problem
from app.ui.settings_dialog import SettingsDialog
from app.ui.setup_wizard import SetupWizard
from app.ui.translations import install_translators, remove_translators
from tests.helpers.wizard import at_the_stores_page, finish, next_page, tick

pytestmark = pytest.mark.gui
SECRET = "dhl-live-key-7f3a9c"


class LockedKeyring(KeyringBackend):
    """Secret Service with its collection locked and the unlock prompt dismissed."""

    priority = 5  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")


BACKENDS = {"no keyring": fail.Keyring, "locked": LockedKeyring}
PROBLEM = {"no keyring": "missing", "locked": "locked"}
# What a Linux user reads (the platform's own wording is checked below, for each OS).
SAID = {
    ("missing", "en"): "This computer has no keyring to keep the tracking keys in. Install "
    "and unlock GNOME Keyring or KWallet (any Secret Service keyring), then open Settings "
    "and enter the keys. ShipProof never writes the keys anywhere else.",
    ("missing", "zh"): "本机没有可保存物流查询密钥的系统钥匙串。请安装并解锁 GNOME 密钥环或 "
    "KWallet（任一支持 Secret Service 的系统钥匙串），然后打开“设置”填写密钥。"
    "ShipProof 绝不会把密钥写到其他任何地方。",
    ("locked", "en"): "The keyring (GNOME Keyring or KWallet (a Secret Service keyring)) is "
    "locked, so the tracking keys cannot be read or saved. Unlock it (usually with your "
    "login password), then try again. ShipProof never writes the keys anywhere else.",
    ("locked", "zh"): "系统钥匙串（GNOME 密钥环或 KWallet（支持 Secret Service 的系统钥匙串））"
    "已锁定，无法读取或保存物流查询密钥。请先解锁（通常使用你的登录密码），然后重试。"
    "ShipProof 绝不会把密钥写到其他任何地方。",
}
NOT_SAVED = {
    "en": "Nothing was saved: the keyring did not take the keys (see above).",
    "zh": "未保存任何内容：系统钥匙串未能保存密钥（见上方说明）。",
}
WIZARD_NOT_SAVED = {
    "en": "The keyring did not take the keys (see above). To finish now, leave the keys "
    "empty and add them later in Settings.",
    "zh": "系统钥匙串未能保存密钥（见上方说明）。如要现在完成设置，请将密钥留空，稍后在“设置”中添加。",
}


@pytest.fixture(params=list(BACKENDS))
def broken(request: pytest.FixtureRequest, memory_keyring: KeyringBackend) -> Iterator[str]:
    """The keyring fails (after the autouse memory keyring is set, and before it comes back)."""
    keyring.set_keyring(BACKENDS[request.param]())
    yield PROBLEM[request.param]
    keyring.set_keyring(memory_keyring)


def said(problem: str, language: str) -> str:
    """The sentence for this OS: Linux's in full here, the others' in the test further down."""
    if sys.platform in ("win32", "darwin"):
        return keyring_problem(keys.KeyStoreError("", problem))  # type: ignore[arg-type]
    return SAID[(problem, language)]


def assert_kept_nowhere(*folders: Path, log: str) -> None:
    """The typed key is in no file under ``folders`` (database, its WAL, settings) nor the log."""
    assert SECRET not in log
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                assert SECRET.encode() not in path.read_bytes(), path


def test_settings_say_what_is_wrong_and_keep_the_key_nowhere(
    qtbot, database: Database, tmp_path: Path, language: str, broken: str, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = SettingsDialog(database, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_tab("providers")
    panel = dialog.providers
    assert panel.problem.isVisible()  # said as soon as the tab opens
    assert panel.problem.text() == said(broken, language)
    assert all(result.text() == "" for result in panel.results.values())  # not four times
    panel.fields["dhl"]["key"].setText(SECRET)
    dialog.shop.name.setText("not saved either")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == NOT_SAVED[language]
    assert panel.problem.text() == said(broken, language)
    with database.session() as session:
        assert shop.load(session).name == ""
    database.dispose()  # the WAL is folded back into the file that is searched
    assert_kept_nowhere(tmp_path, Path(os.environ["SHIPPROOF_CONFIG_DIR"]), log=caplog.text)


def test_with_a_working_keyring_nothing_is_said_and_the_key_goes_only_there(
    qtbot, database: Database, tmp_path: Path, memory_keyring, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    dialog = SettingsDialog(database, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_tab("providers")
    assert not dialog.providers.problem.isVisible()
    dialog.providers.fields["dhl"]["key"].setText(SECRET)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert list(memory_keyring.secrets.values()) == [SECRET]
    database.dispose()
    assert_kept_nowhere(tmp_path, Path(os.environ["SHIPPROOF_CONFIG_DIR"]), log=caplog.text)


def test_the_wizard_says_what_is_wrong_and_how_to_finish_anyway(
    qtbot, database: Database, tmp_path: Path, language: str, broken: str, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    wizard = at_the_stores_page(qtbot, SetupWizard(database, tmp_path, language))
    tick(qtbot, wizard.stores.boxes["shopify"])
    for _ in range(2):
        next_page(qtbot, wizard)
    assert wizard.providers.isVisible()
    assert wizard.providers.problem.text() == said(broken, language)
    wizard.providers.fields["dhl"]["key"].setText(SECRET)
    finish(qtbot, wizard)
    assert wizard.isVisible() and wizard.error.text() == WIZARD_NOT_SAVED[language]
    assert shop.needs_setup(database)
    database.dispose()
    assert_kept_nowhere(tmp_path, Path(os.environ["SHIPPROOF_CONFIG_DIR"]), log=caplog.text)

    wizard.providers.fields["dhl"]["key"].clear()  # as the sentence says: finish without
    finish(qtbot, wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted and not shop.needs_setup(database)


@pytest.mark.parametrize(
    ("platform", "language", "sentence"),
    [
        (
            "win32",
            "en",
            "This computer has no keyring to keep the tracking keys in. Windows Credential "
            "Manager is not available: sign in to Windows with your own account, then open "
            "Settings and enter the keys. ShipProof never writes the keys anywhere else.",
        ),
        (
            "win32",
            "zh",
            "本机没有可保存物流查询密钥的系统钥匙串。Windows 凭据管理器不可用：请用你自己的账户"
            "登录 Windows，然后打开“设置”填写密钥。ShipProof 绝不会把密钥写到其他任何地方。",
        ),
        (
            "darwin",
            "en",
            "This computer has no keyring to keep the tracking keys in. The macOS Keychain "
            "is not available: open Keychain Access, make sure your login keychain exists "
            "and is unlocked, then open Settings and enter the keys. ShipProof never writes "
            "the keys anywhere else.",
        ),
        (
            "darwin",
            "zh",
            "本机没有可保存物流查询密钥的系统钥匙串。macOS 钥匙串不可用：请打开“钥匙串访问”，"
            "确认登录钥匙串存在且已解锁，然后打开“设置”填写密钥。ShipProof 绝不会把密钥写到其他"
            "任何地方。",
        ),
        ("linux", "en", SAID[("missing", "en")]),
        ("freebsd14", "zh", SAID[("missing", "zh")]),  # Secret Service, as on Linux
    ],
)
def test_each_system_names_its_own_credential_store(
    platform: str, language: str, sentence: str, request: pytest.FixtureRequest, qapp, tmp_path
) -> None:
    install_translators(qapp, language, cache_dir=tmp_path / "i18n")
    request.addfinalizer(lambda: remove_translators(qapp))
    missing = keys.KeyStoreError("no system keyring is available on this computer", "missing")
    assert keyring_problem(missing, platform) == sentence


def test_the_keyrings_own_reason_is_quoted_when_it_refuses(qapp) -> None:
    refused = keys.KeyStoreError("the system keyring refused: vault full", "refused", "vault full")
    assert keyring_problem(refused, "win32") == (
        "The keyring (Windows Credential Manager) refused the key: vault full. "
        "ShipProof never writes the keys anywhere else."
    )
