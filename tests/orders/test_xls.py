"""Excel 97-2003 workbooks (.xls): a Qianniu-like export imports; a hostile one is refused.

The workbooks are written record by record (:mod:`tests.helpers.xls_files`), and one was
converted by LibreOffice Calc, a real producer of the format, so the container a real
writer makes (summary streams, its own sector layout) passes the checks too. A hostile
.xls is as small as a real one but asked python-calamine for 42 GB (a claimed size), for
1 GB (one far cell), or for memory without end (a directory chain that loops): each is
refused with a clear message through the command line, under a memory cap, and the
database is left as it was.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.orders.reading import read_tables
from app.orders.xls import _workbook_streams
from app.storage import Database
from tests.helpers.exports import rows_from_dicts
from tests.helpers.hostile import shipproof, shopify
from tests.helpers.orders import orders_by_id, run_import
from tests.helpers.qianniu import ITEMS, MAIN, MASKED, ORDERS, REFUNDING, SHIPPED, SUB
from tests.helpers.shopify import HEADER, order_rows
from tests.helpers.xls_files import (
    Sheet,
    as_cells,
    compound_file,
    record,
    workbook_stream,
    write_xls,
)

FIXTURES = Path(__file__).parent / "fixtures"


def qianniu_sheets() -> list[Sheet]:
    return [
        Sheet("订单", [MAIN, *as_cells(MAIN, ORDERS)]),
        Sheet("子订单", [SUB, *as_cells(SUB, ITEMS)]),
    ]


def check_qianniu_import(database: Database, path: Path) -> None:
    [report] = run_import(database, path)
    assert (report.platform, report.profile, report.errors) == ("taobao", "qianniu", [])
    assert (report.orders_new, report.lines) == (3, 5)
    orders = orders_by_id(database)
    assert set(orders) == {MASKED, SHIPPED, REFUNDING}
    first = orders[MASKED]
    assert (first["status"], first["created_at"], first["total"]) == (
        "awaiting_dispatch",
        "2026-09-23T11:20:00+08:00",
        "256.00",
    )
    assert [(line["title"], line["quantity"]) for line in first["lines"]] == [
        ("青花瓷茶杯", 2),
        ("竹制茶盘", 1),
    ]
    assert first["recipient"]["address"].endswith("沙洲街道****")  # masked, kept as it is


def test_a_qianniu_like_xls_imports_both_sheets(database: Database, tmp_path: Path) -> None:
    path = write_xls(tmp_path / "ExportOrderList202609231230.xls", qianniu_sheets())
    tables = read_tables(path)
    assert [table.sheet for table in tables] == ["订单", "子订单"]
    check_qianniu_import(database, path)


def test_a_workbook_libreoffice_wrote_imports(database: Database) -> None:
    """The same export, converted to .xls by LibreOffice Calc (fixtures/make_libreoffice_xls.py)."""
    check_qianniu_import(database, FIXTURES / "qianniu_libreoffice.xls")


# --- hostile workbooks --------------------------------------------------------------------
# a Shopify export of two one-line orders: what every hostile workbook below starts from
THREE_ROWS: list[list[Any]] = [
    HEADER,
    *rows_from_dicts(HEADER, order_rows("#1001", "2026-04-05 10:00:00 +0000", [(1, "Mug", "9.00", "MUG")])),
    *rows_from_dicts(HEADER, order_rows("#1002", "2026-04-05 11:00:00 +0000", [(2, "Cup", "5.00", "CUP")])),
]  # fmt: skip
FILLED = sum(1 for row in THREE_ROWS for cell in row if cell not in (None, ""))


def sheet_file(**sheet: Any) -> Callable[[Path], Path]:
    return lambda path: write_xls(path, [Sheet("Orders", THREE_ROWS, **sheet)])


def patched(change: Callable[[bytearray], None]) -> Callable[[Path], Path]:
    """A sound three-row workbook, then ``change`` made to its bytes."""

    def write(path: Path) -> Path:
        data = bytearray(compound_file(workbook_stream([Sheet("Orders", THREE_ROWS)])))
        change(data)
        path.write_bytes(bytes(data))
        return path

    return write


def _sector(data: bytearray, field: int) -> int:
    """The offset of the sector a header field (first FAT or directory sector) names."""
    number = struct.unpack_from("<I", data, field)[0]
    return 512 + number * 512


def _loop_directory(data: bytearray) -> None:
    directory = struct.unpack_from("<I", data, 0x30)[0]
    struct.pack_into("<I", data, _sector(data, 0x4C) + 4 * directory, directory)


def _loop_stream_and_claim_2_gb(data: bytearray) -> None:
    struct.pack_into("<I", data, _sector(data, 0x4C) + 4 * 7, 0)  # the 8th sector → the 1st
    struct.pack_into("<Q", data, _sector(data, 0x30) + 128 + 120, 0x7FFFFFFF)


def _garbage(data: bytearray) -> None:
    data[8:] = bytes((n * 131 + 7) % 256 for n in range(len(data) - 8))


def _rename_stream(data: bytearray) -> None:
    """A Word-like file: the one stream is not called Workbook."""
    at = _sector(data, 0x30) + 128
    data[at : at + 64] = "WordDocument".encode("utf-16-le").ljust(64, b"\0")
    struct.pack_into("<H", data, at + 64, 26)


HOSTILE: dict[str, tuple[Callable[[Path], Path], tuple[str, ...]]] = {
    "far_cell.xls": (
        sheet_file(at={(65535, 255): "x"}),
        (f"sheet Orders has cells as far as IV65536 but only {FILLED + 1} cells hold anything",),
    ),
    "beyond.xls": (
        sheet_file(at={(3, 16000): "x"}),
        ("sheet Orders has a cell at WQK4, beyond the last row or column Excel allows",),
    ),
    "claims.xls": (
        sheet_file(claims=(0, 65536, 0, 16001)),
        ("sheet Orders claims cells up to WQK65536 but holds 3 rows",),
    ),
    "claims_backwards.xls": (sheet_file(claims=(5, 2, 0, 3)), ("(.xls) is damaged",)),
    "claims_grid.xls": (
        sheet_file(claims=(0, 65536, 0, 256)),
        ("sheet Orders claims cells up to IV65536 but holds 3 rows",),
    ),
    "loop_directory.xls": (patched(_loop_directory), ("(.xls) is damaged",)),
    "loop_stream.xls": (patched(_loop_stream_and_claim_2_gb), ("(.xls) is damaged",)),
    "garbage.xls": (patched(_garbage), ("(.xls) is damaged",)),
    "word.xls": (patched(_rename_stream), ("an Office file, but not an Excel workbook",)),
    "password.xls": (
        lambda path: write_xls(
            path, [Sheet("Orders", THREE_ROWS)], extra=[record(0x002F, b"\x01\x00" + bytes(52))]
        ),
        ("password-protected",),
    ),
}


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, dict[str, Any], bytes, bytes]:
    folder = tmp_path_factory.mktemp("hostile_xls")
    home = folder / "home"
    good = shipproof(home, "import", str(shopify(folder / "good.csv")))
    assert good.returncode == 0, good.stderr
    database = next(home.rglob("*.db"))
    before = database.read_bytes()
    paths = [write(folder / name) for name, (write, _) in HOSTILE.items()]
    run = shipproof(home, "import", "--json", *map(str, paths))
    reports = {Path(report["file"]).name: report for report in json.loads(run.stdout)["files"]}
    return run, reports, before, database.read_bytes()


def test_hostile_workbooks_fail_cleanly_and_change_nothing(
    outcome: tuple[Any, dict[str, Any], bytes, bytes],
) -> None:
    run, reports, before, after = outcome
    assert run.returncode == 1, run.stderr[-2000:]
    assert "Traceback" not in run.stderr and "memory allocation" not in run.stderr
    assert after == before
    assert set(reports) == set(HOSTILE)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_each_hostile_workbook_is_refused_saying_why(
    outcome: tuple[Any, dict[str, Any], bytes, bytes], name: str
) -> None:
    report = outcome[1][name]
    assert report["refused"] and report["orders_new"] == 0
    [error] = report["errors"]
    for words in (name, *HOSTILE[name][1]):
        assert words in error["message"]


def test_the_sound_workbook_the_hostile_ones_start_from_imports(
    database: Database, tmp_path: Path
) -> None:
    """So each refusal above is for what was changed, not for the workbook itself."""
    path = patched(lambda data: None)(tmp_path / "sound.xls")
    [report] = run_import(database, path)
    assert (report.profile, report.orders_new, report.errors) == ("shopify", 2, [])


def test_a_small_workbook_read_from_the_mini_stream(database: Database) -> None:
    """Under 4 KB a workbook stream lives in the compound file's mini stream."""
    path = FIXTURES / "qianniu_one_order_libreoffice.xls"
    [stream] = _workbook_streams(path.read_bytes())
    assert len(stream) < 4096
    [report] = run_import(database, path)
    assert (report.profile, report.orders_new, report.errors) == ("qianniu", 1, [])
    assert orders_by_id(database)[MASKED]["total"] == "256.00"
