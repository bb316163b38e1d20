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
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
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


@dataclass
class _Cell:
    raw: str
    source: str
    row: int
    header: str


@dataclass
class _Group:
    order: dict[str, _Cell] = field(default_factory=dict)
    aux: dict[str, list[str]] = field(default_factory=dict)
    lines: list[dict[str, _Cell]] = field(default_factory=list)
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
    zone = profile.zone_info(shop_zone)
    builder = _OrderBuilder(profile, zone)
    for index, (order_id, group) in enumerate(groups.items()):
        if cancel is not None and index % _CHECK_EVERY == 0 and cancel.is_set():
            raise ImportCancelled
        if group.failed:
            continue
        try:
            result.orders.append(builder.build(order_id, group))
        except _CellProblem as problem:
            result.errors += problem.issues
    return result


class _CellProblem(Exception):
    """Every unreadable cell of one order, reported together so one pass fixes them all."""

    def __init__(self, issues: list[RowIssue]) -> None:
        super().__init__(issues[0].message)
        self.issues = issues


def _collect(
    match: TableMatch,
    groups: dict[str, _Group],
    result: ParseResult,
    cancel: threading.Event | None,
    progress: ProgressFn | None,
) -> None:
    """Read one table's rows into the order groups."""
    profile, spec, source = match.profile, match.spec, match.table.label
    id_column = match.columns["order_id"]
    simple = [
        (name, column.indexes[0], column.header)
        for name, column in match.columns.items()
        if len(column.indexes) == 1 and name != "order_id"
    ]
    joined = [(name, column) for name, column in match.columns.items() if len(column.indexes) > 1]
    order_names = {name for name in match.columns if name not in LINE_FIELDS}
    line_names = {name for name in match.columns if name in LINE_FIELDS}
    aux_names = {name for name in match.columns if name not in CANONICAL_FIELDS}
    seen: dict[tuple[str, ...], int] = {}
    last: tuple[_Group, int, int] | None = None  # the last row's order, row number and width
    for index, record in enumerate(match.table.rows()):
        if index <= match.header_index:
            continue
        row = index + 1
        if cancel is not None and row % _CHECK_EVERY == 0:
            if cancel.is_set():
                raise ImportCancelled
            if progress is not None:
                progress(row, 0, f"reading {source}")
        if not any(cell.strip() for cell in record):
            continue
        if profile.skip_rows and any(p.search(",".join(record)) for p in profile.skip_rows):
            continue
        result.rows += 1
        key = tuple(record)
        if key in seen:
            result.warnings.append(
                RowIssue(source, row, None, f"repeats row {seen[key]} exactly; imported once")
            )
            continue
        seen[key] = row
        width = len(record)
        cells: dict[str, _Cell] = {}
        for name, position, header in simple:
            if position < width:
                raw = record[position]
                if raw and raw.strip():
                    cells[name] = _Cell(raw, source, row, header)
        for name, column in joined:
            parts = [record[i].strip() for i in column.indexes if i < width and record[i].strip()]
            if parts:
                cells[name] = _Cell(column.sep.join(parts), source, row, column.header)
        raw_id = record[id_column.indexes[0]] if id_column.indexes[0] < width else ""
        try:
            order_id = clean_id(raw_id)
        except CellError as error:
            result.errors.append(RowIssue(source, row, id_column.header, str(error)))
            continue
        if order_id is None:
            result.errors.append(RowIssue(source, row, id_column.header, "the order id is empty"))
            continue
        group = groups.get(order_id)
        if group is None:
            group = groups[order_id] = _Group()
        if spec.order_fields:
            for name in order_names:
                if name not in group.order and name in cells:
                    group.order[name] = cells[name]
        for name in aux_names:
            if name in cells:
                group.aux.setdefault(name, []).append(cells[name].raw.strip())
        if spec.lines and any(name in cells for name in line_names):
            group.lines.append({name: cells[name] for name in line_names if name in cells})
        last = (group, row, width)
    if last is not None and not match.table.ends_cleanly and last[2] < len(match.headers):
        group, row, width = last
        group.failed = True
        result.errors.append(
            RowIssue(
                source,
                row,
                None,
                f"the file ends inside this row ({width} of {len(match.headers)} columns): "
                "it looks truncated, so this order was not imported; export the file again",
            )
        )


class _OrderBuilder:
    """Cleans one order group's raw cells into a :class:`ParsedOrder`."""

    def __init__(self, profile: Profile, zone: ZoneInfo) -> None:
        self.profile = profile
        self.zone = zone
        self.formats = profile.date_formats
        self._issues: list[RowIssue] = []

    def _clean(self, name: str, cell: _Cell) -> Any:
        kind = CANONICAL_FIELDS.get(name, Kind.TEXT)
        try:
            if kind is Kind.ID:
                return clean_id(cell.raw)
            if kind is Kind.INT:
                return clean_int(cell.raw)
            if kind is Kind.MONEY:
                return clean_money(cell.raw)
            if kind is Kind.DATETIME:
                return clean_datetime(cell.raw, self.formats, self.zone)
            return clean_text(cell.raw)
        except CellError as error:
            self._issues.append(RowIssue(cell.source, cell.row, cell.header, str(error)))
            return (None, None) if kind is Kind.MONEY else None

    def build(self, order_id: str, group: _Group) -> ParsedOrder:
        self._issues = []
        values: dict[str, Any] = {}
        money_currency: str | None = None
        for name, cell in group.order.items():
            if name not in CANONICAL_FIELDS:
                continue
            value = self._clean(name, cell)
            if CANONICAL_FIELDS[name] is Kind.MONEY:
                value, money_currency = value[0], money_currency or value[1]
            if CANONICAL_FIELDS[name] is Kind.DATETIME and value is not None:
                value = value.isoformat()
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
        values.pop("line_total", None)
        if not values.get("currency"):
            values["currency"] = money_currency or self.profile.currency
        if not values.get("recipient_country") and self.profile.country:
            values["recipient_country"] = self.profile.country
        values["recipient_masked"] = any(is_masked(values.get(name)) for name in RECIPIENT_FIELDS)
        values["status"], values["platform_status"] = self._status(order_id, group)
        lines = [self._line(cells) for cells in group.lines]
        if self._issues:
            raise _CellProblem(self._issues)
        return ParsedOrder(order_id, values, lines)

    def _status(self, order_id: str, group: _Group) -> tuple[str, str]:
        spec = self.profile.status
        texts = {name: values for name, values in group.aux.items()}
        for name, cell in group.order.items():
            texts.setdefault(name, [cell.raw.strip()])
        shown = " / ".join(texts[name][0] for name in spec.fields if texts.get(name))
        for rule in spec.rules:
            if all(_accepts(texts.get(name), accepted) for name, accepted in rule.when):
                return rule.status, shown
        first = texts.get(spec.fields[0]) if spec.fields else None
        if first:
            mapped = spec.mapping.get(normalise_header(first[0]))
            if mapped:
                return mapped, shown
        status_cell = group.order.get(spec.fields[0]) if spec.fields else None
        self._issues.append(
            RowIssue(
                status_cell.source if status_cell else "",
                status_cell.row if status_cell else None,
                status_cell.header if status_cell else None,
                f"order {order_id}: status {shown or '(empty)'!r} is not one this profile "
                "knows; nothing was guessed",
            )
        )
        return "", shown

    def _line(self, cells: dict[str, _Cell]) -> ParsedLine:
        clean = {name: self._clean(name, cell) for name, cell in cells.items()}
        quantity = clean.get("quantity")
        if quantity is None:
            if "quantity" not in cells:
                cell = next(iter(cells.values()))
                self._issues.append(
                    RowIssue(cell.source, cell.row, None, "the line has no quantity")
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


def _accepts(values: list[str] | None, accepted: tuple[str, ...] | None) -> bool:
    if not values:
        return False
    if accepted is None:
        return True
    return any(value.casefold() in accepted for value in values)
