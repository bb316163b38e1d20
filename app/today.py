"""What the shop must do now: the numbers the Today page opens on, and the lists behind them.

Each number is the size of a list another page shows — :class:`Today` keeps the filter
beside every count, so a click opens exactly the rows that were counted (the Orders list
for what is due, Tracking for parcels, Alerts for alerts) and the two can never disagree.
Days are the shop's days (its time zone), weeks start on Monday. Everything is counted by
the database over indexed columns, so the page paints quickly on a shop of years.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.alerts.engine import rules as alert_rules
from app.alerts.listing import open_count
from app.catalogue import QT_TRANSLATE_NOOP
from app.evidence.thresholds import rules as evidence_rules
from app.orders.deadlines import DueWindow
from app.orders.query import OrderFilter, count_orders
from app.orders.stores import shop_zone
from app.storage.models import Order, Shipment
from app.tracking.status import ParcelStatus
from app.tracking.story import ParcelFilter, Span, count_parcels

CHART_DAYS = 14

# every face names the numbers with these words (context "Today"), in this order
COUNTS: dict[str, str] = {
    "due_today": QT_TRANSLATE_NOOP("Today", "Due today"),
    "overdue": QT_TRANSLATE_NOOP("Today", "Overdue"),
    "awaiting": QT_TRANSLATE_NOOP("Today", "Awaiting dispatch"),
    "stalled": QT_TRANSLATE_NOOP("Today", "Parcels stalled"),
    "exceptions": QT_TRANSLATE_NOOP("Today", "Parcels in exception"),
    "alerts": QT_TRANSLATE_NOOP("Today", "Alerts to act on"),
    "yesterday_orders": QT_TRANSLATE_NOOP("Today", "Orders yesterday"),
    "yesterday_dispatched": QT_TRANSLATE_NOOP("Today", "Dispatched yesterday"),
    "yesterday_picked_up": QT_TRANSLATE_NOOP("Today", "Picked up yesterday"),
}
ON_TIME = QT_TRANSLATE_NOOP("Today", "On time this week")
ON_TIME_RULE = QT_TRANSLATE_NOOP("Today", "Delivered within {hours} h of dispatch")
CARRIER_LINE = QT_TRANSLATE_NOOP("Today", "{carrier}: {rate} on time ({on_time} of {delivered})")
NO_DELIVERIES = QT_TRANSLATE_NOOP("Today", "No parcel delivered this week yet.")
SERIES: dict[str, str] = {
    "orders": QT_TRANSLATE_NOOP("Today", "Orders"),
    "dispatched": QT_TRANSLATE_NOOP("Today", "Dispatched"),
    "delivered": QT_TRANSLATE_NOOP("Today", "Delivered"),
}


@dataclass(frozen=True)
class Count:
    """A number on the page and the list it opens: an order or parcel filter, or alerts."""

    value: int
    opens: OrderFilter | ParcelFilter | None = None  # None: the Alerts page


@dataclass(frozen=True)
class CarrierWeek:
    """One carrier's parcels delivered this week, and how many within the promised time."""

    carrier: str | None
    delivered: int
    on_time: int
    opens: ParcelFilter

    @property
    def rate(self) -> float:
        return self.on_time / self.delivered if self.delivered else 0.0


@dataclass(frozen=True)
class Day:
    """One day of the chart: orders placed, parcels dispatched, parcels delivered."""

    day: date
    orders: int
    dispatched: int
    delivered: int

    def series(self) -> tuple[tuple[str, int], ...]:
        """(key of :data:`SERIES`, value) in the chart's order."""
        return (
            ("orders", self.orders),
            ("dispatched", self.dispatched),
            ("delivered", self.delivered),
        )


@dataclass(frozen=True)
class Today:
    day: date  # the shop's today
    awaiting: Count
    due_today: Count
    overdue: Count
    stalled: Count
    exceptions: Count
    alerts: Count
    yesterday_orders: Count
    yesterday_dispatched: Count
    yesterday_picked_up: Count
    zone: tzinfo  # the shop's: its days are the chart's
    promised_hours: int
    carriers: list[CarrierWeek] = field(default_factory=list)
    days: list[Day] = field(default_factory=list)

    def count(self, name: str) -> Count:
        """The count :data:`COUNTS` names ``name``."""
        found: Count = getattr(self, name)
        return found

    def as_dict(self) -> dict[str, Any]:
        """The numbers as ``shipproof today --json`` prints them."""
        counts = {name: self.count(name).value for name in COUNTS}
        return {
            "day": self.day.isoformat(),
            **counts,
            "promised_hours": self.promised_hours,
            "carriers": [
                {"carrier": c.carrier, "delivered": c.delivered, "on_time": c.on_time}
                for c in self.carriers
            ],
            "days": [
                {
                    "day": d.day.isoformat(),
                    "orders": d.orders,
                    "dispatched": d.dispatched,
                    "delivered": d.delivered,
                }
                for d in self.days
            ],
        }


def day_span(day: date, zone: tzinfo) -> Span:
    """The shop's ``day`` as UTC instants [midnight, next midnight), daylight saving and all."""
    start = datetime.combine(day, time(), zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(), zone).astimezone(UTC)
    return start, end


def today(session: Session, now: datetime | None = None) -> Today:
    """Every number of the Today page, as the database says now."""
    zone = shop_zone(session)
    now = (now or datetime.now(UTC)).astimezone(UTC)
    day = now.astimezone(zone).date()
    today_end = day_span(day, zone)[1]
    yesterday = day_span(day - timedelta(days=1), zone)
    hours = float(alert_rules(session)["dispatch_overdue"]["hours_after_paid"])

    def orders(order_filter: OrderFilter) -> Count:
        return Count(count_orders(session, order_filter), order_filter)

    def parcels(parcel_filter: ParcelFilter) -> Count:
        return Count(count_parcels(session, parcel_filter), parcel_filter)

    week_start = day_span(day - timedelta(days=day.weekday()), zone)[0]
    promised = int(evidence_rules()["promised_transit_hours"])
    return Today(
        day=day,
        awaiting=orders(OrderFilter(status="awaiting_dispatch")),
        due_today=orders(
            OrderFilter(due=DueWindow(start=now, end=today_end, hours_after_paid=hours))
        ),
        overdue=orders(OrderFilter(due=DueWindow(end=now, hours_after_paid=hours))),
        stalled=parcels(ParcelFilter(stalled_only=True)),
        exceptions=parcels(ParcelFilter(status=ParcelStatus.EXCEPTION)),
        alerts=Count(open_count(session)),
        yesterday_orders=orders(OrderFilter(created_from=yesterday[0], created_to=yesterday[1])),
        yesterday_dispatched=parcels(ParcelFilter(dispatched=yesterday)),
        yesterday_picked_up=parcels(ParcelFilter(picked_up=yesterday)),
        zone=zone,
        promised_hours=promised,
        carriers=_carrier_week(session, (week_start, now), promised),
        days=_days(session, day, zone),
    )


def _carrier_week(session: Session, week: Span, promised_hours: int) -> list[CarrierWeek]:
    """Per carrier, parcels delivered in ``week`` and how many within ``promised_hours``
    of their dispatch, most delivered first."""
    rows = session.execute(
        select(Shipment.carrier, Shipment.created_utc, Shipment.last_event_utc).where(
            Shipment.status == ParcelStatus.DELIVERED,
            Shipment.last_event_utc >= week[0],
            Shipment.last_event_utc < week[1],
        )
    )
    delivered: Counter[str | None] = Counter()
    on_time: Counter[str | None] = Counter()
    limit = timedelta(hours=promised_hours)
    for carrier, dispatched, arrived in rows:
        delivered[carrier] += 1
        if arrived is not None and arrived - dispatched <= limit:  # (the query keeps no None)
            on_time[carrier] += 1
    return [
        CarrierWeek(carrier, count, on_time[carrier], ParcelFilter(carrier=carrier, delivered=week))
        for carrier, count in sorted(delivered.items(), key=lambda item: -item[1])
    ]


def _days(session: Session, day: date, zone: tzinfo) -> list[Day]:
    """The last :data:`CHART_DAYS` shop days, today last."""
    first = day - timedelta(days=CHART_DAYS - 1)
    start = day_span(first, zone)[0]
    end = day_span(day, zone)[1]
    placed = _per_day(
        session.scalars(
            select(Order.created_utc).where(Order.created_utc >= start, Order.created_utc < end)
        ),
        zone,
    )
    dispatched = _per_day(
        session.scalars(
            select(Shipment.created_utc).where(
                Shipment.created_utc >= start, Shipment.created_utc < end
            )
        ),
        zone,
    )
    delivered = _per_day(
        session.scalars(
            select(Shipment.last_event_utc).where(
                Shipment.status == ParcelStatus.DELIVERED,
                Shipment.last_event_utc >= start,
                Shipment.last_event_utc < end,
            )
        ),
        zone,
    )
    days = [first + timedelta(days=n) for n in range(CHART_DAYS)]
    return [Day(d, placed[d], dispatched[d], delivered[d]) for d in days]


def _per_day(instants: Iterable[datetime | None], zone: tzinfo) -> Counter[date]:
    return Counter(instant.astimezone(zone).date() for instant in instants if instant)
