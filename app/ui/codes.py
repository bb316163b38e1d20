"""The core's machine codes in words the user reads: statuses, alert rules, scan results.

The core has no Qt, so it speaks in codes (``in_transit``, ``awaiting_dispatch``); every
place the GUI shows one goes through these tables, which lupdate reads through
``QT_TRANSLATE_NOOP``. A code the tables do not know yet is shown as it is. Data (the
carriers' own status texts, order fields, names) never comes through here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ORDER_STATUSES = {
    "unpaid": QT_TRANSLATE_NOOP("OrderStatus", "Unpaid"),
    "awaiting_dispatch": QT_TRANSLATE_NOOP("OrderStatus", "Awaiting dispatch"),
    "dispatched": QT_TRANSLATE_NOOP("OrderStatus", "Dispatched"),
    "delivered": QT_TRANSLATE_NOOP("OrderStatus", "Delivered"),
    "completed": QT_TRANSLATE_NOOP("OrderStatus", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("OrderStatus", "Cancelled"),
    "refunding": QT_TRANSLATE_NOOP("OrderStatus", "Refunding"),
    "refunded": QT_TRANSLATE_NOOP("OrderStatus", "Refunded"),
}
PARCEL_STATUSES = {
    "pending": QT_TRANSLATE_NOOP("ParcelStatus", "No carrier data yet"),
    "info_received": QT_TRANSLATE_NOOP("ParcelStatus", "Info received"),
    "picked_up": QT_TRANSLATE_NOOP("ParcelStatus", "Picked up"),
    "in_transit": QT_TRANSLATE_NOOP("ParcelStatus", "In transit"),
    "customs": QT_TRANSLATE_NOOP("ParcelStatus", "In customs"),
    "out_for_delivery": QT_TRANSLATE_NOOP("ParcelStatus", "Out for delivery"),
    "available_for_pickup": QT_TRANSLATE_NOOP("ParcelStatus", "Ready for pickup"),
    "delivered": QT_TRANSLATE_NOOP("ParcelStatus", "Delivered"),
    "delivery_failed": QT_TRANSLATE_NOOP("ParcelStatus", "Delivery failed"),
    "exception": QT_TRANSLATE_NOOP("ParcelStatus", "Exception"),
    "returning": QT_TRANSLATE_NOOP("ParcelStatus", "Returning"),
    "returned": QT_TRANSLATE_NOOP("ParcelStatus", "Returned"),
    "cancelled": QT_TRANSLATE_NOOP("ParcelStatus", "Cancelled"),
    "expired": QT_TRANSLATE_NOOP("ParcelStatus", "Expired"),
}
ALERT_RULES = {
    "no_tracking_info": QT_TRANSLATE_NOOP("AlertRule", "No carrier record"),
    "stalled": QT_TRANSLATE_NOOP("AlertRule", "Stalled"),
    "out_for_delivery_too_long": QT_TRANSLATE_NOOP("AlertRule", "Out for delivery too long"),
    "delivery_exception": QT_TRANSLATE_NOOP("AlertRule", "Delivery problem"),
    "returned": QT_TRANSLATE_NOOP("AlertRule", "Returned"),
    "dispatch_overdue": QT_TRANSLATE_NOOP("AlertRule", "Dispatch overdue"),
}
ALERT_SEVERITIES = {
    "critical": QT_TRANSLATE_NOOP("AlertSeverity", "Critical"),
    "warning": QT_TRANSLATE_NOOP("AlertSeverity", "Warning"),
}
ALERT_STATES = {
    "open": QT_TRANSLATE_NOOP("AlertState", "Open"),
    "acknowledged": QT_TRANSLATE_NOOP("AlertState", "Acknowledged"),
    "resolved": QT_TRANSLATE_NOOP("AlertState", "Resolved"),
}
SCAN_RESULTS = {
    "ok": QT_TRANSLATE_NOOP("ScanResult", "OK"),
    "info": QT_TRANSLATE_NOOP("ScanResult", "Info"),
    "warning": QT_TRANSLATE_NOOP("ScanResult", "Warning"),
    "error": QT_TRANSLATE_NOOP("ScanResult", "Error"),
}


def _name(context: str, table: dict[str, object], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate(context, str(source)) if source else code


def order_status(code: str) -> str:
    return _name("OrderStatus", ORDER_STATUSES, code)


def parcel_status(code: str) -> str:
    return _name("ParcelStatus", PARCEL_STATUSES, code)


def alert_rule(code: str) -> str:
    return _name("AlertRule", ALERT_RULES, code)


def alert_severity(code: str) -> str:
    return _name("AlertSeverity", ALERT_SEVERITIES, code)


def alert_state(code: str) -> str:
    return _name("AlertState", ALERT_STATES, code)


def scan_result(code: str) -> str:
    return _name("ScanResult", SCAN_RESULTS, code)


def duration(days: int, hours: int) -> str:
    """An age such as the core's "3 d 4 h", in the user's words."""
    if days:
        return QCoreApplication.translate("Duration", "{days} d {hours} h").format(
            days=days, hours=hours
        )
    return QCoreApplication.translate("Duration", "{hours} h").format(hours=hours)
