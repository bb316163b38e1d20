"""The time-stamps a shop keeps (table ``anchors``), and what they still prove today.

A token is checked against the heads text it was asked for, never against a column that
says when or by whom: those are read from the token itself. A token whose heads today's
chains no longer hold shows that the records were rewritten after the TSA's time.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from sqlalchemy import LargeBinary, Text, cast, select
from sqlalchemy.orm import Session

from app.anchors import AnchorError, Head, check_against
from app.storage.models import Anchor
from app.tsa.tokens import TimestampError, check, imprint_matches, read

QUEUED, STAMPED = "queued", "stamped"


def heads_of(text: str) -> list[Head]:
    """The heads of a kept heads text (``app.anchors.heads_json``'s form).

    Raises:
        AnchorError: the text is not that form (it was edited in the database).
    """
    try:
        data: Any = json.loads(text)
        return [Head(str(h["chain"]), int(h["seq"]), str(h["hash"])) for h in data["heads"]]
    except (ValueError, KeyError, TypeError) as error:
        raise AnchorError(f"its chain heads cannot be read ({error})") from None


@dataclass(frozen=True)
class _Kept:
    id: int
    heads: bytes | None  # the heads text's bytes
    token: bytes | None  # the TSA's answer
    tsa_url: str


def _stamped(session: Session) -> list[_Kept]:
    """The stamped rows, oldest first, byte for byte: read as BLOBs, a token or heads text
    retyped or edited in the file (SQLite's ``replace()`` turns a BLOB into TEXT, perhaps
    not even UTF-8) is read as what it became and fails the checks by name. Only the
    columns a check needs are read, so an edited time cannot stop it."""
    rows = session.execute(
        select(
            Anchor.id,
            cast(Anchor.heads, LargeBinary),
            cast(Anchor.token, LargeBinary),
            cast(Anchor.tsa_url, Text),
        )
        .where(Anchor.status == STAMPED)
        .order_by(Anchor.id)
    ).all()
    return [_Kept(pk, heads, token, str(url)) for pk, heads, token, url in rows]


def _proof(kept: _Kept) -> tuple[bytes, str, list[Head]]:
    """The token's bytes, and the heads text kept with it and its heads.

    Raises:
        TimestampError: the token is no longer bytes.
        AnchorError: the heads can no longer be read.
    """
    if not kept.token:
        raise TimestampError("its token is gone")
    try:
        text = (kept.heads or b"").decode("utf-8")
    except UnicodeDecodeError:
        raise AnchorError("its chain heads are no longer UTF-8 text") from None
    return kept.token, text, heads_of(text)


@dataclass(frozen=True)
class KeptAnchor:
    """The newest time-stamp, as a pack shows and attaches it."""

    id: int
    tsa: str
    tsa_url: str
    gen_time: datetime | None  # the TSA's clock, UTC, read from the token (None: unreadable)
    heads_json: str  # the exact bytes the token's imprint covers
    heads: list[Head]
    token: bytes  # the TSA's answer (TimeStampResp, DER)
    problems: list[str] = field(default_factory=list)  # empty: today's chains still hold it

    @property
    def held(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        """For a pack's attached records: enough to check it with ``openssl ts -verify``."""
        return {
            "tsa": self.tsa,
            "tsa_url": self.tsa_url,
            "gen_time": self.gen_time.astimezone(UTC).isoformat().replace("+00:00", "Z")
            if self.gen_time is not None
            else None,
            "heads": [{"chain": h.chain, "seq": h.seq, "hash": h.hash} for h in self.heads],
            "heads_json": self.heads_json,
            "heads_sha256": hashlib.sha256(self.heads_json.encode("utf-8")).hexdigest(),
            "timestamp_response_base64": base64.b64encode(self.token).decode("ascii"),
            "held": self.held,
            "problems": self.problems,
        }


def newest_anchor(session: Session) -> KeptAnchor | None:
    """The newest stamped anchor, and what of it today's chains no longer hold.

    Checked without the TSA's certificate (a pack is made offline, on any computer): the
    token must cover the kept heads, and the chains must still hold them. Its signature
    was checked when the TSA answered; ``verify --anchor`` and ``openssl ts -verify``
    check it again against the TSA's certificate.
    """
    kept = _stamped(session)
    if not kept:
        return None
    row = kept[-1]
    try:
        token, text, heads = _proof(row)
        facts = read(token)
    except (TimestampError, AnchorError) as error:
        problem = f"anchor {row.id}: {error}"
        shown = (row.heads or b"").decode("utf-8", errors="replace")
        return KeptAnchor(
            row.id, row.tsa_url, row.tsa_url, None, shown, [], row.token or b"", [problem]
        )
    problems = (
        []
        if imprint_matches(token, text.encode("utf-8"))
        else [f"anchor {row.id}: its token does not cover the heads kept with it"]
    )
    problems += check_against(session, heads)
    return KeptAnchor(row.id, facts.tsa, row.tsa_url, facts.gen_time, text, heads, token, problems)


@dataclass(frozen=True)
class AnchorCheck:
    """One kept time-stamp, checked offline."""

    id: int
    tsa: str | None
    gen_time: datetime | None
    heads: int
    invalid: str | None  # why the token does not prove its heads, if it does not
    rewritten: list[str]  # what of its heads today's chains no longer hold

    @property
    def ok(self) -> bool:
        return self.invalid is None and not self.rewritten


def verify_kept(session: Session, roots: Sequence[x509.Certificate]) -> list[AnchorCheck]:
    """Every stamped anchor, oldest first: its token against ``roots`` and its heads, then
    its heads against today's chains."""
    checks = []
    for row in _stamped(session):
        try:
            token_bytes, text, heads = _proof(row)
            token = check(token_bytes, text.encode("utf-8"), roots)
        except (AnchorError, TimestampError) as error:
            checks.append(AnchorCheck(row.id, None, None, 0, str(error), []))
            continue
        rewritten = check_against(session, heads)
        checks.append(AnchorCheck(row.id, token.tsa, token.gen_time, len(heads), None, rewritten))
    return checks


def export(session: Session, target: Path) -> tuple[Path, Path]:
    """The newest token as ``target`` with suffix ``.tsr`` and the heads it covers beside it
    (``.json``, the exact bytes of its imprint), for a third party's ``openssl ts -verify``.

    Raises:
        AnchorError: no anchor has been stamped yet.
        TimestampError: the newest one was retyped in the file.
    """
    kept = _stamped(session)
    if not kept:
        raise AnchorError("no anchor has been time-stamped yet")
    try:
        token, text, _heads = _proof(kept[-1])
        read(token)
    except (TimestampError, AnchorError) as error:
        raise TimestampError(f"anchor {kept[-1].id} cannot be exported: {error}") from None
    token_file, heads_file = target.with_suffix(".tsr"), target.with_suffix(".json")
    token_file.parent.mkdir(parents=True, exist_ok=True)
    token_file.write_bytes(token)
    heads_file.write_bytes(text.encode("utf-8"))
    return token_file, heads_file
