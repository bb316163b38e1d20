"""A consistent rewrite (records and hashes recomputed) passes verify on its own, but not
verify --against a pack, a backup or a heads file made before it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from app.paths import DB_FILE_NAME
from app.storage import open_database
from tests.helpers.chain_rewrite import rewrite_who_packed
from tests.helpers.cli import shipproof
from tests.helpers.shopify import order_rows, write_export
from tests.helpers.tracking import UPS


@pytest.fixture
def dispatched_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    records = order_rows("#1001", "2026-04-05 10:00:00 +0000", [(1, "Mug", "10.00", "MUG")])
    assert shipproof(home, "import", str(write_export(tmp_path / "e.csv", records))).returncode == 0
    done = shipproof(home, "scan", "--operator", "Lin", lines=f"#1001\n{UPS}\n")
    assert done.returncode == 0, done.stderr
    return home


def test_a_consistent_rewrite_is_caught_against_an_older_pack_backup_or_heads_file(
    dispatched_home: Path, tmp_path: Path
) -> None:
    pack = tmp_path / "pack.pdf"
    assert shipproof(dispatched_home, "evidence", "#1001", "-o", str(pack)).returncode == 0
    backup = tmp_path / "backup.db"
    assert shipproof(dispatched_home, "backup", "-o", str(backup)).returncode == 0
    heads = tmp_path / "heads.json"
    assert shipproof(dispatched_home, "verify", "--heads-out", str(heads)).returncode == 0
    assert json.loads(heads.read_text())["heads"][0]["chain"] == "scans"
    for anchor in (pack, backup, heads):
        held = shipproof(dispatched_home, "verify", "--against", str(anchor))
        assert held.returncode == 0 and "still held" in held.stdout, held.stdout + held.stderr

    rewrite_who_packed(dispatched_home)
    assert shipproof(dispatched_home, "verify").returncode == 0  # the file alone cannot tell
    for anchor in (pack, backup, heads):
        caught = shipproof(dispatched_home, "verify", "--against", str(anchor), "--json")
        assert caught.returncode == 1, caught.stdout
        problems = json.loads(caught.stdout)["against"]["problems"]
        assert "scans record 2: rewritten since it was anchored" in problems, problems


def test_newest_scans_deleted_and_the_head_rewound_are_caught(
    dispatched_home: Path, tmp_path: Path
) -> None:
    heads = tmp_path / "heads.json"
    assert shipproof(dispatched_home, "verify", "--heads-out", str(heads)).returncode == 0
    database = open_database(f"sqlite:///{(dispatched_home / DB_FILE_NAME).as_posix()}")
    with database.engine.begin() as connection:
        last = connection.execute(text("SELECT hash FROM scans WHERE seq = 1")).scalar()
        connection.execute(text("DELETE FROM scans WHERE seq = 2"))
        connection.execute(
            text("UPDATE chain_heads SET head = :h, length = 1 WHERE chain = 'scans'"), {"h": last}
        )
    database.dispose()
    alone = shipproof(
        dispatched_home, "verify"
    )  # the parcel's fact still names the scan that bound it
    assert alone.returncode == 1 and "the scan that bound this label (scan 2)" in alone.stdout
    caught = shipproof(dispatched_home, "verify", "--against", str(heads))
    assert caught.returncode == 1 and "gone since it was anchored" in caught.stderr


def test_a_file_with_no_heads_is_a_clear_error(dispatched_home: Path, tmp_path: Path) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("hello")
    done = shipproof(dispatched_home, "verify", "--against", str(junk))
    assert done.returncode == 1 and "chain heads cannot be read" in done.stderr
    assert "Traceback" not in done.stderr
