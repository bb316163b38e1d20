"""How a pack words things: its sentences, times, spans and names, in the pack's language.

The analysis and the checklist speak in keys and typed values (a time, a span, a status
code); only this module turns them into text, so a Chinese pack never shows ``in_transit``
or ``ups`` and every time is in the shop's zone, without microseconds, written as the
language writes dates. The words are declared once in :mod:`app.evidence.sentences` and
translated in the catalogue; the thresholds the verdict judges by are data
(:mod:`app.evidence.thresholds`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo

from app.catalogue import translated
from app.dispatch.outcome import scan_text
from app.evidence.sentences import (
    ANCHOR_CHAINS,
    COLUMNS,
    MILESTONES,
    SENTENCES,
)
from app.names import name as code_name
from app.orders.stores import store_label
from app.shop_time import time_text
from app.storage.models import Scan
from app.tracking.providers.registry import PROVIDERS

# every keyed template of a pack, with the catalogue context it is translated in
_TEMPLATES: dict[str, tuple[str, str]] = {
    **{key: ("EvidencePack", text) for key, text in SENTENCES.items()},
    **{key: ("EvidenceMilestone", text) for key, text in MILESTONES.items()},
}


@dataclass(frozen=True)
class Finding:
    """One statement of fact: a wording key and the typed values it is filled with."""

    key: str
    values: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Name:
    """A code shown by its name: ``Name("statuses", "in_transit")`` → "In transit"."""

    table: str  # statuses | order_statuses | carriers | providers | scan_codes | platforms
    code: str | None


# a pack's name tables → the catalogue's (app.names); providers are brands, named alike in
# every language; anchor_chains are the pack's own words (app.evidence.sentences)
_CATALOGUE_TABLES = {
    "statuses": "ParcelStatus",
    "order_statuses": "OrderStatus",
    "carriers": "Carrier",
    "scan_codes": "ScanCode",
    "platforms": "Platform",
}


def utc(naive: datetime) -> datetime:
    """A naive UTC column value (``created_utc``) as an aware time."""
    return naive.replace(tzinfo=UTC) if naive.tzinfo is None else naive


class Words:
    """The pack's language and zone, applied to keys, times, spans and codes."""

    def __init__(self, lang: str, zone: tzinfo, shop: str = "") -> None:
        self.lang, self.zone = lang, zone
        self.shop = shop or self.template("the_shop")  # {shop} in every sentence

    def template(self, key: str) -> str:
        """The pack's template ``key`` in the pack's language."""
        context, text = _TEMPLATES[key]
        return translated(context, text, self.lang)

    def __call__(self, key: str, **values: object) -> str:
        filled = {"shop": self.shop} | {k: self.value(v) for k, v in values.items()}
        return self.template(key).format(**filled)

    def value(self, value: object) -> str:
        if isinstance(value, datetime):
            return self.time(value)
        if isinstance(value, timedelta):
            return self.span(value)
        if isinstance(value, Name):
            return self.name(value)
        if isinstance(value, Finding):
            return self.finding(value)
        if isinstance(value, list | tuple):
            return self.template("list_separator").join(self.value(item) for item in value)
        return "—" if value is None or value == "" else str(value)

    def finding(self, finding: Finding) -> str:
        return self(finding.key, **finding.values)

    def time(self, when: datetime, seconds: bool = False) -> str:
        """``when`` in the shop's zone: "29 Nov 2026 22:03" or "2026年11月29日 22:03"."""
        return self._dated("time_seconds" if seconds else "time", when)

    def date(self, when: datetime) -> str:
        """A short day for the timeline's axis: "29 Nov" or "11月29日"."""
        return self._dated("date", when)

    def _dated(self, form: str, when: datetime) -> str:
        return time_text(when, self.zone, self.lang, form)

    def zone_name(self) -> str:
        """The zone's IANA name where it has one, and its offset: "Asia/Shanghai, UTC+08:00"."""
        offset = datetime.now(self.zone).strftime("%z")
        sign = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
        key = getattr(self.zone, "key", None) or datetime.now(self.zone).tzname() or ""
        return f"{key}, {sign}" if key and key != "UTC" else sign

    def span(self, delta: timedelta) -> str:
        """How long, as a person says it: "35 min", "44 h", "8 d 22 h" (never negative)."""
        minutes = int(abs(delta).total_seconds() // 60)
        hours = minutes // 60
        if hours < 1:
            return self.template("span_minutes").format(minutes=minutes)
        if hours < 48:
            return self.template("span_hours").format(hours=hours)
        days, rest = divmod(hours, 24)
        if rest == 0:
            return self.template("span_whole_days").format(days=days)
        return self.template("span_days").format(days=days, hours=rest)

    def name(self, name: Name) -> str:
        if name.code is None:
            return "—"
        context = _CATALOGUE_TABLES.get(name.table)
        if context is not None:
            return code_name(context, name.code, self.lang)
        if name.table == "providers":
            known = PROVIDERS.get(name.code)
            return known.label if known is not None else name.code
        if name.table == "anchor_chains" and name.code in ANCHOR_CHAINS:
            return translated("EvidencePack", ANCHOR_CHAINS[name.code], self.lang)
        return name.code

    def scan(self, scan: Scan) -> str:
        """What the station said at ``scan``, in the pack's language."""
        return scan_text(scan.message_key, scan.message_values, self._translate, scan.message)

    def _translate(self, context: str, source: str) -> str:
        return translated(context, source, self.lang)

    def store(self, platform: str, store: str) -> str:
        """ "Amazon" for the store an import made unnamed, else "Taobao / Tmall · Tea House"."""
        return store_label(self.name(Name("platforms", platform)), store)

    def rows(self, key: str) -> Sequence[str]:
        """A table's column headings."""
        return [
            translated("EvidencePack", text, self.lang) if text else "" for text in COLUMNS[key]
        ]
