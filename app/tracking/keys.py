"""Provider API keys in the OS keyring (never in the database, logs or exports)."""

from __future__ import annotations

import asyncio
import contextlib

import httpx
import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from app.tracking.config import KEYRING_SERVICE, REAL_BASE_URLS
from app.tracking.providers.aftership import AfterShip
from app.tracking.providers.base import ParcelRef, Provider
from app.tracking.providers.dhl import Dhl
from app.tracking.providers.kuaidi100 import Kuaidi100
from app.tracking.providers.seventeen_track import SeventeenTrack

SECRETS: dict[str, tuple[str, ...]] = {
    "kuaidi100": ("customer", "key"),
    "17track": ("key",),
    "aftership": ("key",),
    "dhl": ("key",),
}
PROBE = ParcelRef("SHIPPROOFTEST0000", None, "shunfeng")


class KeyStoreError(RuntimeError):
    """The OS keyring refused; the message says what to do."""


def stored(provider: str) -> dict[str, str]:
    """The provider's stored secrets (empty strings for the missing ones)."""
    try:
        return {
            name: keyring.get_password(KEYRING_SERVICE, f"{provider}:{name}") or ""
            for name in SECRETS[provider]
        }
    except KeyringError as error:
        raise KeyStoreError(
            f"the system keyring is not available ({type(error).__name__})"
        ) from None


def save(provider: str, values: dict[str, str]) -> None:
    """Store (or, for an empty value, remove) each of the provider's secrets."""
    try:
        for name in SECRETS[provider]:
            value = values.get(name, "").strip()
            entry = f"{provider}:{name}"
            if value:
                keyring.set_password(KEYRING_SERVICE, entry, value)
            else:
                with contextlib.suppress(PasswordDeleteError):
                    keyring.delete_password(KEYRING_SERVICE, entry)
    except KeyringError as error:
        raise KeyStoreError(
            f"the system keyring refused the key ({type(error).__name__})"
        ) from None


def build(provider: str, values: dict[str, str], base_url: str | None = None) -> Provider:
    """An adapter with these secrets, at the real API (or ``base_url``)."""
    base = base_url or REAL_BASE_URLS[provider]
    if provider == "kuaidi100":
        return Kuaidi100(base, values.get("customer", ""), values.get("key", ""))
    adapters: dict[str, type[SeventeenTrack] | type[AfterShip] | type[Dhl]] = {
        "17track": SeventeenTrack,
        "aftership": AfterShip,
        "dhl": Dhl,
    }
    return adapters[provider](base, values.get("key", ""))


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
        return True, "the key works"

    return asyncio.run(probe())
