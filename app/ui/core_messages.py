"""The core's sentences in the user's language: packing-station outcomes and alerts.

The core words them in English from keyed templates (``app.dispatch.station.MESSAGES``,
``app.alerts.engine.MESSAGES``); here each key has its translatable twin with the same
placeholders. A scan outcome carries its key and values; an alert keeps only its words,
so the values are read back through the English template. A key this table does not
know (or words that no longer fit) show the core's English: never nothing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.alerts.engine import MESSAGES as ALERT_TEMPLATES
from app.dispatch.station import ScanOutcome
from app.ui.codes import duration, order_status, parcel_status

SCAN_DETAILS = {
    "empty": QT_TRANSLATE_NOOP("ScanDetail", "empty scan"),
    "nothing_open": QT_TRANSLATE_NOOP("ScanDetail", "no order was open"),
    "closed": QT_TRANSLATE_NOOP("ScanDetail", "order {order} closed"),
    "closed_unlabelled": QT_TRANSLATE_NOOP("ScanDetail", "order {order} closed without a label"),
    "merge_started": QT_TRANSLATE_NOOP(
        "ScanDetail", "merged parcel: scan every order that goes in it, then the one label"
    ),
    "reprint": QT_TRANSLATE_NOOP("ScanDetail", "reprint the slip of {order}"),
    "idle_command": QT_TRANSLATE_NOOP("ScanDetail", "{command}: nothing to do now"),
    "item": QT_TRANSLATE_NOOP("ScanDetail", "{title}"),
    "item_counted": QT_TRANSLATE_NOOP("ScanDetail", "{title} {count}/{quantity}"),
    "over_quantity": QT_TRANSLATE_NOOP("ScanDetail", "{title}: only {quantity} in this order"),
    "stopped": QT_TRANSLATE_NOOP(
        "ScanDetail", "STOP: order {order} is {status} ({platform_status}) — do not ship"
    ),
    "already_dispatched": QT_TRANSLATE_NOOP("ScanDetail", "order {order} was already dispatched"),
    "dispatched_elsewhere": QT_TRANSLATE_NOOP(
        "ScanDetail", "order {order} was dispatched at another station"
    ),
    "finish_first": QT_TRANSLATE_NOOP("ScanDetail", "finish order {order} first: {missing}"),
    "opened": QT_TRANSLATE_NOOP("ScanDetail", "order {order}: scan the label"),
    "opened_items": QT_TRANSLATE_NOOP("ScanDetail", "order {order}: scan {missing}"),
    "opened_merged": QT_TRANSLATE_NOOP(
        "ScanDetail", "order {order}: scan the label ({count} orders in this parcel)"
    ),
    "opened_items_merged": QT_TRANSLATE_NOOP(
        "ScanDetail", "order {order}: scan {missing} ({count} orders in this parcel)"
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
    "not_tracking": QT_TRANSLATE_NOOP(
        "ScanDetail", "not a tracking number: 6 to 40 letters and digits"
    ),
    "check_digit": QT_TRANSLATE_NOOP(
        "ScanDetail", "check digit wrong for {rules}: mistyped or misread"
    ),
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
    "merged_dispatched": QT_TRANSLATE_NOOP(
        "ScanDetail", "merged parcel of orders {orders} dispatched with {number}"
    ),
}
ALERT_MESSAGES = {
    "no_tracking_info": QT_TRANSLATE_NOOP(
        "AlertMessage", "{label}: dispatched {age} ago, the carrier has no record yet"
    ),
    "delivery_exception.carrier_says": QT_TRANSLATE_NOOP(
        "AlertMessage", "{label}: {status} — {carrier_says}"
    ),
    "delivery_exception": QT_TRANSLATE_NOOP("AlertMessage", "{label}: {status}"),
    "returned": QT_TRANSLATE_NOOP("AlertMessage", "{label}: {status} to the sender"),
    "out_for_delivery_too_long": QT_TRANSLATE_NOOP(
        "AlertMessage", "{label}: out for delivery for {age}"
    ),
    "stalled": QT_TRANSLATE_NOOP("AlertMessage", "{label}: no news from the carrier for {age}"),
    "dispatch_overdue": QT_TRANSLATE_NOOP(
        "AlertMessage", "order {order}: not dispatched, {age} past its deadline"
    ),
}
_AGE = re.compile(r"(?:(\d+) d )?(\d+) h")


def scan_detail(outcome: ScanOutcome) -> str:
    """The outcome's message in the user's language; its English for an unknown key."""
    source = SCAN_DETAILS.get(outcome.detail)
    if source is None:
        return outcome.message
    params = dict(outcome.params)
    if "status" in params:
        params["status"] = order_status(params["status"])
    return _fill("ScanDetail", str(source), params, outcome.message)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    """``template`` as a regular expression that gives back its placeholders' values."""
    parts = re.split(r"\{(\w+)\}", template)  # text, name, text, name, …, text
    return re.compile(
        "".join(
            f"(?P<{part}>.+?)" if index % 2 else re.escape(part) for index, part in enumerate(parts)
        ),
        re.DOTALL,
    )


def alert_message(rule: str, message: str) -> str:
    """An alert's stored English message, said again in the user's language."""
    for key, template in ALERT_TEMPLATES.items():
        source = ALERT_MESSAGES.get(key)
        if key.split(".")[0] != rule or source is None:
            continue
        match = _pattern(template).fullmatch(message)
        if match is None:
            continue
        params = match.groupdict()
        if "status" in params:
            params["status"] = parcel_status(params["status"].replace(" ", "_"))
        age = _AGE.fullmatch(params.get("age", ""))
        if age is not None:
            params["age"] = duration(int(age[1] or 0), int(age[2]))
        return _fill("AlertMessage", str(source), params, message)
    return message


def _fill(context: str, source: str, params: Mapping[str, str], english: str) -> str:
    try:
        return QCoreApplication.translate(context, source).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return english
