"""Every hash chain the shop keeps, and one call that checks them all.

`shipproof verify`, the evidence packs' reasons and the backup checks all need the same
list; keeping it here means a new chain is verified everywhere at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.dispatch.scan_log import SCAN_CHAIN, verify_scans
from app.storage.chain import Break
from app.storage.models import Scan, Snapshot, TrackEvent
from app.tracking.archive import EVENT_CHAIN, SNAPSHOT_CHAIN
from app.tracking.verify import verify_events, verify_snapshots

CHAINS: tuple[tuple[str, Callable[[Session], Break | None], Any], ...] = (
    (SCAN_CHAIN, verify_scans, Scan),
    (EVENT_CHAIN, verify_events, TrackEvent),
    (SNAPSHOT_CHAIN, verify_snapshots, Snapshot),
)


@dataclass(frozen=True)
class ChainReport:
    chain: str
    records: int
    first_bad: Break | None

    @property
    def ok(self) -> bool:
        return self.first_bad is None


def verify_all(session: Session) -> list[ChainReport]:
    """Each chain's record count and its first edited, missing or reordered record."""
    return [
        ChainReport(name, session.scalar(select(func.count(model.id))) or 0, check(session))
        for name, check, model in CHAINS
    ]
