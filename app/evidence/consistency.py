"""Every order and parcel against its newest chained fact: what `shipproof verify` adds to
the chains, so that what any pack would catch, verify catches for the whole shop.

The chains alone cannot see an edited ``orders.dispatch_by`` (no chain covers the row) nor
the deletion of an order's newest scans with the head rewound. Each order's row is
compared with its newest fact, its scans are counted against it, and each parcel likewise
with its events and its status.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.evidence.integrity import Problem
from app.evidence.recorded import (
    EVENT_SERIES,
    SCAN_SERIES,
    binding_missing,
    gaps,
    in_story_order,
    lost_parcels,
    parcel_changes,
    phone_problems,
    recorded_order,
    row_changes,
    sort_time_changes,
    status_changes,
    tally_of,
    told_status,
)
from app.storage.chain import Break
from app.storage.facts import FACT_CHAIN, fact_content
from app.storage.models import Fact, Order, Scan, Shipment, ShipmentOrder, TrackEvent

ORDERS, PARCELS = "orders", "parcels"
_CHUNK = 1000


def _newest_facts(session: Session, kind: str, keys: list[int]) -> dict[int, Fact]:
    column = Fact.order_pk if kind == "order" else Fact.shipment_id
    newest = (
        select(func.max(Fact.seq))
        .where(Fact.kind == kind, column.in_(keys))
        .group_by(column)
        .scalar_subquery()
    )
    found: dict[int, Fact] = {}
    for fact in session.scalars(select(Fact).where(Fact.seq.in_(newest))):
        key = fact.order_pk if kind == "order" else fact.shipment_id
        if key is not None:
            found[key] = fact
    return found


def _records(session: Session, model: Any, owner: Any, keys: list[int]) -> dict[int, list[Any]]:
    rows = session.scalars(select(model).where(owner.in_(keys)).order_by(owner, model.seq))
    return {
        key: list(group) for key, group in groupby(rows, key=lambda row: getattr(row, owner.key))
    }


def _chunks(session: Session, model: Any) -> Iterator[list[Any]]:
    keys = list(session.scalars(select(model.id).order_by(model.id)))
    for start in range(0, len(keys), _CHUNK):
        yield keys[start : start + _CHUNK]


def _first(problems: list[Problem], report: str, who: str) -> Break:
    """The first problem, as the ``report``'s break, naming the order or parcel."""
    problem = problems[0]
    return Break(report, problem.seq, problem.record_id, f"{who}: {problem}")


def _order_problems(
    order: Order, fact: Fact | None, scans: list[Scan], labels: list[str]
) -> list[Problem]:
    if fact is None:
        return [Problem(FACT_CHAIN, None, None, "it has no chained record")]
    try:
        content = fact_content(fact)
        phone = phone_problems(order, content, fact)
        view = recorded_order(content, order.recipient_phone)
        tally = tally_of(content, "scans")
    except ValueError as error:
        return [Problem(FACT_CHAIN, fact.seq, fact.id, f"it can no longer be read: {error}")]
    return (
        phone
        + row_changes(order, view, fact)
        + gaps(scans, SCAN_SERIES, tally)
        + lost_parcels(scans, labels)
    )


def verify_orders(session: Session) -> Break | None:
    """The first order whose row or scans do not agree with its newest fact."""
    for keys in _chunks(session, Order):
        orders = session.scalars(
            select(Order)
            .where(Order.id.in_(keys))
            .options(selectinload(Order.lines), selectinload(Order.store))
        )
        facts = _newest_facts(session, "order", keys)
        scans = _records(session, Scan, Scan.order_pk, keys)
        labels: dict[int, list[str]] = {}
        for order_pk, number in session.execute(
            select(ShipmentOrder.order_pk, Shipment.tracking_number)
            .join(Shipment, Shipment.id == ShipmentOrder.shipment_id)
            .where(ShipmentOrder.order_pk.in_(keys))
        ):
            labels.setdefault(order_pk, []).append(number)
        for order in orders:
            problems = _order_problems(
                order, facts.get(order.id), scans.get(order.id, []), labels.get(order.id, [])
            )
            if problems:
                return _first(problems, ORDERS, f"order {order.order_id}")
    return None


def _parcel_problems(
    shipment: Shipment,
    fact: Fact | None,
    members: list[int],
    events: list[TrackEvent],
    scans: dict[int, Scan],
) -> list[Problem]:
    if fact is None:
        return [Problem(FACT_CHAIN, None, None, "it has no chained record")]
    try:
        content = fact_content(fact)
        tally = tally_of(content, "events")
    except ValueError as error:
        return [Problem(FACT_CHAIN, fact.seq, fact.id, f"it can no longer be read: {error}")]
    story = in_story_order(events)
    return (
        parcel_changes(shipment, members, content, fact)
        + binding_missing(content.get("bound_by"), scans)
        + gaps(events, EVENT_SERIES, tally)
        + sort_time_changes(events)
        + status_changes(shipment, told_status(story))
    )


def _bound_seq(fact: Fact) -> int | None:
    """The seq of the scan a parcel's fact says bound it (None when unreadable or none)."""
    try:
        bound_by = fact_content(fact).get("bound_by")
    except ValueError:
        return None
    seq = bound_by.get("seq") if isinstance(bound_by, dict) else None
    return seq if isinstance(seq, int) else None


def verify_parcels(session: Session) -> Break | None:
    """The first parcel whose row, orders, events or status do not agree with its facts."""
    for keys in _chunks(session, Shipment):
        shipments = session.scalars(select(Shipment).where(Shipment.id.in_(keys)))
        facts = _newest_facts(session, "parcel", keys)
        events = _records(session, TrackEvent, TrackEvent.shipment_id, keys)
        members: dict[int, list[int]] = {}
        for shipment_id, order_pk in session.execute(
            select(ShipmentOrder.shipment_id, ShipmentOrder.order_pk).where(
                ShipmentOrder.shipment_id.in_(keys)
            )
        ):
            members.setdefault(shipment_id, []).append(order_pk)
        bound = [_bound_seq(fact) for fact in facts.values()]
        scans = {
            scan.seq: scan
            for scan in session.scalars(
                select(Scan).where(Scan.seq.in_([seq for seq in bound if seq is not None]))
            )
        }
        for shipment in shipments:
            problems = _parcel_problems(
                shipment,
                facts.get(shipment.id),
                members.get(shipment.id, []),
                events.get(shipment.id, []),
                scans,
            )
            if problems:
                return _first(problems, PARCELS, f"parcel {shipment.tracking_number}")
    return None
