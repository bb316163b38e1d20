"""One order's story, in time order: every import that saw it, every scan at a bench
(with its photo), every carrier event of its parcels, every alert raised and closed.

Customer service and a dispute both ask "what happened, when?"; the answer is spread over
five tables. The entries come worded through ``translate`` (``QCoreApplication.translate``
in the GUI, the catalogue for the command line), their times as instants (UTC) for each
face to show on the shop's clock.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import PureWindowsPath

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.alerts.messages import alert_text
from app.catalogue import QT_TRANSLATE_NOOP
from app.dispatch.outcome import scan_text
from app.names import TABLES, Translate
from app.storage.models import (
    Alert,
    ImportBatch,
    Order,
    OrderBatch,
    Scan,
    Shipment,
    ShipmentOrder,
    TrackEvent,
)

CONTEXT = "Timeline"
PLACED = QT_TRANSLATE_NOOP("Timeline", "Placed by the buyer on {platform}")
PAID = QT_TRANSLATE_NOOP("Timeline", "Paid")
IMPORTED = {
    "new": QT_TRANSLATE_NOOP("Timeline", "Imported from {files}"),
    "updated": QT_TRANSLATE_NOOP("Timeline", "Changed by an import of {files}"),
    "unchanged": QT_TRANSLATE_NOOP("Timeline", "Seen unchanged in {files}"),
}
SCANNED = QT_TRANSLATE_NOOP("Timeline", "Scanned at {station} by {operator}: {words}")
PHOTO = QT_TRANSLATE_NOOP("Timeline", "(photo taken)")
CARRIER_EVENT = QT_TRANSLATE_NOOP("Timeline", "{carrier} {tracking}: {status} — {text}")
ALERT_OPENED = QT_TRANSLATE_NOOP("Timeline", "Alert: {words}")
ALERT_CLOSED = QT_TRANSLATE_NOOP("Timeline", "Alert closed: {rule}")


@dataclass(frozen=True)
class Entry:
    """One thing that happened to the order: when (UTC), what kind, its words, where."""

    utc: datetime
    kind: str  # placed | paid | import | scan | carrier | alert | alert_closed
    text: str
    where: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {
            "utc": self.utc.isoformat(),
            "kind": self.kind,
            "text": self.text,
            "where": self.where,
        }


def _name(translate: Translate, context: str, code: str | None) -> str:
    source = TABLES[context].get(code or "")
    return translate(context, source) if source else (code or "—")


def _files(raw: str) -> str:
    """The import's files by name: the batch keeps the paths they were imported from."""
    try:
        names = json.loads(raw)
    except ValueError:
        return raw
    if not isinstance(names, list):
        return raw
    return ", ".join(PureWindowsPath(str(name)).name for name in names)


def order_timeline(session: Session, pk: int, translate: Translate) -> list[Entry]:
    """Everything that happened to order ``pk``, oldest first."""

    def say(template: str, **values: object) -> str:
        return translate(CONTEXT, template).format(**values)

    entries: list[Entry] = []
    order = session.get(Order, pk)
    if order is not None:  # the platform's own moments: where every story begins
        platform = _name(translate, "Platform", order.store.platform)
        if order.created_utc is not None:
            entries.append(Entry(order.created_utc, "placed", say(PLACED, platform=platform)))
        paid = _maybe_instant(order.paid_at)
        if paid is not None:
            entries.append(Entry(paid, "paid", translate(CONTEXT, PAID)))
    imports = session.execute(
        select(ImportBatch.imported_utc, ImportBatch.files, OrderBatch.effect)
        .join(OrderBatch, OrderBatch.batch_id == ImportBatch.id)
        .where(OrderBatch.order_pk == pk)
    )
    for imported, files, effect in imports:
        template = IMPORTED.get(effect, IMPORTED["updated"])
        entries.append(Entry(imported, "import", say(template, files=_files(files))))
    for scan in session.scalars(select(Scan).where(Scan.order_pk == pk)):
        words = scan_text(scan.message_key, scan.message_values, translate, scan.message)
        text = say(SCANNED, station=scan.station, operator=scan.operator, words=words)
        if scan.photo_sha256:
            text = " ".join((text, translate(CONTEXT, PHOTO)))
        entries.append(Entry(_instant(scan.scanned_at), "scan", text))
    parcels = select(ShipmentOrder.shipment_id).where(ShipmentOrder.order_pk == pk)
    events = session.execute(
        select(TrackEvent, Shipment.carrier, Shipment.tracking_number)
        .join(Shipment, Shipment.id == TrackEvent.shipment_id)
        .where(TrackEvent.shipment_id.in_(parcels))
    )
    for event, carrier, tracking in events:
        text = say(
            CARRIER_EVENT,
            carrier=_name(translate, "Carrier", carrier),
            tracking=tracking,
            status=_name(translate, "ParcelStatus", event.status),
            text=event.text,
        )
        entries.append(Entry(event.event_utc, "carrier", text, event.location))
    alerts = session.scalars(
        select(Alert).where(or_(Alert.order_pk == pk, Alert.shipment_id.in_(parcels)))
    )
    for alert in alerts:
        words = alert_text(alert.message_key, alert.message_values, translate, alert.message)
        entries.append(Entry(alert.opened_utc, "alert", say(ALERT_OPENED, words=words)))
        if alert.resolved_utc is not None:
            rule = _name(translate, "AlertRule", alert.rule)
            entries.append(Entry(alert.resolved_utc, "alert_closed", say(ALERT_CLOSED, rule=rule)))
    entries.sort(key=lambda entry: entry.utc)
    return entries


def _maybe_instant(written: str | None) -> datetime | None:
    """An export's time as the order keeps it (ISO, with its offset), if it is one."""
    if not written:
        return None
    try:
        return _instant(written)
    except ValueError:
        return None


def _instant(written: str) -> datetime:
    """A station's ISO time (with its offset) as the instant it names."""
    moment = datetime.fromisoformat(written)
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
