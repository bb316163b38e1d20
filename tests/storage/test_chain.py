"""Hash chains: append links records; editing or deleting any record is detected."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.storage import Database
from app.storage.chain import GENESIS, append, verify
from app.storage.models import ChainHead


def records(
    contents: list[dict[str, Any]], links: list[Any]
) -> list[tuple[int, dict[str, Any], str, str]]:
    return [
        (i + 1, {**content, "seq": link.seq}, link.prev_hash, link.hash)
        for i, (content, link) in enumerate(zip(contents, links, strict=True))
    ]


def write_chain(database: Database, contents: list[dict[str, Any]]) -> list[Any]:
    with database.write() as session:
        return [append(session, "scans", content) for content in contents]


def test_a_fresh_chain_links_from_genesis_and_verifies(database: Database) -> None:
    contents = [{"raw": "SF123", "code": "dispatched"}, {"raw": "扫描", "code": "unknown_code"}]
    links = write_chain(database, contents)
    assert links[0].prev_hash == GENESIS and links[1].prev_hash == links[0].hash
    with database.session() as session:
        assert verify(session, "scans", records(contents, links)) is None
        head = session.scalar(select(ChainHead).where(ChainHead.chain == "scans"))
        assert head is not None and (head.length, head.head) == (2, links[1].hash)


def test_edits_deletions_and_truncation_are_found(database: Database) -> None:
    contents = [{"n": i} for i in range(4)]
    links = write_chain(database, contents)
    good = records(contents, links)
    with database.session() as session:
        edited = [good[0], (2, {"n": 99, "seq": 2}, good[1][2], good[1][3]), *good[2:]]
        assert verify(session, "scans", edited).reason.startswith("its content was changed")  # type: ignore[union-attr]
        deleted = [good[0], *good[2:]]
        broken = verify(session, "scans", deleted)
        assert broken is not None and broken.seq == 2 and "missing" in broken.reason
        truncated = verify(session, "scans", good[:-1])
        assert truncated is not None and "newest records were deleted" in truncated.reason
