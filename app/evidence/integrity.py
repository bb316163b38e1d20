"""Checking the very records a pack rests on, one by one.

A pack must say "integrity FAILED" when one of *its* records was edited or removed, while
packs of untouched orders still say ok even if the shop's chains are broken elsewhere.
Each record used is re-hashed from its content and its predecessor's hash, and its
neighbours in the chain must link to it (a removed neighbour or a removed record shows).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.dispatch.scan_log import SCAN_CHAIN, scan_content
from app.storage.chain import GENESIS, link
from app.storage.facts import FACT_CHAIN, fact_content
from app.storage.models import ChainHead, Fact, Scan, Snapshot, TrackEvent
from app.tracking.archive import (
    EVENT_CHAIN,
    SNAPSHOT_CHAIN,
    body_problem,
    event_content,
    snapshot_content,
)


@dataclass(frozen=True)
class Problem:
    chain: str
    seq: int | None
    record_id: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.chain} record {self.seq}" if self.seq is not None else self.chain
        return f"{where}: {self.reason}"


Content = Callable[[Any], dict[str, Any]]


def _check(
    session: Session, chain: str, model: Any, content: Content, records: Iterable[Any]
) -> list[Problem]:
    records = list(records)
    problems: list[Problem] = []
    head = session.scalar(select(ChainHead).where(ChainHead.chain == chain))
    length = head.length if head else 0
    # a pack's records are mostly each other's neighbours; the others come in one query of
    # just their links (a pack of 60 events must not cost 120 lookups or 60 ORM objects)
    neighbours: dict[Any, Any] = {record.seq: record for record in records}
    wanted = {
        seq for record in records for seq in (record.seq - 1, record.seq + 1)
    } - neighbours.keys()
    if wanted:
        links = select(model.seq, model.id, model.hash, model.prev_hash).where(
            model.seq.in_(wanted)
        )
        neighbours.update((row.seq, row) for row in session.execute(links))
    for record in records:
        try:
            intact = link(record.prev_hash, content(record)) == record.hash
        except (ValueError, TypeError, AttributeError) as error:
            # a time edited into words, a number into text, a content that is not JSON
            reason = f"it can no longer be read ({error}): it was changed after it was written"
            problems.append(Problem(chain, record.seq, record.id, reason))
            continue
        if not intact:
            problems.append(Problem(chain, record.seq, record.id, "changed after it was written"))
            continue
        before = neighbours.get(record.seq - 1)
        expected = GENESIS if record.seq == 1 else (before.hash if before is not None else None)
        if expected is None:
            problems.append(
                Problem(chain, record.seq - 1, None, "the record before it was removed")
            )
        elif record.prev_hash != expected:
            problems.append(
                Problem(chain, record.seq, record.id, "no longer links to the record before it")
            )
        if record.seq == length and head is not None and head.head != record.hash:
            problems.append(Problem(chain, None, None, "the chain's head no longer names it"))
        if record.seq < length:
            after = neighbours.get(record.seq + 1)
            if after is None:
                problems.append(
                    Problem(chain, record.seq + 1, None, "the record after it was removed")
                )
            elif after.prev_hash != record.hash:
                problems.append(Problem(chain, record.seq + 1, after.id, "no longer links to it"))
    return problems


def _with_seq(content: Content) -> Content:
    return lambda record: {**content(record), "seq": record.seq}


@dataclass(frozen=True)
class RecordKind:
    """A chain a pack rests on: what each record's hash covers, and its label in the
    pack's root hash. One table for the checks here, the root hash and a pack's records."""

    chain: str
    label: str
    model: Any
    content: Content


RECORD_KINDS: tuple[RecordKind, ...] = (
    RecordKind(SCAN_CHAIN, "scan", Scan, scan_content),
    RecordKind(EVENT_CHAIN, "event", TrackEvent, _with_seq(event_content)),
    RecordKind(SNAPSHOT_CHAIN, "snapshot", Snapshot, _with_seq(snapshot_content)),
    RecordKind(FACT_CHAIN, "fact", Fact, fact_content),
)
KIND_OF = {kind.chain: kind for kind in RECORD_KINDS}


def hashed_content(chain: str, record: Any) -> dict[str, Any]:
    """Exactly what ``record`` of ``chain`` hashes (with its ``seq``); may raise ValueError
    or TypeError for a record edited out of shape."""
    return KIND_OF[chain].content(record)


def _kind_check(chain: str, session: Session, records: Iterable[Any]) -> list[Problem]:
    kind = KIND_OF[chain]
    return _check(session, chain, kind.model, kind.content, records)


def check_scans(session: Session, scans: Iterable[Scan]) -> list[Problem]:
    return _kind_check(SCAN_CHAIN, session, scans)


def check_events(session: Session, events: Iterable[TrackEvent]) -> list[Problem]:
    return _kind_check(EVENT_CHAIN, session, events)


def check_facts(session: Session, facts: Iterable[Fact]) -> list[Problem]:
    return _kind_check(FACT_CHAIN, session, facts)


def check_snapshots(session: Session, snapshots: Iterable[Snapshot]) -> list[Problem]:
    snapshots = list(snapshots)
    problems = _kind_check(SNAPSHOT_CHAIN, session, snapshots)
    for snapshot in snapshots:
        changed = body_problem(snapshot)
        if changed is not None:
            problems.append(Problem(SNAPSHOT_CHAIN, snapshot.seq, snapshot.id, changed))
    return problems
