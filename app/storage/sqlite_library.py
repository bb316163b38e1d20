"""The SQLite library this Python links, and what its version means for a shared shop file.

SQLite 3.7.0 to 3.51.2 have the WAL-reset bug (https://www.sqlite.org/wal.html#walresetbug):
a race that can corrupt a WAL database or lose a commit when a checkpoint starts right
after one that emptied the WAL while another connection commits. It is fixed in
3.51.3 and in the 3.50.7 and 3.44.6 backports. ShipProof issues no checkpoint of its own
(SQLite's automatic one after a commit is all there is), so the race needs several
connections committing at once: the more stations share one file, the likelier, and a shop
with several stations belongs on PostgreSQL. The self-test names the library and warns
when an affected one serves a file that several stations scanned into lately.

The library is the Python's: Debian's system SQLite on Linux, the one python.org's builds
bundle (and PyInstaller carries along) on Windows and macOS.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

from app.catalogue import QT_TRANSLATE_NOOP, Said, said_text
from app.storage.schema_check import read_only

Version = tuple[int, int, int]
FIRST_WITH_WAL: Version = (3, 7, 0)
WAL_RESET_FIXED: tuple[Version, ...] = ((3, 44, 6), (3, 50, 7), (3, 51, 3))
RECENT_DAYS = 30  # scans older than this say little about how many stations share the file


def has_wal_reset_bug(version: Version) -> bool:
    """Whether SQLite ``version`` has the WAL-reset bug (its fix or a backport is missing)."""
    if version < FIRST_WITH_WAL or version >= WAL_RESET_FIXED[-1]:
        return False
    return not any(version[:2] == fixed[:2] and version >= fixed for fixed in WAL_RESET_FIXED)


def recent_stations(shop: Path, today: date) -> list[str]:
    """The stations that scanned into the SQLite file ``shop`` in the last ``RECENT_DAYS``."""
    since = (today - timedelta(days=RECENT_DAYS)).isoformat()
    try:
        with closing(read_only(shop)) as connection:
            rows = connection.execute(
                "SELECT DISTINCT station FROM scans WHERE scanned_at >= ? ORDER BY station",
                (since,),
            ).fetchall()
    except sqlite3.OperationalError:  # no scans table: a shop from before the stations
        return []
    return [str(row[0]) for row in rows]


def library_note(
    shop: Path | None,
    version: Version = sqlite3.sqlite_version_info,
    today: date | None = None,
) -> Said:
    """The self-test's words on this SQLite library for the file ``shop`` (None: none yet)."""
    name = "SQLite " + ".".join(str(part) for part in version)
    if not has_wal_reset_bug(version):
        return said_text("Selftest", "{name}", name=name)
    stations = recent_stations(shop, today or date.today()) if shop else []
    if len(stations) < 2:
        return said_text(
            "Selftest",
            QT_TRANSLATE_NOOP(
                "Selftest",
                "{name} (has SQLite's WAL-reset bug, fixed in 3.51.3: a risk for several stations)",
            ),
            name=name,
        )
    return said_text(
        "Selftest",
        QT_TRANSLATE_NOOP(
            "Selftest",
            "warning: {name} has SQLite's WAL-reset bug (fixed in 3.51.3), and {count} stations "
            "scanned into this file in the last {days} days ({stations}): a rare race between "
            "their commits can corrupt it; share the shop through PostgreSQL, or run ShipProof "
            "on a Python whose SQLite is 3.51.3 or newer",
        ),
        name=name,
        count=len(stations),
        days=RECENT_DAYS,
        stations=", ".join(stations),
    )
