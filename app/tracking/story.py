"""A parcel's story as the CLI and the views show it: its status and every carrier event."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.models import Order, Shipment, ShipmentOrder, TrackEvent


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
    parcels = []
    for shipment in shipments:
        events = session.scalars(
            select(TrackEvent)
            .where(TrackEvent.shipment_id == shipment.id)
            .order_by(TrackEvent.event_utc.desc(), TrackEvent.seq.desc())
        ).all()
        parcels.append(
            {
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
        )
    return {"order_id": order.order_id, "shipments": parcels}
