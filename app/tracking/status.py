"""ShipProof's normalized parcel status, and the providers' status maps (data).

A parcel's status is the status of its newest carrier event by the event's own time, so an
old answer arriving late can never move it backwards; the carrier's own code and text stay
beside it on every event.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from pathlib import Path

from app.paths import resource
from app.yaml_text import load_yaml


class ParcelStatus(StrEnum):
    """ShipProof's parcel status, in the order a parcel moves along (the ranks below)."""

    PENDING = "pending"
    INFO_RECEIVED = "info_received"
    PICKED_UP = "picked_up"
    IN_TRANSIT = "in_transit"
    CUSTOMS = "customs"
    OUT_FOR_DELIVERY = "out_for_delivery"
    AVAILABLE_FOR_PICKUP = "available_for_pickup"
    DELIVERED = "delivered"
    DELIVERY_FAILED = "delivery_failed"
    EXCEPTION = "exception"
    RETURNING = "returning"
    RETURNED = "returned"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


PARCEL_STATUSES: tuple[ParcelStatus, ...] = tuple(ParcelStatus)
FINAL_STATUSES = frozenset({ParcelStatus.DELIVERED, ParcelStatus.RETURNED, ParcelStatus.CANCELLED})
# Among events with the same time, the one further along wins.
RANK: dict[str, int] = {status: index for index, status in enumerate(PARCEL_STATUSES)}


class StatusMapError(ValueError):
    """A status map names a status ShipProof does not have."""


@cache
def status_map(provider: str, folder: Path | None = None) -> dict[str, str]:
    """The provider's code → normalized status map from ``app/resources/status_maps``."""
    path = (folder or resource("status_maps")) / f"{provider}.yaml"
    raw = load_yaml(path.read_text(encoding="utf-8"))
    mapping = {str(code): str(status) for code, status in (raw.get("map") or {}).items()}
    unknown = set(mapping.values()) - set(PARCEL_STATUSES)
    if unknown:
        raise StatusMapError(f"{path.name}: not parcel statuses: {sorted(unknown)}")
    return mapping


def normalize(provider: str, *codes: str | None) -> str | None:
    """The first of ``codes`` (most specific first) the provider's map knows."""
    mapping = status_map(provider)
    for code in codes:
        if code is not None and str(code) in mapping:
            return mapping[str(code)]
    return None


@cache
def status_codes(provider: str) -> dict[str, str]:
    """The map turned round: each status the provider's map can say → the one code that says
    it, for whoever has to speak the provider's language (the carrier simulator).

    The most specific code wins (``Delivered_Other`` over ``Delivered``: 17TRACK's sub-status
    and AfterShip's subtag hold the refined code, a code ``X`` being refined when the map
    also has ``X_…``), then the first listed. A status no code maps to is absent: the
    provider cannot say it.
    """
    mapping = status_map(provider)
    refined = {code for code in mapping if any(other.startswith(f"{code}_") for other in mapping)}
    codes: dict[str, str] = {}
    for code in sorted(mapping, key=lambda code: code in refined):  # stable: listed order
        codes.setdefault(mapping[code], code)
    return codes
