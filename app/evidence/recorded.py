"""The order and parcel as their chained facts recorded them, and what is missing since.

A pack never reads the verdict's inputs from mutable rows: the order (promise, recipient,
status, lines) comes from its newest fact, and the row is only compared with it. The
scans of an order and the events of a parcel are counted and linked within it (version 2
records) and against the count the newest fact holds, so a record deleted from the middle
or the end, or moved to another order or parcel, fails this pack by name.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from app.dispatch.outcome import ScanCode
from app.evidence.integrity import Problem
from app.storage.facts import (
    FACT_CHAIN,
    LINE_FIELDS,
    ORDER_FIELDS,
    PARCEL_FIELDS,
    PHONE_COMMITMENT,
    Tally,
    phone_commitment,
    plain,
)
from app.storage.models import Fact, Order, Scan, Shipment, TrackEvent
from app.tracking.status import RANK

EXCERPT = 60  # characters of a changed value a problem quotes


@dataclass(frozen=True)
class StoreView:
    platform: str
    name: str


@dataclass(frozen=True)
class LineView:
    sku: str | None
    barcode: str | None
    title: str | None
    variant: str | None
    quantity: int
    unit_price: Decimal | None


@dataclass(frozen=True)
class OrderView:
    """An order with the Order model's attribute names, as one of its facts recorded it."""

    id: int
    order_id: str
    store: StoreView
    lines: tuple[LineView, ...]
    status: str
    platform_status: str
    created_at: str | None
    paid_at: str | None
    dispatch_by: str | None
    total: Decimal | None
    currency: str | None
    buyer_note: str | None
    seller_note: str | None
    carrier: str | None
    tracking_number: str | None
    recipient_name: str | None
    recipient_phone: str | None
    recipient_country: str | None
    recipient_province: str | None
    recipient_city: str | None
    recipient_district: str | None
    recipient_address: str | None
    recipient_postcode: str | None
    recipient_masked: bool
    recorded_utc: str | None  # None: read from the row, no fact recorded it
    cause: str | None


def _decimal(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None


def recorded_order(content: Mapping[str, Any], phone: str | None) -> OrderView:
    """The order a fact's content holds, with ``phone`` — the row's, once it matched the
    fact's salted hash (:func:`phone_problems`); ValueError when the content is not one."""
    try:
        values = dict(content["order"])
        values["recipient_phone"] = phone
        values["total"] = _decimal(values["total"])
        lines = tuple(
            LineView(**{**line, "unit_price": _decimal(line["unit_price"])})
            for line in content["lines"]
        )
        return OrderView(
            id=int(content["order_pk"]),
            order_id=str(content["order_id"]),
            store=StoreView(str(content["store"]["platform"]), str(content["store"]["name"])),
            lines=lines,
            recorded_utc=str(content["recorded_utc"]),
            cause=str(content["cause"]),
            **{name: values[name] for name in ORDER_FIELDS},
        )
    except (KeyError, TypeError) as error:
        raise ValueError(f"it does not hold an order ({error})") from None


def order_as_stored(order: Order) -> OrderView:
    """The row itself, for an order no fact recorded (the pack says so)."""
    return OrderView(
        id=order.id,
        order_id=order.order_id,
        store=StoreView(order.store.platform, order.store.name),
        lines=tuple(
            LineView(*(getattr(line, name) for name in LINE_FIELDS)) for line in order.lines
        ),
        recorded_utc=None,
        cause=None,
        **{name: getattr(order, name) for name in ORDER_FIELDS},
    )


def _quote(value: object) -> str:
    text = "—" if value is None or value == "" else str(value)
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


def phone_problems(order: Order, content: Mapping[str, Any], fact: Fact) -> list[Problem]:
    """The row's phone against the salted SHA-256 the fact holds instead of it."""
    try:
        committed = content["order"][PHONE_COMMITMENT]
    except (KeyError, TypeError):
        return [Problem(FACT_CHAIN, fact.seq, fact.id, "it holds no phone record")]
    phone = order.recipient_phone
    if phone in (None, ""):
        held = committed is None
    else:  # a phone where the fact recorded none has no salt to match: a change too
        held = committed is not None and committed == phone_commitment(fact.phone_salt, phone)
    if held:
        return []
    reason = "orders.recipient_phone (or the salt of its record) was changed outside the app"
    return [Problem(FACT_CHAIN, fact.seq, fact.id, reason)]


def row_changes(order: Order, recorded: OrderView, fact: Fact) -> list[Problem]:
    """Each field of the order's row that differs from what its newest fact recorded (the
    phone is checked against its salted hash by :func:`phone_problems`)."""
    problems = []
    if order.order_id != recorded.order_id:
        reason = (
            f"orders.order_id was changed outside the app: recorded {_quote(recorded.order_id)}, "
            f"now {_quote(order.order_id)}"
        )
        problems.append(Problem(FACT_CHAIN, fact.seq, fact.id, reason))
    store = StoreView(order.store.platform, order.store.name)
    if store != recorded.store:
        # a store renamed in Settings restates its orders; only an edit outside the app moves
        # an order to another store, or renames one, without a fact saying so
        reason = (
            f"the order's store was changed outside the app: recorded "
            f"{_quote(f'{recorded.store.platform}/{recorded.store.name}')}, "
            f"now {_quote(f'{store.platform}/{store.name}')}"
        )
        problems.append(Problem(FACT_CHAIN, fact.seq, fact.id, reason))
    for name in ORDER_FIELDS:
        if name == "recipient_phone":
            continue
        now, then = getattr(order, name), getattr(recorded, name)
        if name == "recipient_masked":
            now = bool(now)
        if now != then and not (now in (None, "") and then in (None, "")):
            reason = (
                f"orders.{name} was changed outside the app: recorded {_quote(then)}, "
                f"now {_quote(now)}"
            )
            problems.append(Problem(FACT_CHAIN, fact.seq, fact.id, reason))
    stored = [tuple(getattr(line, name) for name in LINE_FIELDS) for line in order.lines]
    if stored != [tuple(getattr(line, name) for name in LINE_FIELDS) for line in recorded.lines]:
        reason = "the order's lines were changed outside the app"
        problems.append(Problem(FACT_CHAIN, fact.seq, fact.id, reason))
    return problems


def parcel_changes(
    shipment: Shipment, members: Sequence[int], content: Mapping[str, Any], fact: Fact
) -> list[Problem]:
    """Where the parcel's row, or the orders it holds, differ from its newest fact."""
    problems = []
    try:
        recorded, orders = content["parcel"], content["orders"]
        for name in PARCEL_FIELDS:
            now, then = plain(getattr(shipment, name)), recorded[name]
            if now != then:
                reason = (
                    f"shipments.{name} was changed outside the app: recorded {_quote(then)}, "
                    f"now {_quote(now)}"
                )
                problems.append(Problem(FACT_CHAIN, fact.seq, fact.id, reason))
        if sorted(members) != sorted(orders):
            reason = "the orders this parcel holds were changed outside the app"
            problems.append(Problem(FACT_CHAIN, fact.seq, fact.id, reason))
    except (KeyError, TypeError) as error:
        problems.append(Problem(FACT_CHAIN, fact.seq, fact.id, f"it holds no parcel ({error})"))
    return problems


def tally_of(content: Mapping[str, Any], key: str) -> Tally:
    """The count and newest hash a fact recorded (``scans`` of an order, ``events`` of a
    parcel); ValueError when it holds none."""
    try:
        tally = content[key]
        return Tally(int(tally["n"]), tally["head"])
    except (KeyError, TypeError, ValueError):
        raise ValueError(f"it records no {key}") from None


@dataclass(frozen=True)
class Series:
    """How records of one order or parcel are numbered and named in problems."""

    chain: str
    number: str  # attribute with the record's place among its siblings (version 2)
    link: str  # attribute with the sibling before's hash
    noun: str  # "scan" / "event"
    owner: str  # "order" / "parcel"


def gaps(records: Sequence[Any], series: Series, recorded: Tally | None) -> list[Problem]:
    """What is missing from ``records`` (one order's scans, or one parcel's events, in
    chain order), judged by their own numbers and links and by the ``recorded`` count."""
    problems: list[Problem] = []
    position = 0
    previous: Any = None
    at: dict[int, Any] = {}
    for record in records:
        position += 1
        number, link = getattr(record, series.number), getattr(record, series.link)
        if record.v != 1 and number != position:
            if isinstance(number, int) and number > position:
                missing = number - position
                reason = (
                    f"{missing} {series.noun}(s) of this {series.owner} before it "
                    f"(numbers {position} to {number - 1}) are missing"
                )
                problems.append(Problem(series.chain, record.seq, record.id, reason))
                position = number
            else:
                reason = f"it is out of place among this {series.owner}'s {series.noun}s"
                problems.append(Problem(series.chain, record.seq, record.id, reason))
        elif record.v != 1 and link != (previous.hash if previous is not None else None):
            reason = f"it no longer follows this {series.owner}'s {series.noun} before it"
            problems.append(Problem(series.chain, record.seq, record.id, reason))
        at[position] = record
        previous = record
    if recorded is None or recorded.n == 0:
        return problems
    if position < recorded.n:
        reason = (
            f"the {series.owner}'s chained record counts {recorded.n} {series.noun}(s) but "
            f"{position} remain: the newest were deleted"
        )
        problems.append(Problem(FACT_CHAIN, None, None, reason))
    elif at.get(recorded.n) is None or at[recorded.n].hash != recorded.head:
        reason = (
            f"{series.noun} {recorded.n} of this {series.owner} is not the one its chained "
            "record names"
        )
        problems.append(Problem(series.chain, None, None, reason))
    return problems


SCAN_SERIES = Series("scans", "order_n", "order_prev", "scan", "order")
EVENT_SERIES = Series("events", "parcel_n", "parcel_prev", "event", "parcel")


def carrier_time(event: TrackEvent) -> datetime | None:
    """The event's own (hashed) time in UTC, or None when it no longer reads as a time."""
    try:
        moment = datetime.fromisoformat(event.event_time)
    except (TypeError, ValueError):
        return None
    return moment.astimezone(UTC) if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def in_story_order(events: Iterable[TrackEvent]) -> list[TrackEvent]:
    """Events by the carrier's own time, never by the mutable sort column."""
    unreadable = datetime.max.replace(tzinfo=UTC)
    return sorted(events, key=lambda event: (carrier_time(event) or unreadable, event.seq))


def told_status(events: Sequence[TrackEvent]) -> str:
    """The status ``events`` (in story order) give their parcel: the newest by the
    carrier's time, the furthest along among events at that moment; ``pending`` for none."""
    if not events:
        return "pending"
    newest = carrier_time(events[-1])
    same = [event for event in events if carrier_time(event) == newest]
    return max(same, key=lambda event: RANK.get(event.status, 0)).status


def status_changes(shipment: Shipment, told: str) -> list[Problem]:
    """The parcel's status column against what its events say (refresh sets one from the
    other; anything else wrote it)."""
    if shipment.status == told:
        return []
    reason = (
        f"shipments.status was changed outside the app: it says {_quote(shipment.status)}, "
        f"its events say {told}"
    )
    return [Problem("events", None, None, reason)]


def sort_time_changes(events: Sequence[TrackEvent]) -> list[Problem]:
    """Events whose sort column no longer says the carrier's own time (older records do
    not hash it: a changed one would reorder the timeline and the analysis)."""
    problems = []
    for event in events:
        told = carrier_time(event)
        stored = event.event_utc
        if told is None or not isinstance(stored, datetime):
            continue  # its hash fails already, or the column is unreadable: said elsewhere
        if stored.replace(tzinfo=UTC) != told:
            reason = f"its sort time was changed ({stored:%Y-%m-%d %H:%M}, not the carrier's)"
            problems.append(Problem("events", event.seq, event.id, reason))
    return problems


def checked_view(
    fact: Fact | None, order: Order, content_of: Callable[[Fact], dict[str, Any]]
) -> tuple[OrderView, dict[str, Any] | None, list[Problem]]:
    """The order as its newest fact recorded it, that fact's content, and what is wrong."""
    if fact is None:
        reason = "the order has no chained record: its promise and recipient are unproven"
        return order_as_stored(order), None, [Problem(FACT_CHAIN, None, None, reason)]
    try:
        content = content_of(fact)
        problems = phone_problems(order, content, fact)
        view = recorded_order(content, None if problems else order.recipient_phone)
    except ValueError as error:
        problem = Problem(FACT_CHAIN, fact.seq, fact.id, f"it can no longer be read: {error}")
        return order_as_stored(order), None, [problem]
    if view.id != order.id or fact.kind != "order":
        reason = "it was moved: it records another order"
        problems.append(Problem(FACT_CHAIN, fact.seq, fact.id, reason))
    return view, content, problems + row_changes(order, view, fact)


def lost_parcels(scans: Sequence[Scan], labels: Iterable[str]) -> list[Problem]:
    """Labels the order's own scans bound that are no longer among its parcels (a parcel
    row moved to another order, or deleted)."""
    kept = set(labels)
    return [
        Problem(
            "scans",
            scan.seq,
            scan.id,
            f"it bound label {_quote(scan.tracking_number)}, no longer a parcel of this order",
        )
        for scan in scans
        if scan.code == ScanCode.DISPATCHED and scan.tracking_number not in kept
    ]


def binding_missing(bound_by: Any, scans: Mapping[int, Scan]) -> list[Problem]:
    """The scan a parcel's fact says bound its label, if it is gone or changed."""
    if not isinstance(bound_by, dict):
        return []
    scan = scans.get(bound_by.get("seq"))  # type: ignore[arg-type]
    if scan is not None and scan.hash == bound_by.get("hash"):
        return []
    reason = f"the scan that bound this label (scan {bound_by.get('seq')}) is missing"
    return [Problem("scans", bound_by.get("seq"), None, reason)]


def scans_of(order_pk: int, scans: Sequence[Scan]) -> list[Scan]:
    """The scans the order's count covers: those made with the order open."""
    return [scan for scan in scans if scan.order_pk == order_pk]
