"""What a packing-station scan answers: its code, how loudly, and its sentence by key.

The station decides in codes; each code has one loudness (the banner's colour and the
sound) and one kind (what the scan record says was read). Each sentence is a keyed
template, declared once here for the catalogue (:mod:`app.catalogue`, context
``ScanDetail``), whose placeholders the GUI fills in the packer's language: keep
placeholders stable, and add a key (then translate it in the .ts) rather than reword one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.catalogue import QT_TRANSLATE_NOOP
from app.dispatch.numbers import CHECK_DIGIT_REASON, NOT_TRACKING_REASON
from app.names import Translate, fill


class ScanCode(StrEnum):
    """What the station decided about one scan (kept in the scan record as its value)."""

    ORDER_OPENED = "order_opened"
    ORDER_SWITCHED = "order_switched"  # opened while another lay unlabelled
    LABEL_REPEATED = "label_repeated"  # the label just bound, read again
    ORDER_CLOSED = "order_closed"
    MERGE_STARTED = "merge_started"
    PARCEL_ADDED = "parcel_added"
    REPRINT = "reprint"
    ITEM_OK = "item_ok"
    DISPATCHED = "dispatched"
    TRACKING_UNRECOGNIZED = "tracking_unrecognized"
    ORDER_UNPAID = "order_unpaid"
    ORDER_CANCELLED = "order_cancelled"
    ORDER_REFUNDED = "order_refunded"
    ALREADY_DISPATCHED = "already_dispatched"
    TRACKING_INVALID = "tracking_invalid"
    TRACKING_IN_USE = "tracking_in_use"
    TRACKING_MISMATCH = "tracking_mismatch"
    CARRIER_MISMATCH = "carrier_mismatch"
    ITEMS_INCOMPLETE = "items_incomplete"
    NO_OPEN_ORDER = "no_open_order"
    ITEM_NOT_IN_ORDER = "item_not_in_order"
    ITEM_OVER_QUANTITY = "item_over_quantity"
    UNKNOWN_CODE = "unknown_code"


class ScanResult(StrEnum):
    """How loudly a code is shown: the banner's colour and the sound."""

    OK = "ok"
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class ScanKind(StrEnum):
    """What the scan record says was read."""

    ORDER = "order"
    ITEM = "item"
    LABEL = "label"
    OTHER = "other"


CODES: dict[ScanCode, tuple[ScanResult, ScanKind]] = {
    ScanCode.ORDER_OPENED: (ScanResult.INFO, ScanKind.ORDER),
    ScanCode.ORDER_SWITCHED: (ScanResult.WARNING, ScanKind.ORDER),
    ScanCode.LABEL_REPEATED: (ScanResult.INFO, ScanKind.LABEL),
    ScanCode.ORDER_CLOSED: (ScanResult.INFO, ScanKind.ORDER),
    ScanCode.MERGE_STARTED: (ScanResult.INFO, ScanKind.OTHER),
    ScanCode.PARCEL_ADDED: (ScanResult.INFO, ScanKind.OTHER),
    ScanCode.REPRINT: (ScanResult.INFO, ScanKind.OTHER),
    ScanCode.ITEM_OK: (ScanResult.OK, ScanKind.ITEM),
    ScanCode.DISPATCHED: (ScanResult.OK, ScanKind.LABEL),
    ScanCode.TRACKING_UNRECOGNIZED: (ScanResult.WARNING, ScanKind.LABEL),
    ScanCode.ORDER_UNPAID: (ScanResult.ERROR, ScanKind.ORDER),
    ScanCode.ORDER_CANCELLED: (ScanResult.ERROR, ScanKind.ORDER),
    ScanCode.ORDER_REFUNDED: (ScanResult.ERROR, ScanKind.ORDER),
    ScanCode.ALREADY_DISPATCHED: (ScanResult.ERROR, ScanKind.ORDER),
    ScanCode.TRACKING_INVALID: (ScanResult.ERROR, ScanKind.LABEL),
    ScanCode.TRACKING_IN_USE: (ScanResult.ERROR, ScanKind.LABEL),
    ScanCode.TRACKING_MISMATCH: (ScanResult.ERROR, ScanKind.LABEL),
    ScanCode.CARRIER_MISMATCH: (ScanResult.ERROR, ScanKind.LABEL),
    ScanCode.ITEMS_INCOMPLETE: (ScanResult.ERROR, ScanKind.LABEL),
    ScanCode.NO_OPEN_ORDER: (ScanResult.ERROR, ScanKind.LABEL),
    ScanCode.ITEM_NOT_IN_ORDER: (ScanResult.ERROR, ScanKind.ITEM),
    ScanCode.ITEM_OVER_QUANTITY: (ScanResult.ERROR, ScanKind.ITEM),
    ScanCode.UNKNOWN_CODE: (ScanResult.ERROR, ScanKind.OTHER),
}

# which values of a message are codes said by their name (app.names.fill)
SCAN_KINDS = {"status": "OrderStatus"}

MESSAGES: dict[str, str] = {
    "empty": QT_TRANSLATE_NOOP("ScanDetail", "empty scan"),
    "nothing_open": QT_TRANSLATE_NOOP("ScanDetail", "no order was open"),
    "closed": QT_TRANSLATE_NOOP("ScanDetail", "order {order} closed"),
    "closed_unlabelled": QT_TRANSLATE_NOOP("ScanDetail", "order {order} closed without a label"),
    "merge_started": QT_TRANSLATE_NOOP(
        "ScanDetail", "merged parcel: scan every order that goes in it, then the one label"
    ),
    "merge_started_with": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "merged parcel with order {order}: scan the other orders that go in it, then the one label",
    ),
    "closed_parcels_missing": QT_TRANSLATE_NOOP(
        "ScanDetail", "order {order} closed with {count} of {planned} parcels"
    ),
    "ambiguous_order": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "{order} is an order id in several stores ({stores}): this slip cannot say which — "
        "scan its platform waybill instead",
    ),
    "reprint": QT_TRANSLATE_NOOP("ScanDetail", "reprint the slip of {order}"),
    "idle_command": QT_TRANSLATE_NOOP("ScanDetail", "{command}: nothing to do now"),
    "parcel_in_merge": QT_TRANSLATE_NOOP(
        "ScanDetail", "a merged parcel takes one label: finish it before adding a parcel"
    ),
    "parcels_planned": QT_TRANSLATE_NOOP(
        "ScanDetail", "order {order} goes in {count} parcels: scan each label"
    ),
    "parcel_next": QT_TRANSLATE_NOOP(
        "ScanDetail", "order {order}: scan the label of parcel {parcel}"
    ),
    "item": QT_TRANSLATE_NOOP("ScanDetail", "{title}"),
    "item_counted": QT_TRANSLATE_NOOP("ScanDetail", "{title} {count}/{quantity}"),
    "over_quantity": QT_TRANSLATE_NOOP("ScanDetail", "{title}: only {quantity} in this order"),
    "stopped": QT_TRANSLATE_NOOP(
        "ScanDetail", "STOP: order {order} is {status} ({platform_status}) — do not ship"
    ),
    "dispatched_at": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "order {order} was already dispatched with {number} on {when} at station {station} "
        "by {operator}",
    ),
    "finish_first": QT_TRANSLATE_NOOP("ScanDetail", "finish order {order} first: {missing}"),
    "opened": QT_TRANSLATE_NOOP("ScanDetail", "order {order}: scan the label"),
    "opened_left_unlabelled": QT_TRANSLATE_NOOP(
        "ScanDetail", "order {order}: scan the label — order {left} was put aside without a label"
    ),
    "label_read_again": QT_TRANSLATE_NOOP(
        "ScanDetail", "label {number} is already on order {order}: it was read twice"
    ),
    "opened_items": QT_TRANSLATE_NOOP("ScanDetail", "order {order}: scan {missing}"),
    "opened_merged": QT_TRANSLATE_NOOP(
        "ScanDetail", "order {order}: scan the label ({count} orders in this parcel)"
    ),
    "opened_items_merged": QT_TRANSLATE_NOOP(
        "ScanDetail", "order {order}: scan {missing} ({count} orders in this parcel)"
    ),
    "opened_merged_first": QT_TRANSLATE_NOOP(
        "ScanDetail", "order {order}: scan the other orders of this merged parcel, then the label"
    ),
    "opened_shipped": QT_TRANSLATE_NOOP(
        "ScanDetail", "order {order}: the platform says it shipped with {waybill} — scan that label"
    ),
    "label_first": QT_TRANSLATE_NOOP("ScanDetail", "order {order}: scan {missing}, then the label"),
    "label_used": QT_TRANSLATE_NOOP("ScanDetail", "label {number} is already on order {order}"),
    "label_on_this_order": QT_TRANSLATE_NOOP(
        "ScanDetail", "label {number} is already on this order"
    ),
    "not_a_code": QT_TRANSLATE_NOOP("ScanDetail", "{number}: not an order, an item or a label"),
    "scan_order_first": QT_TRANSLATE_NOOP(
        "ScanDetail", "{number}: no order is open — scan the order first"
    ),
    "closed_scan_parcel": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "{number}: order {order} is closed — for another parcel of it scan PARCEL, then the "
        "label; otherwise scan the next order first",
    ),
    "not_tracking": NOT_TRACKING_REASON,
    "check_digit": CHECK_DIGIT_REASON,
    "items_before_label": QT_TRANSLATE_NOOP(
        "ScanDetail", "still to scan before the label: {missing}"
    ),
    "not_in_order": QT_TRANSLATE_NOOP("ScanDetail", "{number} is not in order {order}"),
    "not_in_order_missing": QT_TRANSLATE_NOOP(
        "ScanDetail", "{number} is not in order {order}; still to scan: {missing}"
    ),
    "waybill_mismatch": QT_TRANSLATE_NOOP(
        "ScanDetail", "the platform assigned {waybill} to order {order}, not {number}"
    ),
    "waybill_of_other": QT_TRANSLATE_NOOP(
        "ScanDetail", "label {number} is the platform's waybill of order {owner}, not of {order}"
    ),
    "waybill_shared": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "label {number} is also the platform's waybill of order {owner}: scan MERGE, both "
        "orders, then the label",
    ),
    "waybill_of_other_closed": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "label {number} is the platform's waybill of order {owner}, and order {order} is "
        "closed — scan order {owner} first",
    ),
    "carrier_mismatch": QT_TRANSLATE_NOOP(
        "ScanDetail", "order {order} ships with {carrier}; this label looks like {carriers}"
    ),
    "unrecognized": QT_TRANSLATE_NOOP(
        "ScanDetail", "{number} fits no known carrier: scan it again, or scan CONFIRM"
    ),
    "dispatched": QT_TRANSLATE_NOOP("ScanDetail", "order {order} dispatched with {number}"),
    "dispatched_parcel": QT_TRANSLATE_NOOP(
        "ScanDetail", "order {order} dispatched with {number} (parcel {parcel})"
    ),
    "dispatched_more": QT_TRANSLATE_NOOP(
        "ScanDetail",
        "order {order}: parcel {parcel} dispatched with {number} — scan the next label",
    ),
    "merged_dispatched": QT_TRANSLATE_NOOP(
        "ScanDetail", "merged parcel of orders {orders} dispatched with {number}"
    ),
}


def result_of(code: str) -> ScanResult:
    return CODES[ScanCode(code)][0]


def kind_of(code: str) -> ScanKind:
    return CODES[ScanCode(code)][1]


@dataclass(frozen=True)
class Message:
    """One of :data:`MESSAGES` with its values."""

    key: str
    params: dict[str, str]

    @property
    def text(self) -> str:
        return MESSAGES[self.key].format(**self.params)


def scan_text(
    key: str | None, values: Mapping[str, str] | None, translate: Translate, recorded: str
) -> str:
    """A kept scan's words through ``translate``, from its key and values while they still
    give back ``recorded`` (its hashed English words); else ``recorded`` itself — a scan
    kept before 0010, under a key this version words differently, or with values edited
    in the database says what was hashed, never what was put beside it later."""
    template = MESSAGES.get(key or "")
    if template is None or not isinstance(values, Mapping):
        return recorded
    try:
        if template.format(**values) != recorded:
            return recorded
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return recorded
    return fill("ScanDetail", template, values, translate, SCAN_KINDS)


def say(key: str, **params: object) -> Message:
    return Message(key, {name: str(value) for name, value in params.items()})


@dataclass(frozen=True, kw_only=True)
class ScanOutcome:
    """One committed scan as every face shows it: the code, its loudness and its sentence."""

    input: str
    normalized: str
    result: ScanResult
    code: ScanCode
    message: str  # English, as kept in the scan record
    order_id: str | None = None
    tracking_number: str | None = None
    carrier: str | None = None
    seq: int = 0
    detail: str = ""  # the MESSAGES key of ``message``
    params: dict[str, str] = field(default_factory=dict)  # its placeholders' values
    photo_sha256: str | None = None  # the parcel photo kept with this scan, if any

    def as_dict(self) -> dict[str, Any]:
        return {
            "input": self.input,
            "result": self.result,
            "code": self.code,
            "message": self.message,
            "order_id": self.order_id,
            "tracking_number": self.tracking_number,
            "carrier": self.carrier,
            "seq": self.seq,
            "detail": self.detail,
            "params": self.params,
            "photo_sha256": self.photo_sha256,
        }
