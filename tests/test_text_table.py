"""Terminal columns line up when a cell holds Chinese (two cells a character)."""

from __future__ import annotations

from app.text_table import aligned, cells


def test_wide_characters_count_two_cells() -> None:
    assert cells("王小明") == 6 and cells("Zoë") == 3 and cells("１２") == 4 and cells("") == 0


def test_columns_start_at_the_same_cell_and_lines_do_not_end_in_spaces() -> None:
    lines = aligned([("王小明", "#1", "x"), ("Mia Example", "#22", "")])
    assert lines == ["王小明       #1   x", "Mia Example  #22"]
    assert {cells(line[: line.index("#")]) for line in lines} == {13}
    assert aligned([]) == []
