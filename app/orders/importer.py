"""Import export files: read, recognise, normalize, and write each one in one transaction.

Every entry point (the CLI, the GUI's import worker, tests) calls :func:`import_files`.
A dry run does the whole import, counts included, then rolls it back, so the preview the
shopkeeper confirms is exactly what the import will do.
"""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.orders.choices import kept_choices
from app.orders.detect import (
    HEADER_SEARCH_RECORDS,
    Detection,
    ProfileScore,
    TableMatch,
    detect_table,
    match_table,
    row_excerpt,
)
from app.orders.issues import ImportCancelled, KeyedError, ProgressFn, RowIssue, issue
from app.orders.normalize import OrderStream
from app.orders.profiles import Profile, builtin_profiles, user_profile
from app.orders.reading import FileReadError, Table, read_tables, redecode, shown_name
from app.orders.stores import StoreChoiceError, resolve_store, shop_zone
from app.orders.upsert import upsert_orders
from app.storage.database import Database
from app.storage.models import ImportBatch, UserProfile

__all__ = ["FileReport", "ImportCancelled", "ImportOptions", "import_files", "load_profiles"]


@dataclass(frozen=True)
class ImportOptions:
    platform: str | None = None  # a platform or profile name; detection chooses among its own
    profile: str | None = None  # exactly this profile (the answer to a close call)
    choices: Mapping[str, str] = field(default_factory=dict)  # header signature → profile
    store: str | None = None
    dry_run: bool = False
    all_or_nothing: bool = False  # one transaction for every file given
    zone: ZoneInfo | None = None  # the shop's zone; read from the settings when None


@dataclass
class FileReport:
    """What one import unit (a file, or a pair of files joined) did or would do."""

    files: list[str]
    platform: str | None = None
    profile: str | None = None
    rows: int = 0
    orders_new: int = 0
    orders_updated: int = 0
    orders_unchanged: int = 0
    lines: int = 0
    errors: list[RowIssue] = field(default_factory=list)
    warnings: list[RowIssue] = field(default_factory=list)
    refused: bool = False
    unrecognised: bool = False  # readable, but no profile knows its columns: map them
    batch_id: int | None = None
    # refused as too close to call: the profiles to choose between, and the header's key
    close_call: tuple[ProfileScore, ...] = ()
    signature: str = ""

    @property
    def file(self) -> str:
        return self.files[0]

    def refuse(self, key: str, **params: str) -> FileReport:
        """Refuse the file for the reason ``key`` of ``IMPORT_MESSAGES`` says."""
        self.refused = True
        self.errors.append(issue(Path(self.file).name, None, None, key, **params))
        return self

    def refuse_for(self, error: KeyedError) -> FileReport:
        """Refuse the file for the reason ``error`` gives."""
        self.refused = True
        self.errors.append(error.issue(Path(self.file).name, None, None))
        return self

    def as_dict(self) -> dict[str, Any]:
        several = len(self.files) > 1
        close = {"candidates": [s.as_dict() for s in self.close_call]} if self.close_call else {}
        return {
            "file": self.file,
            "files": self.files,
            "platform": self.platform,
            "profile": self.profile,
            "rows": self.rows,
            "orders_new": self.orders_new,
            "orders_updated": self.orders_updated,
            "orders_unchanged": self.orders_unchanged,
            "lines": self.lines,
            "refused": self.refused,
            "errors": [_issue_dict(issue, several) for issue in self.errors],
            "warnings": [_issue_dict(issue, several) for issue in self.warnings],
            **close,
        }


def _issue_dict(issue: RowIssue, with_source: bool) -> dict[str, Any]:
    entry = issue.as_dict()
    if with_source:
        entry["file"] = issue.source
    return entry


class _DryRun(Exception):
    """Raised at the end of a dry run to roll its transaction back."""


def load_profiles(session: Session) -> tuple[Profile, ...]:
    """Built-in profiles plus the shopkeeper's own mappings (theirs are tried first)."""
    own = [
        user_profile(row.definition_json, row.name) for row in session.scalars(select(UserProfile))
    ]
    return (*own, *builtin_profiles())


@dataclass
class _Unit:
    """Tables that are imported together: one profile, possibly an orders + items pair."""

    profile: Profile
    matches: list[TableMatch]

    @property
    def files(self) -> list[str]:
        return list(dict.fromkeys(shown_name(match.table.path) for match in self.matches))


def select_profiles(profiles: Sequence[Profile], options: ImportOptions) -> tuple[Profile, ...]:
    """The profiles detection may choose from, after ``--platform`` and ``--profile``."""
    chosen = tuple(profiles)
    if options.platform:
        wanted = options.platform.casefold()
        chosen = tuple(p for p in chosen if wanted in (p.platform.casefold(), p.name.casefold()))
        if not chosen:
            raise ValueError(f"no profile for platform {options.platform!r}")
    if options.profile:
        chosen = tuple(p for p in chosen if p.name.casefold() == options.profile.casefold())
        if not chosen:
            raise ValueError(f"no profile named {options.profile!r}")
    return chosen


def read_export(database: Database, path: Path) -> list[Table]:
    """The tables of the export at ``path``; the shop's own database file is refused.

    Not only because it is no export: reading the shop's file outside SQLite would drop
    this process's locks on it (see :meth:`Database.holds`).

    Raises:
        FileReadError: ``path`` is the shop's database, or cannot be read as a table.
    """
    if database.holds(path):
        raise FileReadError.keyed("shop_database", file=shown_name(path.name))
    return read_tables(path)


def _plan(
    database: Database,
    paths: Sequence[Path],
    profiles: Sequence[Profile],
    reports: list[FileReport],
    choices: Mapping[str, str],
    forced: bool,
) -> list[_Unit]:
    units: list[_Unit] = []
    for path in paths:
        try:
            tables = read_export(database, path)
            found = [detect_table(table, profiles, choices, forced) for table in tables]
        except FileReadError as error:
            reports.append(FileReport([shown_name(path)]).refuse_for(error))
            continue
        close = next((detection for detection in found if detection.ambiguous), None)
        if close is not None:
            reports.append(_too_close(path, close))
            continue
        matches = [_in_profile_encoding(d.chosen.match) for d in found if d.chosen is not None]
        if not matches:
            report = FileReport([shown_name(path)], unrecognised=True)
            reports.append(report.refuse_for(_not_an_export(path, tables, found)))
            continue
        for match in matches:
            joinable = len(match.profile.tables) > 1
            unit = next(
                (u for u in units if joinable and u.profile.name == match.profile.name), None
            )
            if unit is None:
                units.append(_Unit(match.profile, [match]))
            else:
                unit.matches.append(match)
    return units


def _in_profile_encoding(match: TableMatch) -> TableMatch:
    """Re-read a text file in its platform's own encodings when the first guess was another."""
    if not match.profile.encodings:
        return match
    again = redecode(match.table, match.profile.encodings)
    if again is None:
        return match
    return match_table(again, [match.profile]) or match


def _too_close(path: Path, detection: Detection) -> FileReport:
    """Refuse a file whose header fits several profiles about equally: the shopkeeper
    chooses (the app asks; the command line takes ``--profile``)."""
    scores = tuple(candidate.score for candidate in detection.close)
    listed = ", ".join(f"{score.profile} ({score.percent}%)" for score in scores)
    report = FileReport([shown_name(path)], close_call=scores, signature=detection.signature)
    return report.refuse("ambiguous_profile", file=detection.table.label, candidates=listed)


def _not_an_export(path: Path, tables: list[Table], found: list[Detection]) -> FileReadError:
    """Why no profile took the file, with what was seen: the row most like a header and
    the profile that came closest; or that the file cannot even be read."""
    nearest = [d.nearest for d in found if d.nearest is not None]
    if nearest:
        best = max(nearest, key=lambda candidate: candidate.score.score)
        score, match = best.score, best.match
        values = {
            "file": match.table.label,
            "header_row": str(score.row),
            "seen": row_excerpt(match.headers),
            "profile": score.label,
            "found": str(score.found),
            "known": str(score.known),
        }
        if score.missing:
            return FileReadError.keyed(
                "not_an_export_missing", missing=", ".join(score.missing), **values
            )
        if score.indistinct:
            return FileReadError.keyed(
                "not_an_export_indistinct", distinct=", ".join(score.indistinct), **values
            )
        return FileReadError.keyed("not_an_export_weak", **values)
    first: list[str]
    try:
        records = islice(tables[0].rows(), HEADER_SEARCH_RECORDS)
        first = next((row for row in records if any(c.strip() for c in row)), [])
    except FileReadError as error:
        return error
    shown = row_excerpt(first)
    if not shown:
        return FileReadError.keyed("not_an_export_empty", file=shown_name(path.name))
    return FileReadError.keyed("not_an_export", file=shown_name(path.name), first_row=shown)


def import_files(
    database: Database,
    paths: Sequence[Path],
    options: ImportOptions = ImportOptions(),
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> list[FileReport]:
    """Import ``paths``: each unit in a transaction of its own, or all in one.

    With ``options.all_or_nothing`` (the GUI's choice) a cancel or a crash anywhere leaves
    the database exactly as it was; otherwise (the CLI's) a refused or failing file does not
    hold back the good ones given with it. A dry run rolls every transaction back.
    """
    with database.session() as session:
        profiles = select_profiles(load_profiles(session), options)
        zone = options.zone or shop_zone(session)
        choices = {**kept_choices(session), **options.choices}
    reports: list[FileReport] = []
    with _cyclic_gc_paused():
        units = _plan(database, paths, profiles, reports, choices, forced=bool(options.profile))
        _write_units(database, units, options, zone, progress, cancel, reports)
    return reports


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while an import builds its large, acyclic structures.

    With a hundred thousand rows alive the collector rescans them again and again: a
    quarter of an import's time, measured. The rows, cells and orders form no cycles, so
    reference counting still frees them; the few cycles SQLAlchemy makes wait until the
    collector resumes afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _write_units(
    database: Database,
    units: list[_Unit],
    options: ImportOptions,
    zone: ZoneInfo,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
    reports: list[FileReport],
) -> None:
    groups = [units] if options.all_or_nothing else [[unit] for unit in units]
    for group in groups:
        written: list[FileReport] = []
        try:
            with database.write(bulk=True) as session:
                for unit in group:
                    written.append(_import_unit(session, unit, options, zone, progress, cancel))
                if options.dry_run:
                    raise _DryRun
        except _DryRun:
            for report in written:
                report.batch_id = None
        reports += written


def _import_unit(
    session: Session,
    unit: _Unit,
    options: ImportOptions,
    zone: ZoneInfo,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
) -> FileReport:
    profile = unit.profile
    report = FileReport(unit.files, platform=profile.platform, profile=profile.name)
    roles = {match.spec.role for match in unit.matches}
    missing = [spec for spec in profile.tables if spec.role not in roles]
    if not any(match.spec.order_fields for match in unit.matches):
        wanted = " / ".join(spec.label for spec in missing)
        return report.refuse(
            "part_of_export",
            table=unit.matches[0].spec.label,
            platform=profile.label,
            wanted=wanted,
        )
    for spec in missing:
        report.warnings.append(
            issue(Path(report.file).name, None, None, "table_missing", table=spec.label)
        )
    stream = OrderStream(unit.matches, zone, cancel, progress)
    try:
        with session.begin_nested():  # a unit refused half-way leaves nothing behind
            batch = _write_stream(session, unit, stream, report, options.store, progress)
    except (FileReadError, StoreChoiceError) as error:
        _take_problems(report, stream)
        return report.refuse_for(error)
    _take_problems(report, stream)
    if batch is None:
        return report.refuse("no_readable_order" if stream.reading.errors else "no_orders")
    batch.rows, batch.lines = report.rows, report.lines
    batch.errors_json = json.dumps([e.as_dict() for e in report.errors], ensure_ascii=False)
    report.batch_id = batch.id
    session.flush()
    return report


def _write_stream(
    session: Session,
    unit: _Unit,
    stream: OrderStream,
    report: FileReport,
    store_name: str | None,
    progress: ProgressFn | None,
) -> ImportBatch | None:
    """Upsert the unit's orders chunk by chunk as they are read; None when there were none.

    The store and the batch are made with the first chunk, so a file without one good
    order creates neither.
    """
    profile = unit.profile
    batch: ImportBatch | None = None
    store_id = 0
    for chunk in stream.chunks():
        if batch is None:
            store_id = resolve_store(session, profile.platform, store_name).id
            batch = ImportBatch(
                imported_utc=datetime.now(UTC),
                files=json.dumps(report.files, ensure_ascii=False),
                sha256=",".join(dict.fromkeys(m.table.sha256 for m in unit.matches)),
                platform=profile.platform,
                profile=profile.name,
                encoding=unit.matches[0].table.encoding,
                rows=0,
                orders_new=0,
                orders_updated=0,
                orders_unchanged=0,
                lines=0,
                errors_json="[]",
            )
            session.add(batch)
            session.flush()
        counts = upsert_orders(
            session, store_id, batch.id, chunk, stream.cancel, recorded=batch.imported_utc
        )
        report.orders_new = batch.orders_new = report.orders_new + counts.new
        report.orders_updated = batch.orders_updated = report.orders_updated + counts.updated
        report.orders_unchanged = batch.orders_unchanged = (
            report.orders_unchanged + counts.unchanged
        )
        if progress is not None:
            progress(stream.reading.rows, 0, "saving orders")
    return batch


def _take_problems(report: FileReport, stream: OrderStream) -> None:
    """Counts and problems of the stream into the report, each kind capped with a count."""
    reading, source = stream.reading, Path(report.file).name
    report.rows, report.lines = reading.rows, stream.lines
    report.errors += reading.errors.listed(source, "more_errors")
    report.warnings += reading.warnings.listed(source, "more_warnings")
