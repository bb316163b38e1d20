"""The facts of one tracking provider, which its adapter class carries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True, kw_only=True)
class ProviderInfo:
    """What ShipProof knows about one provider, in one place: each adapter class carries its
    own, and the settings, the keyring, the refresh engine, the self-test and the simulator
    read it from there."""

    name: str  # the key everywhere: routes, keyring entries, status map, simulator path
    label: str  # as the Settings page shows it, the same in every language (a brand)
    base_url: str  # the real API
    requests_per_second: float  # the published rate, kept by the refresh engine
    secrets: tuple[str, ...] = ("key",)  # kept in the keyring as "<name>:<secret>"
    batch_size: int = 1  # parcels per call
    daily_budget: int | None = None  # calls allowed per 24 hours, where the plan caps them
    min_interval: timedelta = timedelta()  # never ask about one number again sooner
