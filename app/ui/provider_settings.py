"""Tracking providers' keys: typed here, stored in the OS keyring, tested before saving.

A panel, shown by the first-run wizard and by the Settings dialog alike."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import in_language
from app.tracking import keys
from app.tracking.providers.registry import PROVIDERS, connect
from app.ui.language import gui_language
from app.ui.shop_panels import error_label
from app.ui.workers import ProgressFn, Worker

SECRET_LABELS = {  # the names in ProviderInfo.secrets, as the form shows them
    "customer": QT_TRANSLATE_NOOP("ProvidersPanel", "Customer"),
    "key": QT_TRANSLATE_NOOP("ProvidersPanel", "Key"),
}


# The OS's own credential store, by the name its users know it; Secret Service elsewhere.
STORES = {
    "win32": QT_TRANSLATE_NOOP("Keyring", "Windows Credential Manager"),
    "darwin": QT_TRANSLATE_NOOP("Keyring", "the macOS Keychain"),
    "linux": QT_TRANSLATE_NOOP("Keyring", "GNOME Keyring or KWallet (a Secret Service keyring)"),
}
# What to do when there is no keyring at all: on Linux it is a package to install.
MISSING = {
    "win32": QT_TRANSLATE_NOOP(
        "Keyring",
        "Windows Credential Manager is not available: sign in to Windows with your own "
        "account, then open Settings and enter the keys.",
    ),
    "darwin": QT_TRANSLATE_NOOP(
        "Keyring",
        "The macOS Keychain is not available: open Keychain Access, make sure your login "
        "keychain exists and is unlocked, then open Settings and enter the keys.",
    ),
    "linux": QT_TRANSLATE_NOOP(
        "Keyring",
        "Install and unlock GNOME Keyring or KWallet (any Secret Service keyring), then "
        "open Settings and enter the keys.",
    ),
}
PROBLEMS = {  # by keys.Problem
    "missing": QT_TRANSLATE_NOOP(
        "Keyring", "This computer has no keyring to keep the tracking keys in. {remedy}"
    ),
    "locked": QT_TRANSLATE_NOOP(
        "Keyring",
        "The keyring ({store}) is locked, so the tracking keys cannot be read or saved. "
        "Unlock it (usually with your login password), then try again.",
    ),
    "off": QT_TRANSLATE_NOOP(
        "Keyring",
        'The keyring is switched off for your user account (keyring\'s "null" backend '
        'is configured, for example by "keyring --disable"), so keys would be thrown '
        "away. Remove that setting, then open Settings and enter the keys.",
    ),
    "unsafe": QT_TRANSLATE_NOOP(
        "Keyring",
        "The keyring in use here is not a secure one (it may keep keys in a plain file), "
        "so ShipProof does not use it. Use {store} instead, then open Settings and enter "
        "the keys.",
    ),
    "refused": QT_TRANSLATE_NOOP("Keyring", "The keyring ({store}) refused the key: {reason}."),
}
NO_REASON = QT_TRANSLATE_NOOP("Keyring", "it gave no reason")


def keyring_problem(error: keys.KeyStoreError, platform: str | None = None) -> str:
    """What the keyring's refusal means on ``platform`` (this one by default) and what to do,
    in the user's language; it ends by saying no other place was used, so no one goes
    looking for a copy of the keys."""
    platform = platform or sys.platform
    platform = platform if platform in ("win32", "darwin") else "linux"

    def translate(text: object) -> str:  # QT_TRANSLATE_NOOP is typed as giving an object
        return QCoreApplication.translate("Keyring", str(text))

    problem = translate(PROBLEMS[error.problem]).format(
        store=translate(STORES[platform]),
        remedy=translate(MISSING[platform]),
        reason=error.detail or translate(NO_REASON),
    )
    return QCoreApplication.translate(
        "Keyring", "{problem} ShipProof never writes the keys anywhere else."
    ).format(problem=problem)


class ProvidersPanel(QWidget):
    """One group per provider: its secrets (hidden as typed), Test, and what the test said."""

    def __init__(
        self, parent: QWidget | None = None, base_urls: dict[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self._base_urls = base_urls or {}
        self._workers: dict[str, Worker] = {}
        self.fields: dict[str, dict[str, QLineEdit]] = {}
        self.results: dict[str, QLabel] = {}
        self.test_buttons: dict[str, QPushButton] = {}
        self._shown: dict[str, dict[str, str]] = {}  # what each group showed when opened
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Keys are kept in this computer's keyring, never in the shop's database.")
            )
        )
        self.problem = error_label()  # the keyring's trouble, said once for every provider
        self.problem.setObjectName("keyring_problem")
        self.problem.hide()
        layout.addWidget(self.problem)
        for provider, info in PROVIDERS.items():
            try:
                current = keys.stored(provider)
            except keys.KeyStoreError as error:
                current = {}
                self._say(error)
            self._shown[provider] = {name: current.get(name, "") for name in info.secrets}
            box = QGroupBox(info.label)
            form = QFormLayout(box)
            self.fields[provider] = {}
            for name in info.secrets:
                field = QLineEdit(current.get(name, ""))
                field.setEchoMode(
                    QLineEdit.EchoMode.PasswordEchoOnEdit
                    if name == "key"
                    else QLineEdit.EchoMode.Normal
                )
                form.addRow(self.tr(str(SECRET_LABELS.get(name, name))), field)
                self.fields[provider][name] = field
            test = QPushButton(self.tr("Test connection"))
            result = QLabel()
            result.setWordWrap(True)
            row = QHBoxLayout()
            row.addWidget(test)
            row.addWidget(result, 1)
            form.addRow(row)
            test.clicked.connect(lambda _checked=False, p=provider: self.test(p))
            self.results[provider], self.test_buttons[provider] = result, test
            layout.addWidget(box)
        layout.addStretch(1)

    def values(self, provider: str) -> dict[str, str]:
        return {name: field.text() for name, field in self.fields[provider].items()}

    def test(self, provider: str) -> None:
        """Probe the provider with the typed keys, in a worker; the answer shows beside."""
        adapter = connect(provider, self.values(provider), self._base_urls.get(provider))

        def job(_progress: ProgressFn, _cancel: threading.Event) -> tuple[bool, str]:
            return keys.check_connection(adapter)

        worker = Worker(job)
        worker.signals.finished.connect(lambda result, p=provider: self._tested(p, result))
        worker.signals.failed.connect(lambda message, p=provider: self._tested(p, (False, message)))
        self._workers[provider] = worker
        self.test_buttons[provider].setEnabled(False)
        self.results[provider].setText(self.tr("Testing…"))
        worker.start()

    def _tested(self, provider: str, result: tuple[bool, str]) -> None:
        ok, message = result
        self._workers.pop(provider, None)
        self.test_buttons[provider].setEnabled(True)
        # a failure is the provider's own answer; success is the core's "the key works"
        said = in_language(message, gui_language())  # the core's words, or the provider's own
        self.results[provider].setText("✓ " + self.tr("The key works") if ok else "✗ " + said)
        self.results[provider].setProperty("ok", ok)

    def save(self) -> bool:
        """The keys the user changed into the keyring; False (said above the groups) if refused.

        Only changed groups are written: a keyring that could not be read when the panel
        opened shows empty fields, and saving those would delete the stored keys.
        """
        try:
            for provider in PROVIDERS:
                if self.values(provider) != self._shown[provider]:
                    keys.save(provider, self.values(provider))
        except keys.KeyStoreError as error:
            self._say(error)
            return False
        return True

    def _say(self, error: keys.KeyStoreError) -> None:
        self.problem.setText(keyring_problem(error))
        self.problem.show()
