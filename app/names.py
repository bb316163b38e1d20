"""Codes by their names: statuses, alert rules, scan codes, carriers and platforms.

The core speaks in codes (``in_transit``, ``awaiting_dispatch``, ``zto``); every face
that shows one — the GUI's tables, the command line, the PDFs — names it through these
tables, declared once for the catalogue (:mod:`app.catalogue`, one context per table).
A code no table knows yet is shown as it is: never nothing. Data the user or a carrier
wrote (a carrier's own status text, a store's name) never comes through here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.catalogue import QT_TRANSLATE_NOOP, translated

ORDER_STATUSES: dict[str, str] = {
    "unpaid": QT_TRANSLATE_NOOP("OrderStatus", "Unpaid"),
    "awaiting_dispatch": QT_TRANSLATE_NOOP("OrderStatus", "Awaiting dispatch"),
    "dispatched": QT_TRANSLATE_NOOP("OrderStatus", "Dispatched"),
    "delivered": QT_TRANSLATE_NOOP("OrderStatus", "Delivered"),
    "completed": QT_TRANSLATE_NOOP("OrderStatus", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("OrderStatus", "Cancelled"),
    "refunding": QT_TRANSLATE_NOOP("OrderStatus", "Refunding"),
    "refunded": QT_TRANSLATE_NOOP("OrderStatus", "Refunded"),
}
PARCEL_STATUSES: dict[str, str] = {
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
ALERT_RULES: dict[str, str] = {
    "no_tracking_info": QT_TRANSLATE_NOOP("AlertRule", "No carrier record"),
    "stalled": QT_TRANSLATE_NOOP("AlertRule", "Stalled"),
    "out_for_delivery_too_long": QT_TRANSLATE_NOOP("AlertRule", "Out for delivery too long"),
    "delivery_exception": QT_TRANSLATE_NOOP("AlertRule", "Delivery problem"),
    "returned": QT_TRANSLATE_NOOP("AlertRule", "Returned"),
    "dispatch_overdue": QT_TRANSLATE_NOOP("AlertRule", "Dispatch overdue"),
}
ALERT_SEVERITIES: dict[str, str] = {
    "critical": QT_TRANSLATE_NOOP("AlertSeverity", "Critical"),
    "warning": QT_TRANSLATE_NOOP("AlertSeverity", "Warning"),
}
ALERT_STATES: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("AlertState", "Open"),
    "acknowledged": QT_TRANSLATE_NOOP("AlertState", "Acknowledged"),
    "resolved": QT_TRANSLATE_NOOP("AlertState", "Resolved"),
}
SCAN_RESULTS: dict[str, str] = {
    "ok": QT_TRANSLATE_NOOP("ScanResult", "OK"),
    "info": QT_TRANSLATE_NOOP("ScanResult", "Info"),
    "warning": QT_TRANSLATE_NOOP("ScanResult", "Warning"),
    "error": QT_TRANSLATE_NOOP("ScanResult", "Error"),
}
SCAN_CODES: dict[str, str] = {
    "order_opened": QT_TRANSLATE_NOOP("ScanCode", "Order opened"),
    "order_switched": QT_TRANSLATE_NOOP("ScanCode", "Order switched"),
    "label_repeated": QT_TRANSLATE_NOOP("ScanCode", "Label read again"),
    "order_closed": QT_TRANSLATE_NOOP("ScanCode", "Order closed"),
    "merge_started": QT_TRANSLATE_NOOP("ScanCode", "Merged parcel started"),
    "parcel_added": QT_TRANSLATE_NOOP("ScanCode", "Parcel added"),
    "reprint": QT_TRANSLATE_NOOP("ScanCode", "Slip reprinted"),
    "item_ok": QT_TRANSLATE_NOOP("ScanCode", "Item checked"),
    "dispatched": QT_TRANSLATE_NOOP("ScanCode", "Dispatched"),
    "tracking_unrecognized": QT_TRANSLATE_NOOP("ScanCode", "Unknown label"),
    "order_unpaid": QT_TRANSLATE_NOOP("ScanCode", "Stopped — unpaid"),
    "order_cancelled": QT_TRANSLATE_NOOP("ScanCode", "Stopped — cancelled"),
    "order_refunded": QT_TRANSLATE_NOOP("ScanCode", "Stopped — refunded"),
    "already_dispatched": QT_TRANSLATE_NOOP("ScanCode", "Stopped — already dispatched"),
    "tracking_invalid": QT_TRANSLATE_NOOP("ScanCode", "Refused — invalid label"),
    "tracking_in_use": QT_TRANSLATE_NOOP("ScanCode", "Refused — label already used"),
    "tracking_mismatch": QT_TRANSLATE_NOOP("ScanCode", "Refused — not the platform's waybill"),
    "carrier_mismatch": QT_TRANSLATE_NOOP("ScanCode", "Refused — wrong carrier"),
    "items_incomplete": QT_TRANSLATE_NOOP("ScanCode", "Refused — items missing"),
    "no_open_order": QT_TRANSLATE_NOOP("ScanCode", "Refused — no order open"),
    "item_not_in_order": QT_TRANSLATE_NOOP("ScanCode", "Refused — item not in order"),
    "item_over_quantity": QT_TRANSLATE_NOOP("ScanCode", "Refused — too many of an item"),
    "unknown_code": QT_TRANSLATE_NOOP("ScanCode", "Refused — unknown code"),
}
CARRIERS: dict[str, str] = {
    "sf": QT_TRANSLATE_NOOP("Carrier", "SF Express"),
    "zto": QT_TRANSLATE_NOOP("Carrier", "ZTO Express"),
    "yto": QT_TRANSLATE_NOOP("Carrier", "YTO Express"),
    "sto": QT_TRANSLATE_NOOP("Carrier", "STO Express"),
    "yunda": QT_TRANSLATE_NOOP("Carrier", "Yunda Express"),
    "jd": QT_TRANSLATE_NOOP("Carrier", "JD Logistics"),
    "jtexpress": QT_TRANSLATE_NOOP("Carrier", "J&T Express"),
    "ems": QT_TRANSLATE_NOOP("Carrier", "China Post EMS"),
    "deppon": QT_TRANSLATE_NOOP("Carrier", "Deppon"),
    "cainiao": QT_TRANSLATE_NOOP("Carrier", "Cainiao"),
    "yunexpress": QT_TRANSLATE_NOOP("Carrier", "YunExpress"),
    "ups": QT_TRANSLATE_NOOP("Carrier", "UPS"),
    "fedex": QT_TRANSLATE_NOOP("Carrier", "FedEx"),
    "usps": QT_TRANSLATE_NOOP("Carrier", "USPS"),
    "dhl": QT_TRANSLATE_NOOP("Carrier", "DHL"),
    "royalmail": QT_TRANSLATE_NOOP("Carrier", "Royal Mail"),
    "deutschepost": QT_TRANSLATE_NOOP("Carrier", "Deutsche Post"),
    "japanpost": QT_TRANSLATE_NOOP("Carrier", "Japan Post"),
    "hongkongpost": QT_TRANSLATE_NOOP("Carrier", "Hongkong Post"),
    "post": QT_TRANSLATE_NOOP("Carrier", "International post"),
}
PLATFORMS: dict[str, str] = {
    "amazon": QT_TRANSLATE_NOOP("Platform", "Amazon"),
    "douyin": QT_TRANSLATE_NOOP("Platform", "Douyin shop"),
    "ebay": QT_TRANSLATE_NOOP("Platform", "eBay"),
    "etsy": QT_TRANSLATE_NOOP("Platform", "Etsy"),
    "jd": QT_TRANSLATE_NOOP("Platform", "JD.com"),
    "pinduoduo": QT_TRANSLATE_NOOP("Platform", "Pinduoduo"),
    "shopee": QT_TRANSLATE_NOOP("Platform", "Shopee"),
    "shopify": QT_TRANSLATE_NOOP("Platform", "Shopify"),
    "taobao": QT_TRANSLATE_NOOP("Platform", "Taobao / Tmall"),
    "tiktok": QT_TRANSLATE_NOOP("Platform", "TikTok Shop"),
    "wechat_shop": QT_TRANSLATE_NOOP("Platform", "WeChat shop"),
    "woocommerce": QT_TRANSLATE_NOOP("Platform", "WooCommerce"),
}
CHAINS: dict[str, str] = {
    "scans": QT_TRANSLATE_NOOP("Chain", "Scans"),
    "events": QT_TRANSLATE_NOOP("Chain", "Carrier events"),
    "snapshots": QT_TRANSLATE_NOOP("Chain", "Carrier answers"),
    "facts": QT_TRANSLATE_NOOP("Chain", "Order and parcel facts"),
    "orders": QT_TRANSLATE_NOOP("Chain", "Orders against their facts"),
    "parcels": QT_TRANSLATE_NOOP("Chain", "Parcels against their facts"),
    "photos": QT_TRANSLATE_NOOP("Chain", "Parcel photos"),
}
# catalogue context → its table; the context is each name's context in the .ts files
TABLES: dict[str, dict[str, str]] = {
    "OrderStatus": ORDER_STATUSES,
    "ParcelStatus": PARCEL_STATUSES,
    "AlertRule": ALERT_RULES,
    "AlertSeverity": ALERT_SEVERITIES,
    "AlertState": ALERT_STATES,
    "ScanResult": SCAN_RESULTS,
    "ScanCode": SCAN_CODES,
    "Carrier": CARRIERS,
    "Platform": PLATFORMS,
    "Chain": CHAINS,
}

DURATION_DAYS = QT_TRANSLATE_NOOP("Duration", "{days} d {hours} h")
DURATION_HOURS = QT_TRANSLATE_NOOP("Duration", "{hours} h")


def name(context: str, code: str | None, lang: str) -> str:
    """``code`` of the table ``context`` by its name in ``lang``; "—" for no code."""
    if code is None or code == "":
        return "—"
    source = TABLES[context].get(code)
    return translated(context, source, lang) if source else code


def duration_parts(hours: int) -> tuple[str, dict[str, int]]:
    """An age in whole hours as its template and values: "52 h" reads "2 d 4 h" from two
    days on, as a shopkeeper counts an overdue parcel."""
    if hours >= 48:
        return DURATION_DAYS, {"days": hours // 24, "hours": hours % 24}
    return DURATION_HOURS, {"hours": hours}


def duration(hours: int, lang: str) -> str:
    """An age in whole hours, in ``lang``: "30 h", "3 d 4 h", "3天4小时"."""
    template, values = duration_parts(hours)
    return translated("Duration", template, lang).format(**values)


# (catalogue context, English source) → that text in the user's language: the core passes
# ``lambda c, s: translated(c, s, lang)``, the GUI ``QCoreApplication.translate``
Translate = Callable[[str, str], str]


def english(context: str, source: str) -> str:
    """The :data:`Translate` of the record: every template and name as written."""
    del context
    return source


def fill(
    context: str,
    template: str,
    values: Mapping[str, object],
    translate: Translate,
    kinds: Mapping[str, str],
) -> str:
    """``template`` of ``context`` in the user's language, filled with ``values``.

    ``kinds`` says which values are codes to name (value name → the table's context, e.g.
    ``{"status": "ParcelStatus"}``) and which are ages in whole hours (``"Duration"``);
    other values are shown as they are. A translation that lost a placeholder falls back
    to the English template: a sentence is never lost.
    """
    shown: dict[str, object] = {}
    for key, value in values.items():
        kind = kinds.get(key)
        if kind == "Duration" and isinstance(value, int):
            part, parts = duration_parts(value)
            shown[key] = translate("Duration", part).format(**parts)
        elif kind is not None and isinstance(value, str) and value in TABLES.get(kind, {}):
            shown[key] = translate(kind, TABLES[kind][value])
        else:
            shown[key] = value
    try:
        return translate(context, template).format(**shown)
    except (KeyError, IndexError, ValueError):
        if translate is english:
            raise
        return fill(context, template, values, english, kinds)
