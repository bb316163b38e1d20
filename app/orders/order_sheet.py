"""Orders as a spreadsheet: the chosen orders, one row each, for a shop's own books.

A CSV a spreadsheet opens as it is: UTF-8 with a byte-order mark (Excel otherwise reads
Chinese as GBK), headers in the user's language, times on the shop's clock, platforms,
statuses and carriers by name, every cell kept from running as a formula (a buyer can
type ``=HYPERLINK(…)`` into a name), and long identifiers kept whole as text.
"""

from __future__ import annotations

import csv
import os
import stat
from collections.abc import Sequence
from datetime import tzinfo
from pathlib import Path

from sqlalchemy.orm import Session

from app.catalogue import QT_TRANSLATE_NOOP, SaidError, translated
from app.dispatch.shipping_export import neutralise
from app.names import name as code_name
from app.orders.query import bound_parcels, orders_by_pk
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


# the columns that hold identifiers: digits a spreadsheet must keep as written
_IDENTIFIERS = frozenset(COLUMNS.index(column) for column in ("Order", "Phone", "Tracking number"))
_LONGEST_NUMBER_SHOWN = 11  # Excel shows longer numbers as 3.31E+18, and keeps 15 digits


def _kept_as_text(cell: str) -> str:
    """An identifier of digits that a spreadsheet would read as a number — losing digits
    past the 15th (a Taobao order id has 19), a leading 0 (a landline), or showing it as
    3.31E+18 — as a formula of that text alone, which every spreadsheet shows as written."""
    digits = cell.isascii() and cell.isdigit()
    if digits and (len(cell) > _LONGEST_NUMBER_SHOWN or cell.startswith("0")):
        return f'="{cell}"'
    return neutralise(cell)


NOT_A_FILE = QT_TRANSLATE_NOOP("Cli", "{file} is not a file a spreadsheet can be written to")
NOT_WRITABLE = QT_TRANSLATE_NOOP("Cli", "{file} cannot be written: {reason}")
READ_ONLY = QT_TRANSLATE_NOOP("Cli", "{file} is read-only: nothing was written")


class SheetTargetError(SaidError, OSError):
    """Where the sheet was to go cannot take it; nothing was written there."""


def sheet_rows(
    session: Session, order_pks: Sequence[int], lang: str, zone: tzinfo
) -> list[list[str]]:
    """The sheet's header and one row per order of ``order_pks`` (by key: an order id is
    unique in a store, not a shop; in that order, each once, unknown keys skipped), every
    cell safe to open in a spreadsheet."""
    by_pk = orders_by_pk(session, order_pks)
    rows = [_row(session, by_pk[pk], lang, zone) for pk in dict.fromkeys(order_pks) if pk in by_pk]
    header = [translated("OrderSheet", column, lang) for column in COLUMNS]
    return [
        header,
        *(
            [
                _kept_as_text(cell) if column in _IDENTIFIERS else neutralise(cell)
                for column, cell in enumerate(row)
            ]
            for row in rows
        ),
    ]


def write_order_sheet(
    session: Session, order_pks: Sequence[int], target: Path, lang: str, zone: tzinfo
) -> int:
    """Write the orders ``order_pks`` to ``target`` as CSV; return the orders written.

    The file appears whole or not at all: it is written beside the target and renamed
    over it. So the target must be a plain file this user may write (or not exist yet): a
    read-only file, a device or a folder is refused, never replaced; a link is followed,
    and the file it points to is the one written.
    """
    target = target.resolve() if target.is_symlink() else target
    if target.exists() and not target.is_file():
        raise SheetTargetError("Cli", NOT_A_FILE, file=str(target))
    mode = target.stat().st_mode if target.exists() else None
    if mode is not None and (not mode & stat.S_IWUSR or not os.access(target, os.W_OK)):
        raise SheetTargetError("Cli", READ_ONLY, file=str(target))  # even to an admin
    rows = sheet_rows(session, order_pks, lang, zone)
    partial = target.with_name(f".{target.name}.partial")
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as handle:
            csv.writer(handle).writerows(rows)
        if mode is not None:
            partial.chmod(stat.S_IMODE(mode))  # the file keeps who may read it
        partial.replace(target)
    except OSError as error:
        raise SheetTargetError(
            "Cli", NOT_WRITABLE, file=str(target), reason=error.strerror or str(error)
        ) from None
    finally:
        partial.unlink(missing_ok=True)
    return len(rows) - 1
