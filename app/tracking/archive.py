"""Keeping what providers said: raw answers byte for byte, events de-duplicated, both chained.

Written in the same transaction as the parcel's new status, so an interrupted refresh
leaves either all of one answer or none of it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.chain import append
from app.storage.models import Shipment, Snapshot, TrackEvent
from app.tracking.providers.base import Exchange, ParsedEvent
from app.tracking.status import RANK

SNAPSHOT_CHAIN = "snapshots"
EVENT_CHAIN = "events"
# what each record's hash covers (the chain adds the record's sequence number)
SNAPSHOT_HASHED = ("provider", "url", "numbers", "http_status", "fetched_utc", "sha256")
EVENT_HASHED = (
    "shipment_id",
    "event_time",
    "status",
    "carrier_status",
    "text",
    "location",
    "provider",
    "snapshot_id",
    "dedup_key",
)


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def _fields(row: object, names: Iterable[str]) -> dict[str, Any]:
    if isinstance(row, Mapping):
        return {name: row[name] for name in names}
    return {name: getattr(row, name) for name in names}


def body_problem(snapshot: Snapshot) -> str | None:
    """Why a kept raw answer is not what was fetched, or None when it still is.

    An edit through SQL (``replace()``) turns the BLOB into TEXT: that is a change too,
    said as such, never a crash of whoever checks it.
    """
    body = snapshot.body
    if not isinstance(body, bytes | bytearray | memoryview):
        return f"its raw answer was changed (stored as {type(body).__name__}, not bytes)"
    if hashlib.sha256(body).hexdigest() != snapshot.sha256:
        return "its raw answer was changed"
    return None


def snapshot_content(row: Snapshot | Mapping[str, Any]) -> dict[str, Any]:
    """What a raw answer's hash covers: where it came from and its body's SHA-256."""
    content = _fields(row, SNAPSHOT_HASHED)
    content["fetched_utc"] = content["fetched_utc"].isoformat()
    return content


def event_content(row: TrackEvent | Mapping[str, Any]) -> dict[str, Any]:
    return _fields(row, EVENT_HASHED)


def record_snapshot(session: Session, exchange: Exchange, fetched: datetime) -> Snapshot:
    values = {
        "provider": exchange.provider,
        "url": exchange.url,
        "numbers": json.dumps(exchange.numbers),
        "http_status": exchange.http_status,
        "fetched_utc": _utc(fetched),
        "sha256": hashlib.sha256(exchange.body).hexdigest(),
    }
    link = append(session, SNAPSHOT_CHAIN, snapshot_content(values))
    snapshot = Snapshot(
        **values, body=exchange.body, seq=link.seq, prev_hash=link.prev_hash, hash=link.hash
    )
    session.add(snapshot)
    session.flush()
    return snapshot


def dedup_key(event: ParsedEvent) -> str:
    """Same time, status and text: the same event, however often a provider repeats it."""
    key = f"{_utc(event.time).isoformat()}|{event.status}|{event.text}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def record_events(
    session: Session,
    shipment: Shipment,
    events: Iterable[ParsedEvent],
    provider: str,
    snapshot: Snapshot,
) -> int:
    """Add the events not seen before; return how many were new."""
    known = set(
        session.scalars(select(TrackEvent.dedup_key).where(TrackEvent.shipment_id == shipment.id))
    )
    added = 0
    for event in sorted(events, key=lambda e: (e.time, RANK.get(e.status, 0))):
        key = dedup_key(event)
        if key in known:
            continue
        known.add(key)
        values = {
            "shipment_id": shipment.id,
            "event_time": event.time.isoformat(),
            "status": event.status,
            "carrier_status": event.carrier_status,
            "text": event.text,
            "location": event.location,
            "provider": provider,
            "snapshot_id": snapshot.id,
            "dedup_key": key,
        }
        link = append(session, EVENT_CHAIN, values)
        session.add(
            TrackEvent(
                **values,
                event_utc=_utc(event.time),
                seq=link.seq,
                prev_hash=link.prev_hash,
                hash=link.hash,
            )
        )
        added += 1
    session.flush()
    return added


def newest_event(session: Session, shipment_id: int) -> TrackEvent | None:
    """The event that decides the parcel's status: newest by its own time, then furthest."""
    events = session.scalars(
        select(TrackEvent)
        .where(TrackEvent.shipment_id == shipment_id)
        .order_by(TrackEvent.event_utc.desc())
        .limit(20)
    ).all()
    if not events:
        return None
    newest_time = events[0].event_utc
    same_time = [event for event in events if event.event_utc == newest_time]
    return max(same_time, key=lambda event: RANK.get(event.status, 0))


def status_told(events: Sequence[TrackEvent]) -> str:
    """The status ``events`` (not empty) give a parcel: the newest by the carrier's own
    time (the hashed ``event_time``), the furthest along among events at that moment."""
    newest = max(
        events,
        key=lambda event: (datetime.fromisoformat(event.event_time), RANK.get(event.status, 0)),
    )
    return newest.status
