"""Records retyped or emptied by direct SQL: verify and the packs name them, never crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from app.chains import verify_all
from app.evidence.files import write_packs
from app.storage import Database


def broken(database: Database) -> dict[str, str]:
    with database.session() as session:
        return {
            report.chain: report.first_bad.reason
            for report in verify_all(session)
            if report.first_bad is not None
        }


def test_a_raw_answer_edited_with_replace_is_a_change_not_a_crash(
    tracked_shop: Database, tmp_path: Path
) -> None:
    with tracked_shop.engine.begin() as connection:  # replace() hands back TEXT, not a BLOB
        connection.execute(text("UPDATE snapshots SET body = replace(body, 'a', 'b')"))
    assert "stored as str" in broken(tracked_shop)["snapshots"]
    [pack] = write_packs(tracked_shop, ["3001"], tmp_path / "packs")
    assert pack.integrity == "failed"


@pytest.mark.parametrize(
    ("statement", "chain", "cause"),
    [
        ("UPDATE snapshots SET fetched_utc = 'yesterday'", "snapshots", "can no longer be read"),
        ("UPDATE scans SET seq = 'two' WHERE seq = 2", "scans", "record 2"),
        ("UPDATE scans SET hash = '' WHERE seq = 1", "scans", "changed"),
        ("UPDATE track_events SET event_time = 42 WHERE seq = 1", "events", "changed"),
    ],
)
def test_retyped_or_emptied_fields_are_named(
    tracked_shop: Database, statement: str, chain: str, cause: str
) -> None:
    with tracked_shop.engine.begin() as connection:
        connection.execute(text(statement))
    found = broken(tracked_shop)
    assert cause in found[chain], found
