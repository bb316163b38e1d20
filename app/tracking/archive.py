"""Keeping what providers said: raw answers byte for byte, events de-duplicated, both chained.

Written in the same transaction as the parcel's new status, so an interrupted refresh
leaves either all of one answer or none of it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.chain import append
from app.storage.facts import (
    PARCEL_FIELDS,
    Tally,
    fact_content,
    newest_fact,
    parcel_fact,
    record_facts,
)
from app.storage.models import Fact, Shipment, ShipmentOrder, Snapshot, TrackEvent
from app.storage.types import chain_time, utc_now
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
    content["fetched_utc"] = chain_time(content["fetched_utc"])
    return content


EVENT_VERSION = 2  # since 0007 an event also hashes its sort time and place in its parcel
VERSION_2_FIELDS = ("v", "event_utc", "parcel_n", "parcel_prev")


def event_content(row: TrackEvent | Mapping[str, Any]) -> dict[str, Any]:
    """What an event's hash covers (the chain adds ``seq``).

    Version 1 events (before 0007) hash without the sort time and parcel link; any ``v``
    other than 1 hashes them, so an edited version fails rather than passes.
    """
    content = _fields(row, EVENT_HASHED)
    extra = _fields(row, VERSION_2_FIELDS)
    if extra["v"] != 1:
        moment = extra["event_utc"]
        extra["event_utc"] = chain_time(moment) if isinstance(moment, datetime) else moment
        content.update(extra)
    return content


def record_snapshot(session: Session, exchange: Exchange, fetched: datetime) -> Snapshot:
    values = {
        "provider": exchange.provider,
        "url": exchange.url,
        "numbers": json.dumps(exchange.numbers),
        "http_status": exchange.http_status,
        "fetched_utc": fetched,
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
    # a provider's time without an offset is read on this computer's clock, as it always was
    key = f"{chain_time(event.time.astimezone(UTC))}|{event.status}|{event.text}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def record_events(
    session: Session,
    shipment: Shipment,
    events: Iterable[ParsedEvent],
    provider: str,
    snapshot: Snapshot,
) -> int:
    """Add the events not seen before; return how many were new.

    Each new event is numbered and linked within its parcel, and the parcel's fact is
    chained again with the new count, so a deleted or moved event shows in its pack.
    """
    rows = session.execute(
        select(TrackEvent.dedup_key, TrackEvent.seq, TrackEvent.parcel_n, TrackEvent.hash).where(
            TrackEvent.shipment_id == shipment.id
        )
    ).all()
    known = {row.dedup_key for row in rows}
    newest = max(rows, key=lambda row: row.seq, default=None)
    tally = Tally()
    if newest is not None:
        # the newest event's own number, never a count a deletion would have lowered
        tally = Tally(newest.parcel_n or len(rows), newest.hash)
    added = 0
    for event in sorted(events, key=lambda e: (e.time, RANK.get(e.status, 0))):
        key = dedup_key(event)
        if key in known:
            continue
        known.add(key)
        values: dict[str, Any] = {
            "shipment_id": shipment.id,
            "event_time": event.time.isoformat(),
            "status": event.status,
            "carrier_status": event.carrier_status,
            "text": event.text,
            "location": event.location,
            "provider": provider,
            "snapshot_id": snapshot.id,
            "dedup_key": key,
            "v": EVENT_VERSION,
            "event_utc": event.time.astimezone(UTC),
            "parcel_n": tally.n + 1,
            "parcel_prev": tally.head,
        }
        link = append(session, EVENT_CHAIN, event_content(values))
        session.add(TrackEvent(**values, seq=link.seq, prev_hash=link.prev_hash, hash=link.hash))
        tally = tally.then(link.hash)
        added += 1
    session.flush()
    if added:
        _record_parcel(session, shipment, tally)
    return added


def _record_parcel(session: Session, shipment: Shipment, now: Tally) -> None:
    """Chain the parcel's fact again with its new event count.

    Carried forward from its newest fact (a row edited since is not laundered into a new
    fact); a parcel without one — bound before facts existed and never backfilled —
    starts from its row.
    """
    carried = _carried(newest_fact(session, "parcel", shipment.id))
    if carried is not None:
        parcel, orders, bound_by = carried
    else:
        parcel = {name: getattr(shipment, name) for name in PARCEL_FIELDS}
        orders = list(
            session.scalars(
                select(ShipmentOrder.order_pk).where(ShipmentOrder.shipment_id == shipment.id)
            )
        )
        bound_by = None
    recorded = utc_now()
    record_facts(
        session, [parcel_fact(shipment.id, parcel, orders, bound_by, now, "events", recorded)]
    )


def _carried(fact: Fact | None) -> tuple[dict[str, Any], list[int], dict[str, Any] | None] | None:
    """(parcel, orders, bound_by) of a parcel's fact, or None when there is none readable."""
    if fact is None:
        return None
    try:
        content = fact_content(fact)
        return dict(content["parcel"]), list(content["orders"]), content["bound_by"]
    except (ValueError, KeyError, TypeError):
        return None


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
