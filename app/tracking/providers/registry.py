"""Every provider ShipProof can call, by name: the one list the rest of the app reads.

The facts are each adapter class's own :class:`~.base.ProviderInfo`; this module only
gathers them, so adding a provider means writing its adapter and naming it here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from app.tracking.providers.aftership import AfterShip
from app.tracking.providers.base import Provider
from app.tracking.providers.dhl import Dhl
from app.tracking.providers.info import ProviderInfo
from app.tracking.providers.kuaidi100 import Kuaidi100
from app.tracking.providers.seventeen_track import SeventeenTrack


class AdapterClass(Protocol):
    """An adapter class: its facts, and a constructor taking the base URL, then the secrets
    in the order ``info.secrets`` names them."""

    info: ProviderInfo

    def __call__(self, *args: Any, **kwargs: Any) -> Provider: ...


ADAPTERS: dict[str, AdapterClass] = {
    adapter.info.name: adapter
    for adapter in (Kuaidi100, SeventeenTrack, AfterShip, Dhl)  # the order Settings shows
}
PROVIDERS: dict[str, ProviderInfo] = {name: adapter.info for name, adapter in ADAPTERS.items()}


def connect(name: str, secrets: Mapping[str, str], base_url: str | None = None) -> Provider:
    """The ``name`` adapter with these secrets (a missing one empty), at its real API or at
    ``base_url`` (the carrier simulator, a test server)."""
    adapter = ADAPTERS[name]
    values = (secrets.get(secret, "") for secret in adapter.info.secrets)
    return adapter(base_url or adapter.info.base_url, *values)
