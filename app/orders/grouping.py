"""Group a table's rows by order id: the hot loop of every import.

Order-level fields take the first non-empty value among an order's rows, which covers every
layout the profiles describe: one row per order, one row per line with the order columns
repeated, Shopify continuation rows (order columns only on the first row), eBay summary +
item rows, and a separate items file joined on the id. Cells stay raw text here; cleaning
happens once per order in :mod:`app.orders.normalize`.

A table is read twice so an order can leave memory as soon as its last row is read:
:meth:`TableGrouper.last_rows` first notes where each order id appears last (an int per
order), then :meth:`TableGrouper.read` groups the rows and hands each order on the moment
it is complete. Holding every order of a million-row file until the end cost several
times the file; now only the orders still open are held.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from hashlib import blake2b
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from app.orders.cleaning import CellError, clean_order_id
from app.orders.detect import Resolved, TableMatch
from app.orders.fields import LINE_FIELDS
from app.orders.issues import ImportCancelled, IssueLog, ProgressFn, RowIssue, issue, quoted
from app.storage.models import Order

if TYPE_CHECKING:
    from app.orders.packed_lines import PackedLines

CHECK_EVERY = 2000  # rows between looks at the cancel flag and progress reports
MAX_ORDER_ID: int = Order.order_id.type.length  # what the column holds, on any database
_TABLE_SHIFT = 32  # a row's stamp: its table's number above, its record index below


class Place(NamedTuple):
    """Where a field's cells come from in one table: for messages that name file and column."""

    source: str
    header: str


Cell = tuple[str, int, Place]  # raw text, row number, place
FieldSlot = tuple[str, int, Place]  # field name, column index, place


@dataclass(frozen=True)
class LineLayout:
    """The line fields of one table, in the order their raw values are kept."""

    names: tuple[str, ...]
    places: tuple[Place, ...]


LineRow = tuple[int, LineLayout, tuple[str, ...]]  # row number, layout, raw values


@dataclass(slots=True)
class OrderGroup:
    """Everything the rows of one order said, still raw."""

    order: dict[str, Cell] = field(default_factory=dict)
    pending: dict[int, list[FieldSlot]] = field(default_factory=dict)  # per table: not yet seen
    status_texts: dict[str, list[str]] = field(default_factory=dict)
    lines: list[LineRow] = field(default_factory=list)
    failed: bool = False
    order_row: bool = False  # seen in a table that carries the order's own fields
    first_row: tuple[str, int] | None = None  # (table, row) where the order first appeared
    seen: dict[bytes, int] = field(default_factory=dict)  # row digest → row: repeats
    packed_row: int | None = None  # the row that gave its packed items (one row an order)


@dataclass
class TableReading:
    """What reading the tables of one import found, beside its orders."""

    rows: int = 0
    errors: IssueLog = field(default_factory=IssueLog)
    warnings: IssueLog = field(default_factory=IssueLog)


def status_fields(match: TableMatch) -> set[str]:
    """The fields the profile's status rules read that this table has."""
    status = match.profile.status
    names = set(status.fields)
    for rule in status.rules:
        names.update(name for name, _accepted in rule.when)
    return names & set(match.columns)


class TableGrouper:
    """Reads one matched table into order groups; set up once, then one pass over the rows."""

    def __init__(self, match: TableMatch) -> None:
        self.match = match
        self.source = match.table.label
        columns = match.columns
        self.places = {name: Place(self.source, column.header) for name, column in columns.items()}
        self.id_index = columns["order_id"].indexes[0]
        order_names = [n for n in columns if n not in LINE_FIELDS and n != "order_id"]
        order_names = order_names if match.spec.order_fields else []
        self.order_slots = self._slots(n for n in order_names if len(columns[n].indexes) == 1)
        self.order_joined = [(n, columns[n]) for n in order_names if len(columns[n].indexes) > 1]
        self.status_slots = self._slots(status_fields(match))
        line_names = [n for n in columns if n in LINE_FIELDS] if match.spec.lines else []
        self.line_columns = [columns[name] for name in line_names]
        self.line_layout = LineLayout(tuple(line_names), tuple(self.places[n] for n in line_names))
        required = match.spec.line_requires
        self.line_required = tuple(line_names.index(n) for n in required if n in line_names)
        self.last_line_index = max((i for c in self.line_columns for i in c.indexes), default=-1)
        self.line_values = self._line_getter()
        self.packed: PackedLines | None = None  # items packed into numbered columns
        if match.spec.packed is not None:
            from app.orders.packed_lines import PackedLines  # it builds on this module

            self.packed = PackedLines(match)

    def _slots(self, names: Iterable[str]) -> list[FieldSlot]:
        return [(n, self.match.columns[n].indexes[0], self.places[n]) for n in names]

    def _line_getter(self) -> Callable[[list[str]], tuple[str, ...]]:
        """Line values of a full-width row: one C-level itemgetter when no column is joined."""
        if not self.line_columns or any(len(c.indexes) > 1 for c in self.line_columns):
            return self._line_values_slowly
        getter = itemgetter(*(column.indexes[0] for column in self.line_columns))
        if len(self.line_columns) == 1:
            return lambda record: (getter(record),)
        return getter

    def _line_values_slowly(self, record: list[str]) -> tuple[str, ...]:
        """Line values of a short row, or of a table that joins columns into one field."""
        return tuple(_joined(record, column) for column in self.line_columns)

    def _tick(
        self, index: int, cancel: threading.Event | None, progress: ProgressFn | None
    ) -> None:
        """Every :data:`CHECK_EVERY` records: stop if cancelled, else say how far."""
        if cancel is not None and cancel.is_set():
            raise ImportCancelled
        if progress is not None:
            progress(index + 1, 0, f"reading {self.source}")

    def _records(
        self, cancel: threading.Event | None, progress: ProgressFn | None
    ) -> Iterator[tuple[int, list[str], str]]:
        """(record index, record, its cells joined) of every data row worth reading."""
        match = self.match
        skip = match.profile.skip_rows
        for index, record in enumerate(match.table.rows()):
            if index <= match.header_index:
                continue
            if (index + 1) % CHECK_EVERY == 0:
                self._tick(index, cancel, progress)
            joined_text = "\x1f".join(record)
            if not joined_text.replace("\x1f", "").strip():
                continue
            if skip and _skipped(record, skip):
                continue
            yield index, record, joined_text

    def _order_id(self, raw: str) -> str | None:
        """The order id in an id cell; raises :class:`CellError` for one that cannot be kept."""
        order_id = clean_order_id(raw)
        if order_id is not None and len(order_id) > MAX_ORDER_ID:
            raise CellError("too_long", value=quoted(order_id), limit=str(MAX_ORDER_ID))
        return order_id

    def last_rows(
        self,
        number: int,
        last: dict[str, int],
        cancel: threading.Event | None = None,
        progress: ProgressFn | None = None,
    ) -> None:
        """Note in ``last`` the stamp of the last row of each order id in this table (the
        ``number``-th of its import); later tables overwrite earlier ones.

        It takes the rows :meth:`read` takes, looking first at the id cell alone: a row
        without an id is no order's, blank or not. Each distinct id cell is cleaned once,
        after the pass: an order's rows repeat its id.
        """
        base = number << _TABLE_SHIFT
        match, position = self.match, self.id_index
        skip = match.profile.skip_rows
        raw_last: dict[str, int] = {}
        for index, record in enumerate(match.table.rows()):
            if index <= match.header_index or position >= len(record):
                continue
            if (index + 1) % CHECK_EVERY == 0:
                self._tick(index, cancel, progress)
            if not record[position] or (skip and _skipped(record, skip)):
                continue
            raw_last[record[position]] = index
        for raw, index in raw_last.items():  # rows are read in order: the largest index wins
            try:
                order_id = self._order_id(raw)
            except CellError:
                continue  # reported when the rows are read
            if order_id is not None and last.get(order_id, -1) < base | index:
                last[order_id] = base | index

    def read(
        self,
        number: int,
        groups: dict[str, OrderGroup],
        last: dict[str, int],
        reading: TableReading,
        cancel: threading.Event | None = None,
        progress: ProgressFn | None = None,
    ) -> Iterator[tuple[str, OrderGroup]]:
        """Group this table's rows into ``groups``; yield each order once its last row
        (per ``last``) is read, taking it out of ``groups``.

        An order completed by a table's last row is held until the table is done, so a
        file cut off inside that row can still fail it.
        """
        match, source = self.match, self.source
        base = number << _TABLE_SHIFT
        header, id_index = self.places["order_id"].header, self.id_index
        table_key = number.to_bytes(16)  # the same row in two tables is no repeat
        done: tuple[str, OrderGroup] | None = None
        tail: tuple[OrderGroup, int, int] | None = None  # last row: its order, number, width
        for index, record, joined_text in self._records(cancel, progress):
            if done is not None:
                yield done
                done = None
            row = index + 1
            reading.rows += 1
            try:
                order_id = self._order_id(record[id_index] if id_index < len(record) else "")
            except CellError as error:
                reading.errors.add(error.issue(source, row, header))
                continue
            if order_id is None:
                reading.errors.add(issue(source, row, header, "empty_order_id"))
                continue
            group = groups.get(order_id)
            if group is None:
                group = groups[order_id] = OrderGroup()
            # a digest, not the row itself: keeping every row alive would double peak memory
            data = joined_text.encode("utf-8", "surrogatepass")
            digest = blake2b(data, digest_size=16, person=table_key).digest()
            if digest in group.seen:
                first = str(group.seen[digest])
                reading.warnings.add(issue(source, row, None, "duplicate_row", first=first))
            else:
                group.seen[digest] = row
                self._take(group, record, row)
                if self.packed is not None:
                    self.packed.take(group, record, row, reading)
                tail = (group, row, len(record))
            if last.get(order_id) == base | index:
                done = (order_id, groups.pop(order_id))
        if tail is not None and not match.table.ends_cleanly and tail[2] < len(match.headers):
            reading.errors.add(self._truncated(*tail))
        if done is not None:
            yield done

    def _take(self, group: OrderGroup, record: list[str], row: int) -> None:
        """Keep what this row adds to its order: new order fields, status texts, a line."""
        width = len(record)
        if group.first_row is None:
            group.first_row = (self.source, row)
        group.order_row = group.order_row or self.match.spec.order_fields
        order = group.order
        # only the fields this order still lacks are looked at: continuation rows cost little
        pending = group.pending.get(id(self), self.order_slots)
        if pending:
            still = []
            for slot in pending:
                raw = record[slot[1]] if slot[1] < width else ""
                if raw and not raw.isspace():
                    order[slot[0]] = (raw, row, slot[2])
                else:
                    still.append(slot)
            group.pending[id(self)] = still
        for name, column in self.order_joined:
            if name not in order:
                text = _joined(record, column)
                if text:
                    order[name] = (text, row, self.places[name])
        for name, position, _place in self.status_slots:
            if position < width and record[position].strip():
                group.status_texts.setdefault(name, []).append(record[position].strip())
        if self.line_columns:
            wide = width > self.last_line_index
            values = self.line_values(record) if wide else self._line_values_slowly(record)
            required = self.line_required
            if "".join(values).strip() and (
                not required or all(values[i].strip() for i in required)
            ):
                group.lines.append((row, self.line_layout, values))

    def _truncated(self, group: OrderGroup, row: int, width: int) -> RowIssue:
        group.failed = True
        columns = str(len(self.match.headers))
        return issue(self.source, row, None, "truncated_row", width=str(width), columns=columns)


def _skipped(record: list[str], skip: Iterable[re.Pattern[str]]) -> bool:
    """Whether a row is one the profile says to skip (a summary or notice line)."""
    return any(pattern.search(",".join(record)) for pattern in skip)


def _joined(record: list[str], column: Resolved) -> str:
    """One field's text: a single cell, several cells joined with the column's separator, or
    the first of the column's options that is not empty."""
    if column.options:
        texts = (_joined(record, option) for option in column.options)
        return next((text for text in texts if text.strip()), "")
    width = len(record)
    if len(column.indexes) == 1:
        return record[column.indexes[0]] if column.indexes[0] < width else ""
    parts = (record[i].strip() for i in column.indexes if i < width)
    return column.sep.join(part for part in parts if part)
