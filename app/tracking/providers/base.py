"""What every provider adapter gives the refresh engine: one HTTP exchange, parsed.

An adapter builds the request (signing, batching), sends it, and turns the raw bytes into
per-parcel answers in normalized statuses. It never writes: the engine archives the raw
exchange and the events together. Errors are data too (a timeout, a 429 with its
Retry-After, garbage), so one bad answer never aborts the others.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, Protocol

from app.tracking.providers.info import ProviderInfo

if TYPE_CHECKING:  # the window names providers at start; only a refresh needs httpx
    import httpx

Throttle = Callable[[], Awaitable[None]]


@dataclass(frozen=True)
class ParcelRef:
    """A parcel to ask about: its number, ShipProof carrier code, provider carrier code."""

    number: str
    carrier: str | None
    provider_code: str | None = None
    phone: str | None = None  # Kuaidi100 needs the last 4 digits for SF and ZTO


@dataclass(frozen=True)
class ParsedEvent:
    time: datetime  # zone-aware
    status: str  # normalized parcel status
    carrier_status: str | None  # the provider's/carrier's own code or name
    text: str
    location: str | None


@dataclass(frozen=True)
class ParcelAnswer:
    number: str
    events: tuple[ParsedEvent, ...] = ()
    error: str | None = None  # e.g. "no result yet": the parcel is asked again later


@dataclass
class Exchange:
    """One call to a provider: what went out (minus secrets), what came back, what it means."""

    provider: str
    url: str
    numbers: list[str]
    http_status: int | None = None
    body: bytes = b""
    answers: list[ParcelAnswer] = field(default_factory=list)
    error: str | None = None  # the whole call failed: nothing in it can be trusted
    retry_after: float | None = None  # seconds the provider asked us to wait
    fatal: bool = False  # bad key, quota exhausted: stop asking this provider this run


class ProviderError(Exception):
    """Raised by an adapter's parser for an answer that cannot be read."""


class Provider(Protocol):
    info: ClassVar[ProviderInfo]

    async def fetch(
        self, client: httpx.AsyncClient, parcels: list[ParcelRef], throttle: Throttle
    ) -> list[Exchange]:
        """Ask about ``parcels`` (at most ``info.batch_size``); every HTTP call is one exchange,
        and waits for ``throttle()`` first, so the provider's rate holds for every call."""
        ...
