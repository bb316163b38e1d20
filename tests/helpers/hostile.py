"""Hostile files meet the command line under a memory cap; a one-order export to spoil."""

from __future__ import annotations

import subprocess
from pathlib import Path

from tests.helpers import cli
from tests.helpers.shopify import order_rows, write_export

MEMORY_CAP = 1536 << 20  # address space of the import process: 1.5 GB


def shopify(path: Path, **cells: str) -> Path:
    """A one-order Shopify export whose first row has ``cells`` instead of its own."""
    records = order_rows("#2001", "2026-04-05 10:00:00 +0000", [(1, "Cup", "5.00", "CUP")])
    records[0].update(cells)
    return write_export(path, records)


def shipproof(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line under the memory cap, with time for the largest hostile files."""
    return cli.shipproof(home, *args, memory_cap=MEMORY_CAP, timeout=300)
