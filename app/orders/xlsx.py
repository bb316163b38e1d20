"""Read an XLSX workbook with bounds: cost follows the data, never what the file claims.

A sheet's cells are streamed from its XML with a pull parser that keeps no more of the
tree than the row being read, so nothing is ever allocated for the extent a sheet
declares (``<dimension ref="A1:XFD1048576"/>``) or for the empty space before a stray
far-away cell; the one full-grid reader we used before allocated exactly that, and a
1.7 KB file asked it for 512 GiB. Every limit below says why it is where it is. Each
sheet's rows are kept packed (:func:`app.orders.reading.pack`), about the size of the
same rows as CSV text: the importer reads them several times.

Cells come out as the grid reader gave them, so imports do not change: shared and inline
strings (rich-text runs joined, phonetic guides left out, ``_x000D_`` escapes undone),
booleans as ``TRUE``/``FALSE``, errors as nothing, and numbers styled as dates or times
as ISO text (Excel's 1900 and 1904 date systems, with its fictitious 29 February 1900).
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from io import BytesIO
from typing import IO, cast
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from app.orders.reading import MAX_CELL_CHARS, FileReadError, PackedRow, cell_text, pack

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DOC_RELS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_ROW, _CELL, _VALUE, _INLINE = f"{_MAIN}row", f"{_MAIN}c", f"{_MAIN}v", f"{_MAIN}is"
_TEXT, _RUN, _PHONETIC = f"{_MAIN}t", f"{_MAIN}r", f"{_MAIN}rPh"
_SHARED, _DIMENSION = f"{_MAIN}si", f"{_MAIN}dimension"

# Excel's own grid: no spreadsheet writes a cell past it
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
# What the parts of a workbook may unpack to in all. Order-export XML takes 25-50 bytes a
# cell; 2 GiB is a million rows of 40 columns, more than Excel can open.
MAX_UNPACKED = 2 << 30
# Deflate packs real sheets 5-30 times (measured on exports and on xlsxwriter's output);
# a zip bomb packs 1,000 times. A part above MAX_RATIO_FROM is refused past MAX_RATIO.
MAX_RATIO = 200
MAX_RATIO_FROM = 16 << 20
# XML in which no element ends: the longest cell ShipProof reads (MAX_CELL_CHARS of
# Chinese, escaped) fits twice over. Past it the parser would be holding one huge text
# or a nesting bomb, never order data.
MAX_QUIET_XML = 1 << 20
# Elements ending between two rows (or shared strings): a row of 16,384 cells has about
# 50,000, a sheet's trailing merged-cell list of a large export some 500,000.
MAX_LOOSE = 1 << 20
# Small parts (workbook, relationships, styles) are parsed whole: none is near this
MAX_SMALL_PART = 16 << 20
# A sheet may carry this many empty cells in its rows (and claim this much grid) for free;
# past it, it must hold at least one value in SPARSE_FACTOR cells of what it spans. Real
# exports fill most of their columns; a stray cell at XFD1048576 fills one in 17 billion.
SPARSE_FREE = 1 << 16
SPARSE_FACTOR = 32
# A declared extent costs this reader nothing, and some writers round it up (to row 65,536,
# to the last column used anywhere): only a claim this far beyond the data is refused, as
# it would have made a full-grid reader allocate all of it (XFD1048576 for 3 rows).
DECLARED_FACTOR = 1024
_CHUNK = 1 << 16
MAX_SHEET_NAME = 64  # characters of a sheet's or a part's name shown in messages
_DIGITS = "0123456789"

_REF_RE = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")
_ESCAPE_RE = re.compile(r"_x([0-9A-Fa-f]{4})_")
# number formats Excel has built in: date/time, and elapsed time ([h]:mm:ss)
_BUILTIN_DATES = {*range(14, 23), *range(27, 37), 45, 47, *range(50, 59)}
_BUILTIN_DURATIONS = {46}
_EPOCH_1900 = datetime(1899, 12, 30)
_EPOCH_1904 = datetime(1904, 1, 1)
_DATE_LETTERS = set("dmyhsDMYHS")


class TooLong:
    """A shared string longer than any cell ShipProof reads: only its length is kept."""

    __slots__ = ("length",)

    def __init__(self, length: int) -> None:
        self.length = length


def read_xlsx(name: str, data: bytes) -> list[tuple[str, list[PackedRow]]]:
    """Every worksheet of the XLSX ``data`` as (sheet name, packed rows), in tab order.

    Raises :class:`FileReadError` naming the file (and the sheet, row and column where
    there is one) for anything that is no workbook or is beyond the bounds above.
    """
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except zipfile.BadZipFile:
        # a zip's directory is at its end: a zip that starts well but has none was cut short
        key = "workbook_truncated" if data.startswith(b"PK\x03\x04") else "workbook_not_zip"
        raise FileReadError.keyed(key, file=name) from None
    with archive:
        names = set(archive.namelist())
        if "xl/workbook.xml" not in names:
            _refuse_other_zip(name, names)
        _check_sizes(name, archive)
        book = _Book(name, archive)
        return [(sheet, book.sheet_rows(sheet, part)) for sheet, part in book.sheets]


def _refuse_other_zip(name: str, names: set[str]) -> None:
    if "xl/workbook.bin" in names:
        raise FileReadError.keyed("workbook_unsupported", file=name, kind="XLSB")
    if "content.xml" in names:
        raise FileReadError.keyed("workbook_unsupported", file=name, kind="OpenDocument")
    shown = ", ".join(part[:MAX_SHEET_NAME] for part in sorted(names)[:5])
    shown += ", …" if len(names) > 5 else ""
    raise FileReadError.keyed("zip_not_workbook", file=name, names=shown or "nothing")


def _check_sizes(name: str, archive: zipfile.ZipFile) -> None:
    """Refuse a zip bomb before unpacking anything: declared sizes bound what is read
    (zipfile stops at a part's declared size and then checks its CRC)."""
    infos = archive.infolist()
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED:
        raise FileReadError.keyed(
            "workbook_too_large",
            file=name,
            size=str(total >> 20),
            limit=str(MAX_UNPACKED >> 20),
        )
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_RATIO_FROM and ratio > MAX_RATIO:
            raise FileReadError.keyed(
                "workbook_bomb", file=name, part=info.filename, ratio=str(round(ratio))
            )


class _Book:
    """The workbook's parts that every sheet needs: sheet list, shared strings, styles."""

    def __init__(self, name: str, archive: zipfile.ZipFile) -> None:
        self.name, self.archive = name, archive
        targets = self._relationships("xl/_rels/workbook.xml.rels")
        workbook = self._whole("xl/workbook.xml")
        properties = workbook.find(f"{_MAIN}workbookPr")
        date1904 = properties is not None and properties.get("date1904") in ("1", "true")
        self.epoch = _EPOCH_1904 if date1904 else _EPOCH_1900
        self.sheets: list[tuple[str, str]] = []
        for sheet in workbook.iter(f"{_MAIN}sheet"):
            part = targets.get(sheet.get(f"{_DOC_RELS}id") or "", ("", ""))
            if part[0].endswith("/worksheet"):
                # Excel allows 31 characters; a hostile name is not echoed in every message
                self.sheets.append(((sheet.get("name") or "")[:MAX_SHEET_NAME], part[1]))
        if not self.sheets:
            raise FileReadError.keyed("no_sheets", file=name)
        shared = next((t for kind, t in targets.values() if kind.endswith("/sharedStrings")), "")
        self.shared = self._shared_strings(shared) if shared in archive.namelist() else []
        styles = next((t for kind, t in targets.values() if kind.endswith("/styles")), "")
        self.styles = self._styles(styles) if styles in archive.namelist() else []

    def _open(self, part: str) -> IO[bytes]:
        try:
            return self.archive.open(part)
        except (KeyError, zipfile.BadZipFile, NotImplementedError):
            raise FileReadError.keyed("workbook_damaged", file=self.name, reason=part) from None

    def _whole(self, part: str) -> Element:
        """A small part (workbook, relationships, styles) parsed whole, within the bounds."""
        try:
            size = self.archive.getinfo(part).file_size
        except KeyError:
            raise FileReadError.keyed("workbook_damaged", file=self.name, reason=part) from None
        if size > MAX_SMALL_PART:
            raise FileReadError.keyed("workbook_damaged", file=self.name, reason=part)
        return next(_elements(self._open(part), None, self.name, part), Element("empty"))

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id → (type, part name) of the workbook's parts."""
        found = {}
        for relation in self._whole(part).iter(f"{_RELS}Relationship"):
            target = relation.get("Target") or ""
            path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            found[relation.get("Id") or ""] = (
                relation.get("Type") or "",
                posixpath.normpath(path),
            )
        return found

    def _shared_strings(self, part: str) -> list[str | TooLong]:
        strings: list[str | TooLong] = []
        for item in _elements(self._open(part), _SHARED, self.name, part):
            text = _rich_text(item)
            strings.append(TooLong(len(text)) if len(text) > MAX_CELL_CHARS else text)
        return strings

    def _styles(self, part: str) -> list[str]:
        """For each cell style (``s``): "date", "duration" or "" for a plain number."""
        root = self._whole(part)
        custom = {
            fmt.get("numFmtId"): _format_kind(fmt.get("formatCode") or "")
            for fmt in root.iter(f"{_MAIN}numFmt")
        }
        kinds = []
        holder = next(root.iter(f"{_MAIN}cellXfs"), None)
        for xf in holder.iter(f"{_MAIN}xf") if holder is not None else ():
            number = xf.get("numFmtId") or "0"
            if number in custom:
                kinds.append(custom[number])
            elif number.isdigit() and int(number) in _BUILTIN_DATES:
                kinds.append("date")
            elif number.isdigit() and int(number) in _BUILTIN_DURATIONS:
                kinds.append("duration")
            else:
                kinds.append("")
        return kinds

    def sheet_rows(self, sheet: str, part: str) -> list[PackedRow]:
        return _SheetReader(self, sheet).read(self._open(part))


class _SheetReader:
    """One pass over a sheet's rows, packing them and watching what they cost."""

    def __init__(self, book: _Book, sheet: str) -> None:
        self.book, self.sheet = book, sheet
        self.label = f"{book.name} [{sheet}]"
        self.columns: dict[str, int] = {}
        self.kinds: dict[str | None, str] = {}  # cell style → what its numbers show
        self.values = 0  # cells that hold something
        self.filled_rows = 0
        self.spanned = 0  # cells the packed rows span, empty rows counted as one
        self.declared: str | None = None

    def read(self, stream: IO[bytes]) -> list[PackedRow]:
        rows: list[PackedRow] = []
        number = 0
        for element in _elements(stream, _ROW, self.book.name, self.sheet, _DIMENSION):
            if element.tag == _DIMENSION:
                self.declared = element.get("ref")
                continue
            given = element.get("r")
            number = int(given) if given and given.isdigit() else number + 1
            if number > MAX_ROWS:
                self._beyond(f"row {number}")
            if number <= len(rows):
                raise FileReadError.keyed(
                    "sheet_rows_out_of_order",
                    file=self.book.name,
                    sheet=self.sheet,
                    number=str(number),
                    previous=str(len(rows)),
                )
            gap = number - 1 - len(rows)
            rows.extend([""] * gap)
            cells = self._cells(element, number)
            rows.append(pack(cells))
            self.spanned += gap + max(len(cells), 1)
            if self.spanned > SPARSE_FREE and self.spanned > SPARSE_FACTOR * self.values:
                self._refuse_sparse(f"{_column_name(len(cells))}{number}")
        self._check_declared()
        return rows

    def _cells(self, row: Element, number: int) -> list[str]:
        """A row's cells as text, each at its column (the hot loop of a workbook)."""
        cells: list[str] = []
        column = -1
        columns, shared = self.columns, self.book.shared
        for cell in row:
            ref = cell.get("r")
            if ref:
                found = columns.get(ref.rstrip(_DIGITS))
                column = self._column(ref) if found is None else found
            else:
                column += 1
            raw = None
            for part in cell:
                tag = part.tag
                if tag == _VALUE:
                    raw = part.text
                    break
                if tag == _INLINE:
                    raw = _rich_text(part)
                    break
            if not raw or cell.tag != _CELL:
                continue
            kind = cell.get("t")
            if kind == "s":
                index = int(raw) if raw.isdigit() else -1
                found_text = shared[index] if 0 <= index < len(shared) else None
                if found_text.__class__ is not str:
                    self._bad_shared(found_text, number, column)
                    continue
                text = found_text
            elif kind is None or kind == "n":
                text = self._number(raw, cell.get("s"))
            elif kind == "b":
                text = "TRUE" if raw.strip() == "1" else "FALSE"
            elif kind == "e":
                continue  # an error such as #N/A: nothing, as the grid reader gave it
            else:  # inlineStr, str (a formula's text), d (an ISO date)
                text = _unescape(raw)
            if not text:
                continue
            if len(text) > MAX_CELL_CHARS:
                self._too_long(number, column, len(text))
            self.values += 1
            if column >= len(cells):
                if column > len(cells):
                    cells.extend([""] * (column - len(cells)))
                cells.append(text)
            else:
                cells[column] = text
        if cells:
            self.filled_rows += 1
        return cells

    def _column(self, ref: str) -> int:
        """The 0-based column of a cell reference such as ``AB12``, remembered."""
        match = _REF_RE.fullmatch(ref)
        if match is None:
            raise FileReadError.keyed(
                "sheet_bad_cell", file=self.book.name, sheet=self.sheet, cell=ref[:20]
            )
        index = 0
        for letter in match.group(1):
            index = index * 26 + ord(letter) - 64
        if index > MAX_COLUMNS:
            self._beyond(ref)
        self.columns[match.group(1)] = index - 1
        return index - 1

    def _bad_shared(self, found: str | TooLong | None, number: int, column: int) -> None:
        """Refuse a cell whose shared string is too long, or that points at none."""
        if isinstance(found, TooLong):
            self._too_long(number, column, found.length)
        raise FileReadError.keyed(
            "sheet_bad_cell",
            file=self.book.name,
            sheet=self.sheet,
            cell=f"{_column_name(column + 1)}{number}",
        )

    def _number(self, raw: str, style: str | None) -> str:
        kind = self.kinds.get(style)
        if kind is None:
            styles = self.book.styles
            index = int(style) if style and style.isdigit() else -1
            kind = self.kinds[style] = styles[index] if 0 <= index < len(styles) else ""
        if not kind and raw.isdigit() and len(raw) < 16 and (raw[0] != "0" or raw == "0"):
            return raw  # a plain whole number, as its float would be written
        try:
            value = float(raw)
        except ValueError:
            return raw.strip()
        if kind:
            converted = _serial(value, kind, self.book.epoch)
            if converted is not None:
                return cell_text(converted)
        return cell_text(value)

    def _too_long(self, number: int, column: int, length: int) -> None:
        raise FileReadError.keyed(
            "cell_too_long",
            file=self.book.name,
            sheet=self.sheet,
            cell=f"{_column_name(column + 1)}{number}",
            length=f"{length:,}",
            limit=f"{MAX_CELL_CHARS:,}",
        )

    def _beyond(self, where: str) -> None:
        raise FileReadError.keyed(
            "sheet_beyond_excel", file=self.book.name, sheet=self.sheet, cell=where
        )

    def _refuse_sparse(self, extent: str) -> None:
        raise FileReadError.keyed(
            "sheet_sparse",
            file=self.book.name,
            sheet=self.sheet,
            extent=extent,
            cells=f"{self.values:,}",
        )

    def _check_declared(self) -> None:
        """A sheet that claims far more grid than it holds is refused (DECLARED_FACTOR)."""
        if not self.declared:
            return
        corner = self.declared.split(":")[-1].replace("$", "")
        match = _REF_RE.fullmatch(corner)
        if match is None:
            return
        columns = 0
        for letter in match.group(1):
            columns = columns * 26 + ord(letter) - 64
        claimed = columns * int(match.group(2))
        if claimed > SPARSE_FREE and claimed > DECLARED_FACTOR * max(self.values, 1):
            raise FileReadError.keyed(
                "sheet_claims_too_much",
                file=self.book.name,
                sheet=self.sheet,
                extent=corner,
                rows=f"{self.filled_rows:,}",
            )


def _elements(
    stream: IO[bytes], record: str | None, name: str, where: str, *also: str
) -> Iterator[Element]:
    """Each complete ``record`` element of an XML part (a sheet's rows, the shared
    strings) as it ends, then cleared; the elements named in ``also`` as they end; with
    ``record`` None, only the root once the part is parsed.

    Only end events are asked for: a start event for every cell would make a sheet cost
    half as much again. So a cleared row stays in its sheet as an empty shell (Excel's
    1,048,576 rows are under 100 MB of them), while shared strings, which may number
    more, are taken off their root. The bounds hold whatever the bytes are: a stretch of
    :data:`MAX_QUIET_XML` in which no element ends (a huge text, a nesting bomb), more
    than :data:`MAX_LOOSE` elements between two records, a damaged zip part or XML that
    is not well-formed all raise :class:`FileReadError`.
    """
    detach = record == _SHARED
    parser: XMLPullParser[Element] = XMLPullParser(events=("start", "end") if detach else ("end",))
    root: Element | None = None
    last: Element | None = None
    loose = fed = quiet_from = 0
    with stream:
        while True:
            chunk = _read(stream, name)
            try:
                if chunk:
                    parser.feed(chunk)
                else:
                    parser.close()
            except ParseError as error:
                raise FileReadError.keyed(
                    "sheet_xml_bad", file=name, sheet=where, reason=str(error)[:120]
                ) from None
            fed += len(chunk)
            events = cast(Iterator[tuple[str, Element]], parser.read_events())
            for event, element in events:
                quiet_from = fed
                if event == "start":
                    root = element if root is None else root
                elif element.tag == record:
                    yield element
                    element.clear()
                    if detach and root is not None:
                        _detach(root, element, name, where)
                    loose = 0
                elif element.tag in also:
                    yield element
                else:
                    last = element
                    loose += 1
                    if loose > MAX_LOOSE:
                        raise FileReadError.keyed("sheet_too_many_elements", file=name, sheet=where)
            if fed - quiet_from > MAX_QUIET_XML:
                raise FileReadError.keyed(
                    "sheet_record_too_large",
                    file=name,
                    sheet=where,
                    limit=str(MAX_QUIET_XML >> 20),
                )
            if not chunk:
                if record is None and last is not None:
                    yield last
                return


def _detach(root: Element, element: Element, name: str, where: str) -> None:
    try:
        root.remove(element)
    except ValueError:  # a record nested deeper than the root's children
        raise FileReadError.keyed(
            "sheet_xml_bad", file=name, sheet=where, reason="misplaced element"
        ) from None


def _read(stream: IO[bytes], name: str) -> bytes:
    try:
        return stream.read(_CHUNK)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
        raise FileReadError.keyed(
            "workbook_damaged", file=name, reason=str(error)[:120] or type(error).__name__
        ) from None


def _rich_text(item: Element) -> str:
    """The text of a shared or inline string: its runs joined, phonetic guides left out."""
    first = item[0] if len(item) == 1 else None
    if first is not None and first.tag == _TEXT:
        return _unescape(first.text or "")
    parts = []
    for child in item:
        if child.tag == _TEXT:
            parts.append(child.text or "")
        elif child.tag == _RUN:
            parts += [t.text or "" for t in child if t.tag == _TEXT]
    return _unescape("".join(parts))


def _unescape(text: str) -> str:
    """Undo OOXML's ``_xHHHH_`` escapes of characters XML cannot carry."""
    if "_x" not in text:
        return text
    return _ESCAPE_RE.sub(lambda match: chr(int(match.group(1), 16)), text)


def _format_kind(code: str) -> str:
    """Whether a custom number format shows a date/time, an elapsed time, or a number:
    letters outside quotes, escapes and brackets decide; ``[h]`` means elapsed time."""
    kind = ""
    index = 0
    while index < len(code):
        char = code[index]
        if char == '"':
            index = code.find('"', index + 1)
            if index < 0:
                break
        elif char == "\\":
            index += 1
        elif char == "[":
            end = code.find("]", index)
            inner = code[index + 1 : end if end > 0 else len(code)].lower()
            if inner and set(inner) <= {"h", "m", "s"}:
                return "duration"
            if end < 0:
                break
            index = end
        elif char in _DATE_LETTERS:
            kind = "date"
        elif char == ";":
            break  # the first section decides, as it does for positive numbers
        index += 1
    return kind


def _serial(value: float, kind: str, epoch: datetime) -> date | time | datetime | timedelta | None:
    """A date-styled number as the grid reader gave it: a time below 1, a date when whole,
    else a date and time (milliseconds rounded); None when beyond the calendar."""
    try:
        if kind == "duration":
            return timedelta(milliseconds=round(value * 86_400_000))
        days = value if epoch is _EPOCH_1904 or value >= 60 else value + 1
        moment = epoch + timedelta(milliseconds=round(days * 86_400_000))
    except OverflowError:
        return None
    if value < 1:
        return moment.time()
    if value.is_integer():
        return moment.date()
    return moment


def _column_name(count: int) -> str:
    """The letters of the ``count``-th column (1 → A, 27 → AA)."""
    letters = ""
    while count > 0:
        count, rest = divmod(count - 1, 26)
        letters = chr(65 + rest) + letters
    return letters or "A"
