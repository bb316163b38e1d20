"""Reading the scan log back: its records as the hash chain covers them, and verifying it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.chain import Break, verify
from app.storage.models import Scan

SCAN_CHAIN = "scans"
HASHED_FIELDS = (
    "station",
    "operator",
    "scanned_at",
    "raw_input",
    "normalized",
    "kind",
    "result",
    "code",
    "message",
    "order_pk",
    "tracking_number",
    "carrier",
    "seq",
)


PHOTO_FIELD = "photo_sha256"  # hashed when the scan has a photo; older scans have none


SCAN_VERSION = 2  # since 0007 a scan also hashes its place among its order's scans
VERSION_2_FIELDS = ("v", "order_n", "order_prev")


def scan_content(scan: Scan) -> dict[str, Any]:
    """Exactly what the scan's hash covers, as written by the station.

    Scans written before version 2 hash without its fields; any other ``v`` (edited to 1,
    emptied, retyped) changes what is hashed, so the record fails rather than passes.
    """
    content = {name: getattr(scan, name) for name in HASHED_FIELDS}
    if scan.photo_sha256 is not None:
        content[PHOTO_FIELD] = scan.photo_sha256
    if scan.v != 1:
        content.update({name: getattr(scan, name) for name in VERSION_2_FIELDS})
    return content


def _records(session: Session) -> Iterator[tuple[int, dict[str, Any], str, str]]:
    for scan in session.scalars(select(Scan).order_by(Scan.seq).execution_options(yield_per=2000)):
        yield scan.id, scan_content(scan), scan.prev_hash, scan.hash


def verify_scans(session: Session) -> Break | None:
    """The first scan record that was edited, removed or reordered, if any."""
    return verify(session, SCAN_CHAIN, _records(session))
