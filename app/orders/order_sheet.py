"""Orders as a spreadsheet: the chosen orders, one row each, for a shop's own books.

A CSV a spreadsheet opens as it is: UTF-8 with a byte-order mark (Excel otherwise reads
Chinese as GBK), headers in the user's language, times on the shop's clock, platforms,
statuses and carriers by name, and every cell kept from running as a formula (a buyer
can type ``=HYPERLINK(…)`` into a name).
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import tzinfo
from pathlib import Path

from sqlalchemy.orm import Session

from app.catalogue import QT_TRANSLATE_NOOP, translated
from app.dispatch.shipping_export import neutralise
from app.names import name as code_name
from app.orders.query import bound_parcels, orders_by_id
from app.orders.stores import store_label
from app.shop_time import recorded_text
from app.storage.models import Order

COLUMNS = (
    QT_TRANSLATE_NOOP("OrderSheet", "Platform"),
    QT_TRANSLATE_NOOP("OrderSheet", "Order"),
    QT_TRANSLATE_NOOP("OrderSheet", "Status"),
    QT_TRANSLATE_NOOP("OrderSheet", "Placed"),
    QT_TRANSLATE_NOOP("OrderSheet", "Recipient"),
    QT_TRANSLATE_NOOP("OrderSheet", "Phone"),
    QT_TRANSLATE_NOOP("OrderSheet", "Address"),
    QT_TRANSLATE_NOOP("OrderSheet", "Items"),
    QT_TRANSLATE_NOOP("OrderSheet", "Total"),
    QT_TRANSLATE_NOOP("OrderSheet", "Currency"),
    QT_TRANSLATE_NOOP("OrderSheet", "Carrier"),
    QT_TRANSLATE_NOOP("OrderSheet", "Tracking number"),
)


def _row(session: Session, order: Order, lang: str, zone: tzinfo) -> list[str]:
    parcels = bound_parcels(session, order.id)
    newest = parcels[-1] if parcels else None  # the label the parcel really carries
    carrier = newest.carrier if newest else order.carrier
    address = " ".join(
        part
        for part in (
            order.recipient_province,
            order.recipient_city,
            order.recipient_district,
            order.recipient_address,
            order.recipient_postcode,
            order.recipient_country,
        )
        if part
    )
    items = "; ".join(
        f"{line.sku or line.title or line.barcode or '?'} ×{line.quantity}" for line in order.lines
    )
    return [
        store_label(code_name("Platform", order.store.platform, lang), order.store.name),
        order.order_id,
        code_name("OrderStatus", order.status, lang),
        recorded_text(order.created_at, zone, lang) or "",
        order.recipient_name or "",
        order.recipient_phone or "",
        address,
        items,
        "" if order.total is None else f"{order.total:.2f}",
        order.currency or "",
        code_name("Carrier", carrier, lang) if carrier else "",
        newest.tracking_number if newest else (order.tracking_number or ""),
    ]


def write_order_sheet(
    session: Session, order_ids: Sequence[str], target: Path, lang: str, zone: tzinfo
) -> int:
    """Write the orders ``order_ids`` (in that order; unknown ids are skipped) to
    ``target`` as CSV; return the rows written. The file appears whole or not at all."""
    by_id = orders_by_id(session, order_ids)
    rows = [_row(session, by_id[i], lang, zone) for i in dict.fromkeys(order_ids) if i in by_id]
    partial = target.with_name(f".{target.name}.partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([translated("OrderSheet", column, lang) for column in COLUMNS])
            writer.writerows([neutralise(cell) for cell in row] for row in rows)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return len(rows)
