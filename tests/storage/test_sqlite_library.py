"""The self-test names the SQLite library and warns when its WAL-reset bug meets a shared file."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from app.selftest import check_database
from app.storage import Database
from app.storage.sqlite_library import has_wal_reset_bug, library_note, recent_stations

TODAY = date(2026, 9, 30)


@pytest.mark.parametrize(
    ("version", "affected"),
    [
        ((3, 6, 23), False),  # before WAL existed
        ((3, 7, 0), True),
        ((3, 40, 1), True),  # Debian 12's
        ((3, 44, 5), True),
        ((3, 44, 6), False),  # backport
        ((3, 45, 0), True),
        ((3, 50, 6), True),
        ((3, 50, 7), False),  # backport
        ((3, 51, 2), True),
        ((3, 51, 3), False),
        ((3, 52, 0), False),
    ],
)
def test_which_versions_have_the_wal_reset_bug(
    version: tuple[int, int, int], affected: bool
) -> None:
    assert has_wal_reset_bug(version) is affected


def scans_by(path: Path, *scans: tuple[str, str]) -> Path:
    """A file with just the scans columns the note reads: (station, scanned_at)."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE scans (station TEXT, scanned_at TEXT)")
        connection.executemany("INSERT INTO scans VALUES (?, ?)", scans)
        connection.commit()
    return path


def test_the_stations_are_those_that_scanned_in_the_last_thirty_days(tmp_path: Path) -> None:
    shop = scans_by(
        tmp_path / "shop.db",
        ("desk", "2026-09-29T17:00:00+08:00"),
        ("desk", "2026-09-30T09:00:00+08:00"),
        ("garage", "2026-09-01T09:00:00+08:00"),
        ("old-laptop", "2026-08-30T09:00:00+08:00"),
    )
    assert recent_stations(shop, TODAY) == ["desk", "garage"]
    empty = tmp_path / "before-stations.db"
    sqlite3.connect(empty).close()
    assert recent_stations(empty, TODAY) == []


def test_an_affected_library_is_named_and_warned_of_only_with_several_stations(
    tmp_path: Path,
) -> None:
    one = scans_by(tmp_path / "one.db", ("desk", "2026-09-29T17:00:00+08:00"))
    two = scans_by(
        tmp_path / "two.db",
        ("desk", "2026-09-29T17:00:00+08:00"),
        ("garage", "2026-09-29T17:01:00+08:00"),
    )
    assert library_note(two, (3, 51, 3), TODAY) == "SQLite 3.51.3"
    quiet = library_note(one, (3, 40, 1), TODAY)
    assert quiet.startswith("SQLite 3.40.1 (has SQLite's WAL-reset bug, fixed in 3.51.3")
    assert "warning" not in quiet and "warning" not in library_note(None, (3, 40, 1), TODAY)
    loud = library_note(two, (3, 40, 1), TODAY)
    assert loud.startswith("warning: SQLite 3.40.1 has SQLite's WAL-reset bug")
    assert "2 stations scanned into this file in the last 30 days (desk, garage)" in loud
    assert "PostgreSQL" in loud and "3.51.3 or newer" in loud


def test_the_selftest_names_the_library_this_python_links(database: Database) -> None:
    check = check_database(str(database.engine.url))
    assert check.ok, check.detail
    assert f"; SQLite {sqlite3.sqlite_version}" in check.detail
