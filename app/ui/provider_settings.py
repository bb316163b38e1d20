"""Tracking providers' keys: typed here, stored in the OS keyring, tested before saving."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
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


class ProviderSettings(QDialog):
    """One group per provider: its secrets (hidden as typed), Test, and what the test said."""

    def __init__(
        self, parent: QWidget | None = None, base_urls: dict[str, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tracking providers"))
        self._base_urls = base_urls or {}
        self._workers: dict[str, Worker] = {}
        self.fields: dict[str, dict[str, QLineEdit]] = {}
        self.results: dict[str, QLabel] = {}
        self.test_buttons: dict[str, QPushButton] = {}
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
                form.addRow(self.tr(name.capitalize()), field)
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

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
        self.results[provider].setText(("✓ " if ok else "✗ ") + message)
        self.results[provider].setProperty("ok", ok)

    def save(self) -> None:
        try:
            for provider in keys.SECRETS:
                keys.save(provider, self.values(provider))
        except keys.KeyStoreError as error:
            for label in self.results.values():
                label.setText(str(error))
            return
        self.accept()
