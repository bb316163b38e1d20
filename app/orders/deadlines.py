"""When an order must leave: its own dispatch-by, else its payment plus the shop's hours.

One definition for every face that asks — the overdue alert, the Today page's "due today"
and "overdue", and the Orders list those numbers open — so the three always agree. The
instants come from ``orders.due_utc`` and ``orders.paid_utc`` (the platform's texts read
at import), so the question is answered by the database over indexed columns, not by
parsing every order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, or_

from app.orders.fields import OrderStatus
from app.storage.models import Order


@dataclass(frozen=True, kw_only=True)
class DueWindow:
    """Orders awaiting dispatch whose deadline falls in [``start``, ``end``) (UTC);
    ``start`` None: every deadline before ``end`` (what is overdue at ``end``)."""

    end: datetime
    start: datetime | None = None
    hours_after_paid: float = 48.0


def deadline(
    due_utc: datetime | None, paid_utc: datetime | None, hours_after_paid: float
) -> datetime | None:
    """The instant an order must be dispatched by, or None when it says neither."""
    if due_utc is not None:
        return due_utc
    if paid_utc is not None:
        return paid_utc + timedelta(hours=hours_after_paid)
    return None


def due_in(window: DueWindow) -> ColumnElement[bool]:
    """The orders :class:`DueWindow` names, as a WHERE clause over the orders table."""
    grace = timedelta(hours=window.hours_after_paid)
    own = [Order.due_utc.is_not(None), Order.due_utc < window.end]
    paid = [Order.due_utc.is_(None), Order.paid_utc < window.end - grace]
    if window.start is not None:
        own.append(Order.due_utc >= window.start)
        paid.append(Order.paid_utc >= window.start - grace)
    return and_(Order.status == OrderStatus.AWAITING_DISPATCH, or_(and_(*own), and_(*paid)))
