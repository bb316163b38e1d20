"""Backups: a verified online copy, rotation, and a restore that refuses a broken or
crafted file, leaving the shop byte for byte as it was."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.dispatch.station import Station
from app.storage import Database
from app.storage.backup import (
    BackupError,
    backup,
    daily_backup,
    daily_file,
    problems,
    restore,
    rotate,
)
from app.storage.models import Order, Scan
from tests.helpers.orders import database_bytes, run_import
from tests.helpers.shop import one_dispatched_order
from tests.helpers.taobao import write_pair

pytestmark = pytest.mark.shop(stocked_by=one_dispatched_order)


def counts(database: Database) -> tuple[int, int]:
    with database.session() as session:
        return (
            session.scalar(select(func.count(Order.id))) or 0,
            session.scalar(select(func.count(Scan.id))) or 0,
        )


def test_backup_then_restore_round_trip(shop: Database, tmp_path: Path) -> None:
    copy = backup(shop, tmp_path / "b" / "copy.db")
    assert problems(copy) == [] and not list(copy.parent.glob("*.partial"))
    before = counts(shop)
    Station(shop, "s1", "Lin").scan("4001")  # work done after the backup…
    assert counts(shop) != before
    aside = restore(shop, copy, now=datetime(2026, 9, 23, 8))
    assert counts(shop) == before  # …is gone from the shop, but kept aside
    assert aside.name.endswith(".before-restore-20260923-080000") and aside.exists()


def test_a_corrupted_backup_is_refused_and_nothing_changes(shop: Database, tmp_path: Path) -> None:
    copy = backup(shop, tmp_path / "copy.db")
    data = bytearray(copy.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of garbage
    copy.write_bytes(bytes(data))
    before = counts(shop)
    with pytest.raises(BackupError, match=r"copy\.db"):
        restore(shop, copy)
    assert counts(shop) == before
    assert not list(Path(str(shop.engine.url.database)).parent.glob("*.before-restore-*"))


def test_a_backup_with_an_edited_scan_is_refused(shop: Database, tmp_path: Path) -> None:
    copy = backup(shop, tmp_path / "copy.db")
    with sqlite3.connect(copy) as connection:
        connection.execute("UPDATE scans SET operator = 'someone else' WHERE seq = 1")
    connection.close()
    with pytest.raises(BackupError, match="chain scans broken at record 1"):
        restore(shop, copy)


def test_not_a_database_is_refused(shop: Database, tmp_path: Path) -> None:
    text = tmp_path / "orders.csv"
    text.write_text("order,name\n1,x\n", encoding="utf-8")
    assert "not a ShipProof database" in problems(text)[0]
    assert "no such file" in problems(tmp_path / "missing.db")[0]


def test_daily_backups_once_a_day_and_rotated(shop: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    start = date(2026, 8, 1)
    for offset in range(60):
        assert daily_backup(shop, folder, start + timedelta(days=offset)) is not None
    assert daily_backup(shop, folder, start + timedelta(days=59)) is None  # already today
    kept = sorted(path.name for path in folder.glob("*.db"))
    assert len(kept) == 11  # seven days and four earlier weeks
    assert kept[-1] == daily_file(folder, start + timedelta(days=59)).name
    assert rotate(folder) == []


def test_parcel_photos_travel_with_backups_restores_and_moves(
    database: Database, tmp_path: Path
) -> None:
    import hashlib
    import io

    from PIL import Image

    from app.data_folder import move_to
    from app.dispatch.photos import FolderPhotos, PhotoStore
    from app.evidence.files import write_packs

    orders = [{"订单编号": '="4002"', "订单状态": "买家已付款，等待卖家发货"}]
    items = [{"订单编号": '="4002"', "标题": "茶壶", "价格": "30.00", "购买数量": "1"}]
    run_import(database, *write_pair(tmp_path, orders, items))
    buffer = io.BytesIO()
    Image.new("RGB", (320, 240), (120, 60, 30)).save(buffer, "JPEG")
    photo = buffer.getvalue()
    digest = hashlib.sha256(photo).hexdigest()
    station = Station(database, "s1", "Lin", photos=PhotoStore.of(database))
    station.scan("4002")
    assert station.scan("73123456789012", photo=photo).photo_sha256 == digest

    copy = backup(database, tmp_path / "backups" / "copy.db")
    assert FolderPhotos.beside(copy).path(digest).read_bytes() == photo
    assert backup(database, tmp_path / "backups" / "again.db")  # shared: written once

    PhotoStore.of(database).path(digest).unlink()  # the shop's photo folder is lost…
    restore(database, copy)
    assert PhotoStore.of(database).check(digest) == "ok"  # …and comes back with the restore
    [pack] = write_packs(database, ["4002"], tmp_path / "packs")
    assert pack.integrity == "ok"

    moved = move_to(database, tmp_path, tmp_path / "elsewhere")
    assert FolderPhotos.beside(moved).check(digest) == "ok"


# --- crafted backups: every file that is not exactly a ShipProof shop is refused ---------
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
