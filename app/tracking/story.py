"""A parcel's story as the CLI and the views show it: its status and every carrier event.

Everything here comes back as frozen dataclasses, never live ORM objects, so a view can
hold them after the session is gone; ``as_dict`` is their JSON for ``shipproof --json``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.storage.models import Alert, Order, Shipment, ShipmentOrder, TrackEvent
from app.tracking.status import ParcelStatus

_AnySelect = Select[*tuple[Any, ...]]
Span = tuple[datetime, datetime]  # [start, end), UTC
# the carrier's first sight of a parcel: its first event past the electronic notice
_NOT_YET_HANDLED = (ParcelStatus.PENDING, ParcelStatus.INFO_RECEIVED)


@dataclass(frozen=True, kw_only=True)
class StoryEvent:
    """One carrier event as the carrier told it (``time`` as it wrote it, with its offset)."""

    time: str
    status: str
    text: str
    location: str | None


@dataclass(frozen=True, kw_only=True)
class ParcelStory:
    """One parcel: its status and every carrier event, newest first."""

    tracking_number: str
    carrier: str | None
    provider: str | None
    status: str
    carrier_status: str | None
    events: tuple[StoryEvent, ...]

    def as_dict(self) -> dict[str, object]:
        return asdict(self) | {"events": [asdict(event) for event in self.events]}


@dataclass(frozen=True, kw_only=True)
class OrderStory:
    """An order's parcels, for ``shipproof track show``."""

    order_id: str
    shipments: tuple[ParcelStory, ...]

    def as_dict(self) -> dict[str, object]:
        return {
            "order_id": self.order_id,
            "shipments": [parcel.as_dict() for parcel in self.shipments],
        }


@dataclass(frozen=True, kw_only=True)
class ParcelFilter:
    """What the Tracking page shows: ``stalled_only`` keeps the parcels with an active
    ``stalled`` or ``no_tracking_info`` alert (the rules and the shop's thresholds decide
    what stalled means, in one place)."""

    status: str | None = None
    search: str | None = None
    stalled_only: bool = False
    carrier: str | None = None
    dispatched: Span | None = None  # bound at a station then
    picked_up: Span | None = None  # the carrier's first scan then
    delivered: Span | None = None  # delivered, the delivering event then


@dataclass(frozen=True, kw_only=True)
class ParcelRow:
    """One row of the Tracking page."""

    shipment_id: int
    tracking_number: str
    carrier: str | None
    order_id: str
    order_pk: int  # which order: an id alone may name one in each store
    status: str
    carrier_status: str | None
    last_event_utc: datetime | None
    last_checked_utc: datetime | None
    provider: str | None


def order_parcels(session: Session, order_pk: int, order_id: str) -> OrderStory:
    """The parcels of the order ``order_pk`` (an id alone may name an order in each of
    several stores), oldest first."""
    shipments = session.scalars(
        select(Shipment)
        .join(ShipmentOrder, ShipmentOrder.shipment_id == Shipment.id)
        .where(ShipmentOrder.order_pk == order_pk)
        .order_by(Shipment.id)
    ).all()
    return OrderStory(order_id=order_id, shipments=tuple(_parcel(session, s) for s in shipments))


def carriers_in_use(session: Session) -> list[str]:
    found = session.scalars(
        select(Shipment.carrier).where(Shipment.carrier.is_not(None)).distinct()
    )
    return sorted(carrier for carrier in found if carrier)


def parcel_story_by_shipment(session: Session, shipment_id: int) -> ParcelStory | None:
    shipment = session.get(Shipment, shipment_id)
    return None if shipment is None else _parcel(session, shipment)


def _parcel(session: Session, shipment: Shipment) -> ParcelStory:
    events = session.scalars(
        select(TrackEvent)
        .where(TrackEvent.shipment_id == shipment.id)
        .order_by(TrackEvent.event_utc.desc(), TrackEvent.seq.desc())
    ).all()
    return ParcelStory(
        tracking_number=shipment.tracking_number,
        carrier=shipment.carrier,
        provider=shipment.provider,
        status=shipment.status,
        carrier_status=shipment.carrier_status,
        events=tuple(
            StoryEvent(
                time=event.event_time,
                status=event.status,
                text=event.text,
                location=event.location,
            )
            for event in events
        ),
    )


def _filtered(statement: _AnySelect, parcel_filter: ParcelFilter) -> _AnySelect:
    statement = statement.join(ShipmentOrder, ShipmentOrder.shipment_id == Shipment.id).join(
        Order, Order.id == ShipmentOrder.order_pk
    )
    if parcel_filter.status:
        statement = statement.where(Shipment.status == parcel_filter.status)
    if parcel_filter.carrier:
        statement = statement.where(Shipment.carrier == parcel_filter.carrier)
    if parcel_filter.stalled_only:
        statement = statement.where(
            Shipment.id.in_(
                select(Alert.shipment_id).where(
                    Alert.rule.in_(("stalled", "no_tracking_info")),
                    Alert.state.in_(("open", "acknowledged")),
                )
            )
        )
    if parcel_filter.dispatched:
        start, end = parcel_filter.dispatched
        statement = statement.where(Shipment.created_utc >= start, Shipment.created_utc < end)
    if parcel_filter.delivered:
        start, end = parcel_filter.delivered
        statement = statement.where(
            Shipment.status == ParcelStatus.DELIVERED,
            Shipment.last_event_utc >= start,
            Shipment.last_event_utc < end,
        )
    if parcel_filter.picked_up:
        start, end = parcel_filter.picked_up
        first_scan = (
            select(func.min(TrackEvent.event_utc))
            .where(
                TrackEvent.shipment_id == Shipment.id,
                TrackEvent.status.not_in(_NOT_YET_HANDLED),
            )
            .scalar_subquery()
        )
        # a parcel first scanned in the span had its newest event after the span began:
        # that cheap test spares the event lookup for every older parcel
        statement = statement.where(
            Shipment.last_event_utc >= start, first_scan >= start, first_scan < end
        )
    needle = (parcel_filter.search or "").strip()
    if needle:
        statement = statement.where(
            Shipment.tracking_number.contains(needle, autoescape=True)
            | Order.order_id.contains(needle, autoescape=True)
        )
    return statement


def count_parcels(session: Session, parcel_filter: ParcelFilter) -> int:
    """Rows the filter keeps (a parcel of a merged shipment counts once per order)."""
    statement = _filtered(select(func.count()).select_from(Shipment), parcel_filter)
    return int(session.scalar(statement) or 0)


def parcel_page(
    session: Session, parcel_filter: ParcelFilter, offset: int, limit: int
) -> list[ParcelRow]:
    """The newest parcels first, ``limit`` rows from ``offset``: a page of the Tracking view."""
    statement = _filtered(select(Shipment, Order.order_id, Order.id), parcel_filter)
    rows = session.execute(
        statement.order_by(Shipment.id.desc(), Order.order_id).offset(offset).limit(limit)
    )
    return [
        ParcelRow(
            shipment_id=shipment.id,
            tracking_number=shipment.tracking_number,
            carrier=shipment.carrier,
            order_id=order_id,
            order_pk=order_pk,
            status=shipment.status,
            carrier_status=shipment.carrier_status,
            last_event_utc=shipment.last_event_utc,
            last_checked_utc=shipment.last_checked_utc,
            provider=shipment.provider,
        )
        for shipment, order_id, order_pk in rows
    ]


def last_refresh(session: Session) -> datetime | None:
    """When a provider last answered for any parcel (UTC), for the status bar."""
    return session.scalar(select(func.max(Shipment.last_checked_utc)))
