"""The shop's own file is never taken for an input: a backup to restore, heads to compare.

Read outside SQLite, it would drop this process's locks on it (tests/storage/
test_two_processes.py shows what follows); and it is no input anyway: restoring the shop
onto itself, or comparing it with itself, proves nothing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.storage import Database, open_database
from app.storage.backup import BackupError, restore
from tests.helpers.orders import database_bytes
from tests.helpers.processes import in_another_process, keys_read_here, shop_file


def test_the_database_knows_its_own_file_and_its_companions(
    database: Database, tmp_path: Path
) -> None:
    path = shop_file(database)
    assert database.holds(path)
    assert database.holds(path.parent / ".." / path.parent.name / path.name)  # another spelling
    with database.write():
        pass  # the WAL exists while the shop is open
    assert database.holds(path.with_name(path.name + "-wal"))
    other = tmp_path / "other.db"
    open_database(f"sqlite:///{other}").dispose()
    assert not database.holds(other)
    assert not database.holds(tmp_path / "missing.db")


def test_restoring_the_shop_onto_itself_is_refused_and_keeps_this_process_in_step(
    database: Database,
) -> None:
    before = database_bytes(database)
    with pytest.raises(BackupError, match="this shop's own database"):
        restore(database, shop_file(database))
    assert database_bytes(database) == before
    in_another_process(shop_file(database))  # a command that reads, then closes
    in_another_process(shop_file(database), "from_the_command_line")
    assert keys_read_here(database) == {"from_the_command_line"}


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en_US.UTF-8", "is this shop's own database"), ("zh_CN.UTF-8", "是本店自己的数据库")],
)
def test_verify_against_the_shop_itself_says_what_to_compare_with(
    tmp_path: Path, language: str, expected: str
) -> None:
    home = tmp_path / "shop"
    run = [sys.executable, "-m", "app", "--data-dir", str(home)]
    environment = {"PATH": "/usr/bin:/bin", "LANG": language, "PYTHONIOENCODING": "utf-8"}
    environment["SHIPPROOF_CONFIG_DIR"] = str(tmp_path / "config")
    subprocess.run([*run, "orders"], check=True, capture_output=True, env=environment)
    [shop] = home.glob("*.db")
    done = subprocess.run(
        [*run, "verify", "--against", str(shop)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 1
    assert expected in done.stderr
    assert "Traceback" not in done.stderr
