"""Verifying the tracking archive: the events chain and the raw answers chain."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.chain import Break, verify
from app.storage.models import Snapshot, TrackEvent
from app.tracking.archive import (
    EVENT_CHAIN,
    SNAPSHOT_CHAIN,
    body_problem,
    event_content,
    snapshot_content,
)


def verify_events(session: Session) -> Break | None:
    def records() -> Iterator[tuple[int, dict[str, Any], str, str]]:
        rows = session.scalars(
            select(TrackEvent).order_by(TrackEvent.seq).execution_options(yield_per=2000)
        )
        for event in rows:
            yield event.id, {**event_content(event), "seq": event.seq}, event.prev_hash, event.hash

    return verify(session, EVENT_CHAIN, records())


def verify_snapshots(session: Session) -> Break | None:
    """Also re-hashes every stored body: an edited raw answer is found even if its row is not."""
    bodies: list[Break] = []

    def records() -> Iterator[tuple[int, dict[str, Any], str, str]]:
        rows = session.scalars(
            select(Snapshot).order_by(Snapshot.seq).execution_options(yield_per=500)
        )
        for snapshot in rows:
            changed = None if bodies else body_problem(snapshot)
            if changed is not None:
                bodies.append(Break(SNAPSHOT_CHAIN, snapshot.seq, snapshot.id, changed))
            yield (
                snapshot.id,
                {**snapshot_content(snapshot), "seq": snapshot.seq},
                snapshot.prev_hash,
                snapshot.hash,
            )

    broken = verify(session, SNAPSHOT_CHAIN, records())
    if bodies and (broken is None or (broken.seq or 0) > (bodies[0].seq or 0)):
        return bodies[0]
    return broken
