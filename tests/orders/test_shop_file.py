"""Importing (or explaining) the shop's own database file is refused before it is read."""

from __future__ import annotations

from pathlib import Path

from app.orders.explain import explain_files
from app.orders.importer import ImportOptions
from app.orders.wording import problem_text
from app.storage import Database
from tests.helpers.orders import database_bytes, run_import
from tests.helpers.processes import in_another_process, keys_read_here, shop_file


def test_the_shop_s_own_file_is_refused_and_this_process_stays_in_step(
    database: Database,
) -> None:
    before = database_bytes(database)
    [report] = run_import(database, shop_file(database))
    assert report.refused and not report.unrecognised  # no mapping offered for it either
    [problem] = report.errors
    assert problem.key == "shop_database"
    assert "this shop's own database" in problem.message
    assert "本店自己的数据库" in problem_text(problem, "zh")
    assert database_bytes(database) == before
    in_another_process(shop_file(database))  # a command that reads, then closes
    in_another_process(shop_file(database), "from_the_command_line")
    assert keys_read_here(database) == {"from_the_command_line"}


def test_explaining_the_shop_s_own_file_is_refused_too(database: Database) -> None:
    [explained] = explain_files(database, [shop_file(database)], ImportOptions())
    assert explained.error is not None and "own database" in explained.error


def test_a_copy_of_a_shop_is_named_a_database_and_pointed_to_restore(
    database: Database, tmp_path: Path
) -> None:
    """Once "this is a binary file": a backup picked by mistake is told for what it is."""
    other = tmp_path / "other.db"
    other.write_bytes(b"SQLite format 3\x00" + bytes(100))
    before = database_bytes(database)
    [report] = run_import(database, other)
    assert report.refused and not report.unrecognised
    [problem] = report.errors
    assert problem.key == "database_file"
    assert "shipproof restore" in problem.message
    assert "数据库文件" in problem_text(problem, "zh")
    assert database_bytes(database) == before
