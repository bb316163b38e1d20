"""Hash chains over append-only records (scans now; carrier events and snapshots later).

Each record stores SHA-256 over the previous record's hash and its own canonical content,
and the chain's head (newest hash and length) is kept in ``chain_heads``. Editing a record
breaks its hash; deleting one breaks the next record's link, or, for the newest, the head.
Appending locks the head row (``SELECT … FOR UPDATE`` on PostgreSQL, the write lock on
SQLite), so two stations can never both link to the same predecessor.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import Session

from app.storage.models import ChainHead

GENESIS = "0" * 64


class ChainError(RuntimeError):
    """The chain's head is missing: the database was not migrated."""


_ORJSON_OPTIONS = orjson.OPT_SORT_KEYS | orjson.OPT_PASSTHROUGH_DATETIME
_ORJSON_OPTIONS |= orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_SUBCLASS


def canonical(content: Mapping[str, Any]) -> bytes:
    """The exact bytes a record's hash covers: sorted keys, no spaces, UTF-8 — the bytes
    ``json.dumps(sort_keys=True, ensure_ascii=False, separators=(",", ":"))`` gives, which
    is what a pack's reader recomputes with nothing but Python's standard library.

    orjson writes them twice as fast (an import chains a fact per order). For what records
    hold — text, integers, booleans, None, lists and objects — its bytes are the standard
    library's (tests/storage/test_canonical.py); what it refuses (an integer beyond 64
    bits, a subclass, a datetime) goes to the standard library, which writes it or raises
    as before. No record is written with a float (no column holds one); in an edited
    record orjson spells one its own way (``0.00001`` for ``1e-05``), which fails its hash
    all the same.
    """
    try:
        return orjson.dumps(content, option=_ORJSON_OPTIONS)
    except TypeError:
        text = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return text.encode("utf-8")


def link(previous: str, content: Mapping[str, Any]) -> str:
    return hashlib.sha256(previous.encode("ascii") + b"\n" + canonical(content)).hexdigest()


@dataclass(frozen=True)
class Link:
    seq: int
    prev_hash: str
    hash: str


_READ_HEAD = (
    select(ChainHead.head, ChainHead.length)
    .where(ChainHead.chain == bindparam("chain"))
    .with_for_update()
)
_MOVE_HEAD = (
    update(ChainHead)
    .where(ChainHead.chain == bindparam("name"))
    .values(head=bindparam("head"), length=bindparam("length"))
)


def append(session: Session, chain: str, content: Mapping[str, Any]) -> Link:
    """Take the next link of ``chain`` for ``content``; the hash covers ``content`` + ``seq``.

    The caller stores the returned ``seq``, ``prev_hash`` and ``hash`` with the record in
    the same transaction. The head is read and moved with two prepared statements on the
    session's connection (no ORM object): a packing station appends once per scan.
    """
    connection = session.connection()
    head = connection.execute(_READ_HEAD, {"chain": chain}).one_or_none()
    if head is None:
        raise ChainError(f"no head for chain {chain!r}: migrate the database")
    previous, seq = head.head, head.length + 1
    digest = link(previous, {**content, "seq": seq})
    connection.execute(_MOVE_HEAD, {"name": chain, "head": digest, "length": seq})
    return Link(seq, previous, digest)


def hold(connection: Connection, chain: str) -> None:
    """Take ``chain``'s head lock now, before any row lock of the transaction (PostgreSQL).

    Who appends to the facts chain also locks order rows: an import (rows, then facts per
    chunk) and a station binding a label (rows, then facts) would each hold what the other
    waits for. Both take the facts head first, so they wait in line instead.
    """
    if connection.execute(_READ_HEAD, {"chain": chain}).one_or_none() is None:
        raise ChainError(f"no head for chain {chain!r}: migrate the database")


def append_many(
    session: Session, chain: str, contents: Sequence[Mapping[str, Any]]
) -> list[tuple[Link, bytes]]:
    """:func:`append` for many records at once: the head is read and moved once.

    Each link comes with the canonical bytes its hash covers (content and ``seq``): a
    record kept as that text is hashed from exactly what is stored, and serialised once.
    """
    connection = session.connection()
    head = connection.execute(_READ_HEAD, {"chain": chain}).one_or_none()
    if head is None:
        raise ChainError(f"no head for chain {chain!r}: migrate the database")
    previous, length = head.head, head.length
    links = []
    for seq, content in enumerate(contents, start=length + 1):
        data = canonical({**content, "seq": seq})
        digest = hashlib.sha256(previous.encode("ascii") + b"\n" + data).hexdigest()
        links.append((Link(seq, previous, digest), data))
        previous = digest
    if links:
        connection.execute(
            _MOVE_HEAD, {"name": chain, "head": previous, "length": length + len(links)}
        )
    return links


@dataclass(frozen=True)
class Break:
    """The first record where a chain does not hold, and why."""

    chain: str
    seq: int | None
    record_id: int | None
    reason: str


def verify(
    session: Session, chain: str, records: Iterable[tuple[int, Mapping[str, Any], str, str]]
) -> Break | None:
    """Check ``records`` — (record id, content, prev_hash, hash) in ``seq`` order — and the head.

    A head that disagrees with the records is blamed on what the disagreement shows: a
    head longer than the records means the newest were deleted; a shorter one, that
    records were written past it or the head was rewound; the same length with another
    hash, that the head row itself was edited.
    """
    expected_prev, expected_seq = GENESIS, 1
    for record_id, content, prev_hash, digest in records:
        seq = content.get("seq")
        if seq != expected_seq:
            missing = "missing or reordered" if isinstance(seq, int) else "has no sequence number"
            return Break(chain, expected_seq, record_id, f"record {expected_seq} is {missing}")
        if prev_hash != expected_prev:
            return Break(chain, seq, record_id, "does not link to the record before it")
        if link(prev_hash, content) != digest:
            return Break(chain, seq, record_id, "its content was changed after it was written")
        expected_prev, expected_seq = digest, expected_seq + 1
    found = expected_seq - 1
    head = session.execute(
        select(ChainHead.head, ChainHead.length).where(ChainHead.chain == chain)
    ).one_or_none()
    if head is None:
        return Break(chain, None, None, f"the chain's head row is missing ({found} records found)")
    length = head.length
    if not isinstance(length, int):
        return Break(chain, None, None, f"the chain's head was edited: its length is {length!r}")
    if length > found:
        return Break(
            chain,
            found + 1,
            None,
            f"the chain ends at record {found} but its head counts {length}: "
            f"newest records were deleted ({length - found} missing)",
        )
    if length < found:
        return Break(
            chain,
            length + 1,
            None,
            f"records exist past the head: {found} found but its head counts {length} "
            "— the head was rewound or edited",
        )
    if head.head != expected_prev:
        return Break(
            chain,
            found or None,
            None,
            "the chain's head was edited: its hash is not that of the newest record",
        )
    return None
