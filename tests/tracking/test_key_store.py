"""The OS keyring's refusals, each named as a problem the GUI can word; never a fallback.

Backends here are fakes set with ``keyring.set_keyring``: the machine's keyring is never
touched, and each fake fails the way a real one does (keyring's own fail and null
backends as they are; a locked Secret Service raises ``KeyringLocked``; a Secret Service
that cannot create its collection raises ``InitError``).
"""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import (
    InitError,
    KeyringError,
    KeyringLocked,
    NoKeyringError,
    PasswordSetError,
)

from app.tracking import keys


class Refusing(KeyringBackend):
    """A keyring that answers every call with ``error``."""

    priority = 5  # type: ignore[assignment]

    def __init__(self, error: KeyringError) -> None:
        super().__init__()
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.error

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.error

    def delete_password(self, service: str, username: str) -> None:
        raise self.error


class PlainFile(KeyringBackend):
    """Stands for keyrings.alt's plain-text file: it works, and keyring does not recommend it."""

    priority = 0.5  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.written: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.written.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.written[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.written.pop((service, username), None)


@pytest.fixture
def use() -> Iterator[object]:
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


@pytest.mark.parametrize(
    ("backend", "problem", "detail"),
    [
        (fail.Keyring(), "missing", ""),
        (Refusing(NoKeyringError("no backend")), "missing", ""),
        (Refusing(InitError("Failed to create the collection")), "missing", ""),
        (Refusing(KeyringLocked("Failed to unlock the collection!")), "locked", ""),
        (Refusing(PasswordSetError("the vault is full")), "refused", "the vault is full"),
        (null.Keyring(), "off", ""),
        (PlainFile(), "unsafe", ""),
    ],
    ids=["fail backend", "none", "init", "locked", "set refused", "null backend", "plain file"],
)
def test_each_refusal_is_named_and_nothing_is_written(
    use, backend: KeyringBackend, problem: str, detail: str
) -> None:
    use(backend)
    with pytest.raises(keys.KeyStoreError) as read:
        keys.stored("dhl")
    with pytest.raises(keys.KeyStoreError) as written:
        keys.save("dhl", {"key": "dhl-secret-1234"})
    assert read.value.problem == written.value.problem == problem
    assert written.value.detail == detail
    for error in (read.value, written.value):  # the log's English, without a class name
        assert "Error" not in str(error) and "Keyring(" not in str(error)
    if isinstance(backend, PlainFile):
        assert backend.written == {}


def test_a_chain_is_judged_by_the_backend_it_writes_to(use, monkeypatch) -> None:
    plain = PlainFile()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [plain, fail.Keyring()])
    use(chainer.ChainerBackend())
    with pytest.raises(keys.KeyStoreError) as error:
        keys.save("17track", {"key": "secret-in-a-chain"})
    assert error.value.problem == "unsafe" and plain.written == {}


class Sound(PlainFile):
    """A recommended keyring (as Secret Service, Windows' or macOS' are), in memory."""

    priority = 5  # type: ignore[assignment]


def test_a_chain_led_by_a_sound_keyring_keeps_the_key_there(use, monkeypatch) -> None:
    sound, plain = Sound(), PlainFile()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [sound, plain])
    use(chainer.ChainerBackend())
    keys.save("17track", {"key": "secret-in-a-chain"})
    assert keys.stored("17track") == {"key": "secret-in-a-chain"}
    assert sound.written == {("ShipProof", "17track:key"): "secret-in-a-chain"}
    assert plain.written == {}
