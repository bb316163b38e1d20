"""An import's roomy page cache lasts as long as the import, never longer."""

from __future__ import annotations

import pytest

from app.storage import Database
from app.storage.database import SQLITE_BULK_CACHE_KIB, SQLITE_CACHE_KIB
from app.storage.models import Setting


def cache_of(raw: object) -> int:
    return int(raw.execute("PRAGMA cache_size").fetchone()[0])  # type: ignore[attr-defined]


def test_a_bulk_write_has_the_large_cache_and_hands_its_connection_back_without_it(
    database: Database,
) -> None:
    with database.write(bulk=True) as session:
        raw = session.connection().connection.dbapi_connection
        assert cache_of(raw) == -SQLITE_BULK_CACHE_KIB
        session.add(Setting(key="k", value="v"))
    assert cache_of(raw) == -SQLITE_CACHE_KIB


def test_a_failed_bulk_write_also_gives_the_cache_back(database: Database) -> None:
    with pytest.raises(RuntimeError), database.write(bulk=True) as session:
        raw = session.connection().connection.dbapi_connection
        raise RuntimeError("the import failed")
    assert cache_of(raw) == -SQLITE_CACHE_KIB
    with database.write() as session:
        assert cache_of(session.connection().connection.dbapi_connection) == -SQLITE_CACHE_KIB
