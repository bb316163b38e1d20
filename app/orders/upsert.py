"""Write normalized orders idempotently, remembering what each import changed.

Re-importing the same or an overlapping file creates nothing new. A changed value updates
the order and leaves an :class:`OrderChange` row (which batch, which field, from what, to
what). What a file does not say never erases what the database knows: an empty cell, a
masked recipient over a full one, or an old export whose status is behind the stored one
(an order dispatched at the station stays dispatched) leaves the stored value alone.
Writes use SQLAlchemy Core in bulk: an import of 100,000 rows must take seconds.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session

from app.dispatch.numbers import compact
from app.orders.fields import PROGRESS_RANK, RECIPIENT_FIELDS
from app.orders.issues import ImportCancelled, ProgressFn
from app.orders.normalize import ParsedLine, ParsedOrder
from app.storage.bulk import bulk_insert
from app.storage.chain import hold
from app.storage.facts import (
    FACT_CHAIN,
    ORDER_FIELDS,
    Tally,
    order_fact,
    record_facts,
    scan_tallies,
)
from app.storage.models import Base, Order, OrderBatch, OrderChange, OrderLine, Store

STORED_FIELDS = ORDER_FIELDS  # what a row holds of an order is what its fact records
_CHUNK = 500
# Core tables: bulk executemany without the ORM's per-row bookkeeping
ORDERS = Base.metadata.tables[Order.__tablename__]
LINES = Base.metadata.tables[OrderLine.__tablename__]
BATCHES = Base.metadata.tables[OrderBatch.__tablename__]
CHANGES = Base.metadata.tables[OrderChange.__tablename__]
LineTuple = tuple[str | None, str | None, str | None, str | None, int, Decimal | None]
_INSTANT_COLUMNS = ("created_utc", "paid_utc", "due_utc")


@dataclass
class UpsertCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    lines: int = 0


def _lines_summary(lines: Sequence[LineTuple]) -> str:
    return "; ".join(
        f"{sku or title or barcode or '?'} ×{qty}" for sku, barcode, title, _v, qty, _p in lines
    )


def _search_text(order_id: str, values: dict[str, Any], lines: Iterable[LineTuple]) -> str:
    """What the Orders search looks in, folded: the id, the recipient, the waybill and each
    line's SKU, barcode and title (a buyer on the phone names the product, not its SKU)."""
    parts = [order_id]
    for name in ("recipient_name", "recipient_phone", "tracking_number"):
        if values.get(name):
            parts.append(str(values[name]))
    for sku, barcode, title, *_rest in lines:
        parts += [part for part in (sku, barcode, title) if part]
    return " ".join(parts).casefold()


def waybill_key(tracking_number: object) -> str | None:
    """The platform's waybill as a scanned label reads (``sf 1234-5678`` → ``SF12345678``):
    what the packing station looks a label up by."""
    if not tracking_number:
        return None
    return compact(str(tracking_number))[:64] or None


def _utc(written: str | None) -> datetime | None:
    """A time as normalize wrote it (ISO 8601 with its offset) as the instant it names."""
    if not written:
        return None
    return datetime.fromisoformat(written).astimezone(UTC)


def _instants(values: dict[str, Any]) -> dict[str, datetime | None]:
    """The instant columns kept beside the texts they are read from."""
    return {
        "created_utc": _utc(values["created_at"]),
        "paid_utc": _utc(values["paid_at"]),
        "due_utc": _utc(values["dispatch_by"]),
    }


def _chunks(items: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def upsert_orders(
    session: Session,
    store_id: int,
    batch_id: int,
    orders: Sequence[ParsedOrder],
    cancel: threading.Event | None = None,
    progress: ProgressFn | None = None,
    recorded: datetime | None = None,
) -> UpsertCounts:
    """Insert new orders and update changed ones, all inside the caller's transaction.

    ``recorded`` (aware) is the time their facts carry: an import passes its batch's,
    so every fact of one import says the same moment, whichever chunk wrote it.
    """
    counts = UpsertCounts()
    done = 0
    hold(session.connection(), FACT_CHAIN)  # before any order row: see chain.hold
    store = session.execute(select(Store.platform, Store.name).where(Store.id == store_id)).one()
    facts = _Facts(session, {"platform": store.platform, "name": store.name}, recorded)
    for chunk in _chunks(orders, 2000):
        if cancel is not None and cancel.is_set():
            raise ImportCancelled
        existing = _load_existing(session, store_id, [order.order_id for order in chunk])
        fresh = [order for order in chunk if order.order_id not in existing]
        known = [order for order in chunk if order.order_id in existing]
        _insert_new(session, store_id, batch_id, fresh, counts, facts)
        _update_known(session, batch_id, known, existing, counts, facts)
        facts.write()
        done += len(chunk)
        if progress is not None:
            progress(done, len(orders), "saving orders")
    return counts


class _Facts:
    """The chained facts of the orders an import adds or changes, written per chunk."""

    def __init__(self, session: Session, store: dict[str, str], recorded: datetime | None) -> None:
        self.session, self.store = session, store
        self.recorded = recorded or datetime.now(UTC)
        self.new: list[tuple[int, str, dict[str, Any], Sequence[LineTuple]]] = []
        self.changed: list[tuple[int, str, dict[str, Any], Sequence[LineTuple]]] = []

    def write(self) -> None:
        tallies = scan_tallies(self.session.connection(), [pk for pk, *_ in self.changed])
        contents = [
            order_fact(pk, self.store, order_id, values, lines, Tally(), "import", self.recorded)
            for pk, order_id, values, lines in self.new
        ] + [
            order_fact(
                pk,
                self.store,
                order_id,
                values,
                lines,
                tallies.get(pk, Tally()),
                "import",
                self.recorded,
            )
            for pk, order_id, values, lines in self.changed
        ]
        record_facts(self.session, contents)
        self.new, self.changed = [], []


def _load_existing(
    session: Session, store_id: int, order_ids: list[str]
) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    columns = [Order.id, Order.order_id, *(getattr(Order, name) for name in STORED_FIELDS)]
    for ids in _chunks(order_ids):
        rows = session.execute(
            select(*columns).where(Order.store_id == store_id, Order.order_id.in_(ids))
        ).mappings()
        for mapping in rows:
            found[mapping["order_id"]] = dict(mapping)
    if found:
        pk_to_id = {row["id"]: order_id for order_id, row in found.items()}
        for row in found.values():
            row["lines"] = []
        line_columns = (
            OrderLine.order_pk,
            OrderLine.sku,
            OrderLine.barcode,
            OrderLine.title,
            OrderLine.variant,
            OrderLine.quantity,
            OrderLine.unit_price,
        )
        for pks in _chunks(list(pk_to_id)):
            lines = session.execute(
                select(*line_columns)
                .where(OrderLine.order_pk.in_(pks))
                .order_by(OrderLine.order_pk, OrderLine.position)
            )
            for pk, *line in lines:
                found[pk_to_id[pk]]["lines"].append(tuple(line))
    return found


def _order_row(order: ParsedOrder, store_id: int) -> dict[str, Any]:
    row = dict.fromkeys(STORED_FIELDS)
    row.update(order.values)  # what normalize made holds only stored fields
    row["recipient_masked"] = bool(row["recipient_masked"])
    row["platform_status"] = row["platform_status"] or ""
    row["store_id"] = store_id
    row["order_id"] = order.order_id
    row.update(_instants(row))
    row["search_text"] = _search_text(order.order_id, row, order.lines)
    row["waybill_key"] = waybill_key(row["tracking_number"])
    return row


def _line_rows(pk: int, lines: Sequence[ParsedLine]) -> list[dict[str, Any]]:
    return [
        {
            "order_pk": pk,
            "position": position,
            "sku": line.sku,
            "barcode": line.barcode,
            "title": line.title,
            "variant": line.variant,
            "quantity": line.quantity,
            "unit_price": line.unit_price,
        }
        for position, line in enumerate(lines, start=1)
    ]


def _insert_new(
    session: Session,
    store_id: int,
    batch_id: int,
    orders: Sequence[ParsedOrder],
    counts: UpsertCounts,
    facts: _Facts,
) -> None:
    if not orders:
        return
    rows = [_order_row(order, store_id) for order in orders]
    connection = session.connection()
    bulk_insert(connection, ORDERS, rows)
    # read the new keys back by (store, order id): plain executemany is several times faster
    # than INSERT … RETURNING, which SQLite can only keep in order one row at a time
    ids: dict[str, int] = {}
    for chunk in _chunks([order.order_id for order in orders]):
        keys = select(ORDERS.c.order_id, ORDERS.c.id).where(
            ORDERS.c.store_id == store_id, ORDERS.c.order_id.in_(chunk)
        )
        ids.update((order_id, pk) for order_id, pk in connection.execute(keys))
    pks = [ids[order.order_id] for order in orders]
    line_rows = []
    for pk, order, row in zip(pks, orders, rows, strict=True):
        line_rows += _line_rows(pk, order.lines)
        facts.new.append((pk, order.order_id, row, order.lines))
    if line_rows:
        bulk_insert(connection, LINES, line_rows)
    batch_rows = [{"order_pk": pk, "batch_id": batch_id, "effect": "new"} for pk in pks]
    bulk_insert(connection, BATCHES, batch_rows)
    counts.new += len(orders)
    counts.lines += len(line_rows)


def _changes(order: ParsedOrder, stored: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """Field → (old, new) for what this import may and does change."""
    incoming = order.values
    skip_recipient = bool(incoming.get("recipient_masked")) and not stored["recipient_masked"]
    changes: dict[str, tuple[Any, Any]] = {}
    for name in STORED_FIELDS:
        new = incoming.get(name)
        if new is None or new == "":
            continue
        if skip_recipient and (name in RECIPIENT_FIELDS or name == "recipient_masked"):
            continue
        if name in ("status", "platform_status") and _is_behind(
            new if name == "status" else incoming["status"], stored["status"]
        ):
            continue
        if new != stored[name]:
            changes[name] = (stored[name], new)
    return changes


def _is_behind(incoming: str, stored: str) -> bool:
    """True when an incoming status would move an order backwards along its progress."""
    if incoming not in PROGRESS_RANK or stored not in PROGRESS_RANK:
        return False
    return PROGRESS_RANK[incoming] < PROGRESS_RANK[stored]


def _update_known(
    session: Session,
    batch_id: int,
    orders: Sequence[ParsedOrder],
    existing: dict[str, dict[str, Any]],
    counts: UpsertCounts,
    facts: _Facts,
) -> None:
    if not orders:
        return
    updates: list[dict[str, Any]] = []
    change_rows: list[dict[str, Any]] = []
    replaced_lines: list[dict[str, Any]] = []
    replaced_pks: list[int] = []
    batch_rows: list[dict[str, Any]] = []
    for order in orders:
        stored = existing[order.order_id]
        pk = stored["id"]
        changes = _changes(order, stored)
        new_lines = order.lines
        if new_lines and new_lines != stored["lines"]:
            changes["lines"] = (_lines_summary(stored["lines"]), _lines_summary(new_lines))
            replaced_pks.append(pk)
            replaced_lines += _line_rows(pk, order.lines)
        effect = "updated" if changes else "unchanged"
        batch_rows.append({"order_pk": pk, "batch_id": batch_id, "effect": effect})
        if not changes:
            counts.unchanged += 1
            continue
        counts.updated += 1
        merged = {name: stored[name] for name in STORED_FIELDS}
        merged.update({name: new for name, (_old, new) in changes.items() if name != "lines"})
        lines_now = new_lines or stored["lines"]
        facts.changed.append((pk, order.order_id, merged, lines_now))
        updates.append(
            {
                **{f"v_{name}": merged[name] for name in STORED_FIELDS},
                **{f"v_{name}": at for name, at in _instants(merged).items()},
                "v_search_text": _search_text(order.order_id, merged, lines_now),
                "v_waybill_key": waybill_key(merged["tracking_number"]),
                "pk": pk,
            }
        )
        for name, (old, new) in changes.items():
            change_rows.append(
                {
                    "order_pk": pk,
                    "batch_id": batch_id,
                    "field": name,
                    "old_value": None if old is None else str(old),
                    "new_value": None if new is None else str(new),
                }
            )
        counts.lines += len(order.lines)
    if updates:
        values: dict[str, Any] = {
            name: bindparam(f"v_{name}")
            for name in (*STORED_FIELDS, *_INSTANT_COLUMNS, "search_text", "waybill_key")
        }
        statement = update(Order).where(Order.id == bindparam("pk")).values(values)
        session.connection().execute(statement, updates)
    if replaced_pks:
        for pks in _chunks(replaced_pks):
            session.execute(delete(OrderLine).where(OrderLine.order_pk.in_(pks)))
        bulk_insert(session.connection(), LINES, replaced_lines)
    if change_rows:
        bulk_insert(session.connection(), CHANGES, change_rows)
    bulk_insert(session.connection(), BATCHES, batch_rows)
