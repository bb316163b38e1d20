"""Whole-file fuzzing: whatever bytes arrive, the import reports instead of crashing,
and a refused file leaves the database exactly as it was."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.storage import open_database
from tests.helpers.orders import database_bytes, run_import
from tests.helpers.shopify import HEADER

cells = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        [
            "",
            "#1",
            "#2",
            "paid",
            "pending",
            "fulfilled",
            "1",
            "2.0",
            "3.31253E+18",
            '="12"',
            "'0812",
            "\t",
            "2026-04-05 10:00:00 +0000",
            "5.00",
            "EUR 9,50",
        ]
    ),
)
rows = st.lists(st.lists(cells, min_size=len(HEADER), max_size=len(HEADER)), max_size=8)
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(content: bytes, name: str = "export.csv") -> None:
    with tempfile.TemporaryDirectory() as folder:
        database = open_database(f"sqlite:///{folder}/shop.db")
        try:
            path = Path(folder) / name
            path.write_bytes(content)
            before = database_bytes(database)
            for report in run_import(database, path):
                if report.refused:
                    assert report.errors, "a refused file must say why"
                    assert database_bytes(database) == before
                for issue in report.errors:
                    assert issue.message
        finally:
            database.dispose()


@FUZZ
@given(rows, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]))
def test_shopify_shaped_files_with_random_cells(records: list[list[str]], encoding: str) -> None:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    writer.writerows(records)
    try:
        data = buffer.getvalue().encode(encoding)
    except UnicodeEncodeError:
        data = buffer.getvalue().encode("utf-8")
    check(data)


@FUZZ
@given(st.binary(max_size=2048), st.sampled_from(["x.csv", "x.xlsx", "x.txt"]))
def test_random_bytes(content: bytes, name: str) -> None:
    check(content, name)
