"""Find which platform profile a table belongs to, by its header row.

Some exports do not start with the header (eBay begins with a blank line), so the first
records are all tried; the best match is the one that recognises the most columns among
profiles whose ``detect`` headers are all present.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

from app.orders.cleaning import normalise_header
from app.orders.profiles import ColumnSpec, Profile, TableSpec
from app.orders.reading import Table

HEADER_SEARCH_RECORDS = 12


@dataclass(frozen=True)
class Resolved:
    """A field's column positions in one table: one index, or several to join, or the
    ``options`` to take the first non-empty of, row by row."""

    indexes: tuple[int, ...]
    header: str  # the header as written in the file, for error messages
    sep: str = " "
    options: tuple[Resolved, ...] = ()


@dataclass(frozen=True)
class TableMatch:
    table: Table
    profile: Profile
    spec: TableSpec
    header_index: int  # 0-based record index of the header row
    headers: tuple[str, ...]
    columns: dict[str, Resolved]

    @property
    def score(self) -> int:
        return len(self.columns)


def resolve_columns(headers: list[str], spec: TableSpec) -> dict[str, Resolved] | None:
    """Map a table's headers onto ``spec``; None when a ``detect`` header is missing."""
    positions: dict[str, int] = {}
    for index, header in enumerate(headers):
        positions.setdefault(normalise_header(header), index)
    for alternatives in spec.detect:
        if not any(normalise_header(name) in positions for name in alternatives):
            return None
    resolved: dict[str, Resolved] = {}
    for field, column in spec.columns.items():
        found = _resolve(column, positions, headers)
        if found is not None:
            resolved[field] = found
    return resolved


def _resolve(column: ColumnSpec, positions: dict[str, int], headers: list[str]) -> Resolved | None:
    if column.first_filled:
        found = [_resolve(option, positions, headers) for option in column.first_filled]
        options = tuple(option for option in found if option is not None)
        if len(options) < 2:
            return options[0] if options else None
        indexes = tuple(index for option in options for index in option.indexes)
        return Resolved(indexes, " / ".join(option.header for option in options), options=options)
    if column.parts:
        found_parts = [_first(part, positions) for part in column.parts]
        present = tuple(index for index in found_parts if index is not None)
        if not present:
            return None
        label = " + ".join(headers[index].strip() for index in present)
        return Resolved(present, label, column.sep)
    index = _first(column.aliases, positions)
    return None if index is None else Resolved((index,), headers[index].strip())


def _first(aliases: Iterable[str], positions: dict[str, int]) -> int | None:
    for alias in aliases:
        index = positions.get(normalise_header(alias))
        if index is not None:
            return index
    return None


def match_table(table: Table, profiles: Iterable[Profile]) -> TableMatch | None:
    """The best profile and table role for ``table``, or None if nothing fits."""
    candidates = list(profiles)
    best: TableMatch | None = None
    for header_index, record in enumerate(islice(table.rows(), HEADER_SEARCH_RECORDS)):
        if not any(cell.strip() for cell in record):
            continue
        for profile in candidates:
            for spec in profile.tables:
                columns = resolve_columns(record, spec)
                if columns is None:
                    continue
                match = TableMatch(table, profile, spec, header_index, tuple(record), columns)
                if best is None or match.score > best.score:
                    best = match
    return best
