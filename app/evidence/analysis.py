"""One parcel's timeliness as structured findings: who delayed it, by how long, against what.

``analyse`` reads only the pack's verified facts and returns keys and typed values — the
key times beside the promise, each delay with its party and its promise, the plain
findings behind them and the verdict — and never a sentence: the renderer words them in
the pack's language (``app.evidence.words``), the timeline drawing and the platform
checklists read the same values. The carrier's thresholds are data
(``evidence/rules.yaml``); a record whose time cannot be read is left out here (integrity names it).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from app.dispatch.outcome import ScanCode
from app.evidence.facts import PackFacts
from app.evidence.thresholds import rules
from app.evidence.words import Finding, Name, utc
from app.storage.models import Scan, TrackEvent
from app.tracking.status import FINAL_STATUSES

# statuses that mean the carrier had the parcel in hand: its first is the "first scan"
MOVED = frozenset(
    {
        "picked_up",
        "in_transit",
        "customs",
        "out_for_delivery",
        "available_for_pickup",
        "delivered",
        "delivery_failed",
        "returning",
        "returned",
    }
)


@dataclass(frozen=True)
class Deadline:
    """The dispatch promise: the order's own, or the platform's rule counted from payment."""

    at: datetime
    source: Finding  # promise_order | promise_default {platform, hours}


@dataclass(frozen=True)
class Milestone:
    key: str  # ordered | paid | dispatch_by | dispatched | first_scan | delivered | last_seen
    at: datetime
    record: Finding | None = None  # the record it rests on (ref_scan / ref_event)
    note: Finding | None = None  # beside the promise: "3 h before the promise"
    late: bool = False


@dataclass(frozen=True)
class Delay:
    """Time beyond a promise, with who owns it; ``start``–``end`` is the late stretch."""

    party: str  # shop | carrier
    start: datetime
    end: datetime
    finding: Finding


@dataclass(frozen=True)
class Event:
    """A carrier event with its time read once."""

    record: TrackEvent
    at: datetime


@dataclass
class Analysis:
    verdict: Finding
    delays: list[Delay]
    milestones: list[Milestone]
    findings: list[Finding]
    deadline: Deadline | None = None
    dispatch: Scan | None = None  # the station's dispatch scan of this parcel
    dispatched: datetime | None = None
    events: list[Event] = field(default_factory=list)
    first_scan: Event | None = None
    delivered: Event | None = None
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    final: bool = False  # delivered, returned or cancelled: the story has ended


def read_time(value: object) -> datetime | None:
    """A recorded ISO time; None when retyped or unreadable (naive ones are taken as UTC)."""
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _dispatch_scan(facts: PackFacts) -> Scan | None:
    """This parcel's dispatch scan (not a sibling parcel's of the same order)."""
    dispatches = [scan for scan in facts.scans if scan.code == ScanCode.DISPATCHED]
    label = facts.shipment.tracking_number if facts.shipment is not None else None
    mine = [scan for scan in dispatches if scan.tracking_number == label]
    chosen = mine or dispatches
    return chosen[0] if chosen else None


def _deadline(facts: PackFacts, dispatch_hours: int | None) -> Deadline | None:
    promised = read_time(facts.order.dispatch_by)
    if promised is not None:
        return Deadline(promised, Finding("promise_order"))
    paid = read_time(facts.order.paid_at) or read_time(facts.order.created_at)
    if paid is None or dispatch_hours is None:
        return None
    platform = Name("platforms", facts.order.store.platform)
    return Deadline(
        paid + timedelta(hours=dispatch_hours),
        Finding("promise_default", {"platform": platform, "hours": dispatch_hours}),
    )


def _events(facts: PackFacts) -> list[Event]:
    timed = [(event, read_time(event.event_time)) for event in facts.events]
    return [Event(event, at) for event, at in timed if at is not None]


def analyse(
    facts: PackFacts, now: datetime | None = None, dispatch_hours: int | None = None
) -> Analysis:
    """The parcel's timeliness; ``dispatch_hours`` is the platform's default promise (hours
    after payment) for an order that carries no dispatch-by time of its own."""
    now = now or datetime.now(UTC)
    silence_limit = timedelta(hours=rules()["carrier_silence_hours"])
    transit_limit = timedelta(hours=rules()["promised_transit_hours"])
    carrier = Name("carriers", facts.shipment.carrier if facts.shipment is not None else None)
    deadline = _deadline(facts, dispatch_hours)
    dispatch = _dispatch_scan(facts)
    dispatched = read_time(dispatch.scanned_at) if dispatch is not None else None
    if dispatched is None and facts.shipment is not None:
        dispatched = utc(facts.shipment.created_utc)
    events = _events(facts)
    analysis = Analysis(
        verdict=Finding("verdict_none"),
        delays=[],
        milestones=_order_milestones(facts, deadline),
        findings=[],
        deadline=deadline,
        dispatch=dispatch,
        dispatched=dispatched,
        events=events,
        now=now,
        final=facts.parcel_status in FINAL_STATUSES,
    )
    if dispatched is None and shipped_elsewhere(facts):
        # the platform says it left, and the station never saw it: no proof either way,
        # and no blame on the shop for a dispatch the platform itself records
        analysis.verdict = Finding("verdict_outside_station", platform_says(facts))
        return analysis
    if dispatched is None:
        _not_dispatched(analysis, deadline, now)
        return analysis
    record = Finding("ref_scan", {"seq": dispatch.seq}) if dispatch is not None else None
    late = deadline is not None and dispatched > deadline.at
    margin = (
        Finding(
            "dispatched_late" if late else "dispatched_early", {"span": dispatched - deadline.at}
        )
        if deadline is not None
        else None
    )
    analysis.milestones.append(Milestone("dispatched", dispatched, record, margin, late))
    if deadline is not None:
        analysis.findings.append(
            Finding(
                "dispatch_deadline",
                {
                    "deadline": deadline.at,
                    "source": deadline.source,
                    "dispatched": dispatched,
                    "verdict": margin,
                },
            )
        )
        if late:
            analysis.delays.append(
                Delay(
                    "shop",
                    deadline.at,
                    dispatched,
                    Finding(
                        "delay_late_dispatch",
                        {
                            "span": dispatched - deadline.at,
                            "deadline": deadline.at,
                            "source": deadline.source,
                            "dispatched": dispatched,
                        },
                    ),
                )
            )
    _carrier_findings(analysis, facts, carrier, silence_limit, transit_limit)
    analysis.verdict = _verdict(analysis, deadline, carrier)
    return analysis


SHIPPED_STATUSES = frozenset({"dispatched", "delivered", "completed"})


def shipped_elsewhere(facts: PackFacts) -> bool:
    """Whether the platform records the order as shipped while no station bound a parcel:
    dispatched outside ShipProof (on the platform's own tool, or before the shop used it)."""
    return facts.shipment is None and facts.order.status in SHIPPED_STATUSES


def platform_says(facts: PackFacts) -> dict[str, object]:
    """What the platform's export gave of the order's dispatch: status, carrier, waybill."""
    return {
        "status": Name("order_statuses", facts.order.status),
        "carrier": Name("carriers", facts.order.carrier),
        "waybill": facts.order.tracking_number or "—",
    }


def _order_milestones(facts: PackFacts, deadline: Deadline | None) -> list[Milestone]:
    milestones = []
    for key, value in (("ordered", facts.order.created_at), ("paid", facts.order.paid_at)):
        at = read_time(value)
        if at is not None:
            milestones.append(Milestone(key, at))
    if deadline is not None:
        milestones.append(Milestone("dispatch_by", deadline.at, note=deadline.source))
    return milestones


def _not_dispatched(analysis: Analysis, deadline: Deadline | None, now: datetime) -> None:
    if deadline is not None and now > deadline.at:
        analysis.delays.append(
            Delay(
                "shop",
                deadline.at,
                now,
                Finding(
                    "delay_not_dispatched",
                    {"span": now - deadline.at, "deadline": deadline.at, "source": deadline.source},
                ),
            )
        )
        analysis.verdict = Finding("verdict_shop")
    else:
        analysis.verdict = Finding("verdict_not_dispatched")


def _carrier_findings(
    analysis: Analysis,
    facts: PackFacts,
    carrier: Name,
    silence_limit: timedelta,
    transit_limit: timedelta,
) -> None:
    dispatched, events, now = analysis.dispatched, analysis.events, analysis.now
    transit_hours = int(transit_limit.total_seconds() // 3600)  # worded as "96 h"
    assert dispatched is not None
    first = next((event for event in events if event.record.status in MOVED), None)
    analysis.first_scan = first
    if first is not None:
        span = first.at - dispatched
        early = span < timedelta(0)  # the carrier scanned it before the station did
        analysis.findings.append(Finding("pickup_early" if early else "pickup", {"span": span}))
        analysis.milestones.append(
            Milestone(
                "first_scan",
                first.at,
                Finding("ref_event", {"seq": first.record.seq}),
                Finding("before_dispatch" if early else "after_dispatch", {"span": span}),
            )
        )
    legs = _legs(events)
    if legs:
        analysis.findings.append(Finding("legs", {"legs": legs}))
    status = facts.parcel_status
    final = status in FINAL_STATUSES
    _silence(analysis, carrier, silence_limit, open_ended=not final)
    delivered = next((event for event in events if event.record.status == "delivered"), None)
    analysis.delivered = delivered
    if delivered is not None:
        span = delivered.at - dispatched
        slow = span > transit_limit
        analysis.findings.append(
            Finding("delivered", {"time": delivered.at, "span": span, "promised": transit_hours})
        )
        analysis.milestones.append(
            Milestone(
                "delivered",
                delivered.at,
                Finding("ref_event", {"seq": delivered.record.seq}),
                Finding("delivered_after", {"span": span, "promised": transit_hours}),
                slow,
            )
        )
        if slow:
            analysis.delays.append(
                Delay(
                    "carrier",
                    dispatched + transit_limit,
                    delivered.at,
                    Finding(
                        "delay_slow_delivery",
                        {
                            "carrier": carrier,
                            "span": span - transit_limit,
                            "taken": span,
                            "promised": transit_hours,
                        },
                    ),
                )
            )
        return
    back = next(
        (event for event in events if event.record.status in ("returning", "returned")), None
    )
    if back is not None:
        analysis.findings.append(
            Finding(
                "sent_back",
                {"time": back.at, "text": back.record.text, "where": back.record.location},
            )
        )
    if facts.shipment is not None:
        analysis.findings.append(Finding("not_delivered", {"status": Name("statuses", status)}))
    if events:
        last = events[-1]
        analysis.milestones.append(
            Milestone(
                "last_seen",
                last.at,
                Finding("ref_event", {"seq": last.record.seq}),
                Finding(
                    "last_seen_note",
                    {"status": Name("statuses", last.record.status), "where": last.record.location},
                ),
            )
        )
    if not final and now - dispatched > transit_limit:
        analysis.delays.append(
            Delay(
                "carrier",
                dispatched + transit_limit,
                now,
                Finding(
                    "delay_overdue",
                    {"carrier": carrier, "span": now - dispatched, "promised": transit_hours},
                ),
            )
        )


def _silence(analysis: Analysis, carrier: Name, limit: timedelta, open_ended: bool) -> None:
    """The carrier's longest silence: between two events, or since the last one while the
    parcel is still on its way (a parcel that stopped moving is the longest silence of all)."""
    events = analysis.events
    if not events:
        return
    gaps = [(b.at - a.at, a, b.at) for a, b in itertools.pairwise(events)]
    if open_ended and analysis.now > events[-1].at:
        gaps.append((analysis.now - events[-1].at, events[-1], analysis.now))
    if not gaps:
        return
    longest, after, until = max(gaps, key=lambda gap: gap[0])
    where = after.record.location
    analysis.findings.append(
        Finding("silence", {"span": longest, "after": after.record.text, "where": where})
    )
    if longest >= limit:
        analysis.delays.append(
            Delay(
                "carrier",
                after.at,
                until,
                Finding(
                    "delay_stall_ongoing" if until == analysis.now else "delay_stall",
                    {
                        "carrier": carrier,
                        "span": longest,
                        "after": after.record.text,
                        "where": where,
                        "since": after.at,
                        "limit": int(limit.total_seconds() // 3600),
                    },
                ),
            )
        )


def _legs(events: Sequence[Event]) -> list[Finding]:
    """'杭州 → 上海 14 h' for each move between places, timed from arrival to arrival."""
    arrivals: list[tuple[str, datetime]] = []
    for event in events:
        place = event.record.location
        if place and (not arrivals or arrivals[-1][0] != place):
            arrivals.append((place, event.at))
    return [
        Finding("leg", {"start": a, "end": b, "span": reached - left})
        for (a, left), (b, reached) in itertools.pairwise(arrivals)
    ]


def _verdict(analysis: Analysis, deadline: Deadline | None, carrier: Name) -> Finding:
    parties = {delay.party for delay in analysis.delays}
    if parties == {"shop", "carrier"}:
        return Finding("verdict_both", {"carrier": carrier})
    if parties == {"shop"}:
        return Finding("verdict_shop")
    if parties == {"carrier"}:
        return Finding("verdict_carrier", {"carrier": carrier})
    return Finding("verdict_none" if deadline is not None else "verdict_unjudged")
