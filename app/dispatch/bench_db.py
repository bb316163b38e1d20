"""What the station reads and writes while it handles a scan (inside its transaction).

A packer scans every few seconds and waits for the banner, so each question is one
statement built once at import (SQLAlchemy caches its compiled form) and run on the scan's
connection, answering plain rows: no ORM objects are loaded on this path (profiled: the
ORM's loading and statement building were two thirds of a scan's time).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import Connection, bindparam, func, insert, select, update

from app.storage.models import Order, OrderLine, Scan, Shipment, ShipmentOrder, Store


@dataclass(frozen=True)
class LineRow:
    sku: str | None
    barcode: str | None
    title: str | None
    quantity: int


@dataclass(frozen=True)
class OrderRow:
    """An order as the bench needs it: status, the platform's carrier and waybill, lines."""

    id: int
    store_id: int
    order_id: str
    status: str
    platform_status: str
    carrier: str | None
    tracking_number: str | None
    lines: tuple[LineRow, ...] = ()


@dataclass(frozen=True)
class ParcelRow:
    """A parcel a station bound: which label, when (UTC), where and by whom."""

    tracking_number: str
    created_utc: datetime
    station: str
    operator: str


_ORDER_COLUMNS = (
    Order.id,
    Order.store_id,
    Order.order_id,
    Order.status,
    Order.platform_status,
    Order.carrier,
    Order.tracking_number,
)
_ORDERS_BY_ID = select(*_ORDER_COLUMNS).where(Order.order_id.in_(bindparam("ids", expanding=True)))
_ORDERS_BY_WAYBILL = (
    select(*_ORDER_COLUMNS).where(Order.waybill_key == bindparam("number")).order_by(Order.id)
)
_LINES = (
    select(OrderLine.order_pk, OrderLine.sku, OrderLine.barcode, OrderLine.title)
    .add_columns(OrderLine.quantity)
    .where(OrderLine.order_pk.in_(bindparam("pks", expanding=True)))
    .order_by(OrderLine.order_pk, OrderLine.position)
)
_LABEL_ORDER = (
    select(*_ORDER_COLUMNS)
    .join(ShipmentOrder, ShipmentOrder.order_pk == Order.id)
    .join(Shipment, Shipment.id == ShipmentOrder.shipment_id)
    .where(Shipment.tracking_number == bindparam("number"))
    .order_by(Order.id)
    .limit(1)
)
_PARCELS = (
    select(Shipment.tracking_number, Shipment.created_utc, Shipment.station, Shipment.operator)
    .join(ShipmentOrder, ShipmentOrder.shipment_id == Shipment.id)
    .where(ShipmentOrder.order_pk == bindparam("pk"))
    .order_by(Shipment.id)
)
_PARCEL_COUNT = (
    select(func.count()).select_from(ShipmentOrder).where(ShipmentOrder.order_pk == bindparam("pk"))
)
_LOCK_ORDER = select(*_ORDER_COLUMNS).where(Order.id == bindparam("pk")).with_for_update()
_MARK_DISPATCHED = update(Order).where(Order.id == bindparam("pk")).values(status="dispatched")
_ADD_SHIPMENT = insert(Shipment).returning(Shipment.id)
_ADD_MEMBER = insert(ShipmentOrder)
_ADD_SCAN = insert(Scan)
_KNOWN_ITEM = (
    select(OrderLine.id)
    .where(
        OrderLine.sku.in_(bindparam("codes", expanding=True))
        | OrderLine.barcode.in_(bindparam("codes", expanding=True))
    )
    .limit(1)
)


def _with_lines(connection: Connection, rows: list[OrderRow]) -> list[OrderRow]:
    if not rows:
        return rows
    lines: dict[int, list[LineRow]] = {}
    for pk, sku, barcode, title, quantity in connection.execute(
        _LINES, {"pks": [row.id for row in rows]}
    ):
        lines.setdefault(pk, []).append(LineRow(sku, barcode, title, quantity))
    return [replace(row, lines=tuple(lines.get(row.id, ()))) for row in rows]


def find_order(connection: Connection, text: str) -> list[OrderRow]:
    """The orders a slip's ``text`` may mean, best first; more than one: it is ambiguous.

    The id exactly as scanned wins over the same id with or without Shopify's '#'; among
    those, orders awaiting dispatch win. What is left equal (one id in several stores)
    cannot be told apart by the slip, and the station must say so rather than guess.
    """
    variants = sorted({text, text.lstrip("#"), f"#{text.lstrip('#')}"})
    rows = [OrderRow(*row) for row in connection.execute(_ORDERS_BY_ID, {"ids": variants})]
    exact = [row for row in rows if row.order_id == text] or rows
    best = [row for row in exact if row.status == "awaiting_dispatch"] or exact
    return _with_lines(connection, best) if len(best) == 1 else best


def store_names(connection: Connection, store_ids: list[int]) -> str:
    """The stores, as the packer knows them: "shopify · Mug Shop, shopify · Tea Shop"."""
    rows = connection.execute(
        select(Store.platform, Store.name).where(Store.id.in_(store_ids)).order_by(Store.id)
    )
    return ", ".join(f"{platform} · {name}" for platform, name in rows)


def label_order(connection: Connection, number: str) -> OrderRow | None:
    """The (first) order already travelling with label ``number`` (without its lines)."""
    row = connection.execute(_LABEL_ORDER, {"number": number}).first()
    return OrderRow(*row) if row is not None else None


def waybill_owners(
    connection: Connection, number: str, besides: Collection[int] = ()
) -> list[OrderRow]:
    """The orders whose platform waybill is ``number``, other than ``besides``."""
    rows = [
        OrderRow(*row)
        for row in connection.execute(_ORDERS_BY_WAYBILL, {"number": number})
        if row.id not in besides
    ]
    return _with_lines(connection, rows)


def station_parcels(connection: Connection, order_pk: int) -> list[ParcelRow]:
    """The parcels stations bound to an order, oldest first."""
    return [ParcelRow(*row) for row in connection.execute(_PARCELS, {"pk": order_pk})]


def parcel_count(connection: Connection, order_pk: int) -> int:
    return int(connection.execute(_PARCEL_COUNT, {"pk": order_pk}).scalar_one())


def lock_order(connection: Connection, order_pk: int) -> OrderRow:
    """The order's row as it is now, locked until the scan commits (PostgreSQL)."""
    return OrderRow(*connection.execute(_LOCK_ORDER, {"pk": order_pk}).one())


def mark_dispatched(connection: Connection, order_pk: int) -> None:
    connection.execute(_MARK_DISPATCHED, {"pk": order_pk})


def is_known_item(connection: Connection, *codes: str) -> bool:
    """True when a code is the SKU or barcode of some order's line: a product, not a label."""
    return connection.execute(_KNOWN_ITEM, {"codes": sorted(set(codes))}).first() is not None


def add_parcel(
    connection: Connection, values: Mapping[str, object], order_pks: Collection[int]
) -> int:
    """Record one parcel (label, carrier, when, where, who) holding ``order_pks``; its id."""
    shipment_id = int(
        connection.execute(_ADD_SHIPMENT, {**values, "status": "pending"}).scalar_one()
    )
    connection.execute(
        _ADD_MEMBER, [{"shipment_id": shipment_id, "order_pk": pk} for pk in order_pks]
    )
    return shipment_id


def add_scan(connection: Connection, record: dict[str, object]) -> None:
    connection.execute(_ADD_SCAN, record)
