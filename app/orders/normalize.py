"""The generic engine: rows of matched tables → normalized orders with their lines.

Rows are grouped by order id. Order-level fields take the first non-empty value among an
order's rows, which covers every layout the profiles describe: one row per order, one row
per line with the order columns repeated, Shopify continuation rows (order columns only on
the first row), eBay summary + item rows, and a separate items file joined on the id.
An order with any unreadable cell is refused whole — importing it without that line or
that date would silently lose what the file said.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from hashlib import blake2b
from operator import itemgetter
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from app.orders.address import split_cn_address
from app.orders.cleaning import (
    CellError,
    clean_datetime,
    clean_id,
    clean_int,
    clean_money,
    clean_text,
    is_masked,
    normalise_header,
)
from app.orders.detect import TableMatch
from app.orders.fields import CANONICAL_FIELDS, LINE_FIELDS, RECIPIENT_FIELDS, Kind
from app.orders.profiles import Profile

ProgressFn = Callable[[int, int, str], None]
_CHECK_EVERY = 2000
_QUANTUM = Decimal("0.0001")


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class RowIssue:
    """A problem tied to a place in a file: which table, which row (1-based), which column."""

    source: str
    row: int | None
    column: str | None
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass
class ParsedLine:
    sku: str | None
    barcode: str | None
    title: str | None
    variant: str | None
    quantity: int
    unit_price: Decimal | None


@dataclass
class ParsedOrder:
    order_id: str
    values: dict[str, Any]
    lines: list[ParsedLine]


@dataclass
class ParseResult:
    orders: list[ParsedOrder] = field(default_factory=list)
    rows: int = 0
    errors: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)


class _Place(NamedTuple):
    """Where a field's cells come from in one table: for messages that name file and column."""

    source: str
    header: str


_Cell = tuple[str, int, _Place]  # raw text, row number, place


@dataclass(frozen=True)
class _LineLayout:
    """The line fields of one table, in the order their raw values are kept."""

    names: tuple[str, ...]
    places: tuple[_Place, ...]


_LineRow = tuple[int, _LineLayout, tuple[str, ...]]  # row number, layout, raw values


@dataclass(slots=True)
class _Group:
    order: dict[str, _Cell] = field(default_factory=dict)
    pending: dict[int, list[tuple[str, int, _Place]]] = field(default_factory=dict)
    status_texts: dict[str, list[str]] = field(default_factory=dict)
    lines: list[_LineRow] = field(default_factory=list)
    failed: bool = False


def parse_tables(
    matches: list[TableMatch],
    shop_zone: ZoneInfo,
    cancel: threading.Event | None = None,
    progress: ProgressFn | None = None,
) -> ParseResult:
    """Turn the matched tables of one import unit (one profile) into orders."""
    profile = matches[0].profile
    result = ParseResult()
    groups: dict[str, _Group] = {}
    for match in matches:
        _collect(match, groups, result, cancel, progress)
    builder = _OrderBuilder(profile, profile.zone_info(shop_zone))
    for index, (order_id, group) in enumerate(groups.items()):
        if cancel is not None and index % _CHECK_EVERY == 0 and cancel.is_set():
            raise ImportCancelled
        if group.failed:
            continue
        order = builder.build(order_id, group)
        if builder.issues:
            result.errors += builder.issues
        else:
            result.orders.append(order)
    return result


def _status_names(profile: Profile) -> set[str]:
    names = set(profile.status.fields)
    for rule in profile.status.rules:
        names.update(name for name, _accepted in rule.when)
    return names


def _collect(
    match: TableMatch,
    groups: dict[str, _Group],
    result: ParseResult,
    cancel: threading.Event | None,
    progress: ProgressFn | None,
) -> None:
    """Read one table's rows into the order groups; the hot loop of every import."""
    profile, spec, source = match.profile, match.spec, match.table.label
    places = {name: _Place(source, column.header) for name, column in match.columns.items()}
    id_index = match.columns["order_id"].indexes[0]
    id_place = places["order_id"]

    def simple(names: Iterable[str]) -> list[tuple[str, int, _Place]]:
        return [
            (name, match.columns[name].indexes[0], places[name])
            for name in names
            if len(match.columns[name].indexes) == 1
        ]

    joined = [(name, column) for name, column in match.columns.items() if len(column.indexes) > 1]
    order_names = [n for n in match.columns if n not in LINE_FIELDS and n != "order_id"]
    order_simple = simple(order_names) if spec.order_fields else []
    table_key = id(match)
    order_joined = [(n, c) for n, c in joined if n not in LINE_FIELDS] if spec.order_fields else []
    status_simple = simple(n for n in _status_names(profile) if n in match.columns)
    line_names = [n for n in match.columns if n in LINE_FIELDS] if spec.lines else []
    line_layout = _LineLayout(tuple(line_names), tuple(places[n] for n in line_names))
    line_columns = [match.columns[name] for name in line_names]
    last_line_index = max((i for c in line_columns for i in c.indexes), default=-1)

    def _line_slow(record: list[str]) -> tuple[str, ...]:
        """Line values of a short row, or of a table that joins columns into one field."""
        width = len(record)
        return tuple(
            column.sep.join(
                record[i].strip() for i in column.indexes if i < width and record[i].strip()
            )
            if len(column.indexes) > 1
            else (record[column.indexes[0]] if column.indexes[0] < width else "")
            for column in line_columns
        )

    if line_columns and all(len(column.indexes) == 1 for column in line_columns):
        getter = itemgetter(*(column.indexes[0] for column in line_columns))
        line_values: Callable[[list[str]], tuple[str, ...]] = (
            getter if len(line_columns) > 1 else lambda record: (getter(record),)
        )
    else:
        line_values = _line_slow
    header_width = len(match.headers)
    skip = profile.skip_rows
    seen: dict[bytes, int] = {}
    last: tuple[_Group, int, int] | None = None  # the last row's order, row number and width
    for index, record in enumerate(match.table.rows()):
        if index <= match.header_index:
            continue
        row = index + 1
        if row % _CHECK_EVERY == 0:
            if cancel is not None and cancel.is_set():
                raise ImportCancelled
            if progress is not None:
                progress(row, 0, f"reading {source}")
        joined_text = "\x1f".join(record)
        if not joined_text.replace("\x1f", "").strip():
            continue
        if skip and any(pattern.search(",".join(record)) for pattern in skip):
            continue
        result.rows += 1
        # a digest, not the row itself: keeping every row alive would double peak memory
        key = blake2b(joined_text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        if key in seen:
            message = f"repeats row {seen[key]} exactly; imported once"
            result.warnings.append(RowIssue(source, row, None, message))
            continue
        seen[key] = row
        width = len(record)
        try:
            order_id = clean_id(record[id_index] if id_index < width else "")
        except CellError as error:
            result.errors.append(RowIssue(source, row, id_place.header, str(error)))
            continue
        if order_id is None:
            result.errors.append(RowIssue(source, row, id_place.header, "the order id is empty"))
            continue
        group = groups.get(order_id)
        if group is None:
            group = groups[order_id] = _Group()
        order = group.order
        # only the fields this order still lacks are looked at: continuation rows cost little
        pending = group.pending.get(table_key, order_simple)
        if pending:
            still = []
            for entry in pending:
                position = entry[1]
                raw = record[position] if position < width else ""
                if raw and not raw.isspace():
                    order[entry[0]] = (raw, row, entry[2])
                else:
                    still.append(entry)
            group.pending[table_key] = still
        for name, column in order_joined:
            if name not in order:
                parts = [record[i].strip() for i in column.indexes if i < width]
                text = column.sep.join(part for part in parts if part)
                if text:
                    order[name] = (text, row, places[name])
        for name, position, _place in status_simple:
            if position < width and record[position].strip():
                group.status_texts.setdefault(name, []).append(record[position].strip())
        if line_names:
            values = line_values(record) if width > last_line_index else _line_slow(record)
            if "".join(values).strip():
                group.lines.append((row, line_layout, values))
        last = (group, row, width)
    if last is not None and not match.table.ends_cleanly and last[2] < header_width:
        group, row, width = last
        group.failed = True
        result.errors.append(
            RowIssue(
                source,
                row,
                None,
                f"the file ends inside this row ({width} of {header_width} columns): "
                "it looks truncated, so this order was not imported; export the file again",
            )
        )


class _OrderBuilder:
    """Cleans one order group's raw cells into a :class:`ParsedOrder`.

    After :meth:`build`, ``issues`` lists every unreadable cell of that order; the order is
    only good when it is empty.
    """

    def __init__(self, profile: Profile, zone: ZoneInfo) -> None:
        self.profile = profile
        self.issues: list[RowIssue] = []
        formats = profile.date_formats

        def to_datetime(raw: str) -> str | None:
            value = clean_datetime(raw, formats, zone)
            return None if value is None else value.isoformat()

        self._cleaners: dict[Kind, Callable[[str], Any]] = {
            Kind.ID: clean_id,
            Kind.INT: clean_int,
            Kind.MONEY: clean_money,
            Kind.DATETIME: to_datetime,
            Kind.TEXT: clean_text,
            Kind.ADDRESS: clean_text,
        }

    def build(self, order_id: str, group: _Group) -> ParsedOrder:
        self.issues = []
        values: dict[str, Any] = {}
        money_currency: str | None = None
        cleaners = self._cleaners
        for name, (raw, row, place) in group.order.items():
            kind = CANONICAL_FIELDS.get(name)
            if kind is None:  # a column only the status rules read
                continue
            try:
                value = cleaners[kind](raw)
            except CellError as error:
                self.issues.append(RowIssue(place.source, row, place.header, str(error)))
                continue
            if kind is Kind.MONEY:
                value, money_currency = value[0], money_currency or value[1]
            values[name] = value
        full_address = values.pop("recipient_full_address", None)
        if full_address:
            split = split_cn_address(full_address)
            for name, part in (
                ("recipient_province", split.province),
                ("recipient_city", split.city),
                ("recipient_district", split.district),
                ("recipient_address", split.street),
                ("recipient_postcode", split.postcode),
            ):
                if part and not values.get(name):
                    values[name] = part
        if not values.get("currency"):
            values["currency"] = money_currency or self.profile.currency
        if not values.get("recipient_country") and self.profile.country:
            values["recipient_country"] = self.profile.country
        values["recipient_masked"] = any(
            is_masked(values[name]) for name in RECIPIENT_FIELDS if name in values
        )
        values["status"], values["platform_status"] = self._status(order_id, group)
        lines = [self._line(*line_row) for line_row in group.lines]
        return ParsedOrder(order_id, values, lines)

    def _status(self, order_id: str, group: _Group) -> tuple[str, str]:
        spec = self.profile.status
        texts = group.status_texts
        shown = " / ".join(texts[name][0] for name in spec.fields if texts.get(name))
        for rule in spec.rules:
            for name, accepted in rule.when:
                found = texts.get(name)
                if not found:
                    break
                if accepted is not None and not any(v.casefold() in accepted for v in found):
                    break
            else:  # every condition of the rule holds
                return rule.status, shown
        first = texts.get(spec.fields[0]) if spec.fields else None
        if first:
            mapped = spec.mapping.get(normalise_header(first[0]))
            if mapped:
                return mapped, shown
        cell = group.order.get(spec.fields[0]) if spec.fields else None
        self.issues.append(
            RowIssue(
                cell[2].source if cell else "",
                cell[1] if cell else None,
                cell[2].header if cell else None,
                f"order {order_id}: status {shown or '(empty)'!r} is not one this profile "
                "knows; nothing was guessed",
            )
        )
        return "", shown

    def _line(self, row: int, layout: _LineLayout, raws: tuple[str, ...]) -> ParsedLine:
        clean: dict[str, Any] = {}
        cleaners = self._cleaners
        for name, place, raw in zip(layout.names, layout.places, raws, strict=True):
            if raw:
                kind = LINE_FIELDS[name]
                try:
                    clean[name] = cleaners[kind](raw)
                except CellError as error:
                    self.issues.append(RowIssue(place.source, row, place.header, str(error)))
                    clean[name] = (None, None) if kind is Kind.MONEY else None
        quantity = clean.get("quantity")
        if quantity is None:
            if "quantity" not in clean:
                self.issues.append(
                    RowIssue(layout.places[0].source, row, None, "the line has no quantity")
                )
            quantity = 0
        unit_price = clean.get("unit_price", (None, None))[0]
        line_total = clean.get("line_total", (None, None))[0]
        if unit_price is None and line_total is not None and quantity:
            unit_price = (line_total / quantity).quantize(_QUANTUM).normalize()
        return ParsedLine(
            sku=clean.get("sku"),
            barcode=clean.get("barcode"),
            title=clean.get("title"),
            variant=clean.get("variant"),
            quantity=quantity,
            unit_price=unit_price,
        )
