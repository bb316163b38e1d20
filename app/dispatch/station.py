"""The packing station: one scan in, one committed outcome out.

One state machine serves the GUI and ``shipproof scan``. Every scan is written (station,
operator, time with zone, raw and normalized input, outcome) in the same transaction as
what it did, and that transaction is committed before :meth:`Station.scan` returns, so
feedback is never shown for a scan that was not kept.

The binding rules, each a slip a tired packer makes:

- a label dispatches the open order and **closes** it; another parcel of the same order
  only after the packer scans PARCEL (then the label), so the next order's label can never
  become "parcel 2" of the last one;
- a label that is another order's platform waybill is never bound to a different order
  (unless both are in one merged parcel), and right after a dispatch it is not taken as
  "label first" either: the packer probably forgot to scan that order;
- an order the platform already marks shipped, but that no station bound a label to, can
  still be packed and checked: its label must be the platform's waybill.

Two stations racing for one order: binding locks the order's row (``FOR UPDATE`` on
PostgreSQL, the write lock on SQLite) and re-counts its parcels, and labels are unique in
``shipments``, so exactly one wins.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from sqlalchemy import Connection
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.alerts.engine import settle_dispatched
from app.dispatch import bench_db
from app.dispatch.bench_db import OrderRow, ParcelRow
from app.dispatch.numbers import Detection, NumberRules, compact, default_rules, detect
from app.dispatch.open_order import LineCheck, OpenOrder, open_order
from app.dispatch.outcome import (
    Message,
    ScanCode,
    ScanOutcome,
    ScanResult,
    kind_of,
    result_of,
    say,
)
from app.dispatch.photos import PhotoError, PhotoStore
from app.dispatch.scan_input import command_of, normalize_scan
from app.dispatch.scan_log import PHOTO_FIELD, SCAN_CHAIN, SCAN_VERSION
from app.storage import Database
from app.storage.chain import Link, append, hold
from app.storage.facts import (
    FACT_CHAIN,
    Tally,
    current_order_fact,
    parcel_fact,
    record_facts,
    scan_tally,
)

STOPPED = {
    "unpaid": ScanCode.ORDER_UNPAID,
    "cancelled": ScanCode.ORDER_CANCELLED,
    "refunding": ScanCode.ORDER_REFUNDED,
    "refunded": ScanCode.ORDER_REFUNDED,
}
DONE_STATUSES = ("dispatched", "delivered", "completed")
log = logging.getLogger(__name__)
PhotoSource = bytes | Callable[[], bytes | None]  # a JPEG, or what makes one when wanted
NAME_MAX = 64  # station and operator names, as the scan records hold them
TRACKING_MAX = 64  # a longer "label" (a QR's text, a URL) is kept in the raw input only
SCAN_MAX = 4096  # characters of one scan kept; no barcode is longer, a runaway paste is
# what moves the bench on: after these the order just dispatched is no longer "recent"
# (an error, an item or an idle command leaves it so, and PARCEL still adds a parcel)
RESETS_RECENT = frozenset(
    {
        ScanCode.ORDER_OPENED,
        ScanCode.ORDER_SWITCHED,
        ScanCode.DISPATCHED,
        ScanCode.ORDER_CLOSED,
        ScanCode.MERGE_STARTED,
        ScanCode.PARCEL_ADDED,
        ScanCode.ORDER_UNPAID,
        ScanCode.ORDER_CANCELLED,
        ScanCode.ORDER_REFUNDED,
        ScanCode.ALREADY_DISPATCHED,
    }
)


@dataclass
class _Decision:
    """What a scan means, and how the station's state moves once it is committed."""

    code: ScanCode
    message: Message
    order: OpenOrder | None = None
    tracking: str | None = None
    carrier: str | None = None
    then: Callable[[], None] | None = None  # applied only after the commit
    keep_recent: bool | None = None  # None: as RESETS_RECENT says for the code
    bound: Parcel | None = None  # the parcel this scan's label created


@dataclass(frozen=True)
class Parcel:
    """A parcel the scan created: its facts are chained with the scan that bound it."""

    shipment_id: int
    values: dict[str, object]  # tracking_number, carrier, created_utc, station, operator
    order_pks: tuple[int, ...]


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
        photos: PhotoStore | None = None,
        photo_on_open: bool = False,
    ) -> None:
        for what, name in (("station", station_id), ("operator", operator)):
            if not name.strip() or len(name) > NAME_MAX:
                raise ValueError(f"the {what} name must be 1 to {NAME_MAX} characters")
        self.database = database
        self.photos = photos
        self.photo_codes = (
            {ScanCode.DISPATCHED, ScanCode.ORDER_OPENED} if photo_on_open else {ScanCode.DISPATCHED}
        )
        self.rules = rules or default_rules()
        self.station_id = station_id
        self.operator = operator
        self.item_checks = item_checks
        self.zone = zone
        self.clock = clock or (lambda: datetime.now(UTC))
        self.open: OpenOrder | None = None
        self.pending_confirm: str | None = None
        self.merged: list[OpenOrder] | None = None  # an explicit merged parcel being packed
        self.recent: OpenOrder | None = None  # just dispatched (or shown dispatched): PARCEL
        self.counts = ShiftCounts()

    # --- the one entry point ------------------------------------------------------------
    def scan(self, raw: str, photo: PhotoSource | None = None) -> ScanOutcome:
        """Decide, write and commit one scan; only then move state and return what to show.

        ``photo`` is a JPEG still of the moment the code was read, or a function that makes
        one (encoding costs a few milliseconds, spent only when the photo is kept). It is
        kept, and its hash chained into the scan's record, when the scan bound a label, or
        opened an order if the station photographs that too.
        """
        raw = _storable(raw)
        text = normalize_scan(raw)
        now = self._local(self.clock())
        for attempt in range(2):
            try:
                decision, link, photo_sha256 = self._write(raw, text, now.isoformat(), photo)
                break
            except IntegrityError:
                # PostgreSQL: another station bound the same label a moment earlier; deciding
                # again sees its shipment and answers tracking_in_use
                if attempt:
                    raise
        keep = decision.keep_recent
        if not (keep if keep is not None else decision.code not in RESETS_RECENT):
            self.recent = None
        if decision.then is not None:
            decision.then()
        result = result_of(decision.code)
        self.counts.scans += 1
        self.counts.dispatched += decision.code == ScanCode.DISPATCHED
        self.counts.errors += result == ScanResult.ERROR
        return ScanOutcome(
            input=raw,
            normalized=text,
            result=result,
            code=decision.code,
            message=decision.message.text,
            order_id=decision.order.order_id if decision.order else None,
            tracking_number=_tracking(decision.tracking),
            carrier=decision.carrier,
            seq=link.seq,
            detail=decision.message.key,
            params=decision.message.params,
            photo_sha256=photo_sha256,
        )

    def _local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone) if self.zone else moment.astimezone()

    def _write(
        self, raw: str, text: str, scanned_at: str, photo: PhotoSource | None
    ) -> tuple[_Decision, Link, str | None]:
        with self.database.write() as session:
            connection = session.connection()
            decision = self._decide(connection, text)
            content: dict[str, object] = {
                "station": self.station_id,
                "operator": self.operator,
                "scanned_at": scanned_at,
                "raw_input": raw,
                "normalized": text,
                "kind": kind_of(decision.code),
                "result": result_of(decision.code),
                "code": decision.code,
                "message": decision.message.text,
                "order_pk": decision.order.pk if decision.order else None,
                "tracking_number": _tracking(decision.tracking),
                "carrier": decision.carrier,
            }
            photo_sha256 = self._keep_photo(photo) if decision.code in self.photo_codes else None
            if photo_sha256 is not None:
                content[PHOTO_FIELD] = photo_sha256
            order_pk = decision.order.pk if decision.order else None
            before = scan_tally(connection, order_pk) if order_pk is not None else None
            content.update(
                v=SCAN_VERSION,
                order_n=before.n + 1 if before is not None else None,
                order_prev=before.head if before is not None else None,
            )
            link = append(session, SCAN_CHAIN, content)
            record = {**content, "seq": link.seq, "prev_hash": link.prev_hash, "hash": link.hash}
            record.update(message_key=decision.message.key, message_values=decision.message.params)
            bench_db.add_scan(connection, {PHOTO_FIELD: None, **record})
            if decision.bound is not None:
                mine = before.then(link.hash) if before is not None else None
                self._record_binding(session, decision.bound, order_pk, mine, link)
        return decision, link, photo_sha256

    def _record_binding(
        self, session: Session, parcel: Parcel, order_pk: int | None, mine: Tally | None, link: Link
    ) -> None:
        """Chain the facts a dispute turns on: each order as it now is, and the parcel with
        the scan that bound it (in the scan's transaction)."""
        connection = session.connection()
        recorded = self.clock().astimezone(UTC)
        contents = [
            current_order_fact(
                session,
                pk,
                mine if pk == order_pk and mine is not None else scan_tally(connection, pk),
                "dispatched",
                recorded,
            )
            for pk in parcel.order_pks
        ]
        bound_by = {"seq": link.seq, "hash": link.hash}
        contents.append(
            parcel_fact(
                parcel.shipment_id,
                parcel.values,
                parcel.order_pks,
                bound_by,
                Tally(),
                "bound",
                recorded,
            )
        )
        record_facts(session, contents)

    def _keep_photo(self, photo: PhotoSource | None) -> str | None:
        """The kept photo's hash; a camera or disk failure never stops the parcel."""
        if photo is None or self.photos is None:
            return None
        try:
            data = photo() if callable(photo) else photo
            if data is None:
                return None
            if not isinstance(data, bytes):
                raise PhotoError(f"a still must be bytes, not {type(data).__name__}")
            return self.photos.keep(data)
        except Exception as error:
            log.warning("parcel photo not kept: %s", error)
            return None

    # --- state moves, run after the commit ----------------------------------------------
    def _opened(self, order: OpenOrder) -> Callable[[], None]:
        def move() -> None:
            self.open, self.pending_confirm = order, None
            if self.merged is not None and all(o.pk != order.pk for o in self.merged):
                self.merged.append(order)

        return move

    def _close(self) -> None:
        self.open, self.pending_confirm, self.merged = None, None, None

    def _closed_recent(self, order: OpenOrder) -> Callable[[], None]:
        """Close the bench, remembering ``order`` so that a PARCEL scan can reopen it."""

        def move() -> None:
            self._close()
            self.recent = order

        return move

    def _merge_started(self) -> None:
        keep = self.open is not None and not self.open.parcels
        self.merged = [self.open] if keep and self.open is not None else []
        if not keep:
            self.open, self.pending_confirm = None, None

    def _awaiting_confirmation(self, number: str) -> Callable[[], None]:
        def move() -> None:
            self.pending_confirm = number

        return move

    def _counted(self, line: LineCheck) -> Callable[[], None]:
        def move() -> None:
            line.scanned += 1

        return move

    def _another_parcel(self, order: OpenOrder) -> Callable[[], None]:
        def move() -> None:
            order.allowed = max(order.allowed, len(order.parcels)) + 1
            self.open, self.pending_confirm = order, None

        return move

    def _bound(self, order: OpenOrder, number: str, stay_open: bool) -> Callable[[], None]:
        def move() -> None:
            order.parcels.append(number)
            if stay_open:
                self.open, self.pending_confirm = order, None
            else:
                self._closed_recent(order)()

        return move

    # --- deciding (inside the scan's transaction) ----------------------------------------
    def _decide(self, connection: Connection, text: str) -> _Decision:
        if not text:
            return _Decision(ScanCode.UNKNOWN_CODE, say("empty"))
        command = command_of(text)
        if command:
            return self._command(connection, command)
        if self.open is not None:
            item = self._item(self.open, text)
            if item is not None:
                return item
        candidates = bench_db.find_order(connection, text)
        if candidates:
            return self._open_order(connection, candidates)
        number = compact(text)
        if self.open is not None and bench_db.is_known_item(connection, text, number):
            message = say("not_in_order", number=number, order=self.open.order_id)
            return _Decision(ScanCode.ITEM_NOT_IN_ORDER, message, self.open)
        if self.open is not None and number == self.pending_confirm:
            return self._bind_label(connection, self.open, number, confirmed=True)
        if self.open is not None:
            return self._bind_label(connection, self.open, number)
        return self._label_first(connection, number)

    def _command(self, connection: Connection, command: str) -> _Decision:
        if command == "CONFIRM" and self.open is not None and self.pending_confirm:
            return self._bind_label(connection, self.open, self.pending_confirm, confirmed=True)
        if command in ("CANCEL", "NEXT"):
            return self._closing()
        if command == "MERGE":
            keep = self.open if self.open is not None and not self.open.parcels else None
            message = say("merge_started_with", order=keep.order_id) if keep else None
            return _Decision(
                ScanCode.MERGE_STARTED,
                message or say("merge_started"),
                keep,
                then=self._merge_started,
            )
        if command == "PARCEL":
            return self._parcel()
        if command == "REPRINT" and self.open is not None:
            return _Decision(ScanCode.REPRINT, say("reprint", order=self.open.order_id), self.open)
        return _Decision(ScanCode.UNKNOWN_CODE, say("idle_command", command=command), self.open)

    def _closing(self) -> _Decision:
        """CANCEL or NEXT: the bench is cleared, saying what the order still lacked."""
        order = self.open
        if order is None:
            return _Decision(ScanCode.ORDER_CLOSED, say("nothing_open"), then=self._close)
        if not order.parcels:
            message = say("closed_unlabelled", order=order.order_id)
        elif len(order.parcels) < order.allowed:
            message = say(
                "closed_parcels_missing",
                order=order.order_id,
                count=len(order.parcels),
                planned=order.allowed,
            )
        else:
            message = say("closed", order=order.order_id)
        return _Decision(ScanCode.ORDER_CLOSED, message, order, then=self._close)

    def _parcel(self) -> _Decision:
        """PARCEL: the open order (or the one just dispatched) takes one more label."""
        if self.merged is not None:
            return _Decision(ScanCode.UNKNOWN_CODE, say("parcel_in_merge"), self.open)
        order = self.open or self.recent
        if order is None:
            return _Decision(ScanCode.UNKNOWN_CODE, say("idle_command", command="PARCEL"))
        if order is self.open and not order.parcels:
            message = say("parcels_planned", order=order.order_id, count=order.allowed + 1)
        else:
            message = say("parcel_next", order=order.order_id, parcel=len(order.parcels) + 1)
        return _Decision(ScanCode.PARCEL_ADDED, message, order, then=self._another_parcel(order))

    def _item(self, order: OpenOrder, text: str) -> _Decision | None:
        code = compact(text)
        line = next((line for line in order.lines if code in line.codes), None)
        if line is None:
            return None
        if not self.item_checks:
            return _Decision(ScanCode.ITEM_OK, say("item", title=line.title), order)
        if line.scanned >= line.quantity:
            message = say("over_quantity", title=line.title, quantity=line.quantity)
            return _Decision(ScanCode.ITEM_OVER_QUANTITY, message, order)
        message = say(
            "item_counted", title=line.title, count=line.scanned + 1, quantity=line.quantity
        )
        return _Decision(ScanCode.ITEM_OK, message, order, then=self._counted(line))

    def _open_order(self, connection: Connection, candidates: list[OrderRow]) -> _Decision:
        if len(candidates) > 1:  # one id in several stores, and the slip says no more
            stores = bench_db.store_names(connection, [row.store_id for row in candidates])
            message = say("ambiguous_order", order=candidates[0].order_id, stores=stores)
            return _Decision(ScanCode.UNKNOWN_CODE, message, self.open)
        order = candidates[0]
        opened = open_order(order)
        if order.status in STOPPED:
            return self._stop(order, opened)
        bound = bench_db.station_parcels(connection, order.id)
        if bound:  # a station bound a label already: PARCEL may still add one
            opened.parcels = [shipment.tracking_number for shipment in bound]
            merging = self.merged is not None  # the merge goes on without this order
            return _Decision(
                ScanCode.ALREADY_DISPATCHED,
                self._dispatched_at(order.order_id, bound[-1]),
                opened,
                then=None if merging else self._closed_recent(opened),
            )
        if self.merged is not None:
            return self._join_merge(opened)
        left = self.open
        if left is not None and not left.parcels and left.pk != order.id:
            message = say("opened_left_unlabelled", order=order.order_id, left=left.order_id)
            return _Decision(ScanCode.ORDER_SWITCHED, message, opened, then=self._opened(opened))
        if self.item_checks and opened.lines:
            message = say("opened_items", order=order.order_id, missing=opened.missing())
        elif order.status in DONE_STATUSES and opened.waybill:
            message = say("opened_shipped", order=order.order_id, waybill=opened.waybill)
        else:
            message = say("opened", order=order.order_id)
        return _Decision(ScanCode.ORDER_OPENED, message, opened, then=self._opened(opened))

    def _join_merge(self, opened: OpenOrder) -> _Decision:
        """An order scanned while a merged parcel is packed goes in it."""
        assert self.merged is not None
        current = self.open
        if current is not None and self.item_checks and not current.items_complete:
            message = say("finish_first", order=current.order_id, missing=current.missing())
            return _Decision(ScanCode.ITEMS_INCOMPLETE, message, current)
        known = next((o for o in self.merged if o.pk == opened.pk), None)
        opened = known or opened  # scanned again: keep the items already counted
        count = len(self.merged) + (known is None)
        if self.item_checks and opened.lines:
            message = say(
                "opened_items_merged", order=opened.order_id, missing=opened.missing(), count=count
            )
        elif count > 1:
            message = say("opened_merged", order=opened.order_id, count=count)
        else:
            message = say("opened_merged_first", order=opened.order_id)
        return _Decision(ScanCode.ORDER_OPENED, message, opened, then=self._opened(opened))

    def _stop(self, order: OrderRow, opened: OpenOrder) -> _Decision:
        """STOP: the order must not ship. A merged parcel being packed goes on without it."""
        message = say(
            "stopped",
            order=order.order_id,
            status=order.status,
            platform_status=order.platform_status,
        )
        then = None if self.merged is not None else self._close
        return _Decision(STOPPED[order.status], message, opened, then=then)

    def _dispatched_at(self, order_id: str, shipment: ParcelRow) -> Message:
        when = self._local(shipment.created_utc)
        return say(
            "dispatched_at",
            order=order_id,
            number=shipment.tracking_number,
            when=when.strftime("%Y-%m-%d %H:%M"),
            station=shipment.station,
            operator=shipment.operator,
        )

    def _label_first(self, connection: Connection, number: str) -> _Decision:
        """A label with no order open: dispatch the order whose platform waybill it is."""
        detection = detect(number, self.rules)
        if detection.failed_check:
            return _Decision(ScanCode.TRACKING_INVALID, _refusal(detection), None, number)
        used = bench_db.label_order(connection, number)
        if used is not None:
            if self.recent is not None and self.recent.pk == used.id:  # read twice: harmless
                message = say("label_read_again", number=number, order=used.order_id)
                return _Decision(
                    ScanCode.LABEL_REPEATED, message, self.recent, number, keep_recent=True
                )
            message = say("label_used", number=number, order=used.order_id)
            return _Decision(ScanCode.ALREADY_DISPATCHED, message, open_order(used), number)
        owners = bench_db.waybill_owners(connection, number)
        recent = self.recent
        if owners and recent is not None and _forgot_to_scan(recent, owners):
            message = say(
                "waybill_of_other_closed",
                number=number,
                owner=owners[0].order_id,
                order=recent.order_id,
            )
            return _Decision(ScanCode.TRACKING_MISMATCH, message, None, number)
        if not owners:
            if not detection.valid:
                return _Decision(ScanCode.UNKNOWN_CODE, say("not_a_code", number=number))
            if recent is not None:
                message = say("closed_scan_parcel", number=number, order=recent.order_id)
                return _Decision(ScanCode.NO_OPEN_ORDER, message, None, number)
            return _Decision(
                ScanCode.NO_OPEN_ORDER, say("scan_order_first", number=number), None, number
            )
        parcel = [open_order(owner, by_label=True) for owner in owners]
        for owner, opened in zip(owners, parcel, strict=True):
            if owner.status in STOPPED:
                return self._stop(owner, opened)
            bound = bench_db.station_parcels(connection, owner.id)
            if bound:
                message = self._dispatched_at(owner.order_id, bound[-1])
                return _Decision(ScanCode.ALREADY_DISPATCHED, message, opened, number)
        first = parcel[0]
        if self.item_checks and any(opened.lines for opened in parcel):
            message = say("label_first", order=first.order_id, missing=first.missing())
            return _Decision(
                ScanCode.ORDER_OPENED, message, first, then=self._label_first_opened(parcel)
            )
        return self._dispatch(connection, parcel, first, number, _carrier_of(detection, first))

    def _label_first_opened(self, parcel: list[OpenOrder]) -> Callable[[], None]:
        def move() -> None:
            self.open, self.pending_confirm = parcel[0], None
            self.merged = list(parcel) if len(parcel) > 1 else None

        return move

    def _bind_label(
        self,
        connection: Connection,
        order: OpenOrder,
        number: str,
        detection: Detection | None = None,
        confirmed: bool = False,
    ) -> _Decision:
        detection = detection or detect(number, self.rules)
        if not detection.valid:
            code = ScanCode.TRACKING_INVALID if detection.failed_check else ScanCode.UNKNOWN_CODE
            return _Decision(code, _refusal(detection), order, number)
        if self.item_checks and not order.items_complete:
            if detection.carriers and not bench_db.is_known_item(connection, number):
                message = say("items_before_label", missing=order.missing())
                return _Decision(ScanCode.ITEMS_INCOMPLETE, message, order, number)
            message = say(
                "not_in_order_missing", number=number, order=order.order_id, missing=order.missing()
            )
            return _Decision(ScanCode.ITEM_NOT_IN_ORDER, message, order)
        members = self._parcel_orders(order)
        used = bench_db.label_order(connection, number)
        if used is not None:
            if any(used.id == member.pk for member in members):
                message = say("label_on_this_order", number=number)
                return _Decision(ScanCode.ALREADY_DISPATCHED, message, order, number)
            message = say("label_used", number=number, order=used.order_id)
            return _Decision(ScanCode.TRACKING_IN_USE, message, order, number)
        others = bench_db.waybill_owners(connection, number, besides=[m.pk for m in members])
        if others:
            shared = number == order.waybill  # the platform put both orders on one waybill
            message = say(
                "waybill_shared" if shared else "waybill_of_other",
                number=number,
                owner=others[0].order_id,
                order=order.order_id,
            )
            return _Decision(ScanCode.TRACKING_MISMATCH, message, order, number)
        for member in members:  # an extra parcel (PARCEL) takes a label of its own
            if member.waybill and number != member.waybill and not member.parcels:
                message = say(
                    "waybill_mismatch", waybill=member.waybill, order=member.order_id, number=number
                )
                return _Decision(ScanCode.TRACKING_MISMATCH, message, order, number)
        for member in members:
            if member.carrier and detection.carriers and member.carrier not in detection.carriers:
                message = say(
                    "carrier_mismatch",
                    order=member.order_id,
                    carrier=member.carrier,
                    carriers="/".join(detection.carriers),
                )
                return _Decision(ScanCode.CARRIER_MISMATCH, message, order, number)
        if not detection.carriers and not confirmed and number != order.waybill:
            message = say("unrecognized", number=number)
            return _Decision(
                ScanCode.TRACKING_UNRECOGNIZED,
                message,
                order,
                number,
                then=self._awaiting_confirmation(number),
            )
        return self._dispatch(connection, members, order, number, _carrier_of(detection, order))

    def _parcel_orders(self, order: OpenOrder) -> list[OpenOrder]:
        """The orders the next label binds: the open one, or every order of a merged parcel."""
        if self.merged and order is self.open:
            return [*self.merged, *([] if any(o.pk == order.pk for o in self.merged) else [order])]
        return [order]

    def _claim(self, connection: Connection, member: OpenOrder) -> _Decision | None:
        """Lock ``member``'s row and take it for this label, or say why not (all under lock)."""
        current = bench_db.lock_order(connection, member.pk)
        if current.status in STOPPED:  # an import stopped it while it lay on the bench
            return self._stop(current, member)
        if bench_db.parcel_count(connection, member.pk) != len(member.parcels):
            bound = bench_db.station_parcels(connection, member.pk)  # another station's, newest
            message = self._dispatched_at(member.order_id, bound[-1])
            return _Decision(ScanCode.ALREADY_DISPATCHED, message, member)
        if current.status == "awaiting_dispatch":
            bench_db.mark_dispatched(connection, member.pk)
            settle_dispatched(connection, member.pk, self.clock().astimezone(UTC))
        return None

    def _dispatch(
        self,
        connection: Connection,
        members: list[OpenOrder],
        order: OpenOrder,
        number: str,
        carrier: str | None,
    ) -> _Decision:
        """Bind ``number`` to every order of the parcel, or to none.

        Rows are locked in one order (by key) everywhere, so two stations binding merged
        parcels that share orders wait for each other rather than deadlock; the facts head
        is taken before them, as an import takes it before its rows.
        """
        hold(connection, FACT_CHAIN)
        with connection.begin_nested() as savepoint:
            for member in sorted(members, key=lambda member: member.pk):
                refusal = self._claim(connection, member)
                if refusal is not None:
                    savepoint.rollback()
                    refusal.tracking = number
                    refusal.then = self._close
                    return refusal
        values: dict[str, object] = {
            "tracking_number": number,
            "carrier": carrier,
            "created_utc": self.clock().astimezone(UTC),
            "station": self.station_id,
            "operator": self.operator,
        }
        pks = tuple(sorted(member.pk for member in members))
        shipment_id = bench_db.add_parcel(connection, values, pks)
        bound = Parcel(shipment_id, values, pks)
        if len(members) > 1:
            ids = ", ".join(member.order_id for member in members)
            message = say("merged_dispatched", orders=ids, number=number)
            return _Decision(
                ScanCode.DISPATCHED, message, order, number, carrier, self._close, bound=bound
            )
        count = len(order.parcels) + 1
        stay_open = count < order.allowed
        if stay_open:
            message = say("dispatched_more", order=order.order_id, number=number, parcel=count)
        elif count > 1:
            message = say("dispatched_parcel", order=order.order_id, number=number, parcel=count)
        else:
            message = say("dispatched", order=order.order_id, number=number)
        then = self._bound(order, number, stay_open)
        return _Decision(ScanCode.DISPATCHED, message, order, number, carrier, then, bound=bound)


def _storable(raw: str) -> str:
    """What a scan read, as every database can hold it: NUL and lone surrogates (from a
    misencoded stream) written as visible escapes, a runaway paste cut at SCAN_MAX."""
    text = raw.replace("\x00", "\\x00")
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text[:SCAN_MAX]


def _tracking(number: str | None) -> str | None:
    """A label as the records hold it: longer than any tracking number, it is not one."""
    return number if number is not None and len(number) <= TRACKING_MAX else None


def _forgot_to_scan(recent: OpenOrder, owners: list[OrderRow]) -> bool:
    """Right after an order-first dispatch, another order's waybill: its order was not scanned."""
    return not recent.by_label and all(owner.id != recent.pk for owner in owners)


def _refusal(detection: Detection) -> Message:
    """Why ``detection`` is not a usable tracking number."""
    if detection.failed_check:
        return say("check_digit", rules=", ".join(detection.failed_rules))
    return say("not_tracking")


def _carrier_of(detection: Detection | None, order: OpenOrder) -> str | None:
    if order.carrier:
        return order.carrier
    if detection is not None and len(detection.carriers) == 1:
        return detection.carriers[0]
    return None
