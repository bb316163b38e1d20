"""Crafted backups: every file that is not exactly a ShipProof shop is refused, the shop
left byte for byte as it was."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.backup import BackupError, backup, problems, restore
from app.dispatch.station import Station
from app.storage import Database
from tests.orders.support import database_bytes, run_import
from tests.orders.test_taobao import write_pair


@pytest.fixture
def shop(database: Database, tmp_path: Path) -> Database:
    orders = [{"订单编号": '="4001"', "订单状态": "买家已付款，等待卖家发货", "收货人姓名": "李雷"}]
    items = [{"订单编号": '="4001"', "标题": "茶叶", "价格": "10.00", "购买数量": "1"}]
    run_import(database, *write_pair(tmp_path, orders, items))
    station = Station(database, "s1", "Lin", clock=lambda: datetime(2026, 9, 22, 9, tzinfo=UTC))
    station.scan("4001")
    station.scan("73123456789012")
    return database


def edited(statements: str) -> Callable[[Path], None]:
    def craft(path: Path) -> None:
        with sqlite3.connect(path) as connection:
            connection.executescript(statements)
        connection.close()

    return craft


CRAFTS: dict[str, Callable[[Path], None]] = {
    "a trigger that undoes a dispatch": edited(
        "CREATE TRIGGER undo AFTER INSERT ON scans BEGIN"
        " UPDATE orders SET status = 'awaiting_dispatch'; END;"
    ),
    "a trigger that writes orders on every scan": edited(
        "CREATE TRIGGER touch AFTER INSERT ON scans BEGIN UPDATE orders SET seller_note = 'x'; END;"
    ),
    "the scan log replaced by a view": edited(
        "ALTER TABLE scans RENAME TO scans_real; CREATE VIEW scans AS SELECT * FROM scans_real;"
    ),
    "a table of its own": edited("CREATE TABLE extra (id INTEGER PRIMARY KEY);"),
    "an index of its own": edited("CREATE INDEX ix_extra ON orders (seller_note);"),
    "a dropped column": edited("ALTER TABLE orders DROP COLUMN seller_note;"),
    "an unrelated SQLite file": lambda path: (
        path.unlink(),
        edited("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);")(path),
    ),
    "an empty SQLite database": lambda path: (path.unlink(), sqlite3.connect(path).close()),
    "an empty file": lambda path: path.write_bytes(b""),
}


@pytest.mark.parametrize("name", sorted(CRAFTS))
def test_a_crafted_backup_is_refused_and_the_shop_unchanged(
    shop: Database, tmp_path: Path, name: str
) -> None:
    crafted = backup(shop, tmp_path / "backups" / "crafted.db")
    CRAFTS[name](crafted)
    before = database_bytes(shop)
    with pytest.raises(BackupError, match=r"crafted\.db"):
        restore(shop, crafted)
    assert database_bytes(shop) == before


def test_a_file_name_with_a_hash_sign_is_checked_itself(shop: Database, tmp_path: Path) -> None:
    good = backup(shop, tmp_path / "b" / "good.db")
    bad = tmp_path / "b" / "shop#2.db"
    shutil.copyfile(good, bad)
    edited("CREATE TRIGGER t AFTER INSERT ON scans BEGIN DELETE FROM orders; END;")(bad)
    (tmp_path / "b" / "shop").write_bytes(good.read_bytes())  # what 'file:…shop#2.db' opened
    assert problems(good) == []
    assert any("trigger t" in problem for problem in problems(bad))


def test_a_backup_made_before_the_newest_migration_is_still_accepted(
    database: Database, tmp_path: Path
) -> None:
    from alembic import command
    from sqlalchemy import create_engine

    from app.storage.migrate import alembic_config

    old = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{old.as_posix()}")
    with engine.begin() as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0005")
    engine.dispose()
    assert problems(old) == []
