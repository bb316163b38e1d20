"""Platform profiles: how one platform's export maps onto ShipProof's canonical fields.

Profiles are data (``resources/platforms/*.yaml``, and the shopkeeper's own mappings kept
in the database). This module only loads and validates them into frozen dataclasses; the
generic engine in :mod:`app.orders.normalize` does the rest.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml

from app.orders.cleaning import normalise_header
from app.orders.fields import CANONICAL_FIELDS, LINE_FIELDS, ORDER_STATUSES
from app.paths import resource

SHOP_ZONE = "shop"


class ProfileError(ValueError):
    """A profile file is malformed; raised when it is loaded, never at import time."""


@dataclass(frozen=True)
class ColumnSpec:
    """Where one field comes from: the first header found among ``aliases``, or several
    columns joined (``parts``, each a tuple of aliases) with ``sep``, or, row by row, the
    first of ``first_filled`` (each itself a column spec) whose cells are not empty."""

    aliases: tuple[str, ...] = ()
    parts: tuple[tuple[str, ...], ...] = ()
    sep: str = " "
    first_filled: tuple[ColumnSpec, ...] = ()

    def header_names(self) -> tuple[str, ...]:
        """Every header name this spec may read."""
        nested = (name for option in self.first_filled for name in option.header_names())
        return (*self.aliases, *(alias for part in self.parts for alias in part), *nested)


@dataclass(frozen=True)
class TableSpec:
    """One kind of table in an export (the orders file, the items file, a sheet)."""

    role: str
    detect: tuple[tuple[str, ...], ...]  # every entry must be present, in one of its spellings
    columns: dict[str, ColumnSpec]
    lines: bool
    order_fields: bool
    label: str
    line_requires: tuple[str, ...] = ()  # line fields a row must fill to be a line


@dataclass(frozen=True)
class StatusRule:
    """``when`` maps a field to accepted values; ``"*"`` accepts any non-empty value."""

    when: tuple[tuple[str, tuple[str, ...] | None], ...]
    status: str


@dataclass(frozen=True)
class StatusSpec:
    fields: tuple[str, ...]
    rules: tuple[StatusRule, ...]
    mapping: dict[str, str]


@dataclass(frozen=True)
class Profile:
    name: str
    platform: str
    label: str
    zone: str
    currency: str | None
    country: str | None
    date_formats: tuple[str, ...]
    tables: tuple[TableSpec, ...]
    status: StatusSpec
    skip_rows: tuple[re.Pattern[str], ...]
    encodings: tuple[str, ...] = ()  # the encodings the platform writes, when known
    user_defined: bool = False

    def zone_info(self, shop_zone: ZoneInfo) -> ZoneInfo:
        return shop_zone if self.zone == SHOP_ZONE else ZoneInfo(self.zone)

    def table(self, role: str) -> TableSpec:
        return next(table for table in self.tables if table.role == role)


def _aliases(value: Any, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        return tuple(value)
    raise ProfileError(f"{where}: expected a header name or a list of header names")


def _column(value: Any, where: str) -> ColumnSpec:
    if isinstance(value, dict) and "first_filled" in value:
        # e.g. the shipping name, or the billing name on rows that leave it empty
        options = value["first_filled"]
        if not isinstance(options, list) or len(options) < 2:
            raise ProfileError(f"{where}: 'first_filled' needs a list of two or more columns")
        return ColumnSpec(first_filled=tuple(_column(option, where) for option in options))
    if isinstance(value, dict):
        if "join" not in value:
            raise ProfileError(
                f"{where}: a column given as a mapping needs 'join' or 'first_filled'"
            )
        parts = tuple(_aliases(part, where) for part in value["join"])
        return ColumnSpec(parts=parts, sep=str(value.get("sep", " ")))
    return ColumnSpec(aliases=_aliases(value, where))


def _table(role: str, raw: dict[str, Any], where: str) -> TableSpec:
    columns = {
        str(name): _column(spec, f"{where}.{role}.columns.{name}")
        for name, spec in (raw.get("columns") or {}).items()
    }
    if "order_id" not in columns:
        raise ProfileError(f"{where}.{role}: every table needs an order_id column")
    raw_detect = raw.get("detect")
    if not isinstance(raw_detect, list) or not raw_detect:
        raise ProfileError(f"{where}.{role}.detect: a list of headers the table must have")
    # each entry is a header, or a list of its localised alternatives
    detect = tuple(_aliases(entry, f"{where}.{role}.detect") for entry in raw_detect)
    lines = bool(raw.get("lines", True))
    if lines and not set(columns) & set(LINE_FIELDS):
        raise ProfileError(f"{where}.{role}: a table with lines needs at least one line field")
    # rows that leave one of these empty give no line (eBay's summary row of a multi-item order)
    line_requires = (
        _aliases(raw["line_requires"], f"{where}.{role}.line_requires")
        if raw.get("line_requires")
        else ()
    )
    if not set(line_requires) <= set(columns) & set(LINE_FIELDS):
        raise ProfileError(f"{where}.{role}.line_requires: only line fields this table maps")
    return TableSpec(
        role=role,
        detect=detect,
        columns=columns,
        lines=lines,
        order_fields=bool(raw.get("order_fields", True)),
        label=str(raw.get("label", role)),
        line_requires=line_requires,
    )


def _status(raw: dict[str, Any], known_fields: set[str], where: str) -> StatusSpec:
    # a profile without a status column gives its status by a rule with an empty ``when``
    fields = _aliases(raw["fields"], f"{where}.status.fields") if raw.get("fields") else ()
    rules = []
    for index, rule in enumerate(raw.get("rules") or []):
        when: list[tuple[str, tuple[str, ...] | None]] = []
        for name, accepted in rule["when"].items():
            if name not in known_fields:
                raise ProfileError(f"{where}.status.rules[{index}]: unknown field {name!r}")
            # compared as the map is: width folded ("，" is ","), case-folded
            values = None if accepted == "*" else tuple(normalise_header(str(v)) for v in accepted)
            when.append((name, values))
        rules.append(StatusRule(tuple(when), _checked_status(rule["status"], where)))
    mapping = {
        normalise_header(str(text)): _checked_status(status, where)
        for text, status in (raw.get("map") or {}).items()
    }
    for name in fields:
        if name not in known_fields:
            raise ProfileError(f"{where}.status.fields: unknown field {name!r}")
    return StatusSpec(fields=fields, rules=tuple(rules), mapping=mapping)


def _checked_status(status: str, where: str) -> str:
    if status not in ORDER_STATUSES:
        raise ProfileError(f"{where}: {status!r} is not one of {', '.join(ORDER_STATUSES)}")
    return status


def profile_from_dict(raw: dict[str, Any], where: str, user_defined: bool = False) -> Profile:
    """Validate one profile definition (the YAML/JSON structure) into a :class:`Profile`."""
    try:
        tables = tuple(
            _table(role, spec, where) for role, spec in (raw.get("tables") or {}).items()
        )
        if not tables:
            raise ProfileError(f"{where}: no tables")
        if not any(table.lines for table in tables):
            raise ProfileError(f"{where}: no table gives the order lines")
        known = {name for table in tables for name in table.columns}
        zone = str(raw.get("zone", SHOP_ZONE))
        if zone != SHOP_ZONE:
            ZoneInfo(zone)
        return Profile(
            name=str(raw["name"]),
            platform=str(raw["platform"]),
            label=str(raw.get("label", raw["name"])),
            zone=zone,
            currency=raw.get("currency"),
            country=raw.get("country"),
            date_formats=tuple(raw.get("date_formats") or ()),
            tables=tables,
            status=_status(raw.get("status") or {}, known, where),
            skip_rows=tuple(re.compile(pattern) for pattern in raw.get("skip_rows") or ()),
            encodings=tuple(codecs.lookup(name).name for name in raw.get("encodings") or ()),
            user_defined=user_defined,
        )
    except (KeyError, TypeError, LookupError, re.error) as error:
        raise ProfileError(f"{where}: malformed profile ({error!r})") from None


def canonical_field_names() -> tuple[str, ...]:
    return tuple(CANONICAL_FIELDS)


@cache
def builtin_profiles(folder: Path | None = None) -> tuple[Profile, ...]:
    """Every profile shipped under ``resources/platforms``."""
    folder = folder or resource("platforms")
    profiles = []
    for path in sorted(folder.glob("*.yaml")):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        profiles.append(profile_from_dict(raw, path.name))
    names = [profile.name for profile in profiles]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise ProfileError(f"profile names used twice: {sorted(duplicates)}")
    return tuple(profiles)


def user_profile(definition_json: str, name: str) -> Profile:
    return profile_from_dict(json.loads(definition_json), f"user profile {name}", True)
