"""Tracking providers' keys: typed here, stored in the OS keyring, tested before saving.

A panel, shown by the first-run wizard and by the Settings dialog alike."""

from __future__ import annotations

import threading

from PySide6.QtCore import QT_TRANSLATE_NOOP
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

from app.tracking import keys
from app.ui.workers import ProgressFn, Worker

LABELS = {
    "kuaidi100": "Kuaidi100 (快递100)",
    "17track": "17TRACK",
    "aftership": "AfterShip",
    "dhl": "DHL",
}
SECRET_LABELS = {  # the names in keys.SECRETS, as the form shows them
    "customer": QT_TRANSLATE_NOOP("ProvidersPanel", "Customer"),
    "key": QT_TRANSLATE_NOOP("ProvidersPanel", "Key"),
}


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
        for provider, names in keys.SECRETS.items():
            try:
                current = keys.stored(provider)
            except keys.KeyStoreError as error:
                current, failure = {}, str(error)
            else:
                failure = ""
            self._shown[provider] = {name: current.get(name, "") for name in names}
            box = QGroupBox(LABELS[provider])
            form = QFormLayout(box)
            self.fields[provider] = {}
            for name in names:
                field = QLineEdit(current.get(name, ""))
                field.setEchoMode(
                    QLineEdit.EchoMode.PasswordEchoOnEdit
                    if name == "key"
                    else QLineEdit.EchoMode.Normal
                )
                form.addRow(self.tr(str(SECRET_LABELS.get(name, name))), field)
                self.fields[provider][name] = field
            test = QPushButton(self.tr("Test connection"))
            result = QLabel(failure)
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
        adapter = keys.build(provider, self.values(provider), self._base_urls.get(provider))

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
        self.results[provider].setText("✓ " + self.tr("The key works") if ok else "✗ " + message)
        self.results[provider].setProperty("ok", ok)

    def save(self) -> bool:
        """The keys the user changed into the keyring; False (said beside each) if refused.

        Only changed groups are written: a keyring that could not be read when the panel
        opened shows empty fields, and saving those would delete the stored keys.
        """
        try:
            for provider in keys.SECRETS:
                if self.values(provider) != self._shown[provider]:
                    keys.save(provider, self.values(provider))
        except keys.KeyStoreError as error:
            for label in self.results.values():
                label.setText(str(error))
            return False
        return True
