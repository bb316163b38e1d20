"""What anchoring tests need: a consistent rewrite of the scans chain, an offline TSA address."""

from __future__ import annotations

import socket

from sqlalchemy import select, text

from app.dispatch.scan_log import scan_content
from app.storage import Database
from app.storage.chain import GENESIS, link
from app.storage.models import Scan


def rewrite_scans(database: Database) -> None:
    """What an attacker with the file does: change the first scan, then recompute every
    scan's hash and the chain's head, so the file alone verifies."""
    with database.write() as session:
        previous = GENESIS
        for scan in session.scalars(select(Scan).order_by(Scan.seq)):
            if scan.seq == 1:
                scan.operator = "Somebody else"
            scan.prev_hash = previous
            scan.hash = link(previous, scan_content(scan))
            previous = scan.hash
        session.execute(
            text("UPDATE chain_heads SET head = :h WHERE chain = 'scans'"), {"h": previous}
        )


def closed_port_url() -> str:
    """An address on this machine where nothing listens: the shop is offline."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/tsr"
