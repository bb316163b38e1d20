"""What an import reports back: problems tied to a place in a file, progress, cancelling.

Every sentence the import says about a file or a row is a keyed English template in
:data:`IMPORT_MESSAGES`; a :class:`RowIssue` carries its key and values beside the English,
so the GUI can say the same in the shopkeeper's language (``app.ui.core_messages``). Keep
placeholders stable, and add a key (with its translation in app/ui) rather than reword one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Self

ProgressFn = Callable[[int, int, str], None]  # (done, total or 0 when unknown, what)

IMPORT_MESSAGES: dict[str, str] = {
    # a cell (app/orders/cleaning.py); {value} is the cell as Python quotes it: 'abc'
    "scientific_notation": (
        "{value} is in scientific notation: the file was re-saved by a spreadsheet and digits "
        "were lost; export it again from the platform"
    ),
    "not_whole_number": "{value} is not a whole number",
    "not_money": "{value} is not an amount of money",
    "not_datetime": "{value} is not a date/time this platform writes",
    # a row (app/orders/grouping.py, app/orders/normalize.py)
    "duplicate_row": "repeats row {first} exactly; imported once",
    "empty_order_id": "the order id is empty",
    "truncated_row": (
        "the file ends inside this row ({width} of {columns} columns): it looks truncated, "
        "so this order was not imported; export the file again"
    ),
    "no_order_row": (
        "order {order} has item rows but no order row (missing, or refused above): not imported"
    ),
    "unknown_status": (
        "order {order}: status {status} is not one this profile knows; nothing was guessed"
    ),
    "unknown_status_empty": (
        "order {order}: status '(empty)' is not one this profile knows; nothing was guessed"
    ),
    "no_quantity": "the line has no quantity",
    # a whole file (app/orders/importer.py, app/orders/stores.py)
    "not_an_export": (
        "{file} is not an order export of any known platform (its first row reads: "
        "{first_row}). Choose the platform, or map its columns in the app"
    ),
    "not_an_export_empty": (
        "{file} is not an order export of any known platform (its first row reads: "
        "nothing). Choose the platform, or map its columns in the app"
    ),
    "part_of_export": (
        "this is the {table} of a {platform} export; import it together with its {wanted}"
    ),
    "table_missing": "no {table} given: orders imported without what it holds",
    "no_readable_order": "no order in the file could be read; see the rows above",
    "no_orders": "the file has a header but no orders",
    "several_stores": (
        "there are several {platform} stores ({stores}): choose the one these orders "
        "belong to (--store on the command line)"
    ),
    # a file that cannot be read as a table (app/orders/reading.py)
    "file_empty": "{file}: the file is empty",
    "encrypted_workbook": (
        "{file}: the workbook is password-protected (encrypted). Open it in Excel or "
        "WPS, remove the password, save it, and import the saved copy"
    ),
    "binary_file": "{file}: this is a binary file, not a text export",
    "unknown_encoding": (
        "{file}: the text encoding cannot be recognised (not UTF-8, GBK/GB18030 or "
        "Windows-1252); export it again or save it as UTF-8"
    ),
    "mixed_utf8": (
        "{file}: line {line} is not valid UTF-8 although the rest of the file is; "
        "the file was probably edited with another encoding. Export it again"
    ),
    "bad_line_encoding": (
        "{file}: line {line} is not valid {encoding} text although the file says it is"
    ),
    "no_sheets": "{file}: the workbook has no sheets",
}


def english(key: str, params: Mapping[str, str]) -> str:
    """The English sentence of ``key`` with its values filled in."""
    return IMPORT_MESSAGES[key].format(**params)


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
        return {"row": self.row, "column": self.column, "message": self.message}


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
