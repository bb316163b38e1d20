"""Each platform's dispute questions, answered from the pack's records: ✔, ✘ or —.

The questions are data (``app/resources/evidence/checklists.yaml``, both languages, with the
public sources they come from); each names one of the generic checks below, written once.
A check answers ``met`` or ``not_met`` only from a record it can name — a scan, a carrier
event, an upload file — and ``unknown`` ("not in the records") otherwise: a checklist
that ticks what it cannot show would be worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cache
from pathlib import Path
from typing import Any

from app.dispatch.outcome import ScanCode
from app.evidence.analysis import Analysis
from app.evidence.context import Upload
from app.evidence.facts import PackFacts
from app.evidence.words import Finding, Name
from app.i18n import LANGUAGES
from app.paths import resource
from app.yaml_text import load_yaml

MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"


class ChecklistError(ValueError):
    """The checklist data names a check that does not exist, or lacks a language."""


@dataclass(frozen=True)
class Item:
    check: str
    question: Mapping[str, str]  # language → the platform's question
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Checklist:
    platform: str
    dispute: Mapping[str, str]  # language → what the platform calls the dispute
    dispatch_hours: int | None  # the platform's dispatch promise after payment, by default
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Answer:
    state: str  # met | not_met | unknown
    record: Finding  # the record it rests on, or why there is none


@dataclass(frozen=True)
class Evidence:
    """What the checks read: the verified facts, their analysis and the upload files."""

    facts: PackFacts
    analysis: Analysis
    uploads: Sequence[Upload] = ()


Check = Callable[[Evidence, Mapping[str, Any]], Answer]


def _dispatch_ref(evidence: Evidence) -> Finding:
    scan = evidence.analysis.dispatch
    return Finding("ref_scan", {"seq": scan.seq}) if scan is not None else Finding("ref_parcel")


def dispatch_recorded(evidence: Evidence, params: Mapping[str, Any]) -> Answer:
    """The ship date, carrier and tracking number: the station's dispatch scan."""
    scan, at = evidence.analysis.dispatch, evidence.analysis.dispatched
    if scan is None or at is None:
        return Answer(UNKNOWN, Finding("ck_no_dispatch_scan"))
    values = {
        "ref": _dispatch_ref(evidence),
        "time": at,
        "number": scan.tracking_number,
        "carrier": Name("carriers", scan.carrier),
    }
    return Answer(MET, Finding("ck_dispatch_scan", values))


def tracking_valid(evidence: Evidence, params: Mapping[str, Any]) -> Answer:
    """The carrier itself reports the number: at least one carrier event."""
    shipment, events = evidence.facts.shipment, evidence.analysis.events
    if shipment is None:
        return Answer(UNKNOWN, Finding("ck_no_parcel"))
    if not events:
        return Answer(UNKNOWN, Finding("ck_no_events", {"number": shipment.tracking_number}))
    first = events[0]
    values = {
        "number": shipment.tracking_number,
        "count": len(events),
        "seq": first.record.seq,
        "time": first.at,
        "provider": Name("providers", first.record.provider),
    }
    return Answer(MET, Finding("ck_carrier_knows", values))


def uploaded_before_delivery(evidence: Evidence, params: Mapping[str, Any]) -> Answer:
    """An upload file ShipProof wrote listed the parcel before the carrier delivered it."""
    if not evidence.uploads:
        return Answer(UNKNOWN, Finding("ck_no_upload"))
    upload = evidence.uploads[0]
    values: dict[str, object] = {
        "id": upload.id,
        "file": Path(upload.file).name,
        "time": upload.made,
    }
    delivered = evidence.analysis.delivered
    if delivered is None:
        return Answer(MET, Finding("ck_uploaded_undelivered", values))
    values |= {"seq": delivered.record.seq, "delivered": delivered.at}
    if upload.made <= delivered.at:
        return Answer(MET, Finding("ck_uploaded_before", values))
    return Answer(NOT_MET, Finding("ck_uploaded_after", values))


def dispatched_by_promise(evidence: Evidence, params: Mapping[str, Any]) -> Answer:
    """The station dispatched the parcel by the promised dispatch time."""
    analysis = evidence.analysis
    deadline, at = analysis.deadline, analysis.dispatched
    if deadline is None:
        return Answer(UNKNOWN, Finding("ck_no_promise"))
    if at is None and analysis.verdict.key == "verdict_outside_station":  # no station record
        return Answer(UNKNOWN, Finding("ck_dispatched_outside", analysis.verdict.values))
    if at is None:
        if analysis.now > deadline.at:
            return Answer(NOT_MET, Finding("ck_not_dispatched_by", {"deadline": deadline.at}))
        return Answer(UNKNOWN, Finding("ck_no_dispatch_scan"))
    values = {
        "ref": _dispatch_ref(evidence),
        "time": at,
        "span": at - deadline.at,
        "deadline": deadline.at,
        "source": deadline.source,
    }
    if at <= deadline.at:
        return Answer(MET, Finding("ck_dispatched_before", values))
    return Answer(NOT_MET, Finding("ck_dispatched_after", values))


def carrier_scan_by_promise(evidence: Evidence, params: Mapping[str, Any]) -> Answer:
    """The carrier's first scan came by the promised dispatch time."""
    analysis = evidence.analysis
    deadline, first = analysis.deadline, analysis.first_scan
    if deadline is None:
        return Answer(UNKNOWN, Finding("ck_no_promise"))
    if first is not None:
        values = {
            "seq": first.record.seq,
            "time": first.at,
            "span": first.at - deadline.at,
            "deadline": deadline.at,
        }
        met = first.at <= deadline.at
        return Answer(
            MET if met else NOT_MET,
            Finding("ck_first_scan_before" if met else "ck_first_scan_after", values),
        )
    if not analysis.events:
        return Answer(UNKNOWN, Finding("ck_no_carrier_scan"))
    if analysis.now > deadline.at:
        return Answer(NOT_MET, Finding("ck_no_first_scan_by", {"deadline": deadline.at}))
    return Answer(UNKNOWN, Finding("ck_no_carrier_scan"))


def pickup_within_hours(evidence: Evidence, params: Mapping[str, Any]) -> Answer:
    """The carrier picked the parcel up (揽收) within ``hours`` of the dispatch scan (发货)."""
    analysis = evidence.analysis
    limit = timedelta(hours=params["hours"])
    at, first = analysis.dispatched, analysis.first_scan
    if at is None:
        return Answer(UNKNOWN, Finding("ck_no_dispatch_scan"))
    if first is not None:
        span = first.at - at
        values = {
            "ref": _dispatch_ref(evidence),
            "dispatched": at,
            "seq": first.record.seq,
            "time": first.at,
            "span": span,
            "hours": params["hours"],
        }
        return Answer(MET if span <= limit else NOT_MET, Finding("ck_pickup", values))
    if not analysis.events:
        return Answer(UNKNOWN, Finding("ck_no_carrier_scan"))
    if analysis.now - at > limit:
        values = {"span": analysis.now - at, "hours": params["hours"]}
        return Answer(NOT_MET, Finding("ck_no_pickup", values))
    return Answer(UNKNOWN, Finding("ck_no_carrier_scan"))


def delivered_record(evidence: Evidence, params: Mapping[str, Any]) -> Answer:
    """A delivered (signed-for, 签收) event with its time."""
    analysis = evidence.analysis
    delivered = analysis.delivered
    if delivered is not None:
        values = {
            "seq": delivered.record.seq,
            "time": delivered.at,
            "text": delivered.record.text,
            "where": delivered.record.location,
        }
        return Answer(MET, Finding("ck_delivered", values))
    if not analysis.events:
        return Answer(UNKNOWN, Finding("ck_no_events_yet"))
    last = analysis.events[-1]
    values = {
        "seq": last.record.seq,
        "time": last.at,
        "status": Name("statuses", last.record.status),
    }
    if last.record.status in ("returned", "cancelled"):
        return Answer(NOT_MET, Finding("ck_ended_undelivered", values))
    return Answer(UNKNOWN, Finding("ck_not_delivered_yet", values))


def _fold(text: str) -> str:
    return " ".join(re.sub(r"[\W_]+", " ", text.casefold()).split())


def _city_in(city: str, place: str) -> bool:
    """Whether the carrier's place names the city. Carriers write "CITY, REGION" or "CITY
    POSTCODE": a part of the place must begin with the whole city ("York" is not "New
    York", "Dublin" not "Dublinia"); Chinese places match anywhere ("北京" is 北京市)."""
    name = _fold(re.sub(r"[市省区县]$", "", city.strip()))
    if not name:
        return False
    if re.search(r"[\u3400-\u9fff]", name):
        return name.replace(" ", "") in _fold(place).replace(" ", "")
    return any(f"{_fold(part)} ".startswith(f"{name} ") for part in re.split(r"[,;/|()]", place))


def _postcode_in(postcode: str, place: str) -> bool:
    code = re.sub(r"\s+", "", postcode)
    if not code:
        return False
    spaced = r"\s*".join(re.escape(char) for char in code)
    return re.search(rf"(?<![0-9A-Za-z]){spaced}(?![0-9A-Za-z])", place, re.IGNORECASE) is not None


def delivered_to_order_address(evidence: Evidence, params: Mapping[str, Any]) -> Answer:
    """The carrier's delivered event names the order's postcode or city."""
    delivered = evidence.analysis.delivered
    order = evidence.facts.order
    if delivered is None:
        return Answer(UNKNOWN, Finding("ck_no_delivery"))
    city, postcode = order.recipient_city or "", order.recipient_postcode or ""
    if not (city or postcode):
        return Answer(UNKNOWN, Finding("ck_no_order_address"))
    where = delivered.record.location or ""
    place = f"{where} {delivered.record.text or ''}"
    values = {"seq": delivered.record.seq, "where": where or delivered.record.text}
    if postcode and _postcode_in(postcode, place):
        return Answer(MET, Finding("ck_postcode_matches", values | {"postcode": postcode}))
    if city and _city_in(city, place):
        return Answer(MET, Finding("ck_city_matches", values | {"city": city}))
    if not where:
        return Answer(UNKNOWN, Finding("ck_no_delivery_place", values))
    values |= {"city": city or None, "postcode": postcode or None}
    return Answer(NOT_MET, Finding("ck_place_differs", values))


def packing_photo(evidence: Evidence, params: Mapping[str, Any]) -> Answer:
    """A photo of the parcel taken at the label scan, still matching its recorded hash."""
    photos = evidence.facts.photos
    if not photos:
        return Answer(UNKNOWN, Finding("ck_no_photo"))
    intact = [scan for scan, data in photos if data is not None]
    if intact:
        scan = intact[0]
        values = {"seq": scan.seq, "sha256": (scan.photo_sha256 or "")[:12]}
        return Answer(MET, Finding("ck_photo", values))
    return Answer(NOT_MET, Finding("ck_photo_broken", {"seq": photos[0][0].seq}))


def items_scanned(evidence: Evidence, params: Mapping[str, Any]) -> Answer:
    """Each item was scanned into the parcel before its label (the station's item check)."""
    items = [scan for scan in evidence.facts.scans if scan.code == ScanCode.ITEM_OK]
    if not items:
        return Answer(UNKNOWN, Finding("ck_items_not_scanned"))
    values = {"count": len(items), "first": items[0].seq, "last": items[-1].seq}
    return Answer(MET, Finding("ck_items", values))


CHECKS: dict[str, Check] = {
    "dispatch_recorded": dispatch_recorded,
    "tracking_valid": tracking_valid,
    "uploaded_before_delivery": uploaded_before_delivery,
    "dispatched_by_promise": dispatched_by_promise,
    "carrier_scan_by_promise": carrier_scan_by_promise,
    "pickup_within_hours": pickup_within_hours,
    "delivered_record": delivered_record,
    "delivered_to_order_address": delivered_to_order_address,
    "packing_photo": packing_photo,
    "items_scanned": items_scanned,
}


NEEDS = {"pickup_within_hours": ("hours",)}  # a check's parameters the data must give


def _languages(entry: Mapping[str, Any], where: str) -> dict[str, str]:
    missing = [lang for lang in LANGUAGES if not entry.get(lang)]
    if missing:
        raise ChecklistError(f"{where}: no {', '.join(missing)} text")
    return {lang: str(entry[lang]) for lang in LANGUAGES}


def load_checklists(path: Path | None = None) -> dict[str, Checklist]:
    """Every platform's checklist, checked: known checks only, both languages everywhere."""
    data = load_yaml((path or resource("evidence", "checklists.yaml")).read_text("utf-8"))
    lists = {}
    for platform, entry in data["platforms"].items():
        hours = entry.get("dispatch_hours")
        items = []
        for number, raw in enumerate(entry["items"], start=1):
            where = f"{platform} item {number}"
            if raw.get("check") not in CHECKS:
                raise ChecklistError(f"{where}: unknown check {raw.get('check')!r}")
            params = {k: v for k, v in raw.items() if k not in ("check", *LANGUAGES)}
            for name in NEEDS.get(raw["check"], ()):
                if not isinstance(params.get(name), int):
                    raise ChecklistError(f"{where}: {raw['check']} needs {name} (a whole number)")
            questions = _languages(raw, where)
            filled = params.get("hours", hours)
            if filled is None and any("{hours}" in text for text in questions.values()):
                raise ChecklistError(f"{where}: the question names hours the data does not give")
            questions = {
                lang: text.replace("{hours}", str(filled)) for lang, text in questions.items()
            }
            items.append(Item(raw["check"], questions, params))
        lists[platform] = Checklist(
            platform, _languages(entry["dispute"], platform), hours, tuple(items)
        )
    return lists


@cache
def checklists() -> dict[str, Checklist]:
    return load_checklists()


def answer(checklist: Checklist, evidence: Evidence) -> list[tuple[Item, Answer]]:
    return [(item, CHECKS[item.check](evidence, item.params)) for item in checklist.items]
