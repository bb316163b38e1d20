"""Reading orders back: filtered, sorted pages for the orders view and full records for the CLI.

Pages come back as plain frozen dataclasses, never live ORM objects, so a view can hold
them after the session is gone and no lazy load can ever run on the GUI thread.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal, select
from sqlalchemy.orm import Session, selectinload

from app.catalogue import QT_TRANSLATE_NOOP, SaidError
from app.orders.deadlines import DueWindow, due_in
from app.storage.models import (
    ImportBatch,
    Order,
    OrderChange,
    OrderLine,
    Shipment,
    ShipmentOrder,
    Store,
)

_AnySelect = Select[*tuple[Any, ...]]
SORTABLE = ("created_utc", "order_id", "status", "recipient_name", "total", "platform")

NO_SUCH_ORDER = QT_TRANSLATE_NOOP("Cli", "no such order: {order}")


class NoSuchOrder(SaidError, LookupError):
    """Orders asked for by id that the shop does not hold."""

    def __init__(self, *order_ids: str) -> None:
        super().__init__("Cli", NO_SUCH_ORDER, order=", ".join(order_ids))


class AmbiguousOrder(SaidError, LookupError):
    """An order id that several stores hold: Shopify numbers each store's orders #1001 up,
    so an id alone names an order only within its store."""

    def __init__(self, order_id: str, stores: Sequence[str]) -> None:
        super().__init__("Cli", SEVERAL_STORES, order=order_id, stores=", ".join(sorted(stores)))


SEVERAL_STORES = QT_TRANSLATE_NOOP(
    "Cli", "order {order} is in several stores ({stores}): add --store"
)
# an order as a face names it: its primary key (a row the user chose), or its platform id
# (typed on the command line), which must then name one order
OrderRef = int | str


def resolve_orders(
    session: Session, orders: Sequence[OrderRef], store: str | None = None
) -> list[int]:
    """The primary keys of ``orders``, in the order asked, each once.

    An id no store holds raises :class:`NoSuchOrder` (naming every such id); an id that
    several stores hold raises :class:`AmbiguousOrder` unless ``store`` says which.
    """
    ids = [order for order in orders if isinstance(order, str)]
    found: dict[str, list[tuple[int, str]]] = {}
    for start in range(0, len(ids), _IDS_AT_ONCE):
        statement = (
            select(Order.order_id, Order.id, Store.name)
            .join(Store, Store.id == Order.store_id)
            .where(Order.order_id.in_(ids[start : start + _IDS_AT_ONCE]))
        )
        if store is not None:
            statement = statement.where(Store.name == store)
        for order_id, pk, store_name in session.execute(statement):
            found.setdefault(order_id, []).append((pk, store_name))
    missing = [order_id for order_id in dict.fromkeys(ids) if order_id not in found]
    if missing:
        raise NoSuchOrder(*missing)
    pks: list[int] = []
    for order in orders:
        if isinstance(order, int):
            pks.append(order)
            continue
        matches = found[order]
        if len(matches) > 1:
            raise AmbiguousOrder(order, [name for _pk, name in matches])
        pks.append(matches[0][0])
    return list(dict.fromkeys(pks))


@dataclass(frozen=True)
class OrderFilter:
    status: str | None = None
    platform: str | None = None
    search: str | None = None
    created_from: datetime | None = None  # UTC, inclusive
    created_to: datetime | None = None  # UTC, exclusive
    due: DueWindow | None = None  # awaiting dispatch with a deadline in the window


@dataclass(frozen=True)
class OrderRow:
    """One row of the orders table."""

    pk: int
    platform: str
    store: str
    order_id: str
    status: str
    platform_status: str
    created_at: str | None
    recipient_name: str | None
    recipient_city: str | None
    total: Decimal | None
    currency: str | None
    tracking_number: str | None  # the platform's waybill, as its export said
    # the newest label bound at a packing station, if any: what the parcel really carries
    bound_tracking: str | None = None
    bound_carrier: str | None = None

    @property
    def shown_tracking(self) -> tuple[str | None, str | None]:
        """(carrier, number) the list shows: the station's label, else the platform's."""
        if self.bound_tracking:
            return self.bound_carrier, self.bound_tracking
        return None, self.tracking_number


@dataclass(frozen=True)
class BoundParcel:
    """A parcel a packing station bound to the order: its label and where it stands."""

    tracking_number: str
    carrier: str | None
    dispatched_utc: datetime
    station: str
    operator: str
    status: str
    last_event_utc: datetime | None


@dataclass(frozen=True)
class ChangeRecord:
    imported_utc: datetime
    files: str
    field: str
    old_value: str | None
    new_value: str | None


# what a phone number looks like when someone types or reads one out: +353 1 555-0101
_PHONE_LIKE = re.compile(r"\+?[\d\s()\-]{7,}")
MIN_PHONE_DIGITS = 7  # fewer is part of an order id or an amount, not a phone
MAX_SEARCH = 200  # characters: no id, phone, name or product a buyer reads out is longer
SEARCH_TOO_LONG = QT_TRANSLATE_NOOP(
    "Cli", "a search of at most {limit} characters, please (this one has {count})"
)


class SearchTooLong(SaidError, ValueError):
    """A search longer than any order's id, phone, name or title could match."""


def search_needle(text: str) -> str:
    """What a search looks for: the text as Unicode's compatibility form writes it
    (full-width ``１３８`` is ``138``; a decomposed ``Zoë`` is the composed one), trimmed."""
    needle = unicodedata.normalize("NFKC", text).strip()
    if len(needle) > MAX_SEARCH:
        raise SearchTooLong("Cli", SEARCH_TOO_LONG, limit=MAX_SEARCH, count=len(needle))
    return needle


def _phone_digits() -> ColumnElement[str | None]:
    """The recipient's phone with the separators exports write removed: a buyer gives it
    as "138 1234 8000" and an export keeps "+353 1 555 0101", and both must meet."""
    phone: ColumnElement[str | None] = Order.__table__.c.recipient_phone
    for mark in (" ", "-", "(", ")", "+"):
        phone = func.replace(phone, mark, "")
    return phone


def _filtered(statement: _AnySelect, order_filter: OrderFilter) -> _AnySelect:
    if order_filter.status:
        statement = statement.where(Order.status == order_filter.status)
    if order_filter.platform:
        statement = statement.where(Store.platform == order_filter.platform)
    needle = search_needle(order_filter.search or "")
    if needle:
        bound = (  # a label a station bound: the platform's export may not have it yet
            select(ShipmentOrder.order_pk)
            .join(Shipment, Shipment.id == ShipmentOrder.shipment_id)
            .where(Shipment.tracking_number.icontains(needle, autoescape=True))
        )
        found = Order.search_text.contains(needle.casefold(), autoescape=True)
        found = found | Order.id.in_(bound)
        digits = re.sub(r"\D", "", needle)
        if _PHONE_LIKE.fullmatch(needle) and len(digits) >= MIN_PHONE_DIGITS:
            phone = _phone_digits()
            # typed within the stored one, or the stored one at the end of what was typed
            # (+86 132 0834 9861 for an export's 13208349861)
            ends_typed = literal(digits).like(literal("%") + phone)
            found = found | phone.contains(digits, autoescape=True)
            found = found | (ends_typed & (func.length(phone) >= MIN_PHONE_DIGITS))
        statement = statement.where(found)
    if order_filter.created_from:
        statement = statement.where(Order.created_utc >= order_filter.created_from)
    if order_filter.created_to:
        statement = statement.where(Order.created_utc < order_filter.created_to)
    if order_filter.due:
        statement = statement.where(due_in(order_filter.due))
    return statement


def count_orders(session: Session, order_filter: OrderFilter) -> int:
    statement = _filtered(select(func.count(Order.id)).join(Store), order_filter)
    return int(session.scalar(statement) or 0)


def order_page(
    session: Session,
    order_filter: OrderFilter,
    offset: int,
    limit: int,
    sort: str = "created_utc",
    descending: bool = True,
) -> list[OrderRow]:
    """One page of rows, newest first unless told otherwise."""
    key: Any = Store.platform if sort == "platform" else getattr(Order, sort)
    if order_filter.search:
        # Walking the sort index to find a rare match reads every row in index order (0.12 s
        # for 100,000 orders); wrapped in an expression the planner scans, filters, then sorts
        # the few matches (0.02 s). Without a search the index is the fast way.
        key = func.coalesce(key, key)
    statement = select(
        Order.id,
        Store.platform,
        Store.name,
        Order.order_id,
        Order.status,
        Order.platform_status,
        Order.created_at,
        Order.recipient_name,
        Order.recipient_city,
        Order.total,
        Order.currency,
        Order.tracking_number,
        _newest_bound(Shipment.tracking_number),
        _newest_bound(Shipment.carrier),
    ).join(Store)
    statement = _filtered(statement, order_filter)
    ordering = (key.desc(), Order.id.desc()) if descending else (key.asc(), Order.id.asc())
    rows = session.execute(statement.order_by(*ordering).offset(offset).limit(limit))
    return [OrderRow(*tuple(row)) for row in rows]


def _newest_bound(column: Any) -> Any:
    """``column`` of the order's newest station-bound parcel, for the row's select list
    (worked out for the page's rows only)."""
    return (
        select(column)
        .join(ShipmentOrder, ShipmentOrder.shipment_id == Shipment.id)
        .where(ShipmentOrder.order_pk == Order.id)
        .order_by(Shipment.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def bound_parcels(session: Session, pk: int) -> list[BoundParcel]:
    """Every parcel the stations bound to order ``pk``, oldest first."""
    rows = session.execute(
        select(
            Shipment.tracking_number,
            Shipment.carrier,
            Shipment.created_utc,
            Shipment.station,
            Shipment.operator,
            Shipment.status,
            Shipment.last_event_utc,
        )
        .join(ShipmentOrder, ShipmentOrder.shipment_id == Shipment.id)
        .where(ShipmentOrder.order_pk == pk)
        .order_by(Shipment.id)
    )
    return [BoundParcel(*row) for row in rows]


def load_order(session: Session, pk: int) -> Order | None:
    """An order with its store and lines loaded, for the detail panel and the CLI."""
    return session.scalars(
        select(Order)
        .where(Order.id == pk)
        .options(selectinload(Order.lines), selectinload(Order.store))
    ).one_or_none()


def change_history(session: Session, pk: int) -> list[ChangeRecord]:
    rows = session.execute(
        select(
            ImportBatch.imported_utc,
            ImportBatch.files,
            OrderChange.field,
            OrderChange.old_value,
            OrderChange.new_value,
        )
        .join(ImportBatch, ImportBatch.id == OrderChange.batch_id)
        .where(OrderChange.order_pk == pk)
        .order_by(OrderChange.id)
    )
    return [ChangeRecord(*row._tuple()) for row in rows]


def _money(value: Decimal | None) -> str | None:
    """An amount as text with at least two decimals: 118.00 whether the database kept
    ``118.00`` (SQLite) or ``118.0000`` (PostgreSQL NUMERIC)."""
    if value is None:
        return None
    exponent = value.normalize().as_tuple().exponent
    places = max(2, -exponent) if isinstance(exponent, int) else 2
    return format(value.quantize(Decimal(1).scaleb(-places)), "f")


_IDS_AT_ONCE = 10_000  # an IN list's size: PostgreSQL takes at most 65,535 parameters


def orders_by_pk(session: Session, order_pks: Sequence[int]) -> dict[int, Order]:
    """The orders of ``order_pks`` that exist, by key, with lines and store loaded (what
    paper prints from after the session closes); by key, as an order id is unique in a
    store, not a shop."""
    return {order.id: order for order in _loaded(session, Order.id, order_pks)}


def _loaded(session: Session, column: Any, keys: Sequence[Any]) -> list[Order]:
    found: list[Order] = []
    unique = list(dict.fromkeys(keys))
    for start in range(0, len(unique), _IDS_AT_ONCE):
        found += session.scalars(
            select(Order)
            .where(column.in_(unique[start : start + _IDS_AT_ONCE]))
            .options(selectinload(Order.lines), selectinload(Order.store))
        ).all()
    return found


def order_pks(session: Session, order_filter: OrderFilter) -> list[int]:
    """The keys of the orders ``order_filter`` keeps, oldest first (as the CLI lists them)."""
    statement = _filtered(select(Order.id).join(Store), order_filter)
    return list(session.scalars(statement.order_by(Order.created_utc, Order.id)))


def newest_orders(session: Session, order_filter: OrderFilter, limit: int) -> list[Order]:
    """At most ``limit`` orders ``order_filter`` keeps, newest first, store loaded."""
    statement = _filtered(select(Order).join(Store), order_filter)
    statement = statement.order_by(Order.created_utc.desc(), Order.id.desc()).limit(limit)
    return list(session.scalars(statement.options(selectinload(Order.store))))


def order_as_dict(order: Order) -> dict[str, Any]:
    """The CLI's JSON shape of one order (documented in the README)."""
    return {
        "platform": order.store.platform,
        "store": order.store.name,
        "order_id": order.order_id,
        "status": order.status,
        "platform_status": order.platform_status,
        "recipient": {
            "name": order.recipient_name,
            "phone": order.recipient_phone,
            "country": order.recipient_country,
            "province": order.recipient_province,
            "city": order.recipient_city,
            "district": order.recipient_district,
            "address": order.recipient_address,
            "postcode": order.recipient_postcode,
            "masked": order.recipient_masked,
        },
        "lines": [line_as_dict(line) for line in order.lines],
        "total": _money(order.total),
        "currency": order.currency,
        "created_at": order.created_at,
        "paid_at": order.paid_at,
        "dispatch_by": order.dispatch_by,
        "carrier": order.carrier,
        "tracking_number": order.tracking_number,
        "buyer_note": order.buyer_note,
        "seller_note": order.seller_note,
    }


def line_as_dict(line: OrderLine) -> dict[str, Any]:
    return {
        "sku": line.sku,
        "barcode": line.barcode,
        "title": line.title,
        "variant": line.variant,
        "quantity": line.quantity,
        "unit_price": _money(line.unit_price),
    }


def orders_as_dicts(session: Session, order_filter: OrderFilter) -> list[dict[str, Any]]:
    """Every order matching ``order_filter``, oldest first, in the CLI's JSON shape."""
    statement = _filtered(select(Order).join(Store), order_filter).order_by(
        Order.created_utc, Order.id
    )
    statement = statement.options(selectinload(Order.lines), selectinload(Order.store))
    return [order_as_dict(order) for order in session.scalars(statement)]
