"""A chain head that disagrees with its records is blamed on what the disagreement shows.

Before, every mismatch said "newest records were deleted", so an edited or rewound head
sent whoever read the report looking for deletions that never happened.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from app.storage import Database
from app.storage.chain import Break, Link, append, verify

Record = tuple[int, dict[str, Any], str, str]


@pytest.fixture
def chain(database: Database) -> list[Record]:
    """Four records of the scans chain, as verify() reads them."""
    contents = [{"n": n} for n in range(4)]
    with database.write() as session:
        links: list[Link] = [append(session, "scans", content) for content in contents]
    return [
        (number, {**content, "seq": link.seq}, link.prev_hash, link.hash)
        for number, (content, link) in enumerate(zip(contents, links, strict=True), start=1)
    ]


def edit_head(database: Database, statement: str, **values: object) -> None:
    with database.write() as session:
        session.execute(text(statement), values)


def check(database: Database, records: list[Record]) -> Break | None:
    with database.session() as session:
        return verify(session, "scans", records)


def test_a_sound_chain_has_no_break(database: Database, chain: list[Record]) -> None:
    assert check(database, chain) is None


def test_deleted_newest_records_are_counted(database: Database, chain: list[Record]) -> None:
    broken = check(database, chain[:2])
    assert broken is not None and broken.seq == 3
    assert "newest records were deleted (2 missing)" in broken.reason
    assert "head counts 4" in broken.reason


def test_records_past_a_rewound_head(database: Database, chain: list[Record]) -> None:
    """The head moved back to record 2 as if 3 and 4 had never been written."""
    edit_head(
        database,
        "UPDATE chain_heads SET length = 2, head = :head WHERE chain = 'scans'",
        head=chain[1][3],
    )
    broken = check(database, chain)
    assert broken is not None and broken.seq == 3
    assert "records exist past the head" in broken.reason
    assert "rewound or edited" in broken.reason and "deleted" not in broken.reason


def test_an_edited_head_hash_blames_the_head(database: Database, chain: list[Record]) -> None:
    edit_head(database, "UPDATE chain_heads SET head = :head WHERE chain = 'scans'", head="f" * 64)
    broken = check(database, chain)
    assert broken is not None and broken.seq == 4
    assert broken.reason == "the chain's head was edited: its hash is not that of the newest record"


def test_a_missing_head_row_says_so(database: Database, chain: list[Record]) -> None:
    edit_head(database, "DELETE FROM chain_heads WHERE chain = 'scans'")
    broken = check(database, chain)
    assert broken is not None and broken.seq is None
    assert broken.reason == "the chain's head row is missing (4 records found)"


def test_a_head_length_turned_to_text_is_a_finding_not_a_crash(
    database: Database, chain: list[Record]
) -> None:
    edit_head(database, "UPDATE chain_heads SET length = 'four' WHERE chain = 'scans'")
    broken = check(database, chain)
    assert (
        broken is not None and broken.reason == "the chain's head was edited: its length is 'four'"
    )


def test_an_empty_chain_with_an_edited_head(database: Database) -> None:
    edit_head(database, "UPDATE chain_heads SET head = :head WHERE chain = 'scans'", head="a" * 64)
    broken = check(database, [])
    assert broken is not None and broken.seq is None and "head was edited" in broken.reason
