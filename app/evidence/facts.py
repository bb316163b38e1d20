"""What one evidence pack says, gathered from the records: order, scans, events, answers."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from app.dispatch.photos import PhotoStore
from app.evidence.integrity import Problem, check_events, check_scans, check_snapshots
from app.storage.models import Order, Scan, Shipment, ShipmentOrder, Snapshot, TrackEvent
from app.tracking.archive import SNAPSHOT_CHAIN, status_told


@dataclass
class PackFacts:
    order: Order
    shipment: Shipment | None
    scans: list[Scan]
    events: list[TrackEvent]  # oldest first
    snapshots: list[Snapshot]
    problems: list[Problem] = field(default_factory=list)
    photos: list[tuple[Scan, bytes | None]] = field(default_factory=list)  # None: not intact

    @property
    def root_hash(self) -> str:
        """One hash over every record the pack rests on: what the QR code carries."""
        parts = [f"scan:{s.hash}" for s in self.scans]
        parts += [f"event:{e.hash}" for e in self.events]
        parts += [f"snapshot:{s.hash}" for s in self.snapshots]
        return hashlib.sha256("\n".join(sorted(parts)).encode()).hexdigest()

    @property
    def parcel_status(self) -> str | None:
        """The parcel's status as its own (verified) events tell it, never the mutable column:
        ``pending`` before the carrier's first event, None for an order without a parcel."""
        if self.shipment is None:
            return None
        return status_told(self.events) if self.events else "pending"


PHOTO_CHAIN = "photos"


def gather(session: Session, order_id: str, photos: PhotoStore | None = None) -> list[PackFacts]:
    """One set of facts per parcel of the order (or one, without a parcel, if none left).

    ``photos`` is where the parcel photos are kept; a photo a scan names that is not there
    intact (or no store at all) fails the pack's integrity.
    """
    order = session.scalars(
        select(Order)
        .where(Order.order_id == order_id)
        .options(selectinload(Order.lines), selectinload(Order.store))
    ).first()
    if order is None:
        raise LookupError(f"no such order: {order_id}")
    shipments = session.scalars(
        select(Shipment)
        .join(ShipmentOrder, ShipmentOrder.shipment_id == Shipment.id)
        .where(ShipmentOrder.order_pk == order.id)
        .order_by(Shipment.id)
    ).all()
    return [_facts(session, order, shipment, photos) for shipment in shipments] or [
        _facts(session, order, None, photos)
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
    session: Session, order: Order, shipment: Shipment | None, photos: PhotoStore | None
) -> PackFacts:
    about = [Scan.order_pk == order.id]
    if shipment is not None:
        about.append(Scan.tracking_number == shipment.tracking_number)
    scans = list(session.scalars(select(Scan).where(or_(*about)).order_by(Scan.seq)))
    events: list[TrackEvent] = []
    snapshots: list[Snapshot] = []
    problems: list[Problem] = []
    if shipment is not None:
        events = list(
            session.scalars(
                select(TrackEvent)
                .where(TrackEvent.shipment_id == shipment.id)
                .order_by(TrackEvent.event_utc, TrackEvent.seq)
            )
        )
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
        check_scans(session, scans)
        + check_events(session, events)
        + check_snapshots(session, snapshots)
    )
    pictures, missing = _photos(scans, shipment, photos)
    return PackFacts(order, shipment, scans, events, snapshots, problems + missing, pictures)
