"""Check an Excel 97-2003 workbook (.xls) before python-calamine reads it.

calamine reads an .xls whole and trusts what the file says: it reserves room for the
cells a sheet's DIMENSIONS record claims (a 5.6 KB file claiming 65,536 rows × 16,001
columns made it ask for 42 GB and abort the process), builds the full grid between a
sheet's first and last cell (one cell at IV65536 cost 1 GB and five seconds), reads a
stream as long as its directory entry says by going round a loop in the sector table
(2 GB for a 5.6 KB file), and follows a directory chain that loops until memory runs out.
So the container is walked here first, with every chain bounded by the file ([MS-CFB]:
each sector once, none past the end, the stream no longer than its chain), and every
sheet's records after it ([MS-XLS]): the claimed size and the cells' extent must be what
its data deserves, by the same bounds as :mod:`app.orders.xlsx`, and inside the format's
own grid of 65,536 rows × 256 columns. Nothing is allocated beyond a copy of the stream.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.orders.reading import FileReadError
from app.orders.xlsx import (
    DECLARED_FACTOR,
    MAX_SHEET_NAME,
    SPARSE_FACTOR,
    SPARSE_FREE,
    _column_name,
)

log = logging.getLogger(__name__)

# the format's grid: a cell record holds its row and column in 16 bits, Excel stops at IV
MAX_ROWS = 65_536
MAX_COLUMNS = 256
_HEADER = 512
_MINI_CUTOFF = 4096  # [MS-CFB]: smaller streams live in the mini stream
_MINI_SECTOR = 64
_END, _FREE = 0xFFFFFFFE, 0xFFFFFFFF
_MAX_REGULAR = 0xFFFFFFFA  # sector numbers above are markers, not sectors
_STREAM, _ROOT = 2, 5
_WORKBOOK_NAMES = ("workbook", "book")  # BIFF8, BIFF5
_BOF, _EOF, _BOUNDSHEET, _FILEPASS, _DIMENSIONS = 0x0809, 0x000A, 0x0085, 0x002F, 0x0200
_MULRK = 0x00BD
# the records whose value calamine puts in the grid (blank cells it leaves out):
# NUMBER, RK, LABELSST, LABEL, RSTRING, BOOLERR, FORMULA; each starts with row, column
_VALUE_CELLS = {0x0203, 0x027E, 0x00FD, 0x0204, 0x00D6, 0x0205, 0x0006}


class _Damaged(Exception):
    """The container or a record does not hold together; the reason is for the log."""


def check_xls(name: str, data: bytes) -> None:
    """Refuse the .xls ``data`` unless reading it costs what its data deserves.

    Raises :class:`FileReadError` naming the file and, where there is one, the sheet.
    """
    try:
        streams = _workbook_streams(data)
        if not streams:
            raise FileReadError.keyed("ole_not_workbook", file=name)
        for stream in streams:
            for sheet in _sheets(name, stream):
                _check_sheet(name, sheet)
    except _Damaged as damage:
        log.info("%s: damaged .xls: %s", name, damage)
        raise FileReadError.keyed("xls_damaged", file=name) from None


# --- the compound file ([MS-CFB]) ---------------------------------------------------------
def _workbook_streams(data: bytes) -> list[bytes]:
    """Every stream named Workbook or Book, read through chains checked against the file."""
    if len(data) < _HEADER:
        raise _Damaged("shorter than its header")
    shift, mini_shift = struct.unpack_from("<HH", data, 0x1E)
    if shift not in (9, 12) or mini_shift != 6:
        raise _Damaged(f"sector shift {shift}, mini sector shift {mini_shift}")
    size = 1 << shift
    count = -(-(len(data) - size) // size) if len(data) > size else 0
    sector = _Sectors(data, size, count)
    directory_start, _, _, minifat_start, _, difat_start, difat_count = struct.unpack_from(
        "<7I", data, 0x30
    )
    fat = sector.fat(list(struct.unpack_from("<109I", data, 0x4C)), difat_start, difat_count)
    directory = sector.read(sector.chain(fat, directory_start))
    entries = [directory[at : at + 128] for at in range(0, len(directory) - 127, 128)]
    if not entries or entries[0][66] != _ROOT:
        raise _Damaged("no root entry")
    mini: _MiniStream | None = None
    streams = []
    for entry in entries:
        length = struct.unpack_from("<H", entry, 64)[0]
        title = entry[: min(length, 64)].decode("utf-16-le", "replace").rstrip("\0").casefold()
        if entry[66] != _STREAM or title not in _WORKBOOK_NAMES:
            continue
        start, stream_size = struct.unpack_from("<IQ", entry, 116)
        if stream_size >= _MINI_CUTOFF:
            chain = sector.chain(fat, start)
            if stream_size > len(chain) * size:
                raise _Damaged(f"stream of {stream_size} bytes on {len(chain)} sectors")
            streams.append(sector.read(chain)[:stream_size])
            continue
        if mini is None:
            mini = _MiniStream(sector, fat, entries[0], minifat_start)
        streams.append(mini.read(start, stream_size))
    return streams


@dataclass
class _Sectors:
    data: bytes
    size: int
    count: int

    def at(self, number: int) -> bytes:
        offset = (number + 1) * self.size
        return self.data[offset : offset + self.size]

    def chain(self, table: list[int], start: int, limit: int | None = None) -> list[int]:
        """The sectors from ``start`` to the end of chain: each once, each in the file."""
        limit = self.count if limit is None else limit
        chain: list[int] = []
        seen: set[int] = set()
        number = start
        while number != _END:
            if number >= limit or number >= len(table) or number in seen:
                raise _Damaged(f"chain from {start} breaks at {number}")
            seen.add(number)
            chain.append(number)
            number = table[number]
        return chain

    def read(self, chain: list[int]) -> bytes:
        return b"".join(self.at(number) for number in chain)

    def fat(self, header_difat: list[int], difat_start: int, difat_count: int) -> list[int]:
        """The sector table, from the FAT sectors the header and the DIFAT chain list."""
        listed = list(header_difat)
        per_sector = self.size // 4 - 1
        number, seen = difat_start, set[int]()
        while number not in (_END, _FREE) and len(seen) < difat_count:
            if number >= self.count or number in seen:
                raise _Damaged(f"DIFAT chain breaks at {number}")
            seen.add(number)
            entries = struct.unpack(f"<{per_sector + 1}I", self.at(number).ljust(self.size, b"\0"))
            listed += entries[:per_sector]
            number = entries[per_sector]
        fat_sectors = [entry for entry in listed if entry != _FREE]
        if any(entry >= self.count for entry in fat_sectors) or len(set(fat_sectors)) < len(
            fat_sectors
        ):
            raise _Damaged("a FAT sector past the end of the file, or listed twice")
        table = b"".join(self.at(entry).ljust(self.size, b"\0") for entry in fat_sectors)
        return list(struct.unpack(f"<{len(table) // 4}I", table))


@dataclass
class _MiniStream:
    """The root entry's stream of 64-byte sectors, which holds the streams under 4 KB."""

    sectors: _Sectors
    fat: list[int]
    root: bytes
    minifat_start: int
    data: bytes = field(init=False)
    table: list[int] = field(init=False)

    def __post_init__(self) -> None:
        start, size = struct.unpack_from("<IQ", self.root, 116)
        chain = self.sectors.chain(self.fat, start) if start != _END else []
        self.data = self.sectors.read(chain)[:size]
        minifat_chain = (
            self.sectors.chain(self.fat, self.minifat_start) if self.minifat_start != _END else []
        )
        raw = self.sectors.read(minifat_chain)
        self.table = list(struct.unpack(f"<{len(raw) // 4}I", raw[: len(raw) // 4 * 4]))

    def read(self, start: int, size: int) -> bytes:
        count = len(self.data) // _MINI_SECTOR
        chain = self.sectors.chain(self.table, start, limit=count)
        if size > len(chain) * _MINI_SECTOR:
            raise _Damaged(f"mini stream of {size} bytes on {len(chain)} sectors")
        joined = b"".join(self.data[n * _MINI_SECTOR : (n + 1) * _MINI_SECTOR] for n in chain)
        return joined[:size]


# --- the workbook's records ([MS-XLS]) ----------------------------------------------------
@dataclass
class _Sheet:
    name: str
    claims: list[tuple[int, int, int, int]] = field(default_factory=list)  # DIMENSIONS
    cells: int = 0
    rows: set[int] = field(default_factory=set)
    first_row: int = MAX_ROWS
    last_row: int = -1
    first_column: int = 1 << 16
    last_column: int = -1
    beyond: tuple[int, int] | None = None  # the first cell past column IV: (row, column)

    def add(self, row: int, first: int, last: int, count: int) -> None:
        self.cells += count
        self.rows.add(row)
        self.first_row, self.last_row = min(self.first_row, row), max(self.last_row, row)
        self.first_column = min(self.first_column, first)
        self.last_column = max(self.last_column, last)
        if last >= MAX_COLUMNS and self.beyond is None:
            self.beyond = (row, last)

    def cell(self, row: int, column: int) -> str:
        """A cell's name as Excel writes it: ``IV65536``."""
        return f"{_column_name(column + 1)}{row + 1}"


def _records(stream: bytes, start: int) -> Iterator[tuple[int, int, bytes]]:
    """(offset, type, data) of each record from ``start`` to where the stream ends."""
    offset = start
    while offset + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, offset)
        yield offset, kind, stream[offset + 4 : offset + 4 + length]
        offset += 4 + length


def _sheets(name: str, stream: bytes) -> Iterator[_Sheet]:
    """Each sheet the globals list, its records read from where calamine reads them.

    The sheets of a sound workbook are apart, so all of them together are never more
    records than the stream holds; sheets that point into each other (a walk of each would
    read the stream again and again) are damaged.
    """
    listed: list[tuple[int, str]] = []
    for _, kind, data in _records(stream, 0):
        if kind == _EOF:
            break
        if kind == _FILEPASS:
            raise FileReadError.keyed("encrypted_workbook", file=name)
        if kind == _BOUNDSHEET and len(data) >= 8:
            listed.append((struct.unpack_from("<I", data)[0], _sheet_name(data[6:])))
    budget = len(stream)
    for offset, title in listed:
        sheet = _Sheet(title)
        depth = 0
        for at, kind, data in _records(stream, offset):
            budget -= 4 + len(data)
            if budget < 0:
                raise _Damaged(f"sheet {title!r} reads records another sheet read (at {at})")
            if kind == _BOF:
                depth += 1
            elif kind == _EOF:
                depth -= 1
                if depth <= 0:
                    break
            else:
                _read_cell(sheet, kind, data)
        yield sheet


def _read_cell(sheet: _Sheet, kind: int, data: bytes) -> None:
    if kind in _VALUE_CELLS and len(data) >= 4:
        row, column = struct.unpack_from("<HH", data)
        sheet.add(row, column, column, 1)
    elif kind == _MULRK and len(data) >= 6:
        row, first = struct.unpack_from("<HH", data)
        count = (len(data) - 6) // 6
        last = max(struct.unpack_from("<H", data, len(data) - 2)[0], first + count - 1)
        sheet.add(row, first, last, count)
    elif kind == _DIMENSIONS and len(data) >= 10:
        if len(data) >= 14:
            sheet.claims.append(struct.unpack_from("<IIHH", data))
        else:  # BIFF5: 16-bit rows
            sheet.claims.append(struct.unpack_from("<HHHH", data))


def _sheet_name(data: bytes) -> str:
    """A ShortXLUnicodeString: length, a flag for two-byte characters, the characters."""
    if len(data) < 2:
        return ""
    length, wide = data[0], data[1] & 1
    raw = data[2 : 2 + length * (2 if wide else 1)]
    text = raw.decode("utf-16-le" if wide else "latin-1", "replace")
    return text[:MAX_SHEET_NAME]


def _check_sheet(name: str, sheet: _Sheet) -> None:
    """The sheet's cells inside the format's grid, its grid not far larger than its cells,
    and its claimed size not far larger than its data."""
    if sheet.beyond is not None:
        raise FileReadError.keyed(
            "sheet_beyond_excel", file=name, sheet=sheet.name, cell=sheet.cell(*sheet.beyond)
        )
    if sheet.cells:
        rows = sheet.last_row - sheet.first_row + 1
        grid = rows * (sheet.last_column - sheet.first_column + 1)
        if grid > SPARSE_FREE and grid > SPARSE_FACTOR * sheet.cells:
            raise FileReadError.keyed(
                "sheet_sparse",
                file=name,
                sheet=sheet.name,
                extent=sheet.cell(sheet.last_row, sheet.last_column),
                cells=f"{sheet.cells:,}",
            )
    for first_row, end_row, first_column, end_column in sheet.claims:
        if end_row < first_row or end_column < first_column:
            raise _Damaged(f"sheet {sheet.name!r} claims rows {first_row}-{end_row}")
        claimed = (end_row - first_row) * (end_column - first_column)
        beyond = end_row > MAX_ROWS or end_column > MAX_COLUMNS
        if beyond or (claimed > SPARSE_FREE and claimed > DECLARED_FACTOR * max(sheet.cells, 1)):
            raise FileReadError.keyed(
                "sheet_claims_too_much",
                file=name,
                sheet=sheet.name,
                extent=sheet.cell(end_row - 1, end_column - 1),
                rows=f"{len(sheet.rows):,}",
            )
