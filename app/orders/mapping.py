"""Map an unknown export by hand: sample it, suggest a column for each field, save a profile.

The mapping dialog and any script use these. The saved definition has exactly the shape
of a built-in YAML profile, so the one engine imports it like any other platform; it is
kept in the database, which every station sharing the database sees.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from difflib import SequenceMatcher
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.orders.cleaning import normalise_header
from app.orders.detect import find_header
from app.orders.fields import CANONICAL_FIELDS, ORDER_STATUSES
from app.orders.profiles import SHOP_ZONE, Profile, builtin_profiles, profile_from_dict
from app.orders.reading import Table, read_tables
from app.storage import Database
from app.storage.models import UserProfile

SAMPLE_ROWS = 8
MAX_STATUS_VALUES = 60
SUGGESTION_THRESHOLD = 0.72
# unambiguous layouts only: a day-first/month-first guess would silently swap dates
USER_DATE_FORMATS = (
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y/%m/%d",
    "%Y.%m.%d %H:%M:%S",
    "%Y.%m.%d",
    "%Y年%m月%d日 %H:%M:%S",
    "%Y年%m月%d日 %H:%M",
    "%Y年%m月%d日",
)
REQUIRED_FIELDS = ("order_id", "quantity")


class MappingError(ValueError):
    """The mapping cannot make a working profile; the message says what is missing."""


@dataclass(frozen=True)
class FileSample:
    """The table of a file that holds its orders: its header row, the first data rows,
    the whole table."""

    table: Table
    header_index: int
    headers: list[str]
    rows: list[list[str]]


def sample_file(path: Path) -> FileSample:
    """Read ``path`` and find its header as an import's detection does.

    Title rows, blank rows and a ``sep=`` line above the header are passed over (a BOM is
    gone with decoding); of a workbook's sheets, the one whose header the built-in profiles
    know best, else the first with a header at all (not a cover sheet of one column).
    The sample rows are the first rows under the header that hold anything.
    """
    profiles = builtin_profiles()
    found = [(table, find_header(table, profiles)) for table in read_tables(path)]
    usable = [(table, header) for table, header in found if header is not None]
    if not usable:
        raise MappingError(f"{path.name} has no header row")
    table, header = max(usable, key=lambda pair: pair[1].score)  # the first of equals
    records = islice(table.rows(), header.index, None)
    headers = [cell.replace("\ufeff", "").strip() for cell in next(records)]
    filled = (record for record in records if any(cell.strip() for cell in record))
    return FileSample(table, header.index, headers, list(islice(filled, SAMPLE_ROWS)))


def _known_aliases() -> dict[str, set[str]]:
    """Every header name the built-in profiles know for each field."""
    known: dict[str, set[str]] = {name: {normalise_header(name)} for name in CANONICAL_FIELDS}
    for profile in builtin_profiles():
        for table in profile.tables:
            for name, column in table.columns.items():
                if name in known:
                    aliases = column.header_names()
                    known[name].update(normalise_header(alias) for alias in aliases)
    return known


def suggest_columns(headers: list[str]) -> dict[str, str | None]:
    """For each canonical field, the header most like one the built-in profiles use."""
    known = _known_aliases()
    candidates: list[tuple[float, str, str]] = []
    for header in dict.fromkeys(h for h in headers if h):
        folded = normalise_header(header)
        for name, aliases in known.items():
            score = 1.0 if folded in aliases else _similarity(folded, aliases)
            if score >= SUGGESTION_THRESHOLD:
                candidates.append((score, name, header))
    # the best pairs first, each field and each header used once
    suggestions: dict[str, str | None] = dict.fromkeys(known)
    taken: set[str] = set()
    for _score, name, header in sorted(candidates, key=lambda candidate: -candidate[0]):
        if suggestions[name] is None and header not in taken:
            suggestions[name] = header
            taken.add(header)
    return suggestions


def _similarity(header: str, aliases: set[str]) -> float:
    return max(SequenceMatcher(None, header, alias).ratio() for alias in aliases)


def distinct_values(sample: FileSample, header: str) -> list[str]:
    """The different values of one column over the whole file (for the status map)."""
    position = sample.headers.index(header)
    seen: dict[str, None] = {}
    for index, record in enumerate(sample.table.rows()):
        if index <= sample.header_index or position >= len(record):
            continue
        value = record[position].strip().lstrip("'").strip()
        if value:
            seen.setdefault(value, None)
            if len(seen) >= MAX_STATUS_VALUES:
                break
    return list(seen)


def suggest_statuses(values: list[str]) -> dict[str, str | None]:
    """A ShipProof status for each value that some built-in profile already maps."""
    known: dict[str, str] = {}
    for profile in builtin_profiles():
        for text, status in profile.status.mapping.items():
            known.setdefault(text, status)
    return {value: known.get(normalise_header(value)) for value in values}


def make_definition(
    name: str,
    platform: str,
    columns: dict[str, str],
    status_column: str | None,
    status_map: dict[str, str],
    default_status: str | None,
    zone: str = SHOP_ZONE,
) -> dict[str, Any]:
    """A profile definition (the YAML/JSON shape) from the choices made in the dialog."""
    name, platform = name.strip(), platform.strip().casefold()
    if not name or not platform:
        raise MappingError("give the profile and its platform a name")
    missing = [field for field in REQUIRED_FIELDS if not columns.get(field)]
    if missing:
        raise MappingError(f"choose a column for: {', '.join(missing)}")
    unknown = set(columns) - set(CANONICAL_FIELDS)
    if unknown:
        raise MappingError(f"not ShipProof fields: {', '.join(sorted(unknown))}")
    status: dict[str, Any]
    if status_column:
        bad = {text: value for text, value in status_map.items() if value not in ORDER_STATUSES}
        if bad or not status_map:
            raise MappingError("give every value of the status column a ShipProof status")
        status = {"fields": ["order_status"], "map": status_map}
    elif default_status in ORDER_STATUSES:
        status = {"rules": [{"when": {}, "status": default_status}]}
    else:
        raise MappingError("choose the status column, or the status every order has")
    table_columns: dict[str, Any] = {field: header for field, header in columns.items() if header}
    if status_column:
        table_columns["order_status"] = status_column
    return {
        "name": name,
        "platform": platform,
        "label": name,
        "zone": zone,
        "date_formats": list(USER_DATE_FORMATS),
        "tables": {
            "orders": {
                "label": "orders",
                "detect": [columns["order_id"], columns["quantity"]],
                "columns": table_columns,
            }
        },
        "status": status,
    }


def save_user_profile(database: Database, definition: dict[str, Any]) -> Profile:
    """Validate and store (or replace) a user profile; return it loaded."""
    profile = profile_from_dict(definition, f"user profile {definition.get('name')}", True)
    builtin_names = {p.name for p in builtin_profiles()}
    if profile.name in builtin_names:
        raise MappingError(f"{profile.name!r} is the name of a built-in profile; choose another")
    text = json.dumps(definition, ensure_ascii=False, sort_keys=True)
    with database.write() as session:
        row = session.scalar(select(UserProfile).where(UserProfile.name == profile.name))
        if row is None:
            session.add(
                UserProfile(
                    name=profile.name,
                    definition_json=text,
                    created_utc=datetime.now(UTC),
                )
            )
        else:
            row.definition_json = text
    return profile
