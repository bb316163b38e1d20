"""The canonical fields every platform profile maps its columns onto.

Each field has a kind that chooses its cleaner. A profile may also name *auxiliary* fields
(any other name) that only feed the status rules, such as Shopify's financial status.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """How a cell is cleaned."""

    ID = "id"  # digits must survive exactly; scientific notation is refused
    TEXT = "text"
    MONEY = "money"
    INT = "int"
    DATETIME = "datetime"
    ADDRESS = "address"  # one-string Chinese address, split into province/city/district


ORDER_FIELDS: dict[str, Kind] = {
    "order_id": Kind.ID,
    "created_at": Kind.DATETIME,
    "paid_at": Kind.DATETIME,
    "dispatch_by": Kind.DATETIME,
    "total": Kind.MONEY,
    "currency": Kind.TEXT,
    "buyer_note": Kind.TEXT,
    "seller_note": Kind.TEXT,
    "carrier": Kind.TEXT,
    "tracking_number": Kind.ID,
    "recipient_name": Kind.TEXT,
    "recipient_phone": Kind.ID,
    "recipient_country": Kind.TEXT,
    "recipient_province": Kind.TEXT,
    "recipient_city": Kind.TEXT,
    "recipient_district": Kind.TEXT,
    "recipient_address": Kind.TEXT,
    "recipient_postcode": Kind.ID,
    "recipient_full_address": Kind.ADDRESS,
}

LINE_FIELDS: dict[str, Kind] = {
    "sku": Kind.ID,
    "barcode": Kind.ID,
    "title": Kind.TEXT,
    "variant": Kind.TEXT,
    "quantity": Kind.INT,
    "unit_price": Kind.MONEY,
    "line_total": Kind.MONEY,
}

CANONICAL_FIELDS: dict[str, Kind] = {**ORDER_FIELDS, **LINE_FIELDS}


class OrderStatus(StrEnum):
    """ShipProof's order status; each profile maps its platform's words onto these."""

    UNPAID = "unpaid"
    AWAITING_DISPATCH = "awaiting_dispatch"
    DISPATCHED = "dispatched"
    DELIVERED = "delivered"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    REFUNDING = "refunding"
    REFUNDED = "refunded"


ORDER_STATUSES: tuple[OrderStatus, ...] = tuple(OrderStatus)

# Forward progress of a healthy order. An import never moves an order back along this line
# (an old export re-imported must not undo a dispatch); cancellations and refunds always apply.
PROGRESS_RANK: dict[str, int] = {
    OrderStatus.UNPAID: 0,
    OrderStatus.AWAITING_DISPATCH: 1,
    OrderStatus.DISPATCHED: 2,
    OrderStatus.DELIVERED: 3,
    OrderStatus.COMPLETED: 4,
}

RECIPIENT_FIELDS: tuple[str, ...] = (
    "recipient_name",
    "recipient_phone",
    "recipient_country",
    "recipient_province",
    "recipient_city",
    "recipient_district",
    "recipient_address",
    "recipient_postcode",
)
