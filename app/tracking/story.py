"""A parcel's story as the CLI and the views show it: its status and every carrier event."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.storage.models import Alert, Order, Shipment, ShipmentOrder, TrackEvent


def parcel_story(session: Session, order_id: str) -> dict[str, Any] | None:
    """``{"order_id", "shipments": [{…, "events": [newest first]}]}``, or None."""
    order = session.scalars(select(Order).where(Order.order_id == order_id)).first()
    if order is None:
        return None
    shipments = session.scalars(
        select(Shipment)
        .join(ShipmentOrder, ShipmentOrder.shipment_id == Shipment.id)
        .where(ShipmentOrder.order_pk == order.id)
        .order_by(Shipment.id)
    ).all()
    return {"order_id": order.order_id, "shipments": [_parcel(session, s) for s in shipments]}


def carriers_in_use(session: Session) -> list[str]:
    found = session.scalars(
        select(Shipment.carrier).where(Shipment.carrier.is_not(None)).distinct()
    )
    return sorted(carrier for carrier in found if carrier)


def parcel_story_by_shipment(session: Session, shipment_id: int) -> dict[str, Any] | None:
    shipment = session.get(Shipment, shipment_id)
    return None if shipment is None else _parcel(session, shipment)


def _parcel(session: Session, shipment: Shipment) -> dict[str, Any]:
    """One parcel: its status and every carrier event, newest first."""
    events = session.scalars(
        select(TrackEvent)
        .where(TrackEvent.shipment_id == shipment.id)
        .order_by(TrackEvent.event_utc.desc(), TrackEvent.seq.desc())
    ).all()
    return {
        "tracking_number": shipment.tracking_number,
        "carrier": shipment.carrier,
        "provider": shipment.provider,
        "status": shipment.status,
        "carrier_status": shipment.carrier_status,
        "events": [
            {
                "time": event.event_time,
                "status": event.status,
                "text": event.text,
                "location": event.location,
            }
            for event in events
        ],
    }


def parcel_rows(
    session: Session,
    status: str | None = None,
    search: str | None = None,
    limit: int = 500,
    stalled_only: bool = False,
    carrier: str | None = None,
) -> list[dict[str, Any]]:
    """The newest parcels for the tracking view: status, carrier's words, last event, order.

    ``stalled_only`` keeps the parcels with an active ``stalled`` or ``no_tracking_info``
    alert: the rules (and the shop's thresholds) decide what stalled means, in one place.
    """
    statement = (
        select(Shipment, Order.order_id)
        .join(ShipmentOrder, ShipmentOrder.shipment_id == Shipment.id)
        .join(Order, Order.id == ShipmentOrder.order_pk)
    )
    if status:
        statement = statement.where(Shipment.status == status)
    if carrier:
        statement = statement.where(Shipment.carrier == carrier)
    if stalled_only:
        statement = statement.where(
            Shipment.id.in_(
                select(Alert.shipment_id).where(
                    Alert.rule.in_(("stalled", "no_tracking_info")),
                    Alert.state.in_(("open", "acknowledged")),
                )
            )
        )
    if search and search.strip():
        needle = search.strip()
        statement = statement.where(
            Shipment.tracking_number.contains(needle, autoescape=True)
            | Order.order_id.contains(needle, autoescape=True)
        )
    rows = session.execute(statement.order_by(Shipment.id.desc()).limit(limit))
    return [
        {
            "shipment_id": shipment.id,
            "tracking_number": shipment.tracking_number,
            "carrier": shipment.carrier,
            "order_id": order_id,
            "status": shipment.status,
            "carrier_status": shipment.carrier_status,
            "last_event_utc": shipment.last_event_utc,
            "last_checked_utc": shipment.last_checked_utc,
            "provider": shipment.provider,
        }
        for shipment, order_id in rows
    ]


def last_refresh(session: Session) -> datetime | None:
    """When a provider last answered for any parcel (UTC), for the status bar."""
    return session.scalar(select(func.max(Shipment.last_checked_utc)))
