"""A damaged .xls that passes the container check but makes calamine's Rust code panic is
refused like any unreadable workbook, not a traceback.

pyo3 raises a Rust panic as ``pyo3_runtime.PanicException``, which derives from
BaseException: ``except Exception`` let it through, and ``shipproof import`` of the
one-order Qianniu workbook cut at 6,177 of its 6,656 bytes printed a traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.orders.reading import FileReadError, read_tables

FIXTURE = Path(__file__).parent / "fixtures" / "qianniu_one_order_libreoffice.xls"


def test_a_workbook_cut_short_where_calamine_panics_is_refused(tmp_path: Path) -> None:
    cut = tmp_path / "cut.xls"
    cut.write_bytes(FIXTURE.read_bytes()[:6177])
    with pytest.raises(FileReadError, match=r"cut\.xls"):
        read_tables(cut)
