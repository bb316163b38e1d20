"""Platform profiles: how one platform's export maps onto ShipProof's canonical fields.

Profiles are data (``app/resources/platforms/*.yaml``, and the shopkeeper's own mappings kept
in the database). This module only loads and validates them into frozen dataclasses; the
generic engine in :mod:`app.orders.normalize` does the rest, and :mod:`app.orders.detect`
scores every table of a profile against a file's header to find which one it is.

Keys of a profile (app/resources/platforms/README.md shows them in a file):

``name``, ``platform``, ``label``
    The profile's id, its platform (several profiles may share one: Amazon's reports),
    and the name people read ("Amazon (Orders report)"); detection messages use ``label``.
``zone``, ``currency``, ``country``, ``date_formats``, ``encodings``, ``skip_rows``,
``status``
    How cells are read and how an order's status is found.
``tables.<role>``
    One kind of table of the export (``orders``, ``items``…); a file or a sheet is one
    table. Tables of one profile given together are joined on the order id. Each has:

    ``columns``
        field → header (a name, a list of spellings, ``{join: […], sep: …}`` or
        ``{first_filled: […]}``); ``order_id`` is mandatory.
    ``required`` (optional)
        Fields an import of this table cannot do without. ``order_id`` always is; when
        absent, a table with lines also requires ``quantity`` if it maps one. A header
        lacking a required field never detects as this table.
    ``detect`` (optional)
        Headers that tell this layout apart from its neighbours (``quantity-to-ship``
        for Amazon's Unshipped report). They weigh twice an ordinary column in the
        detection score; since issue 13 they are evidence, no longer each a must.
    ``evidence`` (optional)
        Every other header the layout is documented to write that no field reads
        (``buyer-email``, ``item-tax``…): each adds to the score when present, so the
        closest of several similar layouts wins, and "31 of 34 known columns" is honest.
    ``label``, ``lines``, ``order_fields``, ``line_requires``
        The table's name in messages; whether its rows give lines; whether it carries the
        order's own fields; line fields a row must fill to be a line.
    ``packed_lines`` (optional)
        For a layout of one row per order whose items sit in numbered columns, each a
        packed text (WebToffee's ``line_item_1`` = ``name:Blue mug|sku:MUG-1|quantity:2``):
        ``repeated`` names the columns (``line_item_{n}``, ``{n}`` being 1, 2, …),
        ``separator`` splits an item into its pairs, ``pair`` a pair into key and value,
        ``fields`` maps line fields onto the keys. :mod:`app.orders.packed_lines` reads
        them; the table's ``columns`` then hold only order fields.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass
from enum import IntEnum
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from app.orders.cleaning import normalise_header
from app.orders.fields import CANONICAL_FIELDS, LINE_FIELDS, ORDER_STATUSES
from app.paths import resource
from app.yaml_text import load_yaml

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


class Strength(IntEnum):
    """What a known header says about a table, strongest last; the score weighs by it."""

    EVIDENCE = 1  # written by the layout, read by no field
    MAPPED = 2  # read by a field
    MARKER = 3  # a ``detect`` header: tells the layout apart
    REQUIRED = 4  # the import needs it


@dataclass(frozen=True)
class KnownColumn:
    """One header a table's layout carries, in every spelling the profile gives it."""

    spellings: tuple[str, ...]  # as the profile writes them; the first is shown
    keys: frozenset[str]  # the spellings as headers are compared (normalise_header)
    strength: Strength


@dataclass(frozen=True)
class PackedSpec:
    """Order lines packed into numbered columns, one item a column (``packed_lines``)."""

    repeated: re.Pattern[str]  # a column's header as compared (normalise_header); group 1: n
    example: str  # the first column's header as the profile writes it: ``line_item_1``
    separator: str  # between an item's pairs
    pair: str  # between a pair's key and value
    fields: dict[str, str]  # line field → the key its value is packed under


@dataclass(frozen=True)
class TableSpec:
    """One kind of table in an export (the orders file, the items file, a sheet)."""

    role: str
    detect: tuple[tuple[str, ...], ...]  # headers that tell this layout apart (evidence)
    columns: dict[str, ColumnSpec]
    lines: bool
    order_fields: bool
    label: str
    line_requires: tuple[str, ...] = ()  # line fields a row must fill to be a line
    required: tuple[str, ...] = ("order_id",)  # fields an import of this table needs
    evidence: tuple[tuple[str, ...], ...] = ()  # other headers the layout writes
    known: tuple[KnownColumn, ...] = ()  # every header above, merged: what detection scores
    packed: PackedSpec | None = None  # lines packed into numbered columns


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


def _header_list(raw: dict[str, Any], key: str, where: str) -> tuple[tuple[str, ...], ...]:
    """A list of headers, each a name or a list of its spellings; absent is empty."""
    value = raw.get(key)
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ProfileError(f"{where}.{key}: a list of headers")
    # each entry is a header, or a list of its localised alternatives
    return tuple(_aliases(entry, f"{where}.{key}") for entry in value)


def _required(
    raw: dict[str, Any], columns: dict[str, ColumnSpec], lines: bool, where: str
) -> tuple[str, ...]:
    """The fields an import of the table needs: ``required`` as written, or the default."""
    if raw.get("required") is None:
        needed = ["order_id"]
        if lines and "quantity" in columns:
            needed.append("quantity")  # without it every line is refused ("no quantity")
        return tuple(needed)
    named = _aliases(raw["required"], f"{where}.required")
    unknown = [name for name in named if name not in columns]
    if unknown:
        raise ProfileError(f"{where}.required: not columns of this table: {unknown}")
    return tuple(dict.fromkeys(("order_id", *named)))


def known_columns(
    columns: dict[str, ColumnSpec],
    required: tuple[str, ...],
    detect: tuple[tuple[str, ...], ...],
    evidence: tuple[tuple[str, ...], ...],
) -> tuple[KnownColumn, ...]:
    """Every header the table is known by, each once with its strongest evidence.

    A required field counts as one column whatever its form (any of its headers will do);
    another field's joined parts count one each (ship-address-1, -2, -3 are three columns
    of the file). Entries that share a spelling are one column.
    """
    groups: list[tuple[list[str], set[str], Strength]] = []

    def add(spellings: tuple[str, ...], strength: Strength) -> None:
        keys = {normalise_header(name) for name in spellings}
        for index, (names, known, held) in enumerate(groups):
            if known & keys:
                names.extend(name for name in spellings if normalise_header(name) not in known)
                groups[index] = (names, known | keys, max(held, strength))
                return
        groups.append((list(spellings), keys, strength))

    for name, column in columns.items():
        if name in required:
            add(column.header_names(), Strength.REQUIRED)
        else:
            for spellings in _header_groups(column):
                add(spellings, Strength.MAPPED)
    for spellings in detect:
        add(spellings, Strength.MARKER)
    for spellings in evidence:
        add(spellings, Strength.EVIDENCE)
    return tuple(
        KnownColumn(tuple(names), frozenset(keys), strength) for names, keys, strength in groups
    )


def _header_groups(column: ColumnSpec) -> list[tuple[str, ...]]:
    """The separate columns of the file a column spec reads, each with its spellings."""
    if column.first_filled:
        return [group for option in column.first_filled for group in _header_groups(option)]
    if column.parts:
        return list(column.parts)
    return [column.aliases]


def _table(role: str, raw: dict[str, Any], where: str) -> TableSpec:
    columns = {
        str(name): _column(spec, f"{where}.{role}.columns.{name}")
        for name, spec in (raw.get("columns") or {}).items()
    }
    if "order_id" not in columns:
        raise ProfileError(f"{where}.{role}: every table needs an order_id column")
    detect = _header_list(raw, "detect", f"{where}.{role}")
    evidence = _header_list(raw, "evidence", f"{where}.{role}")
    lines = bool(raw.get("lines", True))
    required = _required(raw, columns, lines, f"{where}.{role}")
    packed = _packed(raw["packed_lines"], f"{where}.{role}") if "packed_lines" in raw else None
    if packed is not None and set(columns) & set(LINE_FIELDS):
        raise ProfileError(f"{where}.{role}: line fields are either columns or packed_lines")
    if lines and packed is None and not set(columns) & set(LINE_FIELDS):
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
        required=required,
        evidence=evidence,
        known=known_columns(columns, required, detect, evidence),
        packed=packed,
    )


def _packed(raw: Any, where: str) -> PackedSpec:
    """``packed_lines``: the numbered columns, how an item is packed, which key is which."""
    where = f"{where}.packed_lines"
    if not isinstance(raw, dict):
        raise ProfileError(f"{where}: a mapping of repeated, separator, pair and fields")
    repeated = raw.get("repeated")
    if not isinstance(repeated, str) or repeated.count("{n}") != 1:
        raise ProfileError(f"{where}.repeated: a header with one {{n}}, such as line_item_{{n}}")
    before, after = (normalise_header(part) for part in repeated.split("{n}"))
    pattern = re.compile(f"{re.escape(before)}([1-9][0-9]{{0,3}}){re.escape(after)}")
    separator, pair = raw.get("separator"), raw.get("pair")
    if not isinstance(separator, str) or not isinstance(pair, str) or not separator or not pair:
        raise ProfileError(f"{where}: separator and pair are texts, such as '|' and ':'")
    if separator == pair or separator in pair or pair in separator:
        raise ProfileError(f"{where}: separator and pair must differ")
    fields = raw.get("fields")
    if not isinstance(fields, dict) or "quantity" not in fields:
        raise ProfileError(f"{where}.fields: line field → key, quantity among them")
    unknown = [name for name in fields if name not in LINE_FIELDS]
    if unknown:
        raise ProfileError(f"{where}.fields: not line fields: {unknown}")
    return PackedSpec(
        repeated=pattern,
        example=repeated.replace("{n}", "1"),
        separator=separator,
        pair=pair,
        fields={str(name): str(key) for name, key in fields.items()},
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


def builtin_profiles(folder: Path | None = None) -> tuple[Profile, ...]:
    """Every profile shipped under ``app/resources/platforms``.

    Read once per folder: cached on the folder itself, not on "the default", a cache
    filled while the resources were elsewhere (a self-test on a copy) would have kept
    that copy's profiles for the rest of the process.
    """
    return _profiles_in(folder or resource("platforms"))


@cache
def _profiles_in(folder: Path) -> tuple[Profile, ...]:
    profiles = []
    for path in sorted(folder.glob("*.yaml")):
        raw = load_yaml(path.read_text(encoding="utf-8"))
        profiles.append(profile_from_dict(raw, path.name))
    names = [profile.name for profile in profiles]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        raise ProfileError(f"profile names used twice: {sorted(duplicates)}")
    return tuple(profiles)


def user_profile(definition_json: str, name: str) -> Profile:
    return profile_from_dict(json.loads(definition_json), f"user profile {name}", True)
