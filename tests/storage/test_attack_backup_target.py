"""A backup is never written over the shop's own file or its companions.

``backup`` renames its verified copy onto the target. Named as the shop's file, that
swapped the live database under every open connection (another station's later commits
went to the old, unlinked file); named as its ``-wal``, it put a database where SQLite
reads the write-ahead log, and the shop no longer opened ("file is not a database").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.storage import Database
from app.storage.backup import BackupError, backup
from tests.helpers.orders import database_bytes
from tests.helpers.processes import shop_file


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_a_backup_onto_the_shop_itself_is_refused(database: Database, suffix: str) -> None:
    with database.write():
        pass  # the WAL and its index exist while the shop is open
    own = shop_file(database)
    target = own.with_name(own.name + suffix)
    before = target.read_bytes() if suffix else database_bytes(database)
    with pytest.raises(BackupError, match="this shop's own database"):
        backup(database, target)
    assert (target.read_bytes() if suffix else database_bytes(database)) == before
    assert not target.with_name(target.name + ".partial").exists()


def test_a_link_to_the_shop_is_refused_as_a_target(database: Database, tmp_path: Path) -> None:
    link = tmp_path / "link.db"
    link.symlink_to(shop_file(database))
    with pytest.raises(BackupError, match="this shop's own database"):
        backup(database, link)
    assert link.is_symlink()
