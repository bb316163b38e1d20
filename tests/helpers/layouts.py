"""Helpers for the layout tests: import one export and read back what a packer relies on.

Every ``test_layouts_<platform>.py`` writes an invented file in one documented layout, imports
it through :func:`app.orders.importer.import_files` and compares what came out; these helpers
keep those comparisons short enough to read next to the fixture.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.orders.importer import FileReport
from app.storage import Database
from tests.helpers.orders import orders_by_id, run_import


def import_clean(
    database: Database, *paths: Path, **options: Any
) -> tuple[FileReport, dict[str, dict[str, Any]]]:
    """Import ``paths`` as one unit that must go through without a single refused row."""
    reports = run_import(database, *paths, **options)
    assert len(reports) == 1, [report.as_dict() for report in reports]
    [report] = reports
    assert report.errors == [], [issue.message for issue in report.errors]
    return report, orders_by_id(database)


def lines(order: dict[str, Any]) -> list[tuple[Any, ...]]:
    """An order's lines as (sku, title, variant, quantity, unit price) tuples."""
    return [
        (line["sku"], line["title"], line["variant"], line["quantity"], line["unit_price"])
        for line in order["lines"]
    ]


def recipient(order: dict[str, Any], *keys: str) -> tuple[Any, ...]:
    """The named parts of an order's recipient, in the order asked."""
    return tuple(order["recipient"][key] for key in keys)
