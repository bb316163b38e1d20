"""A WebToffee export whose orders hold many packed items is still read as comma-separated.

Every cell is quoted and each item packs its pairs with ``|``: two orders of eight taxed
items carry more pipes a row than the file has columns. Read leniently, ``|`` glued the
quoted cells together and split the items into a width two rows shared, wider than the
comma header, and the whole export was refused as "not an order export". Excel saving
the file again quotes only the items (their tax data holds commas and quotes): split on
``|`` those quotes then sit inside cells, which no delimiter of the file's own leaves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.orders.reading import read_tables
from app.storage import Database
from tests.helpers.exports import rows_from_dicts, write_csv
from tests.helpers.layouts import import_clean, lines
from tests.helpers.woocommerce import ORDER_COLUMNS, TAX_DATA, THREE_ITEMS

ITEMS = {
    f"line_item_{n}": (
        f"name:Tee {n}|product_id:{n}|sku:T{n}|quantity:1|total:2.00|sub_total:2.00|tax:0.20|"
        f"tax_data:{TAX_DATA}|pa_ernte:fruehling"
    )
    for n in range(1, 9)
}


@pytest.mark.parametrize("quote_all", [True, False], ids=["as_exported", "excel_resaved"])
def test_many_packed_items_do_not_make_the_pipe_the_delimiter(
    database: Database, tmp_path: Path, quote_all: bool
) -> None:
    """As exported every cell is quoted; Excel saving it again quotes only the cells that
    need it (the items, for their tax data's commas and quotes)."""
    header = [*ORDER_COLUMNS, *ITEMS]
    orders = [
        {**THREE_ITEMS, **ITEMS, "order_id": n, "order_number": n, "wt_import_key": n}
        for n in ("5001", "5002")
    ]
    rows = rows_from_dicts(header, orders)
    path = write_csv(
        tmp_path / "order_export.csv", header, rows, quote_all=quote_all, terminator="\n"
    )
    [table] = read_tables(path)
    assert table.delimiter == ","
    report, imported = import_clean(database, path)
    assert (report.profile, report.orders_new, report.lines) == ("woocommerce_webtoffee", 2, 16)
    assert [line[0] for line in lines(imported["5002"])] == [f"T{n}" for n in range(1, 9)]


def test_inch_marks_beside_commas_leave_a_tab_file_split_on_tabs(tmp_path: Path) -> None:
    """An unquoted ``Tablet 10", 64GB`` is stray text whatever splits it: it must not
    count against the tab only because its quote touches a comma."""
    path = tmp_path / "report.txt"
    rows = ["order-id\tproduct-name\tquantity-purchased"]
    rows += [f'11{n}\tTablet 10", 64GB\t1' for n in range(3)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    [table] = read_tables(path)
    assert table.delimiter == "\t"
