"""WebToffee's packed items that once imported as something other than what the file says.

Each case let an order through with lines the file does not give it, with no problem
reported: items past the columns detection reads, a second row of a one-row-per-order
export, an item giving its quantity twice. Each is now refused, or read whole.
"""

from __future__ import annotations

from pathlib import Path

from app.orders.detect import MAX_HEADER_CELLS
from app.orders.importer import FileReport
from app.storage import Database
from tests.helpers.exports import rows_from_dicts, write_csv
from tests.helpers.orders import run_import
from tests.helpers.woocommerce import ONE_ITEM, ORDER_COLUMNS

ITEM = "name:Sencha 100 g|product_id:12|sku:SENCHA-100|quantity:1|total:12.90|sub_total:12.90"


def _import(
    database: Database, tmp_path: Path, header: list[str], *orders: dict[str, str]
) -> FileReport:
    path = write_csv(
        tmp_path / "order_export.csv",
        header,
        rows_from_dicts(header, list(orders)),
        quote_all=True,
        terminator="\n",
    )
    [report] = run_import(database, path)
    return report


def test_an_order_with_more_items_than_the_header_cap_loses_none_silently(
    database: Database, tmp_path: Path
) -> None:
    """A wholesale order of 500 items: the columns past the first 512 of the header were
    never looked at, so 456 lines imported and 44 vanished without a word."""
    items = {f"line_item_{n}": ITEM.replace("SENCHA-100", f"S{n}") for n in range(1, 501)}
    header = [*ORDER_COLUMNS, *items]
    assert len(header) > MAX_HEADER_CELLS
    report = _import(database, tmp_path, header, {**ONE_ITEM, **items})
    assert report.lines == 500 or report.errors


def test_one_order_on_two_rows_is_not_merged_silently(database: Database, tmp_path: Path) -> None:
    """One row per order: two differing rows of one order (two exports pasted together,
    the order changed in between) gave it both rows' items, its one mug packed twice."""
    header = [*ORDER_COLUMNS, "line_item_1"]
    later = {**ONE_ITEM, "status": "processing", "line_item_1": ITEM}
    report = _import(database, tmp_path, header, ONE_ITEM, later)
    assert report.lines == 1 or report.errors or report.warnings


def test_an_item_saying_two_quantities_is_refused(database: Database, tmp_path: Path) -> None:
    """``quantity:1|…|quantity:100``: which is meant is not the importer's guess."""
    header = [*ORDER_COLUMNS, "line_item_1"]
    twice = {**ONE_ITEM, "line_item_1": ITEM + "|quantity:100"}
    report = _import(database, tmp_path, header, twice)
    assert report.errors
