"""What an import reports back: problems tied to a place in a file, progress, cancelling.

Every sentence the import says about a file or a row is a keyed English template in
:data:`IMPORT_MESSAGES`; a :class:`RowIssue` carries its key and values beside the English,
so every face can say the same in the shopkeeper's language: each template is declared
once, for the catalogue (:mod:`app.catalogue`, context ``ImportProblem``). Keep
placeholders stable, and add a key (then translate it in the .ts) rather than reword one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Self

from app.catalogue import QT_TRANSLATE_NOOP

ProgressFn = Callable[[int, int, str], None]  # (done, total or 0 when unknown, what)

IMPORT_MESSAGES: dict[str, str] = {
    # a cell (app/orders/cleaning.py); {value} is the cell as Python quotes it: 'abc'
    "scientific_notation": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value} is in scientific notation: the file was re-saved by a spreadsheet and digits "
        "were lost; export it again from the platform",
    ),
    "not_whole_number": QT_TRANSLATE_NOOP("ImportProblem", "{value} is not a whole number"),
    "not_money": QT_TRANSLATE_NOOP("ImportProblem", "{value} is not an amount of money"),
    "not_datetime": QT_TRANSLATE_NOOP(
        "ImportProblem", "{value} is not a date/time this platform writes"
    ),
    # a row (app/orders/grouping.py, app/orders/normalize.py)
    "duplicate_row": QT_TRANSLATE_NOOP(
        "ImportProblem", "repeats row {first} exactly; imported once"
    ),
    "empty_order_id": QT_TRANSLATE_NOOP("ImportProblem", "the order id is empty"),
    "truncated_row": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the file ends inside this row ({width} of {columns} columns): it looks truncated, "
        "so this order was not imported; export the file again",
    ),
    "no_order_row": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "order {order} has item rows but no order row (missing, or refused above): not imported",
    ),
    "unknown_status": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "order {order}: status {status} is not one this profile knows; nothing was guessed",
    ),
    "unknown_status_empty": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "order {order}: status '(empty)' is not one this profile knows; nothing was guessed",
    ),
    "no_quantity": QT_TRANSLATE_NOOP("ImportProblem", "the line has no quantity"),
    # an item packed into one cell (app/orders/packed_lines.py)
    "packed_item_malformed": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{part} in this item is not a key with its value; the order was not imported: export "
        "the file again",
    ),
    "packed_item_key_twice": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the item {item} gives {name} twice; which one is meant is not for the import to "
        "guess, so the order was not imported",
    ),
    "packed_order_twice": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "order {order} is also on row {first}, and this export has one row per order: its "
        "items would be packed twice, so the order was not imported",
    ),
    "packed_item_no_quantity": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the item {item} has no {name}: nothing says how many to pack, so the order was not "
        "imported",
    ),
    # a whole file (app/orders/importer.py, app/orders/stores.py)
    "not_an_export": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file} is not an order export of any known platform (its first row reads: "
        "{first_row}). Choose the platform, or map its columns in the app",
    ),
    "not_an_export_empty": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file} is not an order export of any known platform (its first row reads: "
        "nothing). Choose the platform, or map its columns in the app",
    ),
    "not_an_export_missing": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file} is not an order export of any known platform: row {header_row} reads {seen}; the "
        "closest is {profile} ({found} of {known} known columns), but it lacks {missing}, "
        "which an import needs. Choose the platform, or map its columns in the app",
    ),
    "not_an_export_indistinct": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file} is not an order export of any known platform: row {header_row} reads {seen}; "
        "the closest is {profile} ({found} of {known} known columns), but it has none of "
        "{distinct}, which tell that export apart. Choose the platform, or map its columns "
        "in the app",
    ),
    "not_an_export_weak": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file} is not an order export of any known platform: row {header_row} reads {seen}; the "
        "closest is {profile}, with only {found} of {known} known columns. Choose the "
        "platform, or map its columns in the app",
    ),
    "ambiguous_profile": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: its columns fit several profiles about equally well ({candidates}); "
        "choose which one it is",
    ),
    "part_of_export": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "this is the {table} of a {platform} export; import it together with its {wanted}",
    ),
    "table_missing": QT_TRANSLATE_NOOP(
        "ImportProblem", "no {table} given: orders imported without what it holds"
    ),
    "no_readable_order": QT_TRANSLATE_NOOP(
        "ImportProblem", "no order in the file could be read; see the rows above"
    ),
    "no_orders": QT_TRANSLATE_NOOP("ImportProblem", "the file has a header but no orders"),
    "unknown_store": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "the shop has no {platform} store called {store} (it has {stores}): choose one of "
        "them, or add the store first in Settings → Platforms and stores (shipproof stores "
        "add on the command line)",
    ),
    "store_name_unusable": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{store} cannot name a store: 1 to {limit} characters, with no line break or "
        "invisible character",
    ),
    "several_stores": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "there are several {platform} stores ({stores}): choose the one these orders "
        "belong to (--store on the command line)",
    ),
    # a file that cannot be read as a table (app/orders/reading.py)
    "file_empty": QT_TRANSLATE_NOOP("ImportProblem", "{file}: the file is empty"),
    "shop_database": QT_TRANSLATE_NOOP(
        "ImportProblem", "{file} is this shop's own database, not an export of orders"
    ),
    "encrypted_workbook": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: the workbook is password-protected (encrypted). Open it in Excel or "
        "WPS, remove the password, save it, and import the saved copy",
    ),
    "binary_file": QT_TRANSLATE_NOOP(
        "ImportProblem", "{file}: this is a binary file, not a text export"
    ),
    "database_file": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: this is a database (SQLite), not an export of orders; a ShipProof backup "
        "comes back with 'shipproof restore', not by importing it",
    ),
    "unknown_encoding": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: the text encoding cannot be recognised (not UTF-8, GBK/GB18030 or "
        "Windows-1252); export it again or save it as UTF-8",
    ),
    "mixed_utf8": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: line {line} is not valid UTF-8 although the rest of the file is; "
        "the file was probably edited with another encoding. Export it again",
    ),
    "bad_line_encoding": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: line {line} is not valid {encoding} text although the file says it is",
    ),
    "no_sheets": QT_TRANSLATE_NOOP("ImportProblem", "{file}: the workbook has no sheets"),
    # a hostile or damaged file, refused before anything is read into memory (issue 13)
    "workbook_not_zip": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: not a readable Excel workbook (an .xlsx file is a zip archive and this one "
        "is not); export it again, or save it as .xlsx or CSV",
    ),
    "workbook_unreadable": QT_TRANSLATE_NOOP(
        "ImportProblem", "{file}: not a readable Excel workbook ({reason})"
    ),
    "xls_damaged": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: the Excel 97-2003 workbook (.xls) is damaged: its parts point past its end or "
        "into each other; export it again, or save it as .xlsx",
    ),
    "ole_not_workbook": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: an Office file, but not an Excel workbook (it holds no sheets); export the "
        "orders again as .xls, .xlsx or CSV",
    ),
    "sheet_unreadable": QT_TRANSLATE_NOOP(
        "ImportProblem", "{file}: sheet {sheet} cannot be read ({reason})"
    ),
    "workbook_damaged": QT_TRANSLATE_NOOP(
        "ImportProblem", "{file}: the workbook is damaged or cut short ({reason}); export it again"
    ),
    "workbook_truncated": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: the workbook is cut short (its zip directory is missing), as an interrupted "
        "download or copy leaves it; export it again",
    ),
    "zip_not_workbook": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: a zip archive, but not an Excel workbook (it holds {names}); unpack it and "
        "import the export inside",
    ),
    "workbook_unsupported": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: {kind} workbooks are not read; save it as .xlsx or CSV and import that",
    ),
    "workbook_too_large": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: the workbook unpacks to {size} MB, more than the {limit} MB ShipProof reads; "
        "export fewer orders at a time",
    ),
    "workbook_bomb": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: {part} unpacks to {ratio} times its packed size, which no real export does; "
        "it was not read",
    ),
    "sheet_claims_too_much": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: sheet {sheet} claims cells up to {extent} but holds {rows} rows; open it in "
        "Excel or WPS, save it again, and import the saved copy",
    ),
    "sheet_sparse": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: sheet {sheet} has cells as far as {extent} but only {cells} cells hold "
        "anything; delete the stray cells far from the data, save it, and import it again",
    ),
    "sheet_beyond_excel": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: sheet {sheet} has a cell at {cell}, beyond the last row or column Excel allows",
    ),
    "sheet_rows_out_of_order": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: sheet {sheet}: row {number} comes after row {previous}; the sheet is damaged, "
        "export it again",
    ),
    "sheet_bad_cell": QT_TRANSLATE_NOOP(
        "ImportProblem", "{file}: sheet {sheet}: cell {cell} is damaged; export the file again"
    ),
    "sheet_xml_bad": QT_TRANSLATE_NOOP(
        "ImportProblem", "{file}: {sheet} is not well-formed XML ({reason}); export it again"
    ),
    "sheet_record_too_large": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: {sheet} holds more than {limit} MB of XML in one piece (a cell that long, or "
        "nesting that deep, is no order data); it was not read",
    ),
    "sheet_too_many_elements": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: {sheet} holds over a million XML elements outside its rows, which no "
        "spreadsheet writes; it was not read",
    ),
    "cell_too_long": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: sheet {sheet}, cell {cell}: {length} characters, more than the {limit} "
        "ShipProof reads in one cell; export the file again",
    ),
    "record_unreadable": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{file}: record {record} cannot be read ({reason}); a cell longer than {limit} KB or "
        "a broken quote",
    ),
    # a cell beyond what its column can hold (app/orders/cleaning.py)
    "quantity_out_of_range": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value} is not a quantity a line can have (a whole number from 0 to {limit})",
    ),
    "money_out_of_range": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "{value} is beyond the amounts ShipProof keeps exactly (up to {limit} either way)",
    ),
    "date_out_of_range": QT_TRANSLATE_NOOP(
        "ImportProblem", "{value} is not a date an order can have (years {first} to {last})"
    ),
    "too_long": QT_TRANSLATE_NOOP(
        "ImportProblem", "{value} is longer than the {limit} characters ShipProof keeps for it"
    ),
    "order_id_hidden_character": QT_TRANSLATE_NOOP(
        "ImportProblem",
        "order id {value} holds {character} at position {position}, which no platform "
        "writes in an order id; kept apart it would look like another order, merged it "
        "could join two, so the row was not imported: export the file again",
    ),
    # more problems than a report lists
    "more_errors": QT_TRANSLATE_NOOP("ImportProblem", "{count} more errors not listed"),
    "more_warnings": QT_TRANSLATE_NOOP("ImportProblem", "{count} more warnings not listed"),
}

SHOWN_CHARS = 80  # of a cell quoted in a message; the rest is counted, not echoed
MAX_LISTED = 200  # problems of each kind a report keeps; the rest are only counted


def quoted(value: str) -> str:
    """A cell as a message quotes it: ``'abc'``, or its first :data:`SHOWN_CHARS`
    characters and its length, so a 300 MB cell is never echoed back whole."""
    if len(value) <= SHOWN_CHARS:
        return repr(value)
    return f"{value[:SHOWN_CHARS]!r}… ({len(value):,} characters)"


def english(key: str, params: Mapping[str, str]) -> str:
    """The English sentence of ``key`` with its values filled in."""
    return IMPORT_MESSAGES[key].format(**params)


class IssueLog:
    """The problems of one kind an import finds: the first :data:`MAX_LISTED` kept, the
    rest counted, so a file with a million bad rows reports in kilobytes."""

    def __init__(self, limit: int = MAX_LISTED) -> None:
        self.limit = limit
        self.kept: list[RowIssue] = []
        self.omitted = 0

    def add(self, found: RowIssue) -> None:
        if len(self.kept) < self.limit:
            self.kept.append(found)
        else:
            self.omitted += 1

    def extend(self, found: Iterable[RowIssue]) -> None:
        for item in found:
            self.add(item)

    def __bool__(self) -> bool:
        return bool(self.kept)

    def listed(self, source: str, key: str) -> list[RowIssue]:
        """What a report shows: the kept problems, and how many more (``key`` words it)."""
        more = [issue(source, None, None, key, count=f"{self.omitted:,}")] if self.omitted else []
        return [*self.kept, *more]


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass(frozen=True)
class RowIssue:
    """A problem tied to a place in a file: which table, which row (1-based), which column.

    ``message`` is the English; ``key`` (a key of :data:`IMPORT_MESSAGES`, or "" when the
    words come from elsewhere, such as a library's error) and ``params`` let it be said again
    in another language. They take no part in comparing or hashing.
    """

    source: str
    row: int | None
    column: str | None
    message: str
    key: str = field(default="", compare=False)
    params: Mapping[str, str] = field(default_factory=dict, compare=False)

    def as_dict(self) -> dict[str, Any]:
        """As an import's record and ``--json`` keep it: the English words, and the key and
        values that say them again in any language (none for words from elsewhere)."""
        said = {"key": self.key, "params": dict(self.params)} if self.key else {}
        return {"row": self.row, "column": self.column, "message": self.message, **said}


def issue(source: str, row: int | None, column: str | None, key: str, **params: str) -> RowIssue:
    """A :class:`RowIssue` worded by the template ``key``."""
    return RowIssue(source, row, column, english(key, params), key, params)


class KeyedError(Exception):
    """An error whose English comes from :data:`IMPORT_MESSAGES` (``key`` "" when not)."""

    def __init__(self, message: str, key: str = "", params: Mapping[str, str] | None = None):
        super().__init__(message)
        self.key = key
        self.params: Mapping[str, str] = dict(params or {})

    @classmethod
    def keyed(cls, key: str, **params: str) -> Self:
        return cls(english(key, params), key, params)

    def issue(self, source: str, row: int | None, column: str | None) -> RowIssue:
        """This error as a problem found at a place in a file."""
        return RowIssue(source, row, column, str(self), self.key, self.params)
