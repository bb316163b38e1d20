"""Two processes on one SQLite shop: what one commits, the other reads on its next read.

The GUI and a command (or two stations on one computer) share the shop's file. SQLite keeps
them in step with POSIX locks on it, and on Linux and macOS a process loses every lock it
holds on a file the moment any handle on that file is closed outside SQLite (a copy, a
``read_bytes``). Another process then takes itself for the last user, folds the WAL into the
file and deletes it, while this process goes on reading the deleted WAL: it sees nothing
that was committed since, and what it commits is lost to the others.

The other process here is plain ``sqlite3`` in a child Python: the same locking protocol as
a ShipProof command, without its start-up time.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from app.storage import Database, open_database
from app.storage.migrate import alembic_config, head_revision
from app.storage.models import Setting
from tests.helpers.orders import database_bytes
from tests.helpers.processes import in_another_process, keys_read_here, shop_file


def an_older_shop(path: Path) -> str:
    """A shop file at the revision before head, in WAL mode as ShipProof left it."""
    url = f"sqlite:///{path.as_posix()}"
    older = Database(url)
    config = alembic_config()
    below_head = ScriptDirectory.from_config(config).get_revision(head_revision()).down_revision
    assert isinstance(below_head, str)
    with older.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, below_head)
    older.dispose()
    return url


def test_what_another_process_commits_is_read_here_next(database: Database) -> None:
    """No pooled connection keeps an old snapshot: each session reads afresh."""
    assert keys_read_here(database) == set()
    in_another_process(shop_file(database))
    in_another_process(shop_file(database), "from_the_command_line")
    assert keys_read_here(database) == {"from_the_command_line"}


def test_a_shop_migrated_at_start_stays_in_step_with_other_processes(tmp_path: Path) -> None:
    """The copy kept before migrating once dropped this process's locks on the shop."""
    path = tmp_path / "shop.db"
    database = open_database(an_older_shop(path))
    try:
        in_another_process(path)  # a command that only reads, then closes
        in_another_process(path, "from_the_command_line")
        assert keys_read_here(database) == {"from_the_command_line"}
        with database.write() as session:
            session.add(Setting(key="from_the_app", value="x"))
        assert in_another_process(path) == {"from_the_command_line", "from_the_app"}
    finally:
        database.dispose()


def test_the_copy_kept_before_migrating_holds_what_is_still_in_the_wal(tmp_path: Path) -> None:
    path = tmp_path / "shop.db"
    url = an_older_shop(path)
    with closing(sqlite3.connect(path)) as station:  # still open: its commit stays in the WAL
        station.execute("INSERT INTO settings (key, value) VALUES ('packed', 'x')")
        station.commit()
        open_database(url).dispose()
    [copy] = tmp_path.glob("shop.db.before-*")
    with closing(sqlite3.connect(copy)) as kept:
        assert kept.execute("SELECT key FROM settings").fetchall() == [("packed",)]
    assert not copy.with_name(copy.name + "-wal").exists(), "the copy is one file"


def test_comparing_the_shops_bytes_leaves_this_process_in_step(database: Database) -> None:
    """The import tests' 'changed nothing' check once left the test reading a dead WAL."""
    before = database_bytes(database)
    in_another_process(shop_file(database))
    in_another_process(shop_file(database), "from_the_command_line")
    assert keys_read_here(database) == {"from_the_command_line"}
    assert database_bytes(database) != before
