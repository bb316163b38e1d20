"""Hostile files through the real command line: each is refused with exit 1 and a message
naming the file (and its row and column where there is one), no traceback, a database
unchanged to the byte, and a bounded process: the import runs under an address-space cap,
so a file that makes it allocate what it claims fails here instead of swapping.

Every file is imported by one ``shipproof import`` run (each file is its own transaction
there), which keeps the suite fast; the files that must stay small are built by hand as
the bytes a hostile writer would produce.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.helpers.hostile import shipproof, shopify
from tests.helpers.shopify import order_rows, write_export

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"


def raw_xlsx(
    path: Path,
    sheet: bytes,
    shared: bytes | None = None,
    name: str = "Orders",
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """A workbook of one sheet whose XML is exactly ``sheet`` (and ``shared`` strings)."""
    relations = (
        f'<Relationship Id="rId1" Type="{DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
    )
    if shared is not None:
        relations += (
            f'<Relationship Id="rId2" Type="{DOC_RELS}/sharedStrings" Target="sharedStrings.xml"/>'
        )
    parts = {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "xl/workbook.xml": (
            f'<workbook xmlns="{MAIN}" xmlns:r="{DOC_RELS}"><sheets>'
            f'<sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ).encode(),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{PACKAGE_RELS}">{relations}</Relationships>'
        ).encode(),
        "xl/worksheets/sheet1.xml": sheet,
    }
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
    with zipfile.ZipFile(path, "w", compression) as archive:
        for part, content in parts.items():
            archive.writestr(part, content)
    return path


def sheet_xml(rows: list[tuple[int, list[tuple[str, str]]]], dimension: str = "") -> bytes:
    """Sheet XML of inline-string cells: [(row number, [(cell ref, text), …]), …]."""
    body = "".join(
        f'<row r="{number}">'
        + "".join(f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>' for ref, text in cells)
        + "</row>"
        for number, cells in rows
    )
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f'<worksheet xmlns="{MAIN}">{dim}<sheetData>{body}</sheetData></worksheet>'.encode()


THREE_ROWS = [
    (1, [("A1", "Name"), ("B1", "Lineitem quantity"), ("C1", "Created at")]),
    (2, [("A2", "#1"), ("B2", "1"), ("C2", "2026-04-05 10:00:00")]),
    (3, [("A3", "#2"), ("B3", "2"), ("C3", "2026-04-05 11:00:00")]),
]


@dataclass(frozen=True)
class Hostile:
    """A hostile file: how to write it, and what its refusal must say."""

    write: Callable[[Path], Path]
    says: tuple[str, ...]  # every one of these is in the message
    where: tuple[int, str] | None = None  # (row, column) of the error that names the cell


def _bytes(content: bytes) -> Callable[[Path], Path]:
    def write(path: Path) -> Path:
        path.write_bytes(content)
        return path

    return write


def _nul_bytes(path: Path) -> Path:
    path.write_bytes(b"Name,Total\r\n#1,\x00\x00\x00\x00" + b"\x00" * 4096)
    return path


def _zip_of_text(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("orders.csv", "Name,Total\r\n#1,5\r\n")
    return path


def _truncated(path: Path) -> Path:
    whole = raw_xlsx(path.with_suffix(".whole"), sheet_xml(THREE_ROWS * 50)).read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _headers_only(path: Path) -> Path:
    whole = shopify(path).read_bytes()
    path.write_bytes(whole.split(b"\n", 1)[0] + b"\n")
    return path


def _misencoded(path: Path) -> Path:
    records = []
    for number in range(30):
        records += order_rows(
            f"#{number}", "2026-04-05 10:00:00 +0000", [(1, "Tasse für Tee", "5.00", "CUP")]
        )
    data = write_export(path, records).read_bytes()
    path.write_bytes(data.replace("für".encode(), "für".encode("cp1252"), 1))
    return path


def _huge_csv_cell(path: Path) -> Path:
    text = shopify(path).read_text(encoding="utf-8").replace("Cup", "C" * (100 << 20), 1)
    path.write_text(text, encoding="utf-8")
    return path


def _huge_xlsx_cell(path: Path) -> Path:
    noise = hashlib.shake_256(b"cell").hexdigest(4 << 20)  # 8 MB that deflate cannot shrink
    return raw_xlsx(path, sheet_xml([*THREE_ROWS, (4, [("A4", noise)])]))


def _huge_shared_string(path: Path) -> Path:
    noise = hashlib.shake_256(b"shared").hexdigest(4 << 20)
    shared = f'<sst xmlns="{MAIN}"><si><t>{noise}</t></si></sst>'.encode()
    sheet = f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
    return raw_xlsx(path, sheet.encode(), shared)


def _nested(path: Path) -> Path:
    depth = 400_000
    cell = '<c r="A4"><v>1</v>' + "<x>" * depth + "</x>" * depth + "</c>"
    sheet = sheet_xml(THREE_ROWS).replace(
        b"</sheetData>", f'<row r="4">{cell}</row></sheetData>'.encode()
    )
    return raw_xlsx(path, sheet)


def _bomb(path: Path) -> Path:
    sheet = sheet_xml(THREE_ROWS).replace(b"<sheetData>", b"<sheetData>" + b" " * (200 << 20))
    return raw_xlsx(path, sheet)


HOSTILE: dict[str, Hostile] = {
    "far_cell.xlsx": Hostile(
        lambda p: raw_xlsx(p, sheet_xml([*THREE_ROWS, (1048576, [("XFD1048576", "x")])])),
        ("far_cell.xlsx", "sheet Orders", "XFD1048576", "cells hold anything"),
    ),
    "claims.xlsx": Hostile(
        lambda p: raw_xlsx(p, sheet_xml(THREE_ROWS, dimension="A1:XFD1048576")),
        ("claims.xlsx", "sheet Orders claims cells up to XFD1048576 but holds 3 rows"),
    ),
    "low_cell.xlsx": Hostile(
        lambda p: raw_xlsx(p, sheet_xml([*THREE_ROWS, (1048576, [("A1048576", "x")])])),
        ("low_cell.xlsx", "A1048576"),
    ),
    "beyond_excel.xlsx": Hostile(
        lambda p: raw_xlsx(p, sheet_xml([*THREE_ROWS, (4, [("XFE4", "x")])])),
        ("beyond_excel.xlsx", "XFE4", "beyond the last row or column Excel allows"),
    ),
    "bomb.xlsx": Hostile(_bomb, ("bomb.xlsx", "times its packed size")),
    "nested.xlsx": Hostile(_nested, ("nested.xlsx", "nesting that deep")),
    "huge_cell.xlsx": Hostile(_huge_xlsx_cell, ("huge_cell.xlsx", "MB of XML in one piece")),
    "huge_shared.xlsx": Hostile(_huge_shared_string, ("huge_shared.xlsx", "in one piece")),
    "truncated.xlsx": Hostile(_truncated, ("truncated.xlsx", "cut short")),
    "text.xlsx": Hostile(
        _bytes(b"Name,Total\n#1,5\n"),
        ("text.xlsx", "not a readable Excel workbook"),
    ),
    "archive.xlsx": Hostile(_zip_of_text, ("archive.xlsx", "not an Excel workbook", "orders.csv")),
    "not_xml.xlsx": Hostile(
        lambda p: raw_xlsx(p, b"<worksheet><sheetData><row>"),
        ("not_xml.xlsx", "not well-formed XML"),
    ),
    "nul.csv": Hostile(_nul_bytes, ("nul.csv", "binary file")),
    "empty.csv": Hostile(_bytes(b""), ("empty.csv", "empty")),
    "headers_only.csv": Hostile(_headers_only, ("header but no orders",)),
    "misencoded.csv": Hostile(_misencoded, ("misencoded.csv", "line", "not valid UTF-8")),
    "huge_cell.csv": Hostile(_huge_csv_cell, ("huge_cell.csv", "record 2 cannot be read")),
    "quantity_huge.csv": Hostile(
        lambda p: shopify(p, **{"Lineitem quantity": "99999999999999999999999"}),
        ("'99999999999999999999999' is not a quantity a line can have",),
        (2, "Lineitem quantity"),
    ),
    "quantity_negative.csv": Hostile(
        lambda p: shopify(p, **{"Lineitem quantity": "-2"}),
        ("'-2' is not a quantity a line can have",),
        (2, "Lineitem quantity"),
    ),
    "total_huge.csv": Hostile(
        lambda p: shopify(p, Total="123456789012345678901234.50"),
        ("beyond the amounts ShipProof keeps exactly",),
        (2, "Total"),
    ),
    "price_long.csv": Hostile(
        lambda p: shopify(p, **{"Lineitem price": "9" * 200_000}),
        ("record 2 cannot be read",),
    ),
    "year_one.csv": Hostile(
        lambda p: shopify(p, **{"Created at": "0001-01-01 00:00:00 +0100"}),
        ("not a date an order can have",),
        (2, "Created at"),
    ),
    "hidden_id.csv": Hostile(
        lambda p: shopify(p, Name="#2001\u200b"),
        ("U+200B ZERO WIDTH SPACE", "position 6"),
        (2, "Name"),
    ),
    "long_id.csv": Hostile(
        lambda p: shopify(p, Name="#" + "7" * 300), ("longer than the 64 characters",), (2, "Name")
    ),
}


@dataclass(frozen=True)
class Outcome:
    run: subprocess.CompletedProcess[str]
    reports: dict[str, dict[str, Any]]
    before: str
    after: str


def _database_digest(home: Path) -> str:
    return hashlib.sha256(next(home.rglob("*.db")).read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Outcome]:
    folder = tmp_path_factory.mktemp("hostile")
    home = folder / "home"
    good = shipproof(home, "import", str(shopify(folder / "good.csv")))
    assert good.returncode == 0, good.stderr
    before = _database_digest(home)
    paths = [hostile.write(folder / name) for name, hostile in HOSTILE.items()]
    run = shipproof(home, "import", "--json", *map(str, paths))
    for path in paths:
        path.unlink()
    reports = {Path(report["file"]).name: report for report in json.loads(run.stdout)["files"]}
    yield Outcome(run, reports, before, _database_digest(home))


def test_the_run_fails_cleanly_and_changes_nothing(outcome: Outcome) -> None:
    assert outcome.run.returncode == 1, outcome.run.stderr[-2000:]
    assert "Traceback" not in outcome.run.stderr
    assert outcome.after == outcome.before
    # proportional to the problems, not to the files (one held a 100 MB cell)
    assert len(outcome.run.stdout) + len(outcome.run.stderr) < 64 * 1024


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_each_hostile_file_is_refused_saying_why(outcome: Outcome, name: str) -> None:
    hostile = HOSTILE[name]
    report = outcome.reports[name]
    assert report["refused"], report
    assert report["orders_new"] == report["orders_updated"] == 0
    messages = [error["message"] for error in report["errors"]]
    said = " | ".join(messages)
    assert all(fragment in said for fragment in hostile.says), said
    if hostile.where is not None:
        row, column = hostile.where
        named = [e for e in report["errors"] if (e["row"], e["column"]) == (row, column)]
        assert named, report["errors"]
    line = next(line for line in outcome.run.stderr.splitlines() if name in line)
    assert line.startswith("shipproof: ") and len(line) < 600, line


# --- in process: limits on both databases, look-alike ids, capped reports --------------
from app.orders.importer import ImportOptions, import_files  # noqa: E402
from app.orders.issues import MAX_LISTED  # noqa: E402
from app.orders.reading import cell_text, read_tables  # noqa: E402
from app.storage import Database, open_database  # noqa: E402
from tests.helpers.orders import SHOP_ZONE, orders_by_id  # noqa: E402

AT_LIMITS = {
    "Name": "#" + "9" * 63,
    "Lineitem quantity": "100000",
    "Total": "99999999999999.9999",
    "Lineitem price": "0.30000000000000004",  # float noise a spreadsheet left: rounded
    "Lineitem sku": "S" * 128,
}
PAST_LIMITS = {
    "Name": ("#" + "9" * 64, "longer than the 64 characters"),
    "Lineitem quantity": ("100001", "not a quantity a line can have"),
    "Total": ("100000000000000", "beyond the amounts ShipProof keeps exactly"),
    "Lineitem sku": ("S" * 129, "longer than the 128 characters"),
    "Shipping Zip": ("9" * 33, "longer than the 32 characters"),
}


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        database = open_database(f"sqlite:///{tmp_path / 'shop.db'}")
    else:
        database = open_database(request.getfixturevalue("postgres_url"))
    try:
        yield database
    finally:
        if request.param == "postgresql":  # the server is shared by the session's tests
            with database.engine.begin() as connection:
                connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
        database.dispose()


def _import(database: Database, path: Path) -> Any:
    return import_files(database, [path], ImportOptions(zone=SHOP_ZONE))


def test_values_at_their_column_limits_import_alike_on_both_databases(
    any_database: Database, tmp_path: Path
) -> None:
    [report] = _import(any_database, shopify(tmp_path / "limits.csv", **AT_LIMITS))
    assert not report.refused and not report.errors, report.errors
    order = orders_by_id(any_database)[AT_LIMITS["Name"]]
    assert order["total"] == "99999999999999.9999"
    assert [(line["quantity"], line["unit_price"], line["sku"]) for line in order["lines"]] == [
        (100000, "0.30", "S" * 128)
    ]


@pytest.mark.parametrize("column", sorted(PAST_LIMITS))
def test_a_value_past_its_column_limit_is_refused_alike_on_both_databases(
    any_database: Database, tmp_path: Path, column: str
) -> None:
    value, says = PAST_LIMITS[column]
    [report] = _import(any_database, shopify(tmp_path / "past.csv", **{column: value}))
    assert report.refused
    [error, _refusal] = report.errors
    assert (error.row, error.column) == (2, column) and says in error.message, error
    assert len(error.message) < 300  # the cell is quoted as an excerpt


@pytest.mark.parametrize(
    ("lookalike", "character"),
    [
        ("#2001 ", None),  # ASCII padding is the export's, not the id's: the same order
        ("#20 01", "U+0020"),
        ("#2001\u200b", "U+200B ZERO WIDTH SPACE"),
        ("\u2060#2001", "U+2060 WORD JOINER"),
        ("#2001\x07", "U+0007"),
        ("#２００１", "U+FF12 FULLWIDTH DIGIT TWO"),
        ("#2001\u3000", "U+3000 IDEOGRAPHIC SPACE"),
    ],
)
def test_order_ids_that_only_look_alike_are_never_merged(
    database: Database, tmp_path: Path, lookalike: str, character: str | None
) -> None:
    records = order_rows("#2001", "2026-04-05 10:00:00 +0000", [(1, "Cup", "5.00", "CUP")])
    records += order_rows(lookalike, "2026-04-05 11:00:00 +0000", [(2, "Pot", "9.00", "POT")])
    [report] = _import(database, write_export(tmp_path / "orders_export.csv", records))
    orders = orders_by_id(database)
    assert list(orders) == ["#2001"]
    if character is None:
        assert not report.errors and len(orders["#2001"]["lines"]) == 2
        return
    [error] = report.errors
    assert (error.row, error.column) == (3, "Name")
    assert character in error.message and "position" in error.message
    assert [line["sku"] for line in orders["#2001"]["lines"]] == ["CUP"]


def test_a_file_of_bad_rows_reports_in_proportion_to_its_problems(
    database: Database, tmp_path: Path
) -> None:
    records = []
    for number in range(3000):
        records += order_rows(f"#{number}", "2026-04-05 10:00:00 +0000", [(1, "C", "x", "C")])
    [report] = _import(database, write_export(tmp_path / "bad.csv", records))
    assert report.refused
    assert len(report.errors) == MAX_LISTED + 2  # the kept ones, the count, the refusal
    assert report.errors[MAX_LISTED].message == f"{3000 - MAX_LISTED:,} more errors not listed"
    # each kept problem in a few hundred bytes (its words, key and values), whatever the file
    assert len(json.dumps(report.as_dict())) < 200 * MAX_LISTED


def test_workbook_cells_read_as_the_grid_reader_read_them(tmp_path: Path) -> None:
    """The bounded reader gives every kind of cell the text python-calamine gave."""
    import xlsxwriter
    from python_calamine import CalamineWorkbook

    path = tmp_path / "kinds.xlsx"
    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    orders = book.add_worksheet("Orders")
    orders.write_row(0, 0, ["id", "qty", "price", "big", "text", "blank"])
    orders.write_row(1, 0, ["3312530001234567890", 2, 5.5, 3.31253e18, "Zoë\u200b & <Co>"])
    orders.write_row(2, 0, ["0812", 1.0, 0.30000000000000004, 12345678901234567890, "_x000D_"])
    orders.write_string(3, 5, "end")
    orders.write_boolean(4, 0, True)
    orders.write_formula(4, 1, '="a"&"b"', None, "ab")
    orders.write_formula(4, 2, "=1/0", None, "#DIV/0!")
    formats = [
        "yyyy-mm-dd",
        "yyyy/m/d h:mm",
        "hh:mm:ss",
        "[h]:mm",
        "0.00",
        'yyyy"年"m"月"d"日"',
        22,
    ]
    for column, number_format in enumerate(formats):
        style = book.add_format({"num_format": number_format})
        for row, serial in enumerate((46117.0, 46117.4375, 0.4375, 59.0, 60.0, 61.5), start=5):
            orders.write_number(row, column, serial, style)
    book.add_worksheet("Items").write_string(0, 0, "x")
    book.close()
    grid = CalamineWorkbook.from_path(str(path))
    for table in read_tables(path):
        assert table.sheet is not None
        expected = [
            [cell_text(c) for c in row] for row in grid.get_sheet_by_name(table.sheet).to_python()
        ]
        width = len(expected[0])
        assert [row + [""] * (width - len(row)) for row in table.rows()] == expected


@pytest.mark.parametrize(
    "cell",
    ["=1+1", "\u200b=1+1", "\ufeff+SUM(A1)", " \u2060-1", "\x00@x", "\u3000=cmd|' /C calc'!A0"],
)
def test_a_formula_hidden_behind_invisible_characters_is_neutralised(cell: str) -> None:
    from app.dispatch.shipping_export import neutralise

    assert neutralise(cell) == f"'{cell}"
    assert neutralise(f"SF{cell}") == f"SF{cell}"  # not at the start: no formula


def test_a_row_packs_and_unpacks_to_its_cells() -> None:
    from app.orders.reading import Table, pack

    rows = [["a", "", "b"], [], [""], ["x\x1fy", "z"], ["\x1f"]]
    table = Table(path=Path("t.xlsx"), sheet="S", encoding=None, _rows=[pack(r) for r in rows])
    assert [row or [""] for row in rows] == [row or [""] for row in table.rows()]


def test_an_order_whose_rows_lie_far_apart_is_still_one_order(
    database: Database, tmp_path: Path
) -> None:
    """Orders leave memory when their last row is read: one spread over the whole file,
    past several chunks of orders, keeps every line and its first row's fields."""
    created = "2026-04-05 10:00:00 +0000"
    records = order_rows("#1", created, [(1, "First", "1.00", "FIRST")])
    for number in range(2, 4500):
        records += order_rows(f"#{number}", created, [(1, "Cup", "5.00", "CUP")])
    records += [{"Name": "#1", "Lineitem quantity": "2", "Lineitem sku": "LAST"}]
    [report] = _import(database, write_export(tmp_path / "orders_export.csv", records))
    assert (report.orders_new, report.lines, report.errors) == (4499, 4500, [])
    first = orders_by_id(database)["#1"]
    assert [line["sku"] for line in first["lines"]] == ["FIRST", "LAST"]
    assert first["total"] == "42.50"


def test_a_sheet_declaring_a_rounded_up_size_is_read(tmp_path: Path) -> None:
    """Writers that round the declared size up (here to row 65,536) are no hostile file."""
    columns = "ABCDEFGHIJ"
    rows = [(n, [(f"{c}{n}", f"{c}{n}") for c in columns]) for n in range(1, 1001)]
    path = raw_xlsx(tmp_path / "rounded.xlsx", sheet_xml(rows, dimension="A1:J65536"))
    [table] = read_tables(path)
    assert len(list(table.rows())) == 1000
