"""What one evidence pack says, gathered from the records: order, scans, events, answers.

The order is read from its newest chained fact, the parcel's status from its events, and
every record is checked: changed, moved, missing from the middle or from the end.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from app.dispatch.photos import PhotoStore
from app.dispatch.scan_log import SCAN_CHAIN
from app.evidence.integrity import (
    RECORD_KINDS,
    Problem,
    RecordKind,
    check_events,
    check_facts,
    check_scans,
    check_snapshots,
)
from app.evidence.recorded import (
    EVENT_SERIES,
    SCAN_SERIES,
    OrderView,
    binding_missing,
    checked_view,
    gaps,
    in_story_order,
    lost_parcels,
    parcel_changes,
    scans_of,
    sort_time_changes,
    status_changes,
    tally_of,
    told_status,
)
from app.orders.query import NoSuchOrder, OrderRef, resolve_orders
from app.storage.facts import FACT_CHAIN, Tally, fact_content, newest_fact
from app.storage.models import (
    Fact,
    Order,
    Scan,
    Shipment,
    ShipmentOrder,
    Snapshot,
    TrackEvent,
)
from app.tracking.archive import EVENT_CHAIN, SNAPSHOT_CHAIN


@dataclass
class PackFacts:
    order: OrderView  # as its newest chained fact recorded it
    shipment: Shipment | None
    scans: list[Scan]
    events: list[TrackEvent]  # oldest first, by the carrier's own time
    snapshots: list[Snapshot]
    problems: list[Problem] = field(default_factory=list)
    photos: list[tuple[Scan, bytes | None]] = field(default_factory=list)  # None: not intact
    facts: list[Fact] = field(default_factory=list)  # the order's and the parcel's newest

    @cached_property
    def root_hash(self) -> str:
        """One hash over every record the pack rests on: what the QR code carries.

        Worked out once: the page header, the QR code, the integrity section and the
        attached records all ask for it (the records are complete once gathered)."""
        parts = [f"{kind.label}:{record.hash}" for kind, record in self.records()]
        return hashlib.sha256("\n".join(sorted(parts)).encode()).hexdigest()

    def records(self) -> list[tuple[RecordKind, Any]]:
        """Every chained record the pack rests on, with its kind."""
        held: dict[str, Sequence[Any]] = {
            SCAN_CHAIN: self.scans,
            EVENT_CHAIN: self.events,
            SNAPSHOT_CHAIN: self.snapshots,
            FACT_CHAIN: self.facts,
        }
        return [(kind, record) for kind in RECORD_KINDS for record in held[kind.chain]]

    @property
    def parcel_status(self) -> str | None:
        """The parcel's status as its own (verified) events tell it, never the mutable column:
        ``pending`` before the carrier's first event, None for an order without a parcel."""
        return told_status(self.events) if self.shipment is not None else None


PHOTO_CHAIN = "photos"


def gather(session: Session, wanted: OrderRef, photos: PhotoStore | None = None) -> list[PackFacts]:
    """One set of facts per parcel of the order (or one, without a parcel, if none left).

    ``wanted`` is the order's key, or an id that names one order (:func:`resolve_orders`).
    ``photos`` is where the parcel photos are kept; a photo a scan names that is not there
    intact (or no store at all) fails the pack's integrity.
    """
    [order_pk] = resolve_orders(session, [wanted])
    order = session.scalars(
        select(Order)
        .where(Order.id == order_pk)
        .options(selectinload(Order.lines), selectinload(Order.store))
    ).first()
    if order is None:
        raise NoSuchOrder(str(order_pk))
    shipments = session.scalars(
        select(Shipment)
        .join(ShipmentOrder, ShipmentOrder.shipment_id == Shipment.id)
        .where(ShipmentOrder.order_pk == order.id)
        .order_by(Shipment.id)
    ).all()
    labels = [shipment.tracking_number for shipment in shipments]
    return [_facts(session, order, shipment, labels, photos) for shipment in shipments] or [
        _facts(session, order, None, labels, photos)
    ]


def _photos(
    scans: list[Scan], shipment: Shipment | None, store: PhotoStore | None
) -> tuple[list[tuple[Scan, bytes | None]], list[Problem]]:
    """The photos of this parcel's scans (not its sibling parcels'), each re-hashed."""
    found: list[tuple[Scan, bytes | None]] = []
    problems: list[Problem] = []
    label = shipment.tracking_number if shipment is not None else None
    for scan in scans:
        digest = scan.photo_sha256
        if digest is None or scan.tracking_number not in (None, label):
            continue
        state, data = store.examine(digest) if store is not None else ("missing", None)
        found.append((scan, data))
        if state != "ok":
            reason = "its file is missing" if state == "missing" else "its file was changed"
            problems.append(Problem(PHOTO_CHAIN, scan.seq, scan.id, f"photo of scan: {reason}"))
    return found, problems


def _facts(
    session: Session,
    order: Order,
    shipment: Shipment | None,
    labels: list[str],
    photos: PhotoStore | None,
) -> PackFacts:
    about = [Scan.order_pk == order.id]
    if shipment is not None:
        about.append(Scan.tracking_number == shipment.tracking_number)
    scans = list(session.scalars(select(Scan).where(or_(*about)).order_by(Scan.seq)))
    order_fact = newest_fact(session, "order", order.id)
    view, content, problems = checked_view(order_fact, order, fact_content)
    used = [order_fact] if order_fact is not None else []
    own = scans_of(order.id, scans)
    problems += gaps(own, SCAN_SERIES, _tally(content, "scans", problems))
    problems += lost_parcels(own, labels)
    events: list[TrackEvent] = []
    snapshots: list[Snapshot] = []
    if shipment is not None:
        events = in_story_order(
            session.scalars(select(TrackEvent).where(TrackEvent.shipment_id == shipment.id))
        )
        problems += _parcel_problems(session, shipment, scans, events, used)
        problems += status_changes(shipment, told_status(events))
        wanted = sorted({event.snapshot_id for event in events})
        snapshots = list(
            session.scalars(select(Snapshot).where(Snapshot.id.in_(wanted)).order_by(Snapshot.seq))
        )
        found = {snapshot.id for snapshot in snapshots}
        problems += [
            Problem(SNAPSHOT_CHAIN, None, missing, "a raw answer an event rests on was removed")
            for missing in wanted
            if missing not in found
        ]
    problems += (
        check_facts(session, used)
        + check_scans(session, scans)
        + check_events(session, events)
        + check_snapshots(session, snapshots)
    )
    pictures, missing = _photos(scans, shipment, photos)
    return PackFacts(
        view, shipment, scans, events, snapshots, problems + missing, pictures, facts=used
    )


def _tally(content: dict[str, Any] | None, key: str, problems: list[Problem]) -> Tally | None:
    """The count a fact recorded; a fact without one is a problem of its own."""
    if content is None:
        return None
    try:
        return tally_of(content, key)
    except ValueError as error:
        problems.append(Problem(FACT_CHAIN, content.get("seq"), None, str(error)))
        return None


def _parcel_problems(
    session: Session,
    shipment: Shipment,
    scans: list[Scan],
    events: list[TrackEvent],
    used: list[Fact],
) -> list[Problem]:
    """The parcel against its newest fact: label and orders, the binding scan, the events."""
    fact = newest_fact(session, "parcel", shipment.id)
    if fact is None:
        reason = "the parcel has no chained record: its label and events cannot be counted"
        return [Problem(FACT_CHAIN, None, None, reason)]
    used.append(fact)
    problems = sort_time_changes(events)
    try:
        content = fact_content(fact)
    except ValueError as error:
        return [
            *problems,
            Problem(FACT_CHAIN, fact.seq, fact.id, f"it can no longer be read: {error}"),
        ]
    if content.get("shipment_id") != shipment.id or fact.kind != "parcel":
        problems.append(
            Problem(FACT_CHAIN, fact.seq, fact.id, "it was moved: it records another parcel")
        )
    members = session.scalars(
        select(ShipmentOrder.order_pk).where(ShipmentOrder.shipment_id == shipment.id)
    ).all()
    problems += parcel_changes(shipment, members, content, fact)
    problems += binding_missing(content.get("bound_by"), {scan.seq: scan for scan in scans})
    by_chain = sorted(events, key=lambda event: event.seq)
    return problems + gaps(by_chain, EVENT_SERIES, _tally(content, "events", problems))
