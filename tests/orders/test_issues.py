"""Import problems keep their English word for word while carrying a key the GUI translates."""

from __future__ import annotations

import re
from datetime import UTC

import pytest

from app.orders.cleaning import CellError, clean_datetime, clean_id, clean_int, clean_money
from app.orders.issues import IMPORT_MESSAGES, RowIssue, issue
from app.orders.reading import FileReadError


def test_cell_errors_carry_a_key_and_keep_their_english() -> None:
    with pytest.raises(CellError) as caught:
        clean_int(" 3 boxes ")
    assert str(caught.value) == "'3 boxes' is not a whole number"
    assert (caught.value.key, dict(caught.value.params)) == (
        "not_whole_number",
        {"value": "'3 boxes'"},
    )
    with pytest.raises(CellError, match=r"^'1\.23E\+17' is in scientific notation: the file"):
        clean_id("1.23E+17")
    with pytest.raises(CellError) as caught:
        clean_money("lots")
    assert str(caught.value) == "'lots' is not an amount of money"
    with pytest.raises(CellError) as caught:
        clean_datetime("soon", (), UTC)
    assert str(caught.value) == "'soon' is not a date/time this platform writes"


def test_row_issue_message_is_the_english_of_its_key() -> None:
    repeated = issue("orders.csv", 7, None, "duplicate_row", first="3")
    assert repeated.message == "repeats row 3 exactly; imported once"
    assert repeated.as_dict() == {
        "row": 7,
        "column": None,
        "message": repeated.message,
        "key": "duplicate_row",
        "params": {"first": "3"},
    }
    quantity = issue("orders.csv", 9, None, "no_quantity")
    assert quantity.message == "the line has no quantity"
    cell = CellError("not_money", value="'x'").issue("orders.csv", 4, "Total")
    assert (cell.key, cell.column, cell.message) == (
        "not_money",
        "Total",
        "'x' is not an amount of money",
    )
    empty = FileReadError.keyed("file_empty", file="a.csv").issue("a.csv", None, None)
    assert empty.message == "a.csv: the file is empty"


def test_key_and_values_take_no_part_in_comparing() -> None:
    keyed = issue("orders.csv", 2, "Qty", "empty_order_id")
    plain = RowIssue("orders.csv", 2, "Qty", "the order id is empty")
    assert keyed == plain
    assert hash(keyed) == hash(plain)


@pytest.mark.parametrize("key", sorted(IMPORT_MESSAGES))
def test_every_template_fills_with_its_own_placeholders(key: str) -> None:
    names = re.findall(r"\{(\w+)\}", IMPORT_MESSAGES[key])
    filled = issue("f.csv", 1, None, key, **{name: f"<{name}>" for name in names})
    assert "{" not in filled.message
    assert all(f"<{name}>" in filled.message for name in names)
