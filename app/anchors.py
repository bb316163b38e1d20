"""Chain heads kept outside the shop's file, and the proof that today's chains still hold them.

The newest hash of a chain covers every record before it, but it lives in the same file
as the records: someone who rewrites records and recomputes every hash and the head leaves
a chain that verifies. A head written down elsewhere earlier — in an evidence pack that was
sent to a platform, in a backup, in a heads file — defeats that: today's record at the
same position must still carry the same hash, or the past was rewritten.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.chains import CHAINS
from app.storage.models import ChainHead
from app.storage.schema_check import read_only

HEADS_KEY = "shipproof-chain-heads"  # how a pack's metadata names them


@dataclass(frozen=True)
class Head:
    chain: str
    seq: int
    hash: str


class AnchorError(ValueError):
    """A file that holds no chain heads ShipProof can read."""


def current_heads(session: Session) -> list[Head]:
    rows = session.execute(select(ChainHead.chain, ChainHead.length, ChainHead.head)).all()
    return [Head(chain, seq, digest) for chain, seq, digest in rows if seq]


def heads_json(heads: list[Head]) -> str:
    return json.dumps(
        {"heads": [{"chain": h.chain, "seq": h.seq, "hash": h.hash} for h in heads]},
        separators=(",", ":"),
        sort_keys=True,
    )


def _parse(text: str, source: Path) -> list[Head]:
    try:
        data: Any = json.loads(text)
        return [Head(str(h["chain"]), int(h["seq"]), str(h["hash"])) for h in data["heads"]]
    except (ValueError, KeyError, TypeError) as error:
        raise AnchorError(f"{source}: its chain heads cannot be read ({error})") from None


def heads_of_file(path: Path) -> list[Head]:
    """The heads recorded in an evidence pack, a backup or a heads file.

    Raises:
        AnchorError: the file is none of those, or holds no heads.
    """
    if not path.is_file():
        raise AnchorError(f"{path}: no such file")
    head = path.read_bytes()[:16]
    if head.startswith(b"%PDF"):
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError

        try:
            metadata = PdfReader(path).metadata
        except PyPdfError as error:
            raise AnchorError(f"{path}: not a readable PDF ({error})") from None
        keywords = str(metadata.get("/Keywords") or "") if metadata is not None else ""
        if not keywords.startswith(HEADS_KEY + " "):
            raise AnchorError(f"{path}: not an evidence pack that records its chain heads")
        return _parse(keywords.removeprefix(HEADS_KEY + " "), path)
    if head.startswith(b"SQLite format 3"):
        try:
            with closing(read_only(path)) as connection:
                rows = connection.execute("SELECT chain, length, head FROM chain_heads").fetchall()
        except sqlite3.DatabaseError as error:
            raise AnchorError(f"{path}: not a ShipProof backup ({error})") from None
        return [Head(str(c), int(n), str(h)) for c, n, h in rows if n]
    return _parse(path.read_text(encoding="utf-8", errors="replace"), path)


def check_against(session: Session, heads: list[Head]) -> list[str]:
    """What of ``heads`` today's chains no longer hold; empty when they hold them all.

    Each recorded hash covers its record and every earlier one, so one comparison per
    chain proves the whole past up to that record unchanged (the chains themselves are
    checked link by link by ``verify``).
    """
    models = {name: model for name, _check, model in CHAINS}
    problems = []
    for head in heads:
        model = models.get(head.chain)
        if model is None:
            problems.append(f"{head.chain}: a chain this shop does not keep")
            continue
        found = session.scalar(select(model.hash).where(model.seq == head.seq))
        if found is None:
            problems.append(f"{head.chain} record {head.seq}: gone since it was anchored")
        elif found != head.hash:
            problems.append(f"{head.chain} record {head.seq}: rewritten since it was anchored")
    return problems
