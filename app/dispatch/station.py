"""The packing station: one scan in, one committed outcome out.

One state machine serves the GUI and ``shipproof scan``. Every scan is written (station,
operator, time with zone, raw and normalized input, outcome) in the same transaction as
what it did, and that transaction is committed before :meth:`Station.scan` returns, so
feedback is never shown for a scan that was not kept. Two stations racing for one order:
the dispatch is a conditional UPDATE (``status = 'awaiting_dispatch'``) under the write
lock, and labels are unique in ``shipments``, so exactly one wins on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from app.dispatch.carriers import carrier_code
from app.dispatch.numbers import (
    CHECK_DIGIT_REASON,
    NOT_TRACKING_REASON,
    Detection,
    NumberRules,
    compact,
    default_rules,
    detect,
)
from app.dispatch.scan_input import command_of, normalize_scan
from app.dispatch.scan_log import SCAN_CHAIN
from app.storage import Database
from app.storage.chain import Link, append
from app.storage.models import Order, OrderLine, Scan, Shipment, ShipmentOrder

STOPPED = {"unpaid": "order_unpaid", "cancelled": "order_cancelled"}
REFUND_STATUSES = ("refunding", "refunded")
DONE_STATUSES = ("dispatched", "delivered", "completed")
RESULTS = {  # code → how loudly the station says it
    "dispatched": "ok",
    "item_ok": "ok",
    "order_opened": "info",
    "order_closed": "info",
    "merge_started": "info",
    "tracking_unrecognized": "warning",
}
# What an outcome says, by detail key. ``ScanOutcome.detail`` and ``.params`` carry the key
# and the values, so the GUI says the same in the packer's language: keep placeholders
# stable, and add a key (with its translation in app/ui) rather than reword one.
MESSAGES: dict[str, str] = {
    "empty": "empty scan",
    "nothing_open": "no order was open",
    "closed": "order {order} closed",
    "closed_unlabelled": "order {order} closed without a label",
    "merge_started": "merged parcel: scan every order that goes in it, then the one label",
    "reprint": "reprint the slip of {order}",
    "idle_command": "{command}: nothing to do now",
    "item": "{title}",
    "item_counted": "{title} {count}/{quantity}",
    "over_quantity": "{title}: only {quantity} in this order",
    "stopped": "STOP: order {order} is {status} ({platform_status}) — do not ship",
    "already_dispatched": "order {order} was already dispatched",
    "dispatched_elsewhere": "order {order} was dispatched at another station",
    "finish_first": "finish order {order} first: {missing}",
    "opened": "order {order}: scan the label",
    "opened_items": "order {order}: scan {missing}",
    "opened_merged": "order {order}: scan the label ({count} orders in this parcel)",
    "opened_items_merged": "order {order}: scan {missing} ({count} orders in this parcel)",
    "label_first": "order {order}: scan {missing}, then the label",
    "label_used": "label {number} is already on order {order}",
    "label_on_this_order": "label {number} is already on this order",
    "not_a_code": "{number}: not an order, an item or a label",
    "scan_order_first": "{number}: no order is open — scan the order first",
    "not_tracking": NOT_TRACKING_REASON,
    "check_digit": CHECK_DIGIT_REASON,
    "items_before_label": "still to scan before the label: {missing}",
    "not_in_order": "{number} is not in order {order}",
    "not_in_order_missing": "{number} is not in order {order}; still to scan: {missing}",
    "waybill_mismatch": "the platform assigned {waybill} to order {order}, not {number}",
    "carrier_mismatch": "order {order} ships with {carrier}; this label looks like {carriers}",
    "unrecognized": "{number} fits no known carrier: scan it again, or scan CONFIRM",
    "dispatched": "order {order} dispatched with {number}",
    "dispatched_parcel": "order {order} dispatched with {number} (parcel {parcel})",
    "merged_dispatched": "merged parcel of orders {orders} dispatched with {number}",
}


@dataclass
class LineCheck:
    codes: frozenset[str]  # compacted SKU and barcode
    title: str
    quantity: int
    scanned: int = 0


@dataclass
class OpenOrder:
    pk: int
    order_id: str
    carrier: str | None  # ShipProof carrier code of the platform's carrier, if known
    waybill: str | None  # the platform's own tracking number, compacted
    lines: list[LineCheck]
    parcels: list[str] = field(default_factory=list)

    @property
    def items_complete(self) -> bool:
        return all(line.scanned >= line.quantity for line in self.lines)

    def missing(self) -> str:
        return ", ".join(
            f"{line.title} ×{line.quantity - line.scanned}"
            for line in self.lines
            if line.scanned < line.quantity
        )


@dataclass(frozen=True)
class ScanOutcome:
    input: str
    normalized: str
    result: str  # ok | info | warning | error
    code: str
    message: str  # English, as kept in the scan record
    order_id: str | None = None
    tracking_number: str | None = None
    carrier: str | None = None
    seq: int = 0
    detail: str = ""  # the MESSAGES key of ``message``
    params: dict[str, str] = field(default_factory=dict)  # its placeholders' values

    def as_dict(self) -> dict[str, Any]:
        return {
            "input": self.input,
            "result": self.result,
            "code": self.code,
            "message": self.message,
            "order_id": self.order_id,
            "tracking_number": self.tracking_number,
            "carrier": self.carrier,
        }


@dataclass(frozen=True)
class Message:
    """One of :data:`MESSAGES` with its values."""

    key: str
    params: dict[str, str]

    @property
    def text(self) -> str:
        return MESSAGES[self.key].format(**self.params)


def _say(key: str, **params: object) -> Message:
    return Message(key, {name: str(value) for name, value in params.items()})


@dataclass
class _Decision:
    """What a scan means, and how the station's state moves once it is committed."""

    code: str
    message: Message
    order: OpenOrder | None = None
    tracking: str | None = None
    carrier: str | None = None
    then: Callable[[], None] | None = None  # applied only after the commit


@dataclass
class ShiftCounts:
    scans: int = 0
    dispatched: int = 0
    errors: int = 0


class Station:
    """One packing station's state: the open order, a number awaiting confirmation."""

    def __init__(
        self,
        database: Database,
        station_id: str,
        operator: str,
        item_checks: bool = False,
        zone: tzinfo | None = None,
        clock: Callable[[], datetime] | None = None,
        rules: NumberRules | None = None,
    ) -> None:
        self.database = database
        self.rules = rules or default_rules()
        self.station_id = station_id
        self.operator = operator
        self.item_checks = item_checks
        self.zone = zone
        self.clock = clock or (lambda: datetime.now(UTC))
        self.open: OpenOrder | None = None
        self.pending_confirm: str | None = None
        self.merged: list[OpenOrder] | None = None  # an explicit merged parcel being packed
        self.counts = ShiftCounts()

    # --- the one entry point ------------------------------------------------------------
    def scan(self, raw: str) -> ScanOutcome:
        """Decide, write and commit one scan; only then move state and return what to show."""
        text = normalize_scan(raw)
        moment = self.clock()
        now = moment.astimezone(self.zone) if self.zone else moment.astimezone()
        for attempt in range(2):
            try:
                decision, result, link = self._write(raw, text, now.isoformat())
                break
            except IntegrityError:
                # PostgreSQL: another station bound the same label a moment earlier; deciding
                # again sees its shipment and answers tracking_in_use
                if attempt:
                    raise
        if decision.then is not None:
            decision.then()
        self.counts.scans += 1
        self.counts.dispatched += decision.code == "dispatched"
        self.counts.errors += result == "error"
        return ScanOutcome(
            raw,
            text,
            result,
            decision.code,
            decision.message.text,
            decision.order.order_id if decision.order else None,
            decision.tracking,
            decision.carrier,
            link.seq,
            decision.message.key,
            decision.message.params,
        )

    def _write(self, raw: str, text: str, scanned_at: str) -> tuple[_Decision, str, Link]:
        with self.database.write() as session:
            decision = self._decide(session, text)
            result = RESULTS.get(decision.code, "error")
            content = {
                "station": self.station_id,
                "operator": self.operator,
                "scanned_at": scanned_at,
                "raw_input": raw,
                "normalized": text,
                "kind": _kind(decision.code),
                "result": result,
                "code": decision.code,
                "message": decision.message.text,
                "order_pk": decision.order.pk if decision.order else None,
                "tracking_number": decision.tracking,
                "carrier": decision.carrier,
            }
            link = append(session, SCAN_CHAIN, content)
            session.add(Scan(**content, seq=link.seq, prev_hash=link.prev_hash, hash=link.hash))
        return decision, result, link

    # --- state moves, run after the commit ----------------------------------------------
    def _opened(self, order: OpenOrder) -> Callable[[], None]:
        def move() -> None:
            self.open, self.pending_confirm = order, None
            if self.merged is not None and all(o.pk != order.pk for o in self.merged):
                self.merged.append(order)

        return move

    def _close(self) -> None:
        self.open, self.pending_confirm, self.merged = None, None, None

    def _merge_started(self) -> None:
        self.merged = [self.open] if self.open is not None else []

    def _awaiting_confirmation(self, number: str) -> Callable[[], None]:
        def move() -> None:
            self.pending_confirm = number

        return move

    def _counted(self, line: LineCheck) -> Callable[[], None]:
        def move() -> None:
            line.scanned += 1

        return move

    def _parcel_added(self, order: OpenOrder, number: str) -> Callable[[], None]:
        def move() -> None:
            order.parcels.append(number)
            self.pending_confirm = None

        return move

    # --- deciding (inside the scan's transaction) ----------------------------------------
    def _decide(self, session: Session, text: str) -> _Decision:
        if not text:
            return _Decision("unknown_code", _say("empty"))
        command = command_of(text)
        if command:
            return self._command(session, command)
        if self.open is not None:
            item = self._item(self.open, text)
            if item is not None:
                return item
        order = _find_order(session, text)
        if order is not None:
            return self._open_order(order)
        number = compact(text)
        if self.open is not None and _is_known_item(session, text, number):
            message = _say("not_in_order", number=number, order=self.open.order_id)
            return _Decision("item_not_in_order", message, self.open)
        if self.open is not None and number == self.pending_confirm:
            return self._bind_label(session, self.open, number, confirmed=True)
        return self._label(session, number)

    def _command(self, session: Session, command: str) -> _Decision:
        if command == "CONFIRM" and self.open is not None and self.pending_confirm:
            return self._bind_label(session, self.open, self.pending_confirm, confirmed=True)
        if command in ("CANCEL", "NEXT"):
            if self.open is None:
                return _Decision("order_closed", _say("nothing_open"))
            closed = "closed" if self.open.parcels else "closed_unlabelled"
            message = _say(closed, order=self.open.order_id)
            return _Decision("order_closed", message, self.open, then=self._close)
        if command == "MERGE":
            message = _say("merge_started")
            return _Decision("merge_started", message, self.open, then=self._merge_started)
        if command == "REPRINT" and self.open is not None:
            return _Decision("order_opened", _say("reprint", order=self.open.order_id), self.open)
        return _Decision("unknown_code", _say("idle_command", command=command))

    def _item(self, order: OpenOrder, text: str) -> _Decision | None:
        code = compact(text)
        line = next((line for line in order.lines if code in line.codes), None)
        if line is None:
            return None
        if not self.item_checks:
            return _Decision("item_ok", _say("item", title=line.title), order)
        if line.scanned >= line.quantity:
            message = _say("over_quantity", title=line.title, quantity=line.quantity)
            return _Decision("item_over_quantity", message, order)
        message = _say(
            "item_counted", title=line.title, count=line.scanned + 1, quantity=line.quantity
        )
        return _Decision("item_ok", message, order, then=self._counted(line))

    def _open_order(self, order: Order) -> _Decision:
        opened = _open_order(order)
        if order.status in STOPPED:
            code = STOPPED[order.status]
            return _Decision(code, _stopped_message(order), opened, then=self._close)
        if order.status in REFUND_STATUSES:
            return _Decision("order_refunded", _stopped_message(order), opened, then=self._close)
        if order.status in DONE_STATUSES:
            message = _say("already_dispatched", order=order.order_id)
            return _Decision("already_dispatched", message, opened, then=self._close)
        together: dict[str, object] = {"order": order.order_id}
        if self.merged is not None:  # packing a merged parcel: this order joins it
            current = self.open
            if current is not None and self.item_checks and not current.items_complete:
                message = _say("finish_first", order=current.order_id, missing=current.missing())
                return _Decision("items_incomplete", message, current)
            known = next((o for o in self.merged if o.pk == order.id), None)
            opened = known or opened  # scanned again: keep the items already counted
            together["count"] = len(self.merged) + (known is None)
        key = "opened_items" if self.item_checks and opened.lines else "opened"
        if key == "opened_items":
            together["missing"] = opened.missing()
        message = _say(key + ("_merged" if "count" in together else ""), **together)
        return _Decision("order_opened", message, opened, then=self._opened(opened))

    def _label(self, session: Session, number: str) -> _Decision:
        detection = detect(number, self.rules)
        if detection.failed_check:
            return _Decision("tracking_invalid", _refusal(detection), self.open, number)
        if self.open is not None:
            return self._bind_label(session, self.open, number, detection)
        used = _shipment_order(session, number)
        if used is not None:
            message = _say("label_used", number=number, order=used.order_id)
            return _Decision("already_dispatched", message, _open_order(used), number)
        waiting = session.scalars(
            select(Order)
            .where(Order.tracking_number == number, Order.status == "awaiting_dispatch")
            .options(selectinload(Order.lines))
        ).first()
        if waiting is not None:  # label first: the platform already assigned this waybill
            opened = _open_order(waiting)
            if self.item_checks and opened.lines:
                message = _say("label_first", order=waiting.order_id, missing=opened.missing())
                return _Decision("order_opened", message, opened, then=self._opened(opened))
            return self._dispatch(session, opened, number, _carrier_of(detection, opened))
        if not detection.valid:
            return _Decision("unknown_code", _say("not_a_code", number=number))
        message = _say("scan_order_first", number=number)
        return _Decision("unknown_code", message, None, number)

    def _bind_label(
        self,
        session: Session,
        order: OpenOrder,
        number: str,
        detection: Detection | None = None,
        confirmed: bool = False,
    ) -> _Decision:
        detection = detection or detect(number, self.rules)
        if not detection.valid:
            code = "tracking_invalid" if detection.failed_check else "unknown_code"
            return _Decision(code, _refusal(detection), order, number)
        if self.item_checks and not order.items_complete:
            if detection.carriers and not _is_known_item(session, number):
                message = _say("items_before_label", missing=order.missing())
                return _Decision("items_incomplete", message, order, number)
            message = _say(
                "not_in_order_missing", number=number, order=order.order_id, missing=order.missing()
            )
            return _Decision("item_not_in_order", message, order)
        parcel_orders = self._parcel_orders(order)
        for member in parcel_orders:
            if member.waybill and number != member.waybill:
                message = _say(
                    "waybill_mismatch", waybill=member.waybill, order=member.order_id, number=number
                )
                return _Decision("tracking_mismatch", message, order, number)
        used = _shipment_order(session, number)
        if used is not None:
            if any(used.id == member.pk for member in parcel_orders):
                message = _say("label_on_this_order", number=number)
                return _Decision("already_dispatched", message, order, number)
            message = _say("label_used", number=number, order=used.order_id)
            return _Decision("tracking_in_use", message, order, number)
        for member in parcel_orders:
            if member.carrier and detection.carriers and member.carrier not in detection.carriers:
                message = _say(
                    "carrier_mismatch",
                    order=member.order_id,
                    carrier=member.carrier,
                    carriers="/".join(detection.carriers),
                )
                return _Decision("carrier_mismatch", message, order, number)
        if not detection.carriers and not confirmed and number != order.waybill:
            message = _say("unrecognized", number=number)
            return _Decision(
                "tracking_unrecognized",
                message,
                order,
                number,
                then=self._awaiting_confirmation(number),
            )
        return self._dispatch(session, order, number, _carrier_of(detection, order))

    def _parcel_orders(self, order: OpenOrder) -> list[OpenOrder]:
        """The orders the next label binds: the open one, or every order of a merged parcel."""
        if self.merged and order is self.open:
            return [*self.merged, *([] if any(o.pk == order.pk for o in self.merged) else [order])]
        return [order]

    def _dispatch(
        self, session: Session, order: OpenOrder, number: str, carrier: str | None
    ) -> _Decision:
        members = self._parcel_orders(order)
        fresh = [member for member in members if not member.parcels]
        with session.begin_nested() as savepoint:  # all orders of the parcel, or none
            for member in fresh:
                moved = session.connection().execute(
                    update(Order)
                    .where(Order.id == member.pk, Order.status == "awaiting_dispatch")
                    .values(status="dispatched")
                )
                if moved.rowcount != 1:  # another station got there first
                    savepoint.rollback()
                    message = _say("dispatched_elsewhere", order=member.order_id)
                    return _Decision("already_dispatched", message, order, number, then=self._close)
        shipment = Shipment(
            tracking_number=number,
            carrier=carrier,
            created_utc=self.clock().astimezone(UTC).replace(tzinfo=None),
            station=self.station_id,
            operator=self.operator,
        )
        session.add(shipment)
        session.flush()
        for member in members:
            session.add(ShipmentOrder(shipment_id=shipment.id, order_pk=member.pk))
        if len(members) > 1:
            ids = ", ".join(member.order_id for member in members)
            message = _say("merged_dispatched", orders=ids, number=number)
            return _Decision("dispatched", message, order, number, carrier, self._close)
        if order.parcels:
            message = _say(
                "dispatched_parcel",
                order=order.order_id,
                number=number,
                parcel=len(order.parcels) + 1,
            )
        else:
            message = _say("dispatched", order=order.order_id, number=number)
        then = self._parcel_added(order, number) if order is self.open else self._close
        return _Decision("dispatched", message, order, number, carrier, then)


def _kind(code: str) -> str:
    if code.startswith("item"):
        return "item"
    if code.startswith("tracking") or code in (
        "dispatched",
        "carrier_mismatch",
        "items_incomplete",
    ):
        return "label"
    if code.startswith("order") or code == "already_dispatched":
        return "order"
    return "other"


def _stopped_message(order: Order) -> Message:
    return _say(
        "stopped", order=order.order_id, status=order.status, platform_status=order.platform_status
    )


def _refusal(detection: Detection) -> Message:
    """Why ``detection`` is not a usable tracking number."""
    if detection.failed_check:
        return _say("check_digit", rules=", ".join(detection.failed_rules))
    return _say("not_tracking")


def _find_order(session: Session, text: str) -> Order | None:
    """An order whose platform id is ``text`` (Shopify slips drop or keep the '#')."""
    candidates = {text, text.lstrip("#"), f"#{text.lstrip('#')}"}
    orders = session.scalars(
        select(Order).where(Order.order_id.in_(candidates)).options(selectinload(Order.lines))
    ).all()
    if not orders:
        return None
    return next((o for o in orders if o.status == "awaiting_dispatch"), orders[0])


def _open_order(order: Order) -> OpenOrder:
    lines = [
        LineCheck(
            frozenset(compact(code) for code in (line.sku, line.barcode) if code),
            line.title or line.sku or line.barcode or "?",
            line.quantity,
        )
        for line in order.lines
    ]
    waybill = compact(order.tracking_number) if order.tracking_number else None
    return OpenOrder(order.id, order.order_id, carrier_code(order.carrier), waybill, lines)


def _shipment_order(session: Session, number: str) -> Order | None:
    """The (first) order already travelling with label ``number``."""
    return session.scalars(
        select(Order)
        .join(ShipmentOrder, ShipmentOrder.order_pk == Order.id)
        .join(Shipment, Shipment.id == ShipmentOrder.shipment_id)
        .where(Shipment.tracking_number == number)
        .options(selectinload(Order.lines))
    ).first()


def _is_known_item(session: Session, *codes: str) -> bool:
    """True when a code is the SKU or barcode of some order's line: a product, not a label."""
    wanted = set(codes)
    found = session.scalar(
        select(OrderLine.id)
        .where(or_(OrderLine.sku.in_(wanted), OrderLine.barcode.in_(wanted)))
        .limit(1)
    )
    return found is not None


def _carrier_of(detection: Detection | None, order: OpenOrder) -> str | None:
    if order.carrier:
        return order.carrier
    if detection is not None and len(detection.carriers) == 1:
        return detection.carriers[0]
    return None
