"""``shipproof anchor``: today's chain heads sent to a TSA, the token kept; queued when offline.

A request is written down (status ``queued``) before anything is sent, so a shop that is
offline, or a TSA that fails, loses nothing: every later run sends what is queued first.
The network is never used inside a database transaction: a packing station keeps writing
while a slow TSA answers.

A queued request is stamped at the time it finally reaches the TSA, never earlier: the
token proves the heads existed by its own time, which is all it can prove.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx
from cryptography import x509
from sqlalchemy import LargeBinary, cast, select, update
from sqlalchemy.orm import Session

from app.anchors import current_heads, heads_json
from app.storage import Database
from app.storage.models import Anchor, Setting
from app.storage.setting_keys import TSA_URL_SETTING
from app.tsa.kept import QUEUED, STAMPED
from app.tsa.tokens import DEFAULT_TSA_URL, TimestampError, check, read, request_for

TIMEOUT = httpx.Timeout(20.0, connect=10.0)

Send = Callable[[str, bytes], bytes]  # (TSA URL, TimeStampReq DER) → the TSA's answer


class TsaUnreachable(OSError):
    """No answer from the TSA (offline, refused, an HTTP error); the request stays queued."""


def checked_url(url: str) -> str:
    """``url`` if it is an http(s) address with a host.

    Raises:
        TimestampError: it is not.
    """
    try:
        parsed = httpx.URL(url.strip())
    except httpx.InvalidURL:
        parsed = None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise TimestampError(f"{url!r} is not an http(s) address of a TSA")
    return str(parsed)


def tsa_url(session: Session) -> str:
    """The shop's TSA: the one it chose, else DigiCert's public one."""
    chosen = session.get(Setting, TSA_URL_SETTING)
    return chosen.value if chosen is not None and chosen.value.strip() else DEFAULT_TSA_URL


def remember_tsa(session: Session, url: str) -> None:
    """Make ``url`` the shop's TSA (every station shares it: it lives in the database)."""
    session.merge(Setting(key=TSA_URL_SETTING, value=checked_url(url)))


def post(url: str, request: bytes) -> bytes:
    """The TSA's answer to ``request``, sent as RFC 3161's HTTP transport says.

    Raises:
        TsaUnreachable: no connection, a time-out, or an HTTP status other than 200.
    """
    try:
        reply = httpx.post(
            url,
            content=request,
            headers={
                "Content-Type": "application/timestamp-query",
                "Accept": "application/timestamp-reply",
            },
            timeout=TIMEOUT,
            follow_redirects=True,
        )
    except httpx.HTTPError as error:
        raise TsaUnreachable(f"{url} cannot be reached ({error or type(error).__name__})") from None
    if reply.status_code != 200:
        raise TsaUnreachable(f"{url} answered HTTP {reply.status_code}")
    return reply.content


@dataclass(frozen=True)
class Attempt:
    """What became of one queued request in this run."""

    anchor_id: int
    stamped: bool
    sent: bool  # False: not tried, the TSA being unreachable for an earlier one
    gen_time: datetime | None = None  # the TSA's time, when stamped
    tsa: str | None = None
    error: str | None = None  # why it is still queued, in words
    reached: bool = True  # False: the TSA could not be reached at all


@dataclass(frozen=True)
class Run:
    url: str  # the TSA asked
    attempts: list[Attempt]
    covered_at: datetime | None  # today's heads were stamped before, at this time
    empty: bool  # the shop has no records yet: nothing to anchor

    @property
    def queued(self) -> list[Attempt]:
        return [attempt for attempt in self.attempts if not attempt.stamped]


def _enqueue(session: Session, url: str, now: datetime) -> tuple[bool, datetime | None]:
    """Queue today's heads unless they are queued or stamped already.

    Returns whether the shop has any heads, and when today's heads were stamped if they were.
    """
    heads = current_heads(session)
    if not heads:
        return False, None
    text = heads_json(heads)
    newest = session.execute(  # as bytes, not the row: an edited row must not stop the run
        select(cast(Anchor.heads, LargeBinary), cast(Anchor.token, LargeBinary))
        .where(Anchor.status == STAMPED)
        .order_by(Anchor.id.desc())
        .limit(1)
    ).first()
    if newest is not None and newest[0] == text.encode("utf-8") and newest[1]:
        with contextlib.suppress(TimestampError):  # an unreadable token covers nothing
            return True, read(newest[1]).gen_time
    waiting = session.scalar(
        select(Anchor.id).where(Anchor.status == QUEUED, Anchor.heads == text).limit(1)
    )
    if waiting is None:
        session.add(Anchor(created_utc=now, heads=text, tsa_url=url, status=QUEUED, attempts=0))
    return True, None


def _send(
    database: Database,
    anchor_id: int,
    heads: bytes,
    url: str,
    roots: Sequence[x509.Certificate],
    send: Send,
) -> Attempt:
    # still queued: another station may have sent it meanwhile
    this = update(Anchor).where(Anchor.id == anchor_id, Anchor.status == QUEUED)
    try:
        request = request_for(heads)
        token = check(send(url, request.der), heads, roots, request.nonce)
    except (TsaUnreachable, TimestampError) as error:
        with database.write() as session:
            session.execute(
                this.values(attempts=Anchor.attempts + 1, error=str(error), tsa_url=url)
            )
        reached = not isinstance(error, TsaUnreachable)
        return Attempt(anchor_id, stamped=False, sent=True, error=str(error), reached=reached)
    with database.write() as session:
        session.execute(
            this.values(
                status=STAMPED,
                token=token.response,
                tsa_url=url,
                stamped_utc=token.gen_time,
                error=None,
                attempts=Anchor.attempts + 1,
            )
        )
    return Attempt(anchor_id, True, True, token.gen_time, token.tsa)


def anchor(
    database: Database,
    roots: Sequence[x509.Certificate],
    url: str | None = None,
    now: datetime | None = None,
    send: Send = post,
) -> Run:
    """Queue today's chain heads (unless already queued or stamped), then send every queued
    request, oldest first, to ``url`` (default: the shop's TSA).

    Each answer must pass :func:`app.tsa.tokens.check` against ``roots``. A TSA that cannot
    be reached ends the run (each further try of an offline shop would cost a time-out);
    an answer that fails its checks only fails its own request. What was not stamped stays
    queued, with the reason.
    """
    with database.write() as session:
        target = checked_url(url) if url else tsa_url(session)
        has_heads, covered_at = _enqueue(session, target, now or datetime.now(UTC))
        queued = session.execute(
            select(Anchor.id, cast(Anchor.heads, LargeBinary))
            .where(Anchor.status == QUEUED)
            .order_by(Anchor.id)
        ).all()
    attempts: list[Attempt] = []
    for anchor_id, heads in queued:
        if any(not attempt.reached for attempt in attempts):
            attempts.append(Attempt(anchor_id, stamped=False, sent=False))
            continue
        attempts.append(_send(database, anchor_id, heads or b"", target, roots, send))
    return Run(target, attempts, covered_at, empty=not has_heads)
