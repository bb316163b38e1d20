"""The order on the bench: its lines ticking off and the parcels bound in this cycle."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.dispatch.bench_db import OrderRow
from app.dispatch.carriers import carrier_code
from app.dispatch.numbers import compact


@dataclass
class LineCheck:
    codes: frozenset[str]  # compacted SKU and barcode
    title: str
    quantity: int
    scanned: int = 0


@dataclass
class OpenOrder:
    """An order as the station holds it between scans.

    ``parcels`` are the labels the order already travels with (a station bound them);
    ``allowed`` is how many it may have once this cycle ends: one, plus one for each
    PARCEL the packer scanned. A label beyond that is never bound.
    """

    pk: int
    order_id: str
    carrier: str | None  # ShipProof carrier code of the platform's carrier, if known
    waybill: str | None  # the platform's own tracking number, compacted
    lines: list[LineCheck]
    parcels: list[str] = field(default_factory=list)
    allowed: int = 1
    by_label: bool = False  # opened by scanning its platform waybill (label first)

    @property
    def items_complete(self) -> bool:
        return all(line.scanned >= line.quantity for line in self.lines)

    def missing(self) -> str:
        return ", ".join(
            f"{line.title} ×{line.quantity - line.scanned}"
            for line in self.lines
            if line.scanned < line.quantity
        )


def open_order(order: OrderRow, by_label: bool = False) -> OpenOrder:
    """The bench's view of ``order`` (its lines loaded)."""
    lines = [
        LineCheck(
            frozenset(compact(code) for code in (line.sku, line.barcode) if code),
            line.title or line.sku or line.barcode or "?",
            line.quantity,
        )
        for line in order.lines
    ]
    waybill = compact(order.tracking_number) if order.tracking_number else None
    return OpenOrder(
        order.id, order.order_id, carrier_code(order.carrier), waybill, lines, by_label=by_label
    )
