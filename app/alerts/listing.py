"""Reading alerts back for the Alerts page and ``shipproof alerts``: filtered, in pages.

Rows come back as frozen dataclasses, never live ORM objects, so the page can hold them
after the session is gone; ``as_dict`` is their JSON for ``--json``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from app.alerts.engine import ACTIVE, AlertState, escalation_level
from app.storage.models import Alert, Order, Shipment

_AnySelect = Select[*tuple[Any, ...]]
Clock = Callable[[], datetime]


@dataclass(frozen=True, kw_only=True)
class AlertFilter:
    """``search`` finds an order id, a tracking number or a rule's code."""

    include_resolved: bool = False
    search: str | None = None


@dataclass(frozen=True, kw_only=True)
class AlertRow:
    """One alert, with the order and parcel it is about.

    ``message`` is its English record; ``message_key`` and ``message_values`` say it in
    any language (:func:`app.alerts.messages.alert_text`). ``level`` is how far it has
    escalated by age, None once resolved.
    """

    id: int
    rule: str
    severity: str
    level: int | None
    order_id: str | None
    order_pk: int | None  # which order: an id alone may name one in each store
    tracking_number: str | None
    opened_utc: datetime
    state: str
    message: str
    message_key: str | None
    message_values: dict[str, Any] | None
    note: str | None

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "rule": self.rule,
            "severity": self.severity,
            "level": self.level,
            "order_id": self.order_id,
            "tracking_number": self.tracking_number,
            "opened_at": self.opened_utc.isoformat(),
            "state": self.state,
            "message": self.message,
            "message_key": self.message_key,
            "message_values": self.message_values,
            "note": self.note,
        }


def _filtered(statement: _AnySelect, alert_filter: AlertFilter) -> _AnySelect:
    statement = statement.outerjoin(Order, Order.id == Alert.order_pk).outerjoin(
        Shipment, Shipment.id == Alert.shipment_id
    )
    if not alert_filter.include_resolved:
        statement = statement.where(Alert.state.in_(ACTIVE))
    needle = (alert_filter.search or "").strip()
    if needle:
        statement = statement.where(
            or_(
                Order.order_id.contains(needle, autoescape=True),
                Shipment.tracking_number.contains(needle, autoescape=True),
                Alert.rule.contains(needle, autoescape=True),
            )
        )
    return statement


def count_alerts(session: Session, alert_filter: AlertFilter) -> int:
    return int(
        session.scalar(_filtered(select(func.count()).select_from(Alert), alert_filter)) or 0
    )


def alert_page(
    session: Session,
    alert_filter: AlertFilter,
    offset: int,
    limit: int | None,
    clock: Clock = lambda: datetime.now(UTC),
) -> list[AlertRow]:
    """Most severe and oldest first, ``limit`` rows from ``offset`` (all when None)."""
    now = clock().astimezone(UTC)
    statement = _filtered(
        select(Alert, Order.order_id, Order.id, Shipment.tracking_number), alert_filter
    )
    statement = statement.order_by(Alert.severity, Alert.opened_utc, Alert.id).offset(offset)
    if limit is not None:
        statement = statement.limit(limit)
    return [
        AlertRow(
            id=alert.id,
            rule=alert.rule,
            severity=alert.severity,
            level=escalation_level(alert.opened_utc, now)
            if alert.state != AlertState.RESOLVED
            else None,
            order_id=order_id,
            order_pk=order_pk,
            tracking_number=tracking_number,
            opened_utc=alert.opened_utc,
            state=alert.state,
            message=alert.message,
            message_key=alert.message_key,
            message_values=alert.message_values,
            note=alert.note,
        )
        for alert, order_id, order_pk, tracking_number in session.execute(statement)
    ]


def listing(
    session: Session, include_resolved: bool = False, clock: Clock = lambda: datetime.now(UTC)
) -> list[AlertRow]:
    """Every alert the filter keeps, for the command line."""
    return alert_page(session, AlertFilter(include_resolved=include_resolved), 0, None, clock)


def open_count(session: Session) -> int:
    """Alerts nobody has acknowledged yet: the navigation badge."""
    return int(session.scalar(select(func.count()).where(Alert.state == AlertState.OPEN)) or 0)
