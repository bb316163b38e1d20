"""Write invented export files in each platform's real layout and encoding.

Nothing here comes from a real customer: names, phones and addresses are made up.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

Row = Sequence[Any]


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Sequence[Row],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
    terminator: str = "\r\n",
    quote_all: bool = False,
    preamble: Sequence[Row] = (),
    footer: Sequence[Row] = (),
) -> Path:
    """Write a delimited text file exactly as a platform would."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(
        buffer,
        delimiter=delimiter,
        lineterminator=terminator,
        quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
    )
    for row in preamble:
        writer.writerow(row)
    writer.writerow(header)
    for row in rows:
        assert len(row) == len(header), f"row has {len(row)} cells, header {len(header)}"
        writer.writerow(["" if cell is None else cell for cell in row])
    for row in footer:
        writer.writerow(row)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, sheets: dict[str, tuple[Sequence[str], Sequence[Row]]]) -> Path:
    """Write a workbook; str cells stay text, int/float cells become numbers (as Excel would)."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False})
    for name, (header, rows) in sheets.items():
        sheet = workbook.add_worksheet(name)
        sheet.write_row(0, 0, list(header))
        for index, row in enumerate(rows, start=1):
            for column, cell in enumerate(row):
                if cell is None:
                    continue
                if isinstance(cell, str):
                    sheet.write_string(index, column, cell)
                else:
                    sheet.write_number(index, column, cell)
    workbook.close()
    return path


def rows_from_dicts(header: Sequence[str], records: Sequence[dict[str, Any]]) -> list[list[Any]]:
    """Rows in header order from dicts that name only the cells they fill."""
    unknown = {key for record in records for key in record} - set(header)
    assert not unknown, f"not in the header: {unknown}"
    return [[record.get(name, "") for name in header] for record in records]
