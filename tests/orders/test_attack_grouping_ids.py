"""Order ids that clean to one id from different raw cells, across the Etsy pair, out of
order: the order is one order with all its lines, exactly as with clean ids.

The grouper's first pass notes each raw id cell's last row and cleans each distinct cell
once; an order is complete at the largest row of any of its spellings, in the last table
that names it. A spelling's smaller last row must not end the order early.
"""

from __future__ import annotations

from pathlib import Path

from app.storage import Database
from tests.helpers.etsy import SOLD_ORDER_ITEMS, SOLD_ORDERS, sold_order_items, sold_orders
from tests.helpers.exports import rows_from_dicts, write_csv
from tests.helpers.layouts import import_clean, lines

SPELLINGS = ("'{}", '="{}"', " {} ", "{}")


def _pair(tmp_path: Path, spell: bool) -> tuple[Path, Path]:
    orders = sold_orders("Date Shipped")
    items = sold_order_items("Date Shipped")
    # the two-item order's lines apart, the other orders' rows between and after them
    items = [items[0], items[2], items[3], items[1], {**items[0], "Transaction ID": "4005"}]
    if spell:
        for number, row in enumerate(items):
            row["Order ID"] = SPELLINGS[number % 4].format(row["Order ID"])
        for number, row in enumerate(orders):
            row["Order ID"] = SPELLINGS[(number + 1) % 4].format(row["Order ID"])
    folder = tmp_path / ("spelt" if spell else "clean")
    folder.mkdir()
    return (
        write_csv(folder / "EtsySoldOrders2026-9.csv", SOLD_ORDERS, rows_from_dicts(SOLD_ORDERS, orders)),
        write_csv(folder / "EtsySoldOrderItems2026-9.csv", SOLD_ORDER_ITEMS, rows_from_dicts(SOLD_ORDER_ITEMS, items)),
    )  # fmt: skip


def test_spellings_of_one_id_across_the_pair_group_as_clean_ids_do(
    database: Database, tmp_path: Path
) -> None:
    report, spelt = import_clean(database, *_pair(tmp_path, spell=True))
    assert (report.orders_new, report.lines) == (3, 5)
    assert [line[0] for line in lines(spelt["3412345678"])] == ["BOWL-CEL", "WHISK", "BOWL-CEL"]
    assert spelt["3412345678"]["total"] == "65.50"  # the orders file's own fields joined in
