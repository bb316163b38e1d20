"""Read an export file into tables of text cells, whatever its encoding or container.

CSV/TSV/TXT: the encoding is found from the BOM, strict UTF-8, then charset-normalizer
among the encodings platforms really use (GB18030 for GBK files, cp1252, cp932, UTF-16);
the delimiter is the one that splits the records where a header may be into the most
columns, a width a header shares with its rows counting double. XLSX/XLS: every sheet is
a table (Qianniu puts orders and sub-orders in two sheets); XLSX is read with bounds by
:mod:`app.orders.xlsx`, the older binary XLS by python-calamine once :mod:`app.orders.xls`
has checked that what it would allocate is what the data deserves. Every cell comes out
as text; a number a spreadsheet stored in floating point is written so the id cleaner
can see when digits were lost.
A workbook's rows are kept packed (:func:`pack`), about as small as the same rows in CSV.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from itertools import islice
from pathlib import Path
from typing import Any

import charset_normalizer

from app.orders.issues import KeyedError

CSV_SUFFIXES = {".csv", ".tsv", ".txt", ""}
WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}
PackedRow = str | list[str]  # a row's cells joined by _UNIT, or the list when a cell holds it
_UNIT = "\x1f"
MAX_CELL_CHARS = 128 * 1024
_DELIMITERS = (",", "\t", ";", "|")
# Reports put a title, the date range or the filters, and blank lines above the header;
# looking this far costs next to nothing and no real export puts more above it. Detection
# looks for the header in these records, so the delimiter is guessed from the same ones.
HEADER_SEARCH_RECORDS = 30
# Text the delimiter guess reads at most: thirty records of a wide export with long notes
# fit, and a hostile file's one endless line is not split four times over.
_SNIFF_CHARS = 1 << 20
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
_NON_UTF8_CANDIDATES = ["gb18030", "cp1252", "cp932", "big5", "utf_16"]
_EXACT_FLOAT_LIMIT = 2**53
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n?|\n)|[^\r\n]+")

csv.field_size_limit(MAX_CELL_CHARS)


class FileReadError(KeyedError):
    """The file cannot be read as a table at all; the message tells the shopkeeper why.

    ``FileReadError.keyed(key, file=…)`` words it from ``IMPORT_MESSAGES``; a reason that
    quotes a library's own error stays a plain, unkeyed message.
    """


@dataclass
class Table:
    """One sheet of cells: a CSV file, or one sheet of a workbook."""

    path: Path
    sheet: str | None
    encoding: str | None
    _text: str | None = None
    _rows: list[PackedRow] | None = None
    delimiter: str = ","
    sha256: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ends_cleanly(self) -> bool:
        """False for a text file cut off mid-line (an interrupted download or copy)."""
        return self._text is None or self._text.endswith(("\n", "\r"))

    @property
    def label(self) -> str:
        name = shown_name(self.path.name)
        return f"{name} [{self.sheet}]" if self.sheet else name

    def rows(self) -> Iterator[list[str]]:
        """All records in file order, each a list of raw text cells."""
        if self._rows is not None:
            for row in self._rows:
                yield row.split(_UNIT) if isinstance(row, str) else row
            return
        assert self._text is not None
        reader = csv.reader(_lines(self._text), delimiter=self.delimiter)
        try:
            yield from reader
        except csv.Error as error:
            raise FileReadError.keyed(
                "record_unreadable",
                file=self.label,
                record=str(reader.line_num),
                reason=str(error)[:120],
                limit=str(MAX_CELL_CHARS // 1024),
            ) from None


def shown_name(name: str | Path) -> str:
    """A name (a file's, or one typed as an argument) as text that can be printed and
    stored: bytes of it that are not UTF-8 (a GBK name from a zip, on Linux) are written
    ``\\xff``, not kept as the lone surrogates Python reads them as — which no terminal,
    JSON or database column takes."""
    return str(name).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` with their ends (LF, CRLF or CR), one at a time.

    Not ``io.StringIO``: it copies the text into four bytes a character, so a 300 MB
    export cost 1.2 GB more every time its rows were read.
    """
    for match in _LINE_RE.finditer(text):
        yield match.group()


def read_tables(path: Path) -> list[Table]:
    """Read ``path`` into tables; raise :class:`FileReadError` with a plain reason."""
    try:
        data = path.read_bytes()
    except OSError as error:
        name = shown_name(path.name)
        raise FileReadError(f"{name}: cannot be opened ({error.strerror})") from None
    if not data[:65536].strip() and not data.strip():  # no copy of a large file
        raise FileReadError.keyed("file_empty", file=shown_name(path.name))
    digest = hashlib.sha256(data).hexdigest()
    suffix = path.suffix.lower()
    if data.startswith(_SQLITE_MAGIC):  # a backup or another shop, picked by mistake
        raise FileReadError.keyed("database_file", file=shown_name(path.name))
    if data.startswith(_OLE_MAGIC) and _ENCRYPTED_MARK in data:
        raise FileReadError.keyed("encrypted_workbook", file=shown_name(path.name))
    if suffix in WORKBOOK_SUFFIXES or data.startswith((_ZIP_MAGIC, _OLE_MAGIC)):
        tables = _read_workbook(path, data)
    else:
        tables = [_read_delimited(path, data)]
    for table in tables:
        table.sha256 = digest
    return tables


def _read_delimited(path: Path, data: bytes) -> Table:
    text, encoding = decode(shown_name(path.name), data)
    if "\x00" in text[:65536]:
        raise FileReadError.keyed("binary_file", file=shown_name(path.name))
    table = Table(path=path, sheet=None, encoding=encoding, _text=text)
    table.delimiter = _sniff_delimiter(text)
    return table


def decode(name: str, data: bytes) -> tuple[str, str]:
    """Decode bytes to text, returning the text and the encoding used."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(name, data, "utf-8-sig"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(name, data, "utf-16"), "utf-16"
    head = data[:65536]
    if b"\x00" in head:
        # UTF-16 without a BOM has a NUL beside every ASCII character; anything else is binary
        for encoding, nul_side in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
            if nul_side.count(0) > len(nul_side) * 0.3:
                try:
                    return data.decode(encoding), encoding
                except UnicodeDecodeError:
                    break  # NULs, but not UTF-16 text: binary
        raise FileReadError.keyed("binary_file", file=name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        _refuse_mixed_utf8(name, data, error)
    return _guess(name, data, _NON_UTF8_CANDIDATES)


def _guess(name: str, data: bytes, candidates: Sequence[str]) -> tuple[str, str]:
    """The candidate encoding charset-normalizer finds likeliest that decodes every byte."""
    best = charset_normalizer.from_bytes(data[: 1 << 20], cp_isolation=list(candidates)).best()
    tried = [best.encoding] if best is not None else []
    tried += [enc for enc in (*candidates, "gb18030", "cp1252") if enc not in tried]
    for encoding in tried:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise FileReadError.keyed("unknown_encoding", file=name)


def _refuse_mixed_utf8(name: str, data: bytes, error: UnicodeDecodeError) -> None:
    """Refuse a UTF-8 file with a few foreign bytes instead of mis-decoding all of it.

    Read as GBK or cp1252, a mostly-UTF-8 file would turn every Chinese or accented name
    into mojibake without a word; better to name the line that is broken.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    foreign = len(_NON_ASCII_RE.findall(text))
    if foreign >= 20 and broken <= foreign // 10:
        line = data[: error.start].count(b"\n") + 1
        raise FileReadError.keyed("mixed_utf8", file=name, line=str(line))


def redecode(table: Table, encodings: Sequence[str]) -> Table | None:
    """The same file read again with one of ``encodings`` (a profile's own), if it differs.

    Guessing among every encoding can take a Shift-JIS (cp932) Amazon report for GB18030;
    once the headers say which platform it is, the platform's encodings decide.
    """
    if table._text is None or _same_codec(table.encoding, encodings):
        return None
    data = table.path.read_bytes()
    non_utf8 = [encoding for encoding in encodings if not _same_codec(encoding, ["utf-8"])]
    if not non_utf8:
        return None
    text, encoding = _guess(shown_name(table.path.name), data, non_utf8)
    again = Table(path=table.path, sheet=None, encoding=encoding, _text=text, sha256=table.sha256)
    again.delimiter = _sniff_delimiter(text)
    return again


def _same_codec(encoding: str | None, candidates: Sequence[str]) -> bool:
    if encoding is None:
        return True
    name = codecs.lookup(encoding).name
    names = {codecs.lookup(candidate).name for candidate in candidates}
    if name == "utf-8-sig":
        name = "utf-8"
    return name in names


def _strict(name: str, data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise FileReadError.keyed(
            "bad_line_encoding", file=name, line=str(line), encoding=encoding
        ) from None


def _sniff_delimiter(text: str) -> str:
    """The delimiter a first line ``sep=;`` names (Excel writes it to say so), else the one
    whose split of the first :data:`HEADER_SEARCH_RECORDS` records scores best.

    A split scores the most columns that two of those records share (a header and its
    rows are as wide as each other), or half the widest record when none share a width (a
    header with no rows yet). Fifteen title lines above a semicolon header are one column
    wide whatever splits them; a note with forty semicolons above a comma header is wide
    once, its header and rows together. Only the delimiters that leave the fewest lines
    with a quote inside a cell compete (:func:`_stray_quotes`).
    """
    declared = re.match(r"sep=([^\r\n])\r?(?:\n|$)", text, re.IGNORECASE)
    if declared:
        return declared[1]
    head = text[:_SNIFF_CHARS]
    lines = list(islice(_lines(head), HEADER_SEARCH_RECORDS))
    stray = {delimiter: _stray_quotes(lines, delimiter) for delimiter in _DELIMITERS}
    fewest = min(stray.values())
    best, best_score = ",", 0.0
    for delimiter in (d for d in _DELIMITERS if stray[d] == fewest):
        widths = _record_widths(head, delimiter)
        shared = [width for width in set(widths) if width > 1 and widths.count(width) > 1]
        score = float(max(shared)) if shared else max(widths, default=0) / 2
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _stray_quotes(lines: list[str], delimiter: str) -> int:
    """How many of ``lines`` split by ``delimiter`` have a quote inside a cell not quoted
    from its start to its end (``""`` in a quoted cell is a quote's escape).

    A CSV writer quotes a whole cell, so the file's own delimiter leaves none but the
    text's own (``Tablet 10"``, stray whatever splits it); a wrong one cuts the quoted cells
    and finds their quotes mid-cell. Excel re-saving a WebToffee export quotes only the
    items holding commas (``"name:…|tax_data:{…}"``): split on ``|`` those quotes sit
    after a comma, while the rows' pipes still outnumbered the header's commas.
    """
    other = re.escape(delimiter)
    cell = f'(?:"(?:[^"]|"")*"|[^{other}"]*)'
    whole = re.compile(f"{cell}(?:{other}{cell})*")
    quoted = (line.rstrip("\r\n") for line in lines if '"' in line)
    return sum(1 for text in quoted if not whole.fullmatch(text))


def _record_widths(head: str, delimiter: str) -> list[int]:
    """How many cells each of the first records of ``head`` has when split by ``delimiter``,
    0 for a record whose quotes this split cannot read.

    Strict quoting: a quoted cell must end at a delimiter. WebToffee quotes every cell and
    packs each item as ``name:…|sku:…|quantity:…``; read leniently, ``|`` glued the quoted
    cells of a row together and split its items, and two orders of eight taxed items
    outscored the comma header ("not an order export"). Strictly, ``"a","b"`` is no
    ``|``-separated record at all.
    """
    reader = csv.reader(_lines(head), delimiter=delimiter, strict=True)
    widths: list[int] = []
    while len(widths) < HEADER_SEARCH_RECORDS:
        try:
            widths.append(len(next(reader)))
        except StopIteration:
            break
        except csv.Error:
            widths.append(0)  # the reader goes on at the next line
    return widths


def pack(cells: list[str]) -> PackedRow:
    """One row as one string: a list of cells costs ten times the memory of its text."""
    joined = _UNIT.join(cells)
    return joined if joined.count(_UNIT) == max(len(cells) - 1, 0) else cells


def _read_workbook(path: Path, data: bytes) -> list[Table]:
    if data.startswith(_ZIP_MAGIC):
        from app.orders.xlsx import read_xlsx

        sheets = read_xlsx(shown_name(path.name), data)
    elif data.startswith(_OLE_MAGIC):
        sheets = _read_xls(shown_name(path.name), data)
    else:
        raise FileReadError.keyed("workbook_not_zip", file=shown_name(path.name))
    return [Table(path=path, sheet=name, encoding=None, _rows=rows) for name, rows in sheets]


def _read_xls(name: str, data: bytes) -> list[tuple[str, list[PackedRow]]]:
    """An Excel 97-2003 workbook, checked first (calamine trusts the sizes a file claims);
    its rows are converted one at a time."""
    from python_calamine import CalamineWorkbook

    from app.orders.xls import check_xls

    check_xls(name, data)
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except BaseException as error:  # calamine raises several private error types
        if not _calamine_failed(error):
            raise
        reason = (str(error).splitlines() or [type(error).__name__])[0][:120]
        raise FileReadError.keyed("workbook_unreadable", file=name, reason=reason) from None
    sheets = []
    for sheet_name in workbook.sheet_names:
        try:
            sheet = workbook.get_sheet_by_name(sheet_name)
            # iter_rows starts at row 1 but at the first used column: put the rest back
            lead = [""] * (sheet.start or (0, 0))[1]
            packed = [pack(lead + [cell_text(cell) for cell in row]) for row in sheet.iter_rows()]
        except BaseException as error:
            if not _calamine_failed(error):
                raise
            reason = str(error)[:120]
            raise FileReadError.keyed(
                "sheet_unreadable", file=name, sheet=sheet_name, reason=reason
            ) from None
        sheets.append((sheet_name, packed))
    if not sheets:
        raise FileReadError.keyed("no_sheets", file=name)
    return sheets


def _calamine_failed(error: BaseException) -> bool:
    """Whether ``error`` is calamine failing on the file: one of its errors, or a panic of
    its Rust code, which pyo3 raises as ``pyo3_runtime.PanicException``, a BaseException
    (a checked .xls cut short still reached a slice past its end: a traceback, exit 1)."""
    return isinstance(error, Exception) or type(error).__name__ == "PanicException"


def cell_text(cell: Any) -> str:
    """A workbook cell as the text a shopkeeper would see, keeping lost digits visible."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float):
        if cell.is_integer():
            if abs(cell) < _EXACT_FLOAT_LIMIT:
                return str(int(cell))
            return f"{cell:E}"  # beyond float precision: the id cleaner refuses it
        return repr(cell)
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ")
    if isinstance(cell, date | time):
        return cell.isoformat()
    return str(cell)
