"""Refreshing carrier tracking: ask every provider about the parcels that are due.

Per provider a token bucket keeps to its published rate and batches follow its size
(17TRACK 40 a call); a 429 is retried after its Retry-After, other failures with
exponential backoff and jitter, three attempts at most. Each answer is archived and its
events and the parcel's new status written in one transaction, so a refresh interrupted
anywhere leaves the database consistent and the next one carries on. Statuses set the
next check: a parcel out for delivery is asked again sooner than one in customs, and a
delivered one not at all; Kuaidi100 is never asked about a number twice in 30 minutes.
"""

from __future__ import annotations

import asyncio
import random
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.orders.query import OrderRef, resolve_orders
from app.orders.stores import shop_zone
from app.storage import Database
from app.storage.models import Order, Shipment, ShipmentOrder, Snapshot
from app.tracking.archive import newest_event, record_events, record_snapshot
from app.tracking.problems import label, problem
from app.tracking.providers.base import Exchange, ParcelRef, Provider
from app.tracking.providers.registry import PROVIDERS
from app.tracking.routes import Routing, routing
from app.tracking.status import FINAL_STATUSES

ProgressFn = Callable[[int, int, str], None]
ATTEMPTS = 3
TIMEOUT_S = 10.0
CONCURRENCY = 4
NEXT_CHECK: dict[str, timedelta] = {
    "pending": timedelta(hours=2),
    "info_received": timedelta(hours=3),
    "picked_up": timedelta(hours=3),
    "in_transit": timedelta(hours=4),
    "customs": timedelta(hours=8),
    "out_for_delivery": timedelta(hours=1),
    "available_for_pickup": timedelta(hours=6),
    "delivery_failed": timedelta(hours=2),
    "exception": timedelta(hours=3),
    "returning": timedelta(hours=6),
    "expired": timedelta(hours=24),
}


@dataclass(frozen=True, kw_only=True)
class RefreshError:
    """One parcel a refresh could not bring up to date, and the provider's or the engine's
    reason (held back by a minimum interval, no key, a failed call, no answer yet)."""

    tracking_number: str
    provider: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {
            "tracking_number": self.tracking_number,
            "provider": self.provider,
            "message": self.message,
        }


@dataclass
class RefreshReport:
    checked: int = 0
    updated: int = 0
    events_new: int = 0
    errors: list[RefreshError] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "checked": self.checked,
            "updated": self.updated,
            "events_new": self.events_new,
            "errors": [error.as_dict() for error in self.errors],
        }


@dataclass(frozen=True)
class _Due:
    shipment_id: int
    ref: ParcelRef
    provider: str


class _Bucket:
    """A token bucket of one token: calls start at most ``rate`` times a second."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate
        self.next_start = 0.0
        self.lock = asyncio.Lock()

    async def take(self) -> None:
        async with self.lock:
            now = time.monotonic()
            wait = self.next_start - now
            self.next_start = max(now, self.next_start) + self.interval
        if wait > 0:
            await asyncio.sleep(wait)


def due_parcels(
    session: Session,
    now: datetime,
    routes: Routing,
    order_ids: Sequence[OrderRef] = (),
    held: list[RefreshError] | None = None,
) -> list[_Due]:
    """Parcels to ask about now (all of the given orders' parcels, when orders are given:
    by key, or by an id that names one order — asking about another store's #1001 would
    spend that parcel's query allowance).

    A provider's minimum interval holds even then (Kuaidi100 locks a number asked twice in
    30 minutes); such parcels are listed in ``held`` instead.
    """
    statement = (
        select(Shipment, Order.recipient_phone)
        .join(ShipmentOrder, ShipmentOrder.shipment_id == Shipment.id)
        .join(Order, Order.id == ShipmentOrder.order_pk)
    )
    zone = shop_zone(session)
    if order_ids:
        statement = statement.where(Order.id.in_(resolve_orders(session, order_ids)))
    else:
        statement = statement.where(
            or_(Shipment.next_check_utc.is_(None), Shipment.next_check_utc <= now)
        )
        statement = statement.where(
            or_(Shipment.status.not_in(FINAL_STATUSES), Shipment.last_checked_utc.is_(None))
        )
    found: dict[int, _Due] = {}
    for shipment, phone in session.execute(statement.order_by(Shipment.id)):
        if shipment.id in found:
            continue
        route = routes.route(shipment.carrier)
        interval = _min_interval(route.provider)
        last = shipment.last_checked_utc
        if interval and last and last + interval > now.astimezone(UTC):
            if held is not None:
                minutes = int(interval.total_seconds() // 60)
                asked = last.astimezone(zone)  # on the shop's clock, as every page reads
                message = problem(
                    "held", provider=label(route.provider), minutes=minutes, time=f"{asked:%H:%M}"
                )
                held.append(
                    RefreshError(
                        tracking_number=shipment.tracking_number,
                        provider=route.provider,
                        message=message,
                    )
                )
            continue
        ref = ParcelRef(
            shipment.tracking_number, shipment.carrier, route.code, phone if route.phone else None
        )
        found[shipment.id] = _Due(shipment.id, ref, route.provider)
    return list(found.values())


def _min_interval(provider: str) -> timedelta:
    """How long the provider wants between two questions about one number (a route may
    name a provider ShipProof does not know: it has none, and is reported as keyless)."""
    info = PROVIDERS.get(provider)
    return info.min_interval if info is not None else timedelta()


def refresh(
    database: Database,
    available: dict[str, Provider],
    order_ids: Sequence[OrderRef] = (),
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    transport: httpx.AsyncBaseTransport | None = None,
) -> RefreshReport:
    """Refresh the due parcels (or the given orders' parcels) and return what happened."""
    return asyncio.run(_refresh(database, available, order_ids, progress, cancel, clock, transport))


async def _refresh(
    database: Database,
    available: dict[str, Provider],
    order_ids: Sequence[OrderRef],
    progress: ProgressFn | None,
    cancel: threading.Event | None,
    clock: Callable[[], datetime],
    transport: httpx.AsyncBaseTransport | None,
) -> RefreshReport:
    report = RefreshReport()
    with database.session() as session:
        due = due_parcels(session, clock(), routing(session), order_ids, held=report.errors)
    by_provider: dict[str, list[_Due]] = defaultdict(list)
    due = _within_budgets(database, due, available, clock(), report)
    for parcel in due:
        if parcel.provider in available:
            by_provider[parcel.provider].append(parcel)
        else:
            report.errors.append(
                RefreshError(
                    tracking_number=parcel.ref.number,
                    provider=parcel.provider,
                    message=problem("no_key", provider=label(parcel.provider)),
                )
            )
    total = sum(len(parcels) for parcels in by_provider.values())
    done = 0
    async with httpx.AsyncClient(timeout=TIMEOUT_S, transport=transport) as client:

        async def run_provider(name: str, parcels: list[_Due]) -> None:
            nonlocal done
            provider = available[name]
            bucket = _Bucket(provider.info.requests_per_second)
            gate = asyncio.Semaphore(CONCURRENCY)
            stopped: list[str] = []
            size = provider.info.batch_size
            batches = [parcels[i : i + size] for i in range(0, len(parcels), size)]

            async def run_batch(batch: list[_Due]) -> None:
                nonlocal done
                async with gate:
                    if cancel is not None and cancel.is_set():
                        return
                    if stopped:
                        report.errors += [
                            RefreshError(
                                tracking_number=parcel.ref.number, provider=name, message=stopped[0]
                            )
                            for parcel in batch
                        ]
                        return
                    exchanges = await _with_retries(
                        client, provider, bucket, [parcel.ref for parcel in batch]
                    )
                    _write(database, batch, exchanges, clock(), report)
                    if exchanges[-1].fatal and exchanges[-1].error:
                        stopped.append(exchanges[-1].error)
                    done += len(batch)
                    if progress is not None:
                        progress(done, total, f"asked {name}")

            await asyncio.gather(*(run_batch(batch) for batch in batches))

        await asyncio.gather(
            *(run_provider(name, parcels) for name, parcels in by_provider.items())
        )
    return report


def _within_budgets(
    database: Database,
    due: list[_Due],
    available: dict[str, Provider],
    now: datetime,
    report: RefreshReport,
) -> list[_Due]:
    """Keep each capped provider (DHL: 250 calls a day) within what its last 24 hours left."""
    since = now.astimezone(UTC) - timedelta(days=1)
    kept: list[_Due] = []
    left: dict[str, int] = {}
    with database.session() as session:
        for name, provider in available.items():
            budget = provider.info.daily_budget
            if budget is not None:
                used = session.scalar(
                    select(func.count(Snapshot.id)).where(
                        Snapshot.provider == name, Snapshot.fetched_utc > since
                    )
                )
                left[name] = max(0, budget - (used or 0))
    for parcel in due:
        if parcel.provider in left:
            if left[parcel.provider] <= 0:
                message = problem("allowance", provider=label(parcel.provider))
                report.errors.append(
                    RefreshError(
                        tracking_number=parcel.ref.number, provider=parcel.provider, message=message
                    )
                )
                continue
            left[parcel.provider] -= 1
        kept.append(parcel)
    return kept


async def _with_retries(
    client: httpx.AsyncClient, provider: Provider, bucket: _Bucket, refs: list[ParcelRef]
) -> list[Exchange]:
    """Every exchange of up to ATTEMPTS tries (each raw answer is kept); the last decides."""
    collected: list[Exchange] = []
    for attempt in range(ATTEMPTS):
        exchanges = await provider.fetch(client, refs, bucket.take)
        collected += exchanges
        last = exchanges[-1]
        if last.error is None or last.fatal or attempt == ATTEMPTS - 1:
            break
        backoff = (2**attempt) * 0.25 + random.uniform(0, 0.25)
        await asyncio.sleep(max(backoff, last.retry_after or 0.0))
    return collected


def _write(
    database: Database,
    batch: list[_Due],
    exchanges: list[Exchange],
    now: datetime,
    report: RefreshReport,
) -> None:
    """Archive every exchange that got an answer; apply the answers; all in one transaction."""
    by_number = {parcel.ref.number: parcel for parcel in batch}
    with database.write() as session:
        answered: set[str] = set()
        for exchange in exchanges:
            snapshot = (
                record_snapshot(session, exchange, now)
                if exchange.http_status is not None
                else None
            )
            if exchange.error:
                continue
            for answer in exchange.answers:
                parcel = by_number.get(answer.number)
                if parcel is None or snapshot is None:
                    continue
                answered.add(answer.number)
                shipment = session.get(Shipment, parcel.shipment_id)
                assert shipment is not None
                added = record_events(session, shipment, answer.events, exchange.provider, snapshot)
                report.events_new += added
                if answer.error:
                    report.errors.append(
                        RefreshError(
                            tracking_number=answer.number,
                            provider=exchange.provider,
                            message=answer.error,
                        )
                    )
                _update_status(
                    session, shipment, exchange.provider, now, changed=added > 0, report=report
                )
        failure = exchanges[-1].error
        for parcel in batch:
            report.checked += 1
            if parcel.ref.number not in answered:
                shipment = session.get(Shipment, parcel.shipment_id)
                assert shipment is not None
                shipment.last_checked_utc = now.astimezone(UTC)
                shipment.next_check_utc = shipment.last_checked_utc + timedelta(hours=1)
                if failure:
                    report.errors.append(
                        RefreshError(
                            tracking_number=parcel.ref.number,
                            provider=parcel.provider,
                            message=failure,
                        )
                    )


def _update_status(
    session: Session,
    shipment: Shipment,
    provider: str,
    now: datetime,
    changed: bool,
    report: RefreshReport,
) -> None:
    checked = now.astimezone(UTC)
    newest = newest_event(session, shipment.id)
    if newest is not None and (shipment.status, shipment.last_event_utc) != (
        newest.status,
        newest.event_utc,
    ):
        shipment.status = newest.status
        shipment.carrier_status = newest.carrier_status or newest.text
        shipment.last_event_utc = newest.event_utc
        report.updated += 1
    elif changed:
        report.updated += 1
    shipment.provider = provider
    shipment.last_checked_utc = checked
    if shipment.status in FINAL_STATUSES:
        shipment.next_check_utc = None  # the last check is done: final statuses stop here
        return
    interval = max(NEXT_CHECK.get(shipment.status, timedelta(hours=4)), _min_interval(provider))
    shipment.next_check_utc = checked + interval
