"""What a determined attacker with the shop's file does: change records, then recompute
every hash of every chain and every head, so that the file alone verifies again.

The scans chain is rewritten, and the facts that name scan hashes (an order's newest
scan, the scan that bound a label) are rewritten with the new hashes and re-chained.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.dispatch.scan_log import scan_content
from app.paths import DB_FILE_NAME
from app.storage import Database, open_database
from app.storage.chain import GENESIS, link
from app.storage.facts import fact_content
from app.storage.models import ChainHead, Fact, Scan


def rewrite_consistently(database: Database, edit: Callable[[Scan], None]) -> None:
    """Apply ``edit`` to every scan, then recompute the scans and facts chains."""
    with database.write() as session:
        renamed: dict[str, str] = {}
        previous = GENESIS
        for scan in session.scalars(select(Scan).order_by(Scan.seq)):
            old = scan.hash
            edit(scan)
            if scan.order_prev is not None:
                scan.order_prev = renamed.get(scan.order_prev, scan.order_prev)
            scan.prev_hash = previous
            scan.hash = link(previous, scan_content(scan))
            renamed[old] = previous = scan.hash
        _move_head(session, "scans", previous)
        previous = GENESIS
        for fact in session.scalars(select(Fact).order_by(Fact.seq)):
            text = fact.content
            for old, new in renamed.items():
                text = text.replace(old, new)
            fact.content, fact.prev_hash = text, previous
            fact.hash = link(previous, fact_content(fact))
            previous = fact.hash
        _move_head(session, "facts", previous)


def _move_head(session: Session, chain: str, head: str) -> None:
    session.execute(update(ChainHead).where(ChainHead.chain == chain).values(head=head))


def rewrite_who_packed(home: Path) -> None:
    """Change who packed the first scan, then recompute every hash and head."""

    def edit(scan: Scan) -> None:
        if scan.seq == 1:
            scan.operator = "Somebody else"

    database = open_database(f"sqlite:///{(home / DB_FILE_NAME).as_posix()}")
    try:
        rewrite_consistently(database, edit)
    finally:
        database.dispose()
