"""What the station asks the database while it decides a scan (inside its transaction)."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from app.storage.models import Order, OrderLine, Shipment, ShipmentOrder


def find_order(session: Session, text: str) -> Order | None:
    """An order whose platform id is ``text`` (Shopify slips drop or keep the '#')."""
    candidates = {text, text.lstrip("#"), f"#{text.lstrip('#')}"}
    orders = session.scalars(
        select(Order).where(Order.order_id.in_(candidates)).options(selectinload(Order.lines))
    ).all()
    if not orders:
        return None
    return next((o for o in orders if o.status == "awaiting_dispatch"), orders[0])


def label_order(session: Session, number: str) -> Order | None:
    """The (first) order already travelling with label ``number``."""
    return session.scalars(
        select(Order)
        .join(ShipmentOrder, ShipmentOrder.order_pk == Order.id)
        .join(Shipment, Shipment.id == ShipmentOrder.shipment_id)
        .where(Shipment.tracking_number == number)
    ).first()


def waybill_owners(session: Session, number: str, besides: Collection[int] = ()) -> list[Order]:
    """The orders whose platform waybill is ``number``, other than ``besides``."""
    query = select(Order).where(Order.tracking_number == number).order_by(Order.id)
    if besides:
        query = query.where(Order.id.not_in(besides))
    return list(session.scalars(query.options(selectinload(Order.lines))))


def station_parcels(session: Session, order_pk: int) -> list[Shipment]:
    """The parcels stations bound to an order, oldest first."""
    return list(
        session.scalars(
            select(Shipment)
            .join(ShipmentOrder, ShipmentOrder.shipment_id == Shipment.id)
            .where(ShipmentOrder.order_pk == order_pk)
            .order_by(Shipment.id)
        )
    )


def parcel_count(session: Session, order_pk: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(ShipmentOrder)
            .where(ShipmentOrder.order_pk == order_pk)
        )
        or 0
    )


def is_known_item(session: Session, *codes: str) -> bool:
    """True when a code is the SKU or barcode of some order's line: a product, not a label."""
    wanted = set(codes)
    found = session.scalar(
        select(OrderLine.id)
        .where(or_(OrderLine.sku.in_(wanted), OrderLine.barcode.in_(wanted)))
        .limit(1)
    )
    return found is not None
