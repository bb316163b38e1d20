"""One rule for stored times: ``*_utc`` columns are instants, aware in and aware out;
``*_at`` columns are times as their source wrote them, text with its offset."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import String, text
from sqlalchemy.exc import StatementError

from app.storage import Database
from app.storage.models import Base, ImportBatch
from app.storage.types import NaiveTimeError, UtcDateTime, chain_time

BEIJING = timezone(timedelta(hours=8))


def test_every_stored_time_follows_the_naming_rule() -> None:
    for table in Base.metadata.tables.values():
        for column in table.columns:
            if column.name.endswith("_utc"):
                assert isinstance(column.type, UtcDateTime), f"{table.name}.{column.name}"
            elif column.name.endswith("_at"):
                assert isinstance(column.type, String), f"{table.name}.{column.name}"
            else:
                assert not isinstance(column.type, UtcDateTime), f"{table.name}.{column.name}"


def _batch(moment: datetime) -> ImportBatch:
    return ImportBatch(
        imported_utc=moment,
        files="[]",
        sha256="",
        platform="shopify",
        profile="shopify",
        rows=0,
        orders_new=0,
        orders_updated=0,
        orders_unchanged=0,
        lines=0,
    )


def test_an_instant_goes_in_aware_is_kept_as_utc_and_comes_back_aware(database: Database) -> None:
    written = datetime(2026, 9, 22, 18, 30, 5, 123456, tzinfo=BEIJING)
    with database.write() as session:
        session.add(_batch(written))
    with database.session() as session:
        [read] = session.query(ImportBatch.imported_utc).one()
        stored = session.execute(text("SELECT imported_utc FROM import_batches")).scalar()
    assert read == written and read.tzinfo is UTC and read.hour == 10
    assert stored == "2026-09-22 10:30:05.123456"  # as these columns always held them


def test_a_time_without_an_offset_is_refused_and_nothing_is_written(database: Database) -> None:
    with pytest.raises(StatementError) as caught, database.write() as session:
        session.add(_batch(datetime(2026, 9, 22, 10, 30)))
    assert isinstance(caught.value.orig, NaiveTimeError)
    with database.session() as session:
        assert session.query(ImportBatch).count() == 0


def test_chained_records_write_instants_as_they_always_hashed_them() -> None:
    assert chain_time(datetime(2026, 9, 22, 18, 30, tzinfo=BEIJING)) == "2026-09-22T10:30:00"
    with pytest.raises(NaiveTimeError):
        chain_time(datetime(2026, 9, 22, 10, 30))


def test_carrier_records_hash_their_times_as_before(tmp_path: object) -> None:
    """The hashed form of a raw answer's and an event's time is what records kept by every
    earlier version hashed; a "+00:00" here would fail each of them at verify."""
    from app.tracking.archive import event_content, snapshot_content

    moment = datetime(2026, 9, 22, 18, 0, tzinfo=BEIJING)
    snapshot = {"provider": "kuaidi100", "url": "u", "numbers": "[]", "http_status": 200}
    assert snapshot_content(snapshot | {"fetched_utc": moment, "sha256": ""})["fetched_utc"] == (
        "2026-09-22T10:00:00"
    )
    event = dict.fromkeys(
        ("shipment_id", "event_time", "status", "carrier_status", "text", "location"), None
    )
    event |= {"provider": "kuaidi100", "snapshot_id": 1, "dedup_key": "k"}
    event |= {"v": 2, "event_utc": moment, "parcel_n": 1, "parcel_prev": None}
    assert event_content(event)["event_utc"] == "2026-09-22T10:00:00"


def test_a_carrier_time_without_an_offset_is_still_kept() -> None:
    """A provider that writes its times without an offset is read on this computer's
    clock, as before: the refresh keeps the event rather than failing on it."""
    from app.tracking.archive import dedup_key
    from app.tracking.providers.base import ParsedEvent

    naive = ParsedEvent(datetime(2026, 9, 22, 10), "in_transit", None, "arrived", None)
    aware = ParsedEvent(naive.time.astimezone(), "in_transit", None, "arrived", None)
    assert dedup_key(naive) == dedup_key(aware)
