"""The generic engine: rows of matched tables → normalized orders with their lines.

Rows are grouped by order id (:mod:`app.orders.grouping`), then each order's raw cells are
cleaned once, its Chinese address split and its status mapped. An order with any
unreadable cell is refused whole — importing it without that line or that date would
silently lose what the file said; so is one with a text longer than its column holds
(PostgreSQL would refuse it where SQLite would not). Orders come out in chunks as they
are complete (:class:`OrderStream`), so an import holds a chunk of them, not the file's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import String

from app.orders.address import split_cn_address
from app.orders.cleaning import (
    CellError,
    clean_datetime,
    clean_id,
    clean_money,
    clean_quantity,
    clean_text,
    is_masked,
    normalise_header,
    strip_artifacts,
)
from app.orders.detect import TableMatch
from app.orders.fields import CANONICAL_FIELDS, RECIPIENT_FIELDS, Kind
from app.orders.grouping import LineLayout, OrderGroup, Place, TableGrouper, TableReading
from app.orders.issues import ProgressFn, RowIssue, issue, quoted
from app.orders.profiles import Profile
from app.storage.models import Order, OrderLine

_QUANTUM = Decimal("0.0001")
CHUNK = 2000  # orders handed on at a time: what an import holds of them
_MEMO_LIMIT = 4096  # distinct cell texts a memo keeps before it starts again
_Plan = tuple[Callable[[str], Any], bool, int]  # a field's cleaner, is money, length limit
# the characters each text field's column holds (String(n)), read from the models so a
# value PostgreSQL would refuse is refused on SQLite too
TEXT_LIMITS: dict[str, int] = {
    column.name: column.type.length
    for table in (Order.__table__, OrderLine.__table__)
    for column in table.c
    if type(column.type) is String and column.type.length
}


class ParsedLine(NamedTuple):
    """One line, its fields in the order a fact records them (``facts.LINE_FIELDS``): the
    tuple is stored, compared and chained as it is, with no copy per use."""

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


class OrderStream:
    """The orders of one import unit (one profile's matched tables), chunk by chunk.

    Iterating :meth:`chunks` reads the tables (twice: see :mod:`app.orders.grouping`)
    and yields lists of at most :data:`CHUNK` good orders; ``reading`` counts the rows
    and collects the problems as it goes, and ``orders``/``lines`` count what was handed
    on. Reading errors of the whole file (:class:`FileReadError`) come before the first
    chunk, from the first pass.
    """

    def __init__(
        self,
        matches: list[TableMatch],
        shop_zone: ZoneInfo,
        cancel: threading.Event | None = None,
        progress: ProgressFn | None = None,
    ) -> None:
        self.matches, self.cancel, self.progress = matches, cancel, progress
        profile = matches[0].profile
        self.builder = _OrderBuilder(profile, profile.zone_info(shop_zone))
        self.reading = TableReading()
        self.orders = self.lines = 0

    def chunks(self) -> Iterator[list[ParsedOrder]]:
        groupers = [TableGrouper(match) for match in self.matches]
        last: dict[str, int] = {}
        for number, grouper in enumerate(groupers):
            grouper.last_rows(number, last, self.cancel, self.progress)
        groups: dict[str, OrderGroup] = {}
        chunk: list[ParsedOrder] = []
        for number, grouper in enumerate(groupers):
            read = grouper.read(number, groups, last, self.reading, self.cancel, self.progress)
            for order_id, group in read:
                order = self._order(order_id, group)
                if order is not None:
                    chunk.append(order)
                    if len(chunk) >= CHUNK:
                        yield chunk
                        chunk = []
        if chunk:
            yield chunk

    def _order(self, order_id: str, group: OrderGroup) -> ParsedOrder | None:
        """The complete order, or None when it failed (its problems reported)."""
        if group.failed:
            return None
        if not group.order_row:
            source, row = group.first_row or ("", None)
            self.reading.errors.add(issue(source, row, None, "no_order_row", order=order_id))
            return None
        order = self.builder.build(order_id, group)
        if self.builder.issues:
            self.reading.errors.extend(self.builder.issues)
            return None
        self.orders += 1
        self.lines += len(order.lines)
        return order


def _status_key(text: str) -> str:
    """A status cell as the map and the rules compare it: the ``'``/``="…"`` an export adds
    to keep text removed, then folded like a header (full-width "，" is ",")."""
    return normalise_header(strip_artifacts(text))


class _OrderBuilder:
    """Cleans one order group's raw cells into a :class:`ParsedOrder`.

    After :meth:`build`, ``issues`` lists every unreadable cell of that order; the order is
    only good when it is empty.
    """

    def __init__(self, profile: Profile, zone: ZoneInfo) -> None:
        self.profile = profile
        self.issues: list[RowIssue] = []
        self._status_keys: dict[str, str] = {}  # a shop's status cells take a few values
        formats = profile.date_formats

        def to_datetime(raw: str) -> str | None:
            value = clean_datetime(raw, formats, zone)
            return None if value is None else value.isoformat()

        self._cleaners: dict[Kind, Callable[[str], Any]] = {
            Kind.ID: clean_id,
            Kind.INT: clean_quantity,
            Kind.MONEY: clean_money,
            Kind.DATETIME: to_datetime,
            Kind.TEXT: clean_text,
            Kind.ADDRESS: clean_text,
        }
        # per field, looked up once: its cleaner, whether it is money, its column's length
        self._plans: dict[str, _Plan] = {
            name: (self._cleaners[kind], kind is Kind.MONEY, TEXT_LIMITS.get(name, 0))
            for name, kind in CANONICAL_FIELDS.items()
        }
        self._line_plans: dict[int, tuple[LineLayout, list[tuple[str, Place, _Plan]]]] = {}

    def build(self, order_id: str, group: OrderGroup) -> ParsedOrder:
        self.issues = []
        values: dict[str, Any] = {}
        money_currency: str | None = None
        plans = self._plans
        for name, (raw, row, place) in group.order.items():
            plan = plans.get(name)
            if plan is None:  # a column only the status rules read
                continue
            clean, money, limit = plan
            try:
                value = clean(raw)
            except CellError as error:
                self.issues.append(error.issue(place.source, row, place.header))
                continue
            if money:
                value, money_currency = value[0], money_currency or value[1]
            elif limit and value is not None and len(value) > limit:
                self.issues.append(self._too_long(name, value, row, place.source, place.header))
                continue
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
        values["platform_status"] = values["platform_status"][: TEXT_LIMITS["platform_status"]]
        lines = [self._line(*line_row) for line_row in group.lines]
        return ParsedOrder(order_id, values, lines)

    @staticmethod
    def _too_long(name: str, value: str, row: int | None, source: str, header: str) -> RowIssue:
        limit = str(TEXT_LIMITS[name])
        return issue(source, row, header, "too_long", value=quoted(value), limit=limit)

    def _key(self, text: str) -> str:
        """:func:`_status_key`, worked out once per distinct cell text of the import."""
        key = self._status_keys.get(text)
        if key is None:
            if len(self._status_keys) >= _MEMO_LIMIT:  # a file of unique statuses stays small
                self._status_keys.clear()
            key = self._status_keys[text] = _status_key(text)
        return key

    def _status(self, order_id: str, group: OrderGroup) -> tuple[str, str]:
        spec = self.profile.status
        texts = group.status_texts
        key = self._key
        shown = " / ".join(
            strip_artifacts(texts[name][0]) for name in spec.fields if texts.get(name)
        )
        for rule in spec.rules:
            for name, accepted in rule.when:
                found = texts.get(name)
                if not found:
                    break
                if accepted is not None and not any(key(v) in accepted for v in found):
                    break
            else:  # every condition of the rule holds
                return rule.status, shown
        first = texts.get(spec.fields[0]) if spec.fields else None
        if first:
            mapped = spec.mapping.get(key(first[0]))
            if mapped:
                return mapped, shown
        cell = group.order.get(spec.fields[0]) if spec.fields else None
        status = {"status": quoted(shown)} if shown else {}
        self.issues.append(
            issue(
                cell[2].source if cell else "",
                cell[1] if cell else None,
                cell[2].header if cell else None,
                "unknown_status" if shown else "unknown_status_empty",
                order=order_id,
                **status,
            )
        )
        return "", shown

    def _line_plan(self, layout: LineLayout) -> list[tuple[str, Place, _Plan]]:
        """Each line field of ``layout`` with its place and plan, worked out once a table."""
        known = self._line_plans.get(id(layout))
        if known is None:  # the layout is kept with its plan, so its id stays its own
            plan = [
                (name, place, self._plans[name])
                for name, place in zip(layout.names, layout.places, strict=True)
            ]
            known = self._line_plans[id(layout)] = (layout, plan)
        return known[1]

    def _line(self, row: int, layout: LineLayout, raws: tuple[str, ...]) -> ParsedLine:
        clean: dict[str, Any] = {}
        for (name, place, (cleaner, money, limit)), raw in zip(
            self._line_plan(layout), raws, strict=True
        ):
            if raw:
                try:
                    value = cleaner(raw)
                except CellError as error:
                    self.issues.append(error.issue(place.source, row, place.header))
                    value = (None, None) if money else None
                if limit and isinstance(value, str) and len(value) > limit:
                    self.issues.append(self._too_long(name, value, row, place.source, place.header))
                    value = None
                clean[name] = value
        quantity = clean.get("quantity")
        if quantity is None:
            if "quantity" not in clean:
                self.issues.append(issue(layout.places[0].source, row, None, "no_quantity"))
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
