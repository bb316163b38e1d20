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

from app.catalogue import QT_TRANSLATE_NOOP, say
from app.dispatch.photos import PhotoStore
from app.dispatch.scan_log import SCAN_CHAIN, verify_scans
from app.evidence.consistency import ORDERS, PARCELS, verify_orders, verify_parcels
from app.evidence.facts import PHOTO_CHAIN
from app.names import name
from app.storage.chain import Break
from app.storage.facts import FACT_CHAIN, verify_facts
from app.storage.models import Fact, Order, Scan, Shipment, Snapshot, TrackEvent
from app.tracking.archive import EVENT_CHAIN, SNAPSHOT_CHAIN
from app.tracking.verify import verify_events, verify_snapshots

CHAINS: tuple[tuple[str, Callable[[Session], Break | None], Any], ...] = (
    (SCAN_CHAIN, verify_scans, Scan),
    (EVENT_CHAIN, verify_events, TrackEvent),
    (SNAPSHOT_CHAIN, verify_snapshots, Snapshot),
    (FACT_CHAIN, verify_facts, Fact),
)
# not chains: every order and parcel against its newest fact (what each pack checks)
AGREEMENT: tuple[tuple[str, Callable[[Session], Break | None], Any], ...] = (
    (ORDERS, verify_orders, Order),
    (PARCELS, verify_parcels, Shipment),
)


# what a check says of a chain, on the command line and in the window alike
CHAIN_OK = QT_TRANSLATE_NOOP("Cli", "{chain}: {records} records, ok")
CHAIN_BROKEN = QT_TRANSLATE_NOOP(
    "Cli", "{chain}: {records} records, BROKEN at record {seq}: {reason}"
)


@dataclass(frozen=True)
class ChainReport:
    chain: str
    records: int
    first_bad: Break | None

    @property
    def ok(self) -> bool:
        return self.first_bad is None

    def text(self, lang: str) -> str:
        """One line in ``lang``: the chain, its records, and where it breaks if it does."""
        chain = name("Chain", self.chain, lang)
        if self.first_bad is None:
            return say("Cli", CHAIN_OK, lang, chain=chain, records=self.records)
        return say(
            "Cli",
            CHAIN_BROKEN,
            lang,
            chain=chain,
            records=self.records,
            seq=self.first_bad.seq,
            reason=self.first_bad.reason,
        )


def verify_all(session: Session, photos: PhotoStore | None = None) -> list[ChainReport]:
    """Each chain's record count and its first edited, missing or reordered record.

    With ``photos``, also the parcel photos the scans name (once there are any), each
    re-hashed: a photo is not a chain, but a pack resting on a lost one fails all the same.
    """
    reports = [
        ChainReport(
            name, session.scalar(select(func.count(model.id))) or 0, _safely(check, name, session)
        )
        for name, check, model in CHAINS + AGREEMENT
    ]
    photo_report = _verify_photos(session, photos) if photos is not None else None
    return reports + ([photo_report] if photo_report is not None else [])


def _safely(check: Callable[[Session], Break | None], chain: str, session: Session) -> Break | None:
    """A chain whose rows cannot even be read (a time edited into words, a number into
    text) is broken, and verify says so rather than crash."""
    try:
        return check(session)
    except (ValueError, TypeError, OverflowError) as error:
        session.rollback()
        return Break(chain, None, None, f"a record can no longer be read: {error}")


def _verify_photos(session: Session, photos: PhotoStore) -> ChainReport | None:
    """The first photo a scan names that is gone or changed; None for a shop without any."""
    named = session.execute(
        select(Scan.seq, Scan.id, Scan.photo_sha256)
        .where(Scan.photo_sha256.is_not(None))
        .order_by(Scan.seq)
    ).all()
    if not named:
        return None
    for seq, scan_id, digest in named:
        state = photos.check(str(digest))
        if state != "ok":
            reason = f"the photo of scan {seq} is {state}"
            return ChainReport(PHOTO_CHAIN, len(named), Break(PHOTO_CHAIN, seq, scan_id, reason))
    return ChainReport(PHOTO_CHAIN, len(named), None)
