"""Find which platform profile a table belongs to, by the evidence of its header row.

Every table role of every profile is scored against each of a table's first records
(title rows, blank rows or a ``sep=`` line may come before the header):

- its **fit**, the weighted share of the headers the profile knows for that table that
  the row carries; what an import needs weighs most, then the headers that tell a layout
  apart from its neighbours (``detect``), then every other known header;
- its **coverage**, the share of the row's recognised headers (those some profile
  knows) that this table knows: a two-column mapping fits any file that has those two
  columns, but explains little of a Shopify export.

The score is their F-measure with coverage counting double (:data:`BETA`). A candidate
can be taken only when the row has every field an import of the table needs, at least
one of the headers that tell the layout apart (its ``detect`` headers beyond the required
ones, when it has any: an order id and a quantity alone are every platform's), and a
score of :data:`MIN_SCORE`; the best is taken unless another profile is within
:data:`CLOSE_MARGIN` of it, when the shopkeeper chooses (a dialog in the app,
``--profile`` on the command line) and the choice may be kept for that header
(:mod:`app.orders.choices`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from app.orders.cleaning import normalise_header
from app.orders.profiles import ColumnSpec, Profile, Strength, TableSpec
from app.orders.reading import HEADER_SEARCH_RECORDS as HEADER_SEARCH_RECORDS
from app.orders.reading import Table

# The header is looked for in the first HEADER_SEARCH_RECORDS records, the ones reading
# guessed the delimiter from (re-exported: the importer quotes the same records).
# A header row is short names: cells past these bounds cannot be a known header, and a
# hostile first row (16,384 columns, a megabyte cell) is not normalised cell by cell.
MAX_HEADER_CELLS = 512
MAX_HEADER_CHARS = 200
# The score is F-beta of fit (recall) and coverage (precision), beta = 0.5: coverage weighs
# double. Profiles list their layout's whole documented header, so a file trimmed to the
# columns a shop keeps fits every layout of its platform poorly (Taobao's demo file has 15
# of its 42 columns); what tells layouts apart is then whether the file's columns are all
# this layout's. Fit still counts: a two-column mapping covering a tenth of an Etsy file
# scores 0.12.
BETA = 0.5
WEIGHTS: dict[Strength, int] = {
    Strength.REQUIRED: 3,
    Strength.MARKER: 2,
    Strength.MAPPED: 1,
    Strength.EVIDENCE: 1,
}
# Below this score a header is too little of a layout, or the layout too little of the
# header, to be that layout: an unknown shop's export with 订单编号 and 购买数量 among
# columns of other platforms scores 0.25 for Taobao's items file. Every export in
# tests/orders and app/resources/demo scores 0.76 or more for its own profile.
MIN_SCORE = 0.5
# Two candidates closer than this are too close to call. One known column more or less
# moves the score of a 30-column layout by about 0.02 to 0.03, so a gap of 0.05 is one
# or two columns: a renamed or added header could flip it, and nothing should then
# choose for the shopkeeper. Over tests/orders and app/resources/demo the winner leads the
# next profile by 0.12 or more (Taobao's trimmed demo file against Qianniu).
CLOSE_MARGIN = 0.05
SHOWN_CELLS = 8
SHOWN_CELL_CHARS = 30
SHOWN_CHARS = 160


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


@dataclass(frozen=True)
class ProfileScore:
    """How well one table of one profile fits a header row: what ``--explain`` prints and
    the app's choice dialog lists. Plain values only, so reports can keep it."""

    profile: str  # the profile's name: what --profile takes
    label: str  # what people read: "Amazon (Orders report)"
    role: str
    row: int  # 1-based record number of the header row it was scored on
    found: int  # known columns the row has
    known: int  # columns the profile knows for this table
    missing: tuple[str, ...]  # required columns the row lacks, as the profile spells them
    # the headers that tell the layout apart, when the row has none of them (else empty)
    indistinct: tuple[str, ...]
    fit: float
    coverage: float
    score: float
    importable: bool

    @property
    def percent(self) -> int:
        return round(self.score * 100)

    def as_dict(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "label": self.label,
            "table": self.role,
            "row": self.row,
            "score": round(self.score, 3),
            "fit": round(self.fit, 3),
            "coverage": round(self.coverage, 3),
            "known_columns": self.known,
            "found_columns": self.found,
            "missing_required": list(self.missing),
            "distinctive_missing": list(self.indistinct),
            "importable": self.importable,
            "why": self.why(),
        }

    def why(self) -> str:
        """The reason in English, for ``--json``: "Amazon (Orders report): 31 of 34 known
        columns, every required one" (the CLI's text and the app say it in the user's
        language)."""
        counted = f"{self.label}: {self.found} of {self.known} known columns"
        if self.missing:
            return f"{counted}, without {', '.join(self.missing)}, which an import needs"
        if self.indistinct:
            return f"{counted}, but none of {', '.join(self.indistinct)}, which tell it apart"
        if not self.importable:
            return f"{counted}, too few to be this layout"
        return f"{counted}, every required one"


@dataclass(frozen=True)
class Candidate:
    score: ProfileScore
    match: TableMatch


@dataclass(frozen=True)
class Detection:
    """Every candidate for one table, best first, and what was decided."""

    table: Table
    candidates: tuple[Candidate, ...]
    chosen: Candidate | None
    close: tuple[Candidate, ...]  # when too close to call: the ones to choose between
    signature: str  # of the best candidate's header row: the key a choice is kept under
    remembered: bool = False  # chosen by a choice given or kept for this header

    @property
    def ambiguous(self) -> bool:
        return self.chosen is None and bool(self.close)

    @property
    def nearest(self) -> Candidate | None:
        """The candidate that came closest, taken or not: for saying why none was."""
        return self.candidates[0] if self.candidates else None


def resolve_columns(
    headers: Sequence[str], spec: TableSpec, positions: dict[str, int] | None = None
) -> dict[str, Resolved]:
    """Map a table's headers onto ``spec``: every field whose header is present.

    ``positions`` is :func:`_positions` of ``headers`` when the caller has it already.
    """
    positions = _positions(headers) if positions is None else positions
    resolved: dict[str, Resolved] = {}
    for field, column in spec.columns.items():
        found = _resolve(column, positions, headers)
        if found is not None:
            resolved[field] = found
    return resolved


def _positions(headers: Sequence[str]) -> dict[str, int]:
    """Each header as compared → its first position, within the bounds of a header row."""
    positions: dict[str, int] = {}
    for index, header in enumerate(islice(headers, MAX_HEADER_CELLS)):
        if header and len(header) <= MAX_HEADER_CHARS:
            key = normalise_header(header)
            if key:
                positions.setdefault(key, index)
    return positions


def _resolve(
    column: ColumnSpec, positions: dict[str, int], headers: Sequence[str]
) -> Resolved | None:
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


def header_signature(headers: Sequence[str]) -> str:
    """A short fingerprint of a header row, as headers are compared: the key under which
    a shopkeeper's choice between close profiles is kept."""
    bounded = islice(headers, MAX_HEADER_CELLS)
    keys = [normalise_header(h) if len(h) <= MAX_HEADER_CHARS else "" for h in bounded]
    while keys and not keys[-1]:
        keys.pop()
    digest = hashlib.sha256("\x1f".join(keys).encode("utf-8", "replace"))
    return digest.hexdigest()[:16]


def row_excerpt(record: Sequence[str]) -> str:
    """The first cells of a row, each cut short: what an error may quote of a file."""
    cells = []
    for cell in record:
        text = " ".join(cell[: SHOWN_CELL_CHARS * 4].split())
        if text:
            cells.append(text if len(text) <= SHOWN_CELL_CHARS else text[:SHOWN_CELL_CHARS] + "…")
        if len(cells) == SHOWN_CELLS:
            break
    shown = ", ".join(cells)
    more = len(cells) == SHOWN_CELLS and sum(1 for cell in record if cell.strip()) > SHOWN_CELLS
    if len(shown) > SHOWN_CHARS:
        shown, more = shown[:SHOWN_CHARS], True
    return shown + (", …" if more else "")


def detect_table(
    table: Table,
    profiles: Iterable[Profile],
    choices: Mapping[str, str] | None = None,
    forced: bool = False,
) -> Detection:
    """Score ``profiles`` against ``table`` and decide, as the module docstring says.

    ``choices`` maps a header signature to the profile name the shopkeeper chose for it
    (given now, or kept from before); it decides between candidates too close to call.
    ``forced``: the shopkeeper named the profile; its score need not reach :data:`MIN_SCORE`.
    """
    specs = [(profile, spec) for profile in profiles for spec in profile.tables]
    best: dict[tuple[str, str], Candidate] = {}
    for index, record in enumerate(islice(table.rows(), HEADER_SEARCH_RECORDS)):
        positions = _positions(record)
        if not positions:
            continue
        for candidate in _score_row(table, index, record, positions, specs, forced):
            key = (candidate.score.profile, candidate.score.role)
            held = best.get(key)
            if held is None or _rank(candidate) > _rank(held):
                best[key] = candidate
    order = {key: position for position, key in enumerate(best)}
    candidates = tuple(
        sorted(
            best.values(),
            key=lambda c: (*_rank(c), -order[(c.score.profile, c.score.role)]),
            reverse=True,
        )
    )
    return _decide(table, candidates, choices or {})


def match_table(table: Table, profiles: Iterable[Profile]) -> TableMatch | None:
    """The best table role of ``profiles`` that ``table`` has every required field of,
    close call or not: for reading a table again once its profile is decided."""
    detection = detect_table(table, profiles, forced=True)
    taken = detection.chosen or (detection.close[0] if detection.close else None)
    return None if taken is None else taken.match


@dataclass(frozen=True)
class HeaderRow:
    """Where a table's header is, for a table no profile may take (the mapping dialog)."""

    index: int  # 0-based record index
    score: float  # the best profile's score on it; 0 when no profile knows a column of it


def find_header(table: Table, profiles: Iterable[Profile]) -> HeaderRow | None:
    """The header row of ``table``, looked for as :func:`detect_table` looks for it.

    The row a profile scores best on, among the first :data:`HEADER_SEARCH_RECORDS`; else
    the first of them with the most filled cells. Either way a row naming fewer than two
    columns (a title, a ``sep=`` line) is none: an import needs an order id and a
    quantity. None when no row names two.
    """
    for candidate in detect_table(table, profiles).candidates:
        if _filled(candidate.match.headers) >= 2:
            return HeaderRow(candidate.match.header_index, candidate.score.score)
    widest, width = None, 1
    for index, record in enumerate(islice(table.rows(), HEADER_SEARCH_RECORDS)):
        filled = _filled(record)
        if filled > width:
            widest, width = index, filled
    return None if widest is None else HeaderRow(widest, 0.0)


def _filled(record: Sequence[str]) -> int:
    return sum(1 for cell in islice(record, MAX_HEADER_CELLS) if cell.strip())


def _rank(candidate: Candidate) -> tuple[bool, float, float]:
    score = candidate.score
    return (score.importable, score.score, score.fit)


def _score_row(
    table: Table,
    index: int,
    record: list[str],
    positions: dict[str, int],
    specs: list[tuple[Profile, TableSpec]],
    forced: bool,
) -> list[Candidate]:
    present = set(positions)
    found_by_spec = []
    recognised: set[int] = set()
    for profile, spec in specs:
        found = [column for column in spec.known if column.keys & present]
        explained = {positions[key] for column in found for key in column.keys & present}
        recognised |= explained
        found_by_spec.append((profile, spec, found, explained))
    candidates = []
    for profile, spec, found, explained in found_by_spec:
        if not found:
            continue
        total = sum(WEIGHTS[column.strength] for column in spec.known)
        fit = sum(WEIGHTS[column.strength] for column in found) / total
        coverage = len(explained) / len(recognised)
        combined = (1 + BETA**2) * fit * coverage / (BETA**2 * coverage + fit)
        columns = resolve_columns(record, spec, positions)
        missing = tuple(
            spec.columns[name].header_names()[0] for name in spec.required if name not in columns
        )
        markers = [column for column in spec.known if column.strength == Strength.MARKER]
        indistinct = () if any(column in found for column in markers) else markers
        label = profile.label if len(profile.tables) == 1 else f"{profile.label}: {spec.label}"
        score = ProfileScore(
            profile=profile.name,
            label=label,
            role=spec.role,
            row=index + 1,
            found=len(found),
            known=len(spec.known),
            missing=missing,
            indistinct=tuple(column.spellings[0] for column in indistinct),
            fit=fit,
            coverage=coverage,
            score=combined,
            importable=not missing and (forced or (not indistinct and combined >= MIN_SCORE)),
        )
        match = TableMatch(table, profile, spec, index, tuple(record), columns)
        candidates.append(Candidate(score, match))
    return candidates


def _decide(
    table: Table, candidates: tuple[Candidate, ...], choices: Mapping[str, str]
) -> Detection:
    importable = [candidate for candidate in candidates if candidate.score.importable]
    if not candidates:
        return Detection(table, (), None, (), "")
    lead = importable[0] if importable else candidates[0]
    signature = header_signature(lead.match.headers)
    if not importable:
        return Detection(table, candidates, None, (), signature)
    # between tables of one profile the best is taken: only profiles are chosen between
    rivals: dict[str, Candidate] = {}
    for candidate in importable:
        if lead.score.score - candidate.score.score <= CLOSE_MARGIN:
            rivals.setdefault(candidate.score.profile, candidate)
    close = tuple(rivals.values())
    if len(close) == 1:
        return Detection(table, candidates, lead, (), signature)
    wanted = choices.get(signature)
    picked = next((c for c in close if c.score.profile == wanted), None)
    if picked is not None:
        return Detection(table, candidates, picked, close, signature, remembered=True)
    return Detection(table, candidates, None, close, signature)
