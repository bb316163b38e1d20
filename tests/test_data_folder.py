"""Moving the shop to another folder: a verified copy, chosen for the next start, old kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.backup import BackupError
from app.data_folder import move_to
from app.i18n import choose_language
from app.paths import chosen_data_dir, data_dir
from app.storage import open_database
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
    assert move_to(database, old, tmp_path / "synced") == "copied"
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


def test_a_folder_with_a_damaged_shop_is_refused(tmp_path: Path) -> None:
    database = shop_in(tmp_path / "old")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "shipproof.db").write_bytes(b"not a database at all" * 100)
    chosen = chosen_data_dir()
    with pytest.raises(BackupError, match="not a ShipProof database"):
        move_to(database, tmp_path / "old", tmp_path / "other")
    assert chosen_data_dir() == chosen
    database.dispose()


def test_a_folder_that_holds_a_sound_shop_is_used_as_it_is(tmp_path: Path) -> None:
    shop_in(tmp_path / "other").dispose()
    database = shop_in(tmp_path / "old")
    assert move_to(database, tmp_path / "old", tmp_path / "other") == "existing"
    assert chosen_data_dir() == tmp_path / "other"
    database.dispose()
