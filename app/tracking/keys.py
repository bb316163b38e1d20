"""Provider API keys in the OS keyring (never in the database, logs or exports)."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Literal

import httpx
import keyring
import keyring.core
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import (
    InitError,
    KeyringError,
    KeyringLocked,
    NoKeyringError,
    PasswordDeleteError,
)

from app.tracking.config import KEYRING_SERVICE
from app.tracking.problems import problem
from app.tracking.providers.base import ParcelRef, Provider
from app.tracking.providers.registry import PROVIDERS

PROBE = ParcelRef("SHIPPROOFTEST0000", None, "shunfeng")


Problem = Literal["missing", "locked", "off", "unsafe", "refused"]


class KeyStoreError(RuntimeError):
    """The OS keyring cannot keep the keys now; ``problem`` says how, for the UI to word.

    - ``missing``: no keyring here (a Linux desktop without Secret Service, a headless box);
    - ``locked``: the keyring is locked and was not unlocked when asked;
    - ``off``: keyring is switched off for this user (its null backend drops every key);
    - ``unsafe``: the only backend is one keyring does not recommend, such as a plain file;
    - ``refused``: the keyring answered with an error of its own.

    Never a fallback: a key the keyring cannot take is not written anywhere else.
    """

    def __init__(self, message: str, problem: Problem = "refused", detail: str = "") -> None:
        super().__init__(message)
        self.problem: Problem = problem
        self.detail = detail  # the keyring's own words, when it gave any


def _usable_backend() -> None:
    """Refuse, before any key is read or written, a keyring that would lose or expose it.

    A chain writes to its first backend, so that one is the one that must be sound.
    """
    try:
        backend: KeyringBackend = keyring.get_keyring()
        if isinstance(backend, chainer.ChainerBackend) and backend.backends:
            backend = backend.backends[0]
        recommended = keyring.core.recommended(backend)
    except KeyringError as error:
        raise _store_error(error) from None
    if isinstance(backend, fail.Keyring):
        raise KeyStoreError("no system keyring is available on this computer", "missing")
    if isinstance(backend, null.Keyring):
        raise KeyStoreError("keyring is switched off for this user (its null backend)", "off")
    if not recommended:
        name = f"{type(backend).__module__}.{type(backend).__name__}"
        raise KeyStoreError(f"the keyring {name} is not a recommended, secure one", "unsafe")


def _store_error(error: KeyringError) -> KeyStoreError:
    """The keyring's own exception, as a sentence and a problem the UI can word."""
    if isinstance(error, NoKeyringError | InitError):
        return KeyStoreError("no system keyring is available on this computer", "missing")
    if isinstance(error, KeyringLocked):
        return KeyStoreError("the system keyring is locked", "locked")
    return KeyStoreError(f"the system keyring refused: {error}", "refused", str(error))


def stored(provider: str) -> dict[str, str]:
    """The provider's stored secrets (empty strings for the missing ones)."""
    _usable_backend()
    try:
        return {
            name: keyring.get_password(KEYRING_SERVICE, f"{provider}:{name}") or ""
            for name in PROVIDERS[provider].secrets
        }
    except KeyringError as error:
        raise _store_error(error) from None


def save(provider: str, values: dict[str, str]) -> None:
    """Store (or, for an empty value, remove) each of the provider's secrets."""
    _usable_backend()
    try:
        for name in PROVIDERS[provider].secrets:
            value = values.get(name, "").strip()
            entry = f"{provider}:{name}"
            if value:
                keyring.set_password(KEYRING_SERVICE, entry, value)
            else:
                with contextlib.suppress(PasswordDeleteError):
                    keyring.delete_password(KEYRING_SERVICE, entry)
    except KeyringError as error:
        raise _store_error(error) from None


def check_connection(
    adapter: Provider, transport: httpx.AsyncBaseTransport | None = None
) -> tuple[bool, str]:
    """Ask about a number that cannot exist: a key problem shows, a "not found" proves it works."""

    async def probe() -> tuple[bool, str]:
        async def no_wait() -> None:
            return None

        async with httpx.AsyncClient(timeout=10, transport=transport) as client:
            exchanges = await adapter.fetch(client, [PROBE], no_wait)
        last = exchanges[-1]
        if last.error:
            return False, last.error
        return True, problem("key_works")

    return asyncio.run(probe())
