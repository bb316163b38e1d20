"""Why a file is taken for one profile, or for none: what ``shipproof import --explain``
prints. Reads the files and scores them exactly as an import would, and writes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.orders.choices import kept_choices
from app.orders.detect import Detection, ProfileScore, detect_table
from app.orders.importer import ImportOptions, load_profiles, read_export, select_profiles
from app.orders.reading import FileReadError
from app.storage import Database


@dataclass(frozen=True)
class TableExplanation:
    """One table's candidates, best first, and what detection decided."""

    table: str
    signature: str
    scores: tuple[ProfileScore, ...]
    chosen: ProfileScore | None
    close: tuple[ProfileScore, ...]  # too close to call: the shopkeeper chooses
    remembered: bool  # chosen by a choice kept (or given) for this header

    @classmethod
    def of(cls, detection: Detection) -> TableExplanation:
        chosen = detection.chosen
        return cls(
            table=detection.table.label,
            signature=detection.signature,
            scores=tuple(candidate.score for candidate in detection.candidates),
            chosen=None if chosen is None else chosen.score,
            close=tuple(candidate.score for candidate in detection.close),
            remembered=detection.remembered,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "signature": self.signature,
            "chosen": None if self.chosen is None else self.chosen.profile,
            "remembered": self.remembered,
            "too_close": [score.profile for score in self.close] if self.chosen is None else [],
            "candidates": [score.as_dict() for score in self.scores],
        }


@dataclass(frozen=True)
class FileExplanation:
    file: str
    tables: tuple[TableExplanation, ...] = ()
    error: str | None = None  # the file cannot be read as a table at all

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "error": self.error,
            "tables": [table.as_dict() for table in self.tables],
        }


def explain_files(
    database: Database, paths: Sequence[Path], options: ImportOptions
) -> list[FileExplanation]:
    """Score every table of ``paths`` against the profiles an import with ``options``
    would consider, with the choices kept for close calls."""
    with database.session() as session:
        profiles = select_profiles(load_profiles(session), options)
        choices = {**kept_choices(session), **options.choices}
    explained = []
    for path in paths:
        try:
            tables = read_export(database, path)
            detections = [
                detect_table(table, profiles, choices, forced=bool(options.profile))
                for table in tables
            ]
        except FileReadError as error:
            explained.append(FileExplanation(str(path), error=str(error)))
            continue
        explained.append(
            FileExplanation(str(path), tuple(TableExplanation.of(d) for d in detections))
        )
    return explained
