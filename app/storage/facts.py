"""Chained facts: what an order or a parcel was each time the app wrote it.

A dispute turns on facts that live in mutable rows — the dispatch-by promise, the
recipient, the platform's status, which orders a label holds. Each time an import or a
station changes them, the whole set is written again as one record of the ``facts`` hash
chain, with how many scans (of an order) or carrier events (of a parcel) it had then and
the newest one's hash: an evidence pack reads the order from its newest fact, compares the
row with it, and sees a deleted scan or event as a gap in those counts.

The buyer's phone is not in a fact: a pack masks it and a pack's records leave the shop.
A fact holds a salted SHA-256 of it instead; the salt stays beside the fact, outside what
is hashed, so the row's phone can be checked by the shop and by whoever it shows the
phone and salt to, and by nobody else.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, bindparam, func, select
from sqlalchemy.orm import Session

from app.storage.bulk import bulk_insert
from app.storage.chain import Break, append_many, hold, verify
from app.storage.models import Base, Fact, Order, OrderLine, Scan, Store
from app.storage.types import chain_time

FACT_CHAIN = "facts"
FACT_VERSION = 1
# what an order fact holds of the order's row (migration 0007 froze the same list)
ORDER_FIELDS = (
    "status",
    "platform_status",
    "created_at",
    "paid_at",
    "dispatch_by",
    "total",
    "currency",
    "buyer_note",
    "seller_note",
    "carrier",
    "tracking_number",
    "recipient_name",
    "recipient_phone",
    "recipient_country",
    "recipient_province",
    "recipient_city",
    "recipient_district",
    "recipient_address",
    "recipient_postcode",
    "recipient_masked",
)
PHONE_COMMITMENT = "recipient_phone_sha256"  # in a fact, instead of the phone
LINE_FIELDS = ("sku", "barcode", "title", "variant", "quantity", "unit_price")
PARCEL_FIELDS = ("tracking_number", "carrier", "created_utc", "station", "operator")
FACTS = Base.metadata.tables[Fact.__tablename__]
_ADD_FACT = FACTS.insert()
_FEW = 20  # up to this many facts at once, a plain executemany beats compiling a bulk one


@dataclass(frozen=True)
class Draft:
    """A fact about to be chained: what its hash covers, and the phone's salt beside it."""

    content: dict[str, Any]
    phone_salt: str | None = None


def phone_commitment(salt: str | None, phone: object) -> str | None:
    """The salted SHA-256 a fact holds for a phone (None for no phone)."""
    if phone in (None, "") or salt is None:
        return None
    return hashlib.sha256(f"{salt}\n{phone}".encode()).hexdigest()


@dataclass(frozen=True)
class Tally:
    """How many records of one order (scans) or one parcel (events) exist, and the newest."""

    n: int = 0
    head: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"n": self.n, "head": self.head}

    def then(self, digest: str) -> Tally:
        return Tally(self.n + 1, digest)


def plain(value: Any) -> Any:
    """A value as a fact holds it: exact decimals as text, times as ISO text."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, datetime):
        return chain_time(value)
    return value


def order_fact(
    order_pk: int,
    store: Mapping[str, str],
    order_id: str,
    fields: Mapping[str, Any],
    lines: Iterable[Sequence[Any]],
    scans: Tally,
    cause: str,
    recorded: datetime,
) -> Draft:
    """An order's fact; ``lines`` are tuples in ``LINE_FIELDS`` order."""
    values = dict(zip(ORDER_FIELDS, map(fields.get, ORDER_FIELDS), strict=True))
    values["total"] = plain(values["total"])  # the one field that is not text already
    values["recipient_masked"] = bool(values["recipient_masked"])
    phone = values.pop("recipient_phone")
    salt = secrets.token_hex(16) if phone not in (None, "") else None
    values[PHONE_COMMITMENT] = phone_commitment(salt, phone)
    content = {
        "v": FACT_VERSION,
        "kind": "order",
        "order_pk": order_pk,
        "cause": cause,
        "recorded_utc": chain_time(recorded),
        "store": {"platform": store["platform"], "name": store["name"]},
        "order_id": order_id,
        "order": values,
        "lines": [
            {
                "sku": sku,
                "barcode": barcode,
                "title": title,
                "variant": variant,
                "quantity": quantity,
                "unit_price": plain(price),
            }
            for sku, barcode, title, variant, quantity, price in lines
        ],
        "scans": scans.as_dict(),
    }
    return Draft(content, salt)


def parcel_fact(
    shipment_id: int,
    parcel: Mapping[str, Any],
    orders: Iterable[int],
    bound_by: Mapping[str, Any] | None,
    events: Tally,
    cause: str,
    recorded: datetime,
) -> Draft:
    """A parcel's fact: its label, the orders in it, the scan that bound it."""
    content = {
        "v": FACT_VERSION,
        "kind": "parcel",
        "shipment_id": shipment_id,
        "cause": cause,
        "recorded_utc": chain_time(recorded),
        "parcel": {name: plain(parcel.get(name)) for name in PARCEL_FIELDS},
        "orders": sorted(orders),
        "bound_by": dict(bound_by) if bound_by is not None else None,
        "events": events.as_dict(),
    }
    return Draft(content)


def record_facts(session: Session, drafts: Sequence[Draft]) -> None:
    """Chain and store ``drafts`` (from :func:`order_fact` / :func:`parcel_fact`)."""
    if not drafts:
        return
    links = append_many(session, FACT_CHAIN, [draft.content for draft in drafts])
    rows = [
        {
            "seq": link.seq,
            "kind": draft.content["kind"],
            "order_pk": draft.content.get("order_pk"),
            "shipment_id": draft.content.get("shipment_id"),
            "content": data.decode("utf-8"),  # what the hash covers, "seq" included
            "phone_salt": draft.phone_salt,
            "prev_hash": link.prev_hash,
            "hash": link.hash,
        }
        for draft, (link, data) in zip(drafts, links, strict=True)
    ]
    # one column set for every row: an order fact has no shipment and a parcel no order
    if len(rows) > _FEW:
        bulk_insert(session.connection(), FACTS, rows)
    else:  # a station's few: the cached statement, not a compile per scan
        session.connection().execute(_ADD_FACT, rows)


def fact_content(fact: Fact) -> dict[str, Any]:
    """What the fact's hash covers: its stored content (which holds its ``seq``) with the
    row's ``seq`` — an edited seq column makes the two disagree, and the hash fails.

    Raises ValueError when the stored text is no longer a JSON object (it was edited).
    """
    content = json.loads(fact.content)
    if not isinstance(content, dict):
        raise ValueError("its content is not a JSON object")
    return {**content, "seq": fact.seq}


def verify_facts(session: Session) -> Break | None:
    """The first fact that was edited, removed or reordered, if any."""

    def records() -> Iterator[tuple[int, dict[str, Any], str, str]]:
        rows = session.scalars(select(Fact).order_by(Fact.seq).execution_options(yield_per=2000))
        for fact in rows:
            try:
                content = fact_content(fact)
            except ValueError:  # no longer JSON: it cannot hash as it did
                content = {"seq": fact.seq, "unreadable": fact.content}
            yield fact.id, content, fact.prev_hash, fact.hash

    return verify(session, FACT_CHAIN, records())


def newest_fact(session: Session, kind: str, key: int) -> Fact | None:
    """The newest fact of the order (``kind`` "order") or parcel ("parcel") with key ``key``."""
    column = FACTS.c.order_pk if kind == "order" else FACTS.c.shipment_id
    return session.scalars(
        select(Fact).where(column == key, Fact.kind == kind).order_by(Fact.seq.desc()).limit(1)
    ).first()


# --- tallies: how many scans an order has, events a parcel has --------------------------
_SCAN_HEAD = (
    select(Scan.order_n, Scan.hash)
    .where(Scan.order_pk == bindparam("pk"))
    .order_by(Scan.seq.desc())
    .limit(1)
)
_SCAN_COUNT = select(func.count()).select_from(Scan).where(Scan.order_pk == bindparam("pk"))


def scan_tally(connection: Connection, order_pk: int) -> Tally:
    """The order's scans so far: a version-2 scan knows its number, older ones are counted."""
    newest = connection.execute(_SCAN_HEAD, {"pk": order_pk}).first()
    if newest is None:
        return Tally()
    count = newest.order_n
    if count is None:
        count = connection.execute(_SCAN_COUNT, {"pk": order_pk}).scalar_one()
    return Tally(int(count), newest.hash)


def scan_tallies(connection: Connection, order_pks: Sequence[int]) -> dict[int, Tally]:
    """:func:`scan_tally` of many orders, a few queries per 500 (an import updates thousands)."""
    tallies: dict[int, Tally] = {}
    for start in range(0, len(order_pks), 500):
        chunk = order_pks[start : start + 500]
        counts = connection.execute(
            select(Scan.order_pk, func.count(), func.max(Scan.seq))
            .where(Scan.order_pk.in_(chunk))
            .group_by(Scan.order_pk)
        ).all()
        if not counts:
            continue
        newest = {
            seq: (number, digest)
            for seq, number, digest in connection.execute(
                select(Scan.seq, Scan.order_n, Scan.hash).where(
                    Scan.seq.in_([row[2] for row in counts])
                )
            )
        }
        for pk, count, seq in counts:
            if pk is None:  # not asked for; the type allows it
                continue
            number, digest = newest[seq]
            # the newest scan's own number, not a count that a deletion would lower
            tallies[pk] = Tally(int(number if number is not None else count), digest)
    return tallies


# --- what the station records when it binds a label ------------------------------------
_ORDER_ROW = (
    select(Order.order_id, Store.platform, Store.name, *(getattr(Order, f) for f in ORDER_FIELDS))
    .join(Store, Store.id == Order.store_id)
    .where(Order.id == bindparam("pk"))
)
_ORDER_LINES = (
    select(*(getattr(OrderLine, name) for name in LINE_FIELDS))
    .where(OrderLine.order_pk == bindparam("pk"))
    .order_by(OrderLine.position)
)


def current_order_fact(
    session: Session, order_pk: int, scans: Tally, cause: str, recorded: datetime
) -> Draft:
    """An order fact from the order's row as it is now (after the app changed it)."""
    connection = session.connection()
    row = dict(connection.execute(_ORDER_ROW, {"pk": order_pk}).one()._mapping)
    lines = connection.execute(_ORDER_LINES, {"pk": order_pk}).all()
    store = {"platform": row["platform"], "name": row["name"]}
    return order_fact(order_pk, store, row["order_id"], row, lines, scans, cause, recorded)


_RESTATE_CHUNK = 2000  # orders read and chained at once: bounded memory, few round trips


def restate_store(
    session: Session,
    order_pks: Sequence[int],
    store: Mapping[str, str],
    cause: str,
    recorded: datetime,
    step: Callable[[int], None] = lambda _done: None,
) -> int:
    """Chain, for each order, its newest fact again with only the store changed.

    For a store renamed: a pack compares an order's store with its newest fact, so the
    store's row alone changing would read as tampering. The new fact is built from the
    newest fact, never from the order's row: a row edited outside the app stays caught
    (a fact made from it would launder the edit). An order whose newest fact cannot be
    read gets none (verify names it already). ``step`` hears how many are done after each
    chunk (and may raise to stop: the caller's transaction rolls back). Returns how many
    facts were chained.
    """
    hold(session.connection(), FACT_CHAIN)
    chained = 0
    for start in range(0, len(order_pks), _RESTATE_CHUNK):
        chunk = list(order_pks[start : start + _RESTATE_CHUNK])
        newest = (
            select(func.max(Fact.seq))
            .where(Fact.kind == "order", Fact.order_pk.in_(chunk))
            .group_by(Fact.order_pk)
        )
        drafts = []
        for fact in session.scalars(
            select(Fact).where(Fact.seq.in_(newest)).order_by(Fact.order_pk)
        ):
            try:
                content = fact_content(fact)
            except ValueError:
                continue
            content.pop("seq")  # the chain gives the new fact its own
            content.update(
                store={"platform": store["platform"], "name": store["name"]},
                cause=cause,
                recorded_utc=chain_time(recorded),
            )
            drafts.append(Draft(content, fact.phone_salt))
        record_facts(session, drafts)
        chained += len(drafts)
        step(start + len(chunk))
    return chained
