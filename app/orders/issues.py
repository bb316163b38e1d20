"""What an import reports back: problems tied to a place in a file, progress, cancelling."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

ProgressFn = Callable[[int, int, str], None]  # (done, total or 0 when unknown, what)


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class RowIssue:
    """A problem tied to a place in a file: which table, which row (1-based), which column."""

    source: str
    row: int | None
    column: str | None
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.message}
