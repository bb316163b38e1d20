"""WooCommerce through WebToffee's Order Export & Import: one row per order, the items packed
into line_item_1, line_item_2, … (``name:…|product_id:…|sku:…|quantity:…|total:…``).

The header is the exporter's own column keys; a file holds as many line_item columns as
its largest order has items, so smaller orders leave the last ones empty. A packed item
that is no list of key:value pairs, or has no quantity, refuses its order at its row and
column; the other orders import.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from app.orders.detect import match_table
from app.orders.packed_lines import PackedLines
from app.orders.profiles import ProfileError, builtin_profiles, profile_from_dict
from app.orders.reading import read_tables
from app.paths import resource
from app.storage import Database
from tests.helpers.exports import rows_from_dicts, write_csv
from tests.helpers.layouts import import_clean, lines, recipient
from tests.helpers.orders import database_bytes, orders_by_id, run_import
from tests.helpers.woocommerce import ONE_ITEM, ORDER_COLUMNS, THREE_ITEMS

HEADER = [*ORDER_COLUMNS, "line_item_1", "line_item_2", "line_item_3"]


def export(folder: Path, *orders: dict[str, str], name: str = "order_export.csv") -> Path:
    """The file as the exporter writes it: every cell quoted, LF line ends."""
    rows = rows_from_dicts(HEADER, list(orders))
    return write_csv(folder / name, HEADER, rows, quote_all=True, terminator="\n")


def test_one_row_per_order_with_its_items_in_numbered_columns(
    database: Database, tmp_path: Path
) -> None:
    """Three items, one of them taxed with item meta behind it; a one-item order leaves
    line_item_2 and line_item_3 empty."""
    report, orders = import_clean(database, export(tmp_path, THREE_ITEMS, ONE_ITEM))
    assert (report.platform, report.profile, report.orders_new, report.lines) == (
        "woocommerce",
        "woocommerce_webtoffee",
        2,
        4,
    )
    order = orders["4101"]
    assert (order["status"], order["total"], order["currency"]) == (
        "awaiting_dispatch",
        "49.70",
        "EUR",
    )
    assert order["created_at"] == "2026-09-18T16:20:05+01:00"  # the tests' shop zone
    assert order["buyer_note"] == "Bitte klingeln"
    assert lines(order) == [
        ("SENCHA-100", "Tee: Sencha, 100 g", None, 2, "12.90"),  # a colon in the name is kept
        ("KYUSU", "Kyusu Teekanne", None, 1, "18.00"),
        (None, "Probe Genmaicha", None, 1, "0.00"),
    ]
    assert recipient(order, "name", "phone", "address", "city", "postcode", "country") == (
        "Anna Beispiel",
        "+43 316 000000",  # no shipping phone: the billing one
        "Probegasse 7, Top 3",
        "Wien",
        "1010",
        "AT",
    )
    pickup = orders["4102"]
    assert pickup["status"] == "completed"
    assert lines(pickup) == [("SENCHA-100", "Sencha 100 g", None, 1, "12.90")]
    # name and phone fall back to the billing ones row by row; address parts never mix
    assert recipient(pickup, "name", "phone", "city") == ("Lena Probe", "+43 1 0000000", None)


def test_an_empty_item_column_between_two_filled_ones_is_no_line(
    database: Database, tmp_path: Path
) -> None:
    gap = {**THREE_ITEMS, "line_item_2": ""}
    _report, orders = import_clean(database, export(tmp_path, gap))
    assert [line[0] for line in lines(orders["4101"])] == ["SENCHA-100", None]


def test_the_item_columns_are_found_by_their_number(tmp_path: Path) -> None:
    """In number order wherever they stand; a column named like one but not numbered is not."""
    header = ["order_number", "status", "line_item_10", "line_item_2", "line_item_x", "line_item_1"]
    path = write_csv(tmp_path / "o.csv", header, [["1", "processing", "", "", "", "quantity:1"]])
    [table] = read_tables(path)
    profile = next(p for p in builtin_profiles() if p.name == "woocommerce_webtoffee")
    match = match_table(table, [profile])
    assert match is not None
    assert PackedLines(match).headers == ["line_item_1", "line_item_2", "line_item_10"]


def test_a_malformed_item_refuses_its_order_at_its_row_and_column(
    database: Database, tmp_path: Path
) -> None:
    broken = {**THREE_ITEMS, "line_item_2": "name:Kyusu Teekanne|Kyusu|quantity:1|total:18.00"}
    [report] = run_import(database, export(tmp_path, broken, ONE_ITEM))
    assert report.orders_new == 1 and set(orders_by_id(database)) == {"4102"}
    [error] = report.errors
    assert (error.row, error.column, error.key) == (2, "line_item_2", "packed_item_malformed")
    assert error.message == (
        "'Kyusu' in this item is not a key with its value; the order was not imported: "
        "export the file again"
    )


def test_an_item_without_a_quantity_refuses_its_order(database: Database, tmp_path: Path) -> None:
    before = database_bytes(database)
    broken = {**ONE_ITEM, "line_item_1": "name:Sencha 100 g|sku:SENCHA-100|total:12.90"}
    [report] = run_import(database, export(tmp_path, broken))
    assert report.refused and report.orders_new == 0
    error = report.errors[0]
    assert (error.row, error.column, error.key) == (2, "line_item_1", "packed_item_no_quantity")
    assert "has no quantity" in error.message
    assert database_bytes(database) == before


def test_a_bad_value_inside_an_item_is_reported_at_its_column(
    database: Database, tmp_path: Path
) -> None:
    broken = {**THREE_ITEMS, "line_item_3": "name:Probe|sku:P-1|quantity:zwei|total:0.00"}
    [report] = run_import(database, export(tmp_path, broken, ONE_ITEM))
    assert report.orders_new == 1
    [error] = report.errors
    assert (error.row, error.column, error.message) == (
        2,
        "line_item_3",
        "'zwei' is not a whole number",
    )


def test_an_escaped_separator_is_part_of_the_value(database: Database, tmp_path: Path) -> None:
    escaped = {**ONE_ITEM, "line_item_1": r"name:Tasse 2er Set \| blau|sku:CUP-2|quantity:1"}
    _report, orders = import_clean(database, export(tmp_path, escaped))
    assert lines(orders["4102"])[0][:2] == ("CUP-2", "Tasse 2er Set | blau")


QUANTITY = {"quantity": "quantity"}


@pytest.mark.parametrize(
    ("packed", "says"),
    [
        ({"repeated": "line_item", "separator": "|", "pair": ":", "fields": QUANTITY}, "one {n}"),
        ({"repeated": "item_{n}", "separator": "|", "pair": "|", "fields": QUANTITY}, "differ"),
        ({"repeated": "item_{n}", "separator": "|", "pair": ":", "fields": {"sku": "sku"}}, "quantity"),
        (
            {"repeated": "item_{n}", "separator": "|", "pair": ":", "fields": {**QUANTITY, "x": "x"}},
            "not line fields",
        ),
        ("line_item_{n}", "a mapping"),
    ],
)  # fmt: skip
def test_a_malformed_packed_lines_definition_is_refused_at_load(packed: object, says: str) -> None:
    raw = yaml.safe_load(resource("platforms", "woocommerce_webtoffee.yaml").read_text("utf-8"))
    broken = {**raw["tables"]["orders"], "packed_lines": packed}
    with pytest.raises(ProfileError, match=re.escape(says)):
        profile_from_dict({**raw, "tables": {"orders": broken}}, "broken")


def test_line_fields_are_either_columns_or_packed() -> None:
    raw = yaml.safe_load(resource("platforms", "woocommerce_webtoffee.yaml").read_text("utf-8"))
    both = {**raw["tables"]["orders"]}
    both["columns"] = {**both["columns"], "sku": "sku"}
    with pytest.raises(ProfileError, match="either columns or packed_lines"):
        profile_from_dict({**raw, "tables": {"orders": both}}, "broken")
