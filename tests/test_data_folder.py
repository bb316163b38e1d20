"""Moving the shop to another folder: a verified copy, chosen for the next start, old kept."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.data_folder import move_to
from app.i18n import choose_language
from app.paths import DataFolderError, choose_data_dir, chosen_data_dir, data_dir, location_file
from app.storage import open_database
from app.storage.backup import BackupError
from app.storage.models import Setting


def shop_in(folder: Path):  # type: ignore[no-untyped-def]
    folder.mkdir(parents=True, exist_ok=True)
    database = open_database(f"sqlite:///{(folder / 'shipproof.db').as_posix()}")
    with database.write() as session:
        session.add(Setting(key="shop_name", value="Lucky Cat"))
    return database


def test_the_shop_is_copied_and_chosen_for_the_next_start(tmp_path: Path) -> None:
    old = tmp_path / "old"
    database = shop_in(old)
    choose_language(old, "zh")
    (old / "number_rules.yaml").write_text("published: []\nfolk: []\n")
    assert move_to(database, old, tmp_path / "synced") == tmp_path / "synced" / "shipproof.db"
    database.dispose()
    moved = open_database(f"sqlite:///{tmp_path / 'synced' / 'shipproof.db'}")
    with moved.session() as session:
        assert session.get(Setting, "shop_name").value == "Lucky Cat"
    moved.dispose()
    assert (tmp_path / "synced" / "preferences.json").exists()
    assert (tmp_path / "synced" / "number_rules.yaml").exists()
    kept = open_database(f"sqlite:///{old / 'shipproof.db'}")  # the old folder stays a shop
    with kept.session() as session:
        assert session.get(Setting, "shop_name").value == "Lucky Cat"
    kept.dispose()
    assert (old / "preferences.json").exists()
    assert chosen_data_dir() == tmp_path / "synced"
    assert data_dir() == tmp_path / "synced"


@pytest.mark.parametrize("content", [b"not a database at all" * 100, None])
def test_a_folder_that_holds_any_shop_is_refused(tmp_path: Path, content: bytes | None) -> None:
    """Even a sound one: it may be an old copy, and adopting it would hide newer work."""
    database = shop_in(tmp_path / "old")
    if content is None:
        shop_in(tmp_path / "other").dispose()
    else:
        (tmp_path / "other").mkdir()
        (tmp_path / "other" / "shipproof.db").write_bytes(content)
    before = (tmp_path / "other" / "shipproof.db").read_bytes()
    chosen = chosen_data_dir()
    with pytest.raises(BackupError, match="already holds a shop"):
        move_to(database, tmp_path / "old", tmp_path / "other")
    assert chosen_data_dir() == chosen
    assert (tmp_path / "other" / "shipproof.db").read_bytes() == before
    database.dispose()


def test_a_backup_folder_inside_the_old_folder_does_not_travel(tmp_path: Path) -> None:
    old = tmp_path / "old"
    database = shop_in(old)
    with database.write() as session:
        session.add(Setting(key="backup_folder", value=str(old / "backups")))
    move_to(database, old, tmp_path / "new")
    database.dispose()
    moved = open_database(f"sqlite:///{tmp_path / 'new' / 'shipproof.db'}")
    with moved.session() as session:
        assert session.get(Setting, "backup_folder") is None
        assert session.get(Setting, "shop_name").value == "Lucky Cat"
    moved.dispose()


def test_a_missing_chosen_folder_stops_the_start_instead_of_making_a_new_shop(
    tmp_path: Path,
) -> None:
    choose_data_dir(tmp_path / "unplugged-drive" / "ShipProof")
    with pytest.raises(DataFolderError, match="not available"):
        data_dir()
    assert not (tmp_path / "unplugged-drive").exists()
    assert data_dir(tmp_path / "given") == tmp_path / "given"  # an explicit folder still works


def test_a_damaged_note_is_an_error_not_the_default_folder() -> None:
    location_file().parent.mkdir(parents=True, exist_ok=True)
    location_file().write_text('{"data_folder": "/somewh', encoding="utf-8")
    with pytest.raises(DataFolderError, match="damaged"):
        data_dir()


def test_the_command_line_says_why_it_cannot_start(tmp_path: Path) -> None:
    choose_data_dir(tmp_path / "gone")
    done = subprocess.run(
        [sys.executable, "-m", "app", "orders"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "SHIPPROOF_CONFIG_DIR": str(location_file().parent)},
    )
    assert done.returncode == 1
    assert "not available" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "gone").exists()
