"""Write Excel 97-2003 workbooks (.xls, BIFF8) for the tests, byte by byte.

No writer of the old binary format is installed, and Taobao's 千牛 and older ERP tools
still hand shops .xls files, so the tests make their own: the BIFF8 records a workbook
needs ([MS-XLS]: BOF, BOUNDSHEET8, SST, XF, DIMENSIONS, LABELSST, NUMBER, EOF) inside an
OLE compound file ([MS-CFB] version 3, 512-byte sectors, the one stream ``Workbook``).
Text goes through the shared string table as Excel writes it; a cell may be placed at any
row and column the record can hold, so a hostile file is as easy to make as a real one.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from tests.helpers.exports import rows_from_dicts

Cell = str | int | float | datetime | None

_BOF, _EOF, _BOUNDSHEET, _SST, _XF = 0x0809, 0x000A, 0x0085, 0x00FC, 0x00E0
_CODEPAGE, _DATEMODE, _DIMENSIONS, _LABELSST, _NUMBER = 0x0042, 0x0022, 0x0200, 0x00FD, 0x0203
_GLOBALS, _WORKSHEET = 0x0005, 0x0010
_XF_GENERAL, _XF_DATETIME = 15, 16  # the 15 style XFs Excel writes first, then ours
_DATETIME_FORMAT = 22  # built-in "m/d/yy h:mm"
_EXCEL_EPOCH = datetime(1899, 12, 30)
_SECTOR = 512
_MINI_CUTOFF = 4096  # smaller streams would live in the mini stream, which this skips
_FREE, _END, _FAT_SECTOR, _NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
_MAX_RECORD = 8224


@dataclass
class Sheet:
    """One worksheet: rows of cells from A1, plus cells placed anywhere (``at``)."""

    name: str
    rows: Sequence[Sequence[Cell]] = ()
    at: dict[tuple[int, int], Cell] = field(default_factory=dict)  # (row, column), 0-based
    # the size the DIMENSIONS record claims (first row, last row + 1, first column, last
    # column + 1); by default the cells' own
    claims: tuple[int, int, int, int] | None = None
    records: Sequence[bytes] = ()  # more records after the cells, as record() makes them


def write_xls(path: Path, sheets: Sequence[Sheet], extra: Sequence[bytes] = ()) -> Path:
    """Write ``sheets`` as a BIFF8 workbook; str cells are text, numbers and dates numbers.
    ``extra`` records go into the globals, before the sheet list."""
    path.write_bytes(compound_file(workbook_stream(sheets, extra)))
    return path


def workbook_stream(sheets: Sequence[Sheet], extra: Sequence[bytes] = ()) -> bytes:
    """The ``Workbook`` stream: the globals (sheet list, string table), then each sheet."""
    strings: dict[str, int] = {}
    bodies = [_sheet_body(sheet, strings) for sheet in sheets]
    xfs = [_xf(0, style=True)] * _XF_GENERAL + [_xf(0), _xf(_DATETIME_FORMAT)]
    head = [
        record(_BOF, struct.pack("<HHHHII", 0x0600, _GLOBALS, 0x0DBB, 0x07CC, 0, 0x06)),
        record(_CODEPAGE, struct.pack("<H", 1200)),
        record(_DATEMODE, struct.pack("<H", 0)),
        *(record(_XF, xf) for xf in xfs),
        *extra,
    ]
    sst = record(_SST, _sst(strings))
    names = [_short_string(sheet.name) for sheet in sheets]
    boundsheet_size = sum(4 + 6 + len(name) for name in names)
    offset = sum(map(len, head)) + boundsheet_size + len(sst) + len(record(_EOF, b""))
    boundsheets = []
    for name, body in zip(names, bodies, strict=True):
        boundsheets.append(record(_BOUNDSHEET, struct.pack("<IBB", offset, 0, 0) + name))
        offset += len(body)
    return b"".join([*head, *boundsheets, sst, record(_EOF, b""), *bodies])


def _sheet_body(sheet: Sheet, strings: dict[str, int]) -> bytes:
    cells = {
        (row, column): value
        for row, values in enumerate(sheet.rows)
        for column, value in enumerate(values)
        if value is not None and value != ""
    }
    cells.update(sheet.at)
    last_row = max((row for row, _ in cells), default=0)
    last_column = max((column for _, column in cells), default=0)
    claims = sheet.claims or (0, last_row + 1, 0, last_column + 1)
    records = [
        record(_BOF, struct.pack("<HHHHII", 0x0600, _WORKSHEET, 0x0DBB, 0x07CC, 0, 0x06)),
        record(_DIMENSIONS, struct.pack("<IIHHH", *claims, 0)),
    ]
    for (row, column), value in sorted(cells.items()):
        records.append(_cell(row, column, value, strings))
    records += sheet.records
    records.append(record(_EOF, b""))
    return b"".join(records)


def _cell(row: int, column: int, value: Cell, strings: dict[str, int]) -> bytes:
    if isinstance(value, str):
        index = strings.setdefault(value, len(strings))
        return record(_LABELSST, struct.pack("<HHHI", row, column, _XF_GENERAL, index))
    if isinstance(value, datetime):
        serial = (value - _EXCEL_EPOCH).total_seconds() / 86400
        return record(_NUMBER, struct.pack("<HHHd", row, column, _XF_DATETIME, serial))
    assert isinstance(value, int | float), value
    return record(_NUMBER, struct.pack("<HHHd", row, column, _XF_GENERAL, float(value)))


def _xf(number_format: int, style: bool = False) -> bytes:
    """An XF record: font 0, the number format, a style XF or a cell XF of style 0."""
    kind = 0xFFF4 if style else 0x0001  # fStyle with parent 0xFFF, or locked, parent 0
    return struct.pack("<HHHHHHIIH", 0, number_format, kind, 0x20, 0, 0, 0, 0, 0x20C0)


def _sst(strings: dict[str, int]) -> bytes:
    entries = b"".join(_unicode_string(text) for text in strings)
    body = struct.pack("<II", len(strings), len(strings)) + entries
    assert len(body) <= _MAX_RECORD, "a string table this long needs CONTINUE records"
    return body


def _unicode_string(text: str) -> bytes:
    """XLUnicodeString: a character count, the high-byte flag, UTF-16 characters."""
    encoded = text.encode("utf-16-le")
    return struct.pack("<HB", len(encoded) // 2, 1) + encoded


def _short_string(text: str) -> bytes:
    encoded = text.encode("utf-16-le")
    return struct.pack("<BB", len(encoded) // 2, 1) + encoded


def record(kind: int, data: bytes) -> bytes:
    """One BIFF record: its type, its length, its data."""
    assert len(data) <= _MAX_RECORD
    return struct.pack("<HH", kind, len(data)) + data


def compound_file(stream: bytes, name: str = "Workbook") -> bytes:
    """An OLE compound file holding one stream: header, the stream's sectors, one FAT
    sector, one directory sector (root, the stream, two unused entries)."""
    stream = stream.ljust(_MINI_CUTOFF, b"\0")
    stream_sectors = -(-len(stream) // _SECTOR)
    assert stream_sectors + 2 <= _SECTOR // 4, "one FAT sector maps 128 sectors"
    fat_sector, directory_sector = stream_sectors, stream_sectors + 1
    fat = [*range(1, stream_sectors), _END, _FAT_SECTOR, _END]
    fat += [_FREE] * (_SECTOR // 4 - len(fat))
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        b"\0" * 16,
        0x003E,
        0x0003,
        0xFFFE,
        9,
        6,
        b"\0" * 6,
        0,
        1,
        directory_sector,
        0,
        _MINI_CUTOFF,
        _END,
        0,
        _END,
        0,
    )
    difat = [fat_sector] + [_FREE] * 108
    header += struct.pack("<109I", *difat)
    directory = (
        _entry("Root Entry", 5, child=1, start=_END, size=0)
        + _entry(name, 2, child=_NO_STREAM, start=0, size=len(stream))
        + _unused_entry() * 2
    )
    body = stream.ljust(stream_sectors * _SECTOR, b"\0")
    return header + body + struct.pack(f"<{_SECTOR // 4}I", *fat) + directory


def _entry(name: str, kind: int, child: int, start: int, size: int) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return struct.pack(
        "<64sHBBIII16sIQQIII",
        encoded,
        len(encoded),
        kind,
        1,  # black
        _NO_STREAM,
        _NO_STREAM,
        child,
        b"\0" * 16,
        0,
        0,
        0,
        start,
        size,
        0,
    )


def _unused_entry() -> bytes:
    return struct.pack(
        "<64sHBBIII16sIQQIII", b"", 0, 0, 0, *([_NO_STREAM] * 3), b"", 0, 0, 0, 0, 0, 0
    )


NUMBERS = {
    "买家应付货款",
    "买家应付邮费",
    "总金额",
    "买家实付金额",
    "商品价格",
    "宝贝总数量",
    "购买数量",
}

TIMES = {"订单创建时间", "发货时间"}


def as_cells(header: list[str], rows: list[dict[str, Any]]) -> list[list[Any]]:
    """The rows as an .xls export stores them: ids and text as text, amounts and counts as
    numbers, times as date cells."""
    cells = rows_from_dicts(header, rows)
    for row in cells:
        for index, name in enumerate(header):
            value = row[index]
            if value and name in NUMBERS:
                row[index] = float(value)
            elif value and name in TIMES:
                row[index] = datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
    return cells
