"""The mapping dialog samples the header an import would find, not the file's first line.

A report's title rows, blank rows, a ``sep=`` line and a BOM above the header; a
workbook whose first sheet is a cover; a header that no profile knows a column of. Each
sample shows the real header and the rows under it, and the mapping saved from it imports.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.orders.mapping import (
    MappingError,
    distinct_values,
    make_definition,
    sample_file,
    save_user_profile,
)
from app.storage import Database
from tests.helpers.exports import write_csv, write_xlsx
from tests.helpers.mapping import HEADER, ROWS
from tests.helpers.orders import orders_by_id, run_import

TITLE = [["快手小店 订单导出"], ["导出时间：2026-09-22 10:00:00，共 2 笔订单"]]
COLUMNS = {
    "order_id": "订单编号",
    "quantity": "购买数量",
    "title": "商品名称",
    "unit_price": "商品单价",
    "recipient_name": "收件人姓名",
    "recipient_phone": "收件人电话",
    "recipient_full_address": "收件地址",
    "created_at": "下单时间",
}


def map_and_import(database: Database, path: Path) -> None:
    """What the dialog does with the sample, then the import of the same file."""
    sample = sample_file(path)
    statuses = distinct_values(sample, "订单状态")
    assert statuses == ["待发货", "已发货"]
    definition = make_definition(
        "Kuaishou",
        "kuaishou",
        {field: header for field, header in COLUMNS.items() if header in sample.headers},
        "订单状态",
        {"待发货": "awaiting_dispatch", "已发货": "dispatched"},
        None,
        "Asia/Shanghai",
    )
    save_user_profile(database, definition)
    [report] = run_import(database, path)
    assert (report.profile, report.orders_new, report.errors) == ("Kuaishou", 2, [])
    assert orders_by_id(database)["2026092212345679"]["lines"][0]["title"] == "紫砂壶"


@pytest.mark.parametrize(
    ("sep_line", "bom"),
    [("sep=,\r\n", True), ("", True), ("sep=,\r\n", False)],
    ids=["sep-and-bom", "bom", "sep"],
)
def test_title_rows_blank_rows_a_sep_line_and_a_bom_above_the_header(
    database: Database, tmp_path: Path, sep_line: str, bom: bool
) -> None:
    body = write_csv(tmp_path / "body.csv", HEADER, ROWS, preamble=[*TITLE, [""], [",,,"]])
    path = tmp_path / "快手订单.csv"
    text = sep_line + body.read_text(encoding="utf-8")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))

    sample = sample_file(path)
    assert sample.headers == HEADER
    assert sample.rows == ROWS
    assert sample.header_index == (5 if sep_line else 4)
    map_and_import(database, path)


def test_a_blank_row_under_the_header_is_not_a_sample_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "orders.csv", HEADER, [[""] * len(HEADER), *ROWS])
    assert sample_file(path).rows == ROWS


def test_a_workbook_with_a_cover_sheet_samples_the_orders_sheet(
    database: Database, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "订单.xlsx",
        {
            "封面": (["快手小店"], [["订单导出 2026-09-22"], ["制表：小王"]]),
            "订单": (TITLE[0], [TITLE[1], [""], HEADER, *ROWS]),
        },
    )
    sample = sample_file(path)
    assert (sample.table.sheet, sample.header_index, sample.headers) == ("订单", 3, HEADER)
    padded = [row + [""] * (len(HEADER) - len(row)) for row in sample.rows]  # no empty last cell
    assert padded == ROWS
    map_and_import(database, path)


def test_a_header_no_profile_knows_is_the_widest_row_under_the_title(tmp_path: Path) -> None:
    """Not one column any profile knows: the first row naming the most columns."""
    header = ["Ref", "Artikel", "Menge", "Kunde", "Ort"]
    rows = [["A-1", "Tasse", "2", "Eva", "Graz"], ["A-2", "Kanne", "1", "Jan", ""]]
    path = write_csv(tmp_path / "liste.csv", header, rows, preamble=[["Liste September"], [""]])
    sample = sample_file(path)
    assert (sample.header_index, sample.headers, sample.rows) == (2, header, rows)


def test_a_file_of_title_lines_only_has_no_header(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text("sep=,\r\nOrders September\r\n\r\nnothing exported\r\n", encoding="utf-8")
    with pytest.raises(MappingError, match="no header row"):
        sample_file(path)
