"""Bad input gets a clear error naming where, and leaves the database byte-for-byte unchanged."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.storage import Database
from tests.helpers.exports import write_xlsx
from tests.helpers.orders import database_bytes, orders_by_id, run_import
from tests.helpers.shopify import order_rows, write_export


@pytest.fixture
def good_file(tmp_path: Path) -> Path:
    records = order_rows(
        "#1", "2026-04-05 10:00:00 +0000", [(1, "Cup", "5.00", "CUP"), (2, "Lid", "1.00", "LID")]
    )
    records += order_rows("#2", "2026-04-05 11:00:00 +0000", [(1, "Pot", "30.00", "POT")])
    return write_export(tmp_path / "orders_export.csv", records)


def refused_without_change(database: Database, path: Path) -> str:
    """Import ``path``, assert it was refused and nothing changed, return the message."""
    before = database_bytes(database)
    [report] = run_import(database, path)
    assert report.refused, report
    assert database_bytes(database) == before
    return report.errors[-1].message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"   \r\n\r\n", "empty"),
        (random.Random(7).randbytes(4096).replace(b"PK", b"pk"), "binary"),
        (b"shopping list,qty\r\nmilk,2\r\n", "not an order export"),
    ],
    ids=["empty", "blank-lines", "binary-junk", "some-other-csv"],
)
def test_files_that_are_no_export_are_refused(
    database: Database, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "file.csv"
    path.write_bytes(content)
    assert expected in refused_without_change(database, path)


def test_header_only(database: Database, tmp_path: Path, good_file: Path) -> None:
    header_only = tmp_path / "header.csv"
    header_only.write_bytes(good_file.read_bytes().split(b"\n", 1)[0] + b"\n")
    assert "no orders" in refused_without_change(database, header_only)


def test_xlsx_that_is_not_a_workbook(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "orders.xlsx"
    path.write_text("this is a text file with the wrong name", encoding="utf-8")
    assert "not a readable Excel workbook" in refused_without_change(database, path)


def test_encrypted_workbook_says_so(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "qianniu.xlsx"
    # an OLE container holding an "EncryptedPackage" stream, as Excel writes a protected file
    path.write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le")
    )
    assert "password-protected" in refused_without_change(database, path)


def test_mixed_encoding_is_refused_naming_the_line(database: Database, tmp_path: Path) -> None:
    records = []
    for number in range(30):
        records += order_rows(
            f"#{number}",
            "2026-04-05 10:00:00 +0000",
            [(1, "Tasse für Tee", "5.00", "CUP")],
            **{"Shipping Name": "Zoë Müller"},
        )
    path = write_export(tmp_path / "mixed.csv", records)
    lines = path.read_bytes().split(b"\n")
    lines[7] = lines[7].replace("Zoë".encode(), "Zoë".encode("cp1252"))
    path.write_bytes(b"\n".join(lines))
    message = refused_without_change(database, path)
    assert "line 8 is not valid UTF-8" in message


def test_truncated_file_refuses_the_cut_order_only(database: Database, good_file: Path) -> None:
    data = good_file.read_bytes()
    good_file.write_bytes(data[: data.rindex(b",30.00,")])  # cut inside order #2's only row
    [report] = run_import(database, good_file)
    assert set(orders_by_id(database)) == {"#1"}
    [error] = report.errors
    assert error.row == 4 and "truncated" in error.message


def test_scientific_notation_id_is_refused_with_row_and_column(
    database: Database, tmp_path: Path
) -> None:
    records = order_rows("3.31253E+18", "2026-04-05 10:00:00 +0000", [(1, "Cup", "5.00", "CUP")])
    records += order_rows("#7", "2026-04-05 10:00:00 +0000", [(1, "Cup", "5.00", "CUP")])
    [report] = run_import(database, write_export(tmp_path / "e.csv", records))
    assert set(orders_by_id(database)) == {"#7"}
    [error] = report.errors
    assert (error.row, error.column) == (2, "Name")
    assert "scientific notation" in error.message and "digits were lost" in error.message


def test_bad_cell_refuses_its_whole_order_and_names_every_bad_cell(
    database: Database, tmp_path: Path
) -> None:
    records = order_rows(
        "#1",
        "2026-04-05 10:00:00 +0000",
        [(1, "Cup", "5.00", "CUP"), (1, "Lid", "one euro", "LID")],
    )
    records[1]["Lineitem quantity"] = "two"
    records += order_rows("#2", "2026-04-05 10:00:00 +0000", [(1, "Pot", "30.00", "POT")])
    [report] = run_import(database, write_export(tmp_path / "e.csv", records))
    assert set(orders_by_id(database)) == {"#2"}, (
        "an order must never be imported without one of its lines"
    )
    assert {(e.row, e.column) for e in report.errors} == {
        (3, "Lineitem quantity"),
        (3, "Lineitem price"),
    }


def test_every_order_bad_refuses_the_file_and_changes_nothing(
    database: Database, tmp_path: Path
) -> None:
    records = order_rows("#1", "yesterday", [(1, "Cup", "5.00", "CUP")])
    message = refused_without_change(database, write_export(tmp_path / "e.csv", records))
    assert "no order" in message


def test_duplicate_rows_are_imported_once_and_reported(database: Database, tmp_path: Path) -> None:
    records = order_rows(
        "#1", "2026-04-05 10:00:00 +0000", [(1, "Cup", "5.00", "CUP"), (1, "Lid", "1.00", "LID")]
    )
    records.append(dict(records[1]))
    [report] = run_import(database, write_export(tmp_path / "e.csv", records))
    assert len(orders_by_id(database)["#1"]["lines"]) == 2
    [warning] = report.warnings
    assert (warning.row, "repeats row 3") == (4, warning.message[:13])


def test_a_100_mb_line_is_refused_clearly(
    database: Database, tmp_path: Path, good_file: Path
) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.write(good_file.read_bytes())
        handle.write(b"#3," + b"x" * (100 * 1024 * 1024) + b"\n")
    message = refused_without_change(database, path)
    assert "longer than 128 KB" in message and "record" in message


def test_unknown_platform_choice_is_a_usage_error(database: Database, good_file: Path) -> None:
    with pytest.raises(ValueError, match="no profile"):
        run_import(database, good_file, platform="myspace")


def test_forcing_the_wrong_platform_refuses_the_file(database: Database, good_file: Path) -> None:
    before = database_bytes(database)
    [report] = run_import(database, good_file, platform="taobao")
    assert report.refused and "not an order export" in report.errors[-1].message
    assert database_bytes(database) == before


def test_workbook_sheet_without_orders_is_refused(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "notes.xlsx", {"Sheet1": (["a", "b"], [["1", "2"]])})
    assert "not an order export" in refused_without_change(database, path)
