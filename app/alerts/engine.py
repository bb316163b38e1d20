"""Evaluate the alert rules: open what is wrong, resolve what cleared, escalate by age.

Rules and thresholds are data (``app/resources/alert_rules.yaml``), a shop's own thresholds
override them (setting ``alert_thresholds``, JSON). An alert opens once per parcel (or
order) and rule; acknowledging it keeps it until the condition clears; a cleared one is
resolved, never deleted.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import Connection, or_, select, update
from sqlalchemy.orm import Session

from app.alerts.messages import Values, english_text
from app.catalogue import QT_TRANSLATE_NOOP, SaidError
from app.orders.deadlines import DueWindow, deadline, due_in
from app.paths import resource
from app.storage import Database
from app.storage.models import Alert, Order, Setting, Shipment, ShipmentOrder
from app.storage.setting_keys import THRESHOLDS_SETTING
from app.tracking.routes import routing
from app.tracking.status import FINAL_STATUSES
from app.yaml_text import load_yaml


class AlertState(StrEnum):
    """Open until someone acknowledges it; resolved by itself when the condition clears."""

    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    RESOLVED = "resolved"


ACTIVE = (AlertState.OPEN, AlertState.ACKNOWLEDGED)
Target = tuple[int | None, int | None]  # (order pk, shipment id)


@cache
def shipped_rules() -> dict[str, Any]:
    data: dict[str, Any] = load_yaml(resource("alert_rules.yaml").read_text(encoding="utf-8"))
    return data


def rules(session: Session) -> dict[str, dict[str, Any]]:
    """Every rule with its thresholds, the shop's overrides applied."""
    merged = {name: dict(rule) for name, rule in shipped_rules()["rules"].items()}
    setting = session.get(Setting, THRESHOLDS_SETTING)
    if setting is not None:
        for name, overrides in json.loads(setting.value).items():
            if name in merged:
                merged[name].update(overrides)
    return merged


def thresholds(session: Session) -> dict[tuple[str, str], int]:
    """Each rule's hour thresholds as the shop has them: (rule, key) → hours."""
    return {
        (name, key): int(value)
        for name, rule in rules(session).items()
        for key, value in rule.items()
        if "hours" in key and isinstance(value, int)
    }


def keep_thresholds(session: Session, chosen: Mapping[tuple[str, str], int]) -> None:
    """Keep the shop's thresholds ((rule, key) → hours), into the caller's transaction.

    Only values that differ from the shipped rules are kept as the shop's own, so a later
    release's better default still reaches every threshold nobody changed.
    """
    shipped = shipped_rules()["rules"]
    overrides: dict[str, dict[str, int]] = {}
    for (rule, key), hours in chosen.items():
        if hours != int(shipped[rule][key]):
            overrides.setdefault(rule, {})[key] = hours
    session.merge(Setting(key=THRESHOLDS_SETTING, value=json.dumps(overrides)))


def escalation_hours() -> tuple[int, ...]:
    """The open hours at which an alert climbs a level: level ``n`` has been open at least
    ``escalation_hours()[n - 1]`` hours (the shipped 1, 2, 4, 24)."""
    return tuple(int(hours) for hours in shipped_rules()["escalation_hours"])


def escalation_level(opened: datetime, now: datetime) -> int:
    """0 when new, then 1, 2, 3, 4 after 1, 2, 4 and 24 hours open."""
    age = now - opened
    return sum(age >= timedelta(hours=hours) for hours in escalation_hours())


@dataclass(frozen=True)
class Finding:
    """One rule's hit on a parcel or an order: what it says, as a key and its values."""

    rule: str
    target: Target
    key: str
    values: Values

    @property
    def message(self) -> str:
        return english_text(self.key, self.values)


def _hours(delta: timedelta) -> int:
    """An age in whole hours, as alerts keep it (said "2 d 4 h" by :mod:`app.names`)."""
    return int(delta.total_seconds() // 3600)


def _parcel_findings(
    session: Session, now: datetime, config: dict[str, dict[str, Any]]
) -> Iterator[Finding]:
    routes = routing(session)
    rows = session.execute(
        select(Shipment, ShipmentOrder.order_pk)
        .join(ShipmentOrder, ShipmentOrder.shipment_id == Shipment.id)
        .where(or_(Shipment.status.not_in(FINAL_STATUSES), Shipment.status.in_(("returned",))))
    )
    for shipment, order_pk in rows:
        target: Target = (order_pk, shipment.id)
        label = shipment.tracking_number
        if shipment.last_event_utc is None:
            waited = now - shipment.created_utc
            if waited >= timedelta(hours=config["no_tracking_info"]["hours"]):
                yield Finding(
                    "no_tracking_info",
                    target,
                    "no_tracking_info",
                    {"label": label, "age": _hours(waited)},
                )
            continue
        silent = now - shipment.last_event_utc
        if shipment.status in ("delivery_failed", "exception"):
            said = shipment.carrier_status
            key = "delivery_exception.carrier_says" if said else "delivery_exception"
            values: Values = {"label": label, "status": shipment.status}
            if said:
                values["carrier_says"] = said
            yield Finding("delivery_exception", target, key, values)
        if shipment.status in ("returning", "returned"):
            yield Finding(
                "returned", target, "returned", {"label": label, "status": shipment.status}
            )
        if shipment.status == "out_for_delivery" and silent >= timedelta(
            hours=config["out_for_delivery_too_long"]["hours"]
        ):
            yield Finding(
                "out_for_delivery_too_long",
                target,
                "out_for_delivery_too_long",
                {"label": label, "age": _hours(silent)},
            )
        if shipment.status not in FINAL_STATUSES:
            domestic = routes.route(shipment.carrier).provider == "kuaidi100"
            limit = config["stalled"]["domestic_hours" if domestic else "international_hours"]
            if silent >= timedelta(hours=limit):
                yield Finding("stalled", target, "stalled", {"label": label, "age": _hours(silent)})


def _order_findings(
    session: Session, now: datetime, config: dict[str, dict[str, Any]]
) -> Iterator[Finding]:
    hours = config["dispatch_overdue"]["hours_after_paid"]
    overdue = select(Order.id, Order.order_id, Order.due_utc, Order.paid_utc).where(
        due_in(DueWindow(end=now, hours_after_paid=hours))
    )
    for pk, order_id, due_utc, paid_utc in session.execute(overdue):
        late = deadline(due_utc, paid_utc, hours)
        assert late is not None  # the window holds only orders with a deadline
        yield Finding(
            "dispatch_overdue",
            (pk, None),
            "dispatch_overdue",
            {"order": order_id, "age": _hours(now - late)},
        )


def settle_dispatched(connection: Connection, order_pk: int, now: datetime) -> None:
    """Resolve the order's overdue alert as the station binds its label, in the scan's
    transaction: the packer has done what it asked, and the Alerts page and the status bar
    must not call the order overdue until the next refresh evaluates the rules."""
    connection.execute(
        update(Alert)
        .where(
            Alert.order_pk == order_pk,
            Alert.rule == "dispatch_overdue",
            Alert.state.in_(ACTIVE),
        )
        .values(state=AlertState.RESOLVED, resolved_utc=now)
    )


@dataclass
class Evaluation:
    opened: int = 0
    resolved: int = 0
    still_open: int = 0


def evaluate(
    database: Database, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
) -> Evaluation:
    """Open, keep or resolve every alert against the database as it is now."""
    now = clock().astimezone(UTC)
    result = Evaluation()
    with database.write() as session:
        config = rules(session)
        findings = {
            (f.rule, f.target): f
            for f in (
                *_parcel_findings(session, now, config),
                *_order_findings(session, now, config),
            )
        }
        active = {
            (alert.rule, (alert.order_pk, alert.shipment_id)): alert
            for alert in session.scalars(select(Alert).where(Alert.state.in_(ACTIVE)))
        }
        for key, alert in active.items():
            if key in findings:
                finding = findings[key]  # ages and statuses move on
                alert.message = finding.message
                alert.message_key, alert.message_values = finding.key, finding.values
                result.still_open += 1
            else:
                alert.state, alert.resolved_utc = AlertState.RESOLVED, now
                result.resolved += 1
        for key, finding in findings.items():
            if key not in active:
                order_pk, shipment_id = finding.target
                session.add(
                    Alert(
                        rule=finding.rule,
                        severity=config[finding.rule]["severity"],
                        order_pk=order_pk,
                        shipment_id=shipment_id,
                        state=AlertState.OPEN,
                        opened_utc=now,
                        message=finding.message,
                        message_key=finding.key,
                        message_values=finding.values,
                    )
                )
                result.opened += 1
    return result


NO_SUCH_ALERT = QT_TRANSLATE_NOOP("Cli", "no such alert: {alert}")
ALREADY_RESOLVED = QT_TRANSLATE_NOOP("Cli", "alert {alert} is already resolved")


class NoSuchAlert(SaidError, LookupError):
    """An alert id the shop does not hold."""


class AlreadyResolved(SaidError, ValueError):
    """An alert that closed (its cause went away) before it could be acknowledged."""


def acknowledge(database: Database, alert_id: int, note: str) -> Alert:
    """Mark an alert seen, with what is being done about it."""
    with database.write() as session:
        alert = session.get(Alert, alert_id)
        if alert is None:
            raise NoSuchAlert("Cli", NO_SUCH_ALERT, alert=alert_id)
        if alert.state == AlertState.RESOLVED:
            raise AlreadyResolved("Cli", ALREADY_RESOLVED, alert=alert_id)
        alert.state, alert.note = AlertState.ACKNOWLEDGED, note
        return alert
